import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CONVERSATION_STATES } from '../../src/index.js';
import { canTransition, CONVERSATION_TRANSITIONS } from '../../src/conversation/index.js';

describe('canTransition', () => {
  it('CONV-1: the states are open, snoozed and closed, and the table uses only them', () => {
    expect(CONVERSATION_STATES).toEqual(['open', 'snoozed', 'closed']);
    for (const t of CONVERSATION_TRANSITIONS) expect([CONVERSATION_STATES.includes(t.from), CONVERSATION_STATES.includes(t.to)]).toEqual([true, true]);
  });

  it('CONV-2: exactly the five transitions of the table are allowed', () => {
    const allowed = CONVERSATION_STATES.flatMap((from) => CONVERSATION_STATES.filter((to) => canTransition({ from, to })).map((to) => `${from}->${to}`));
    expect(allowed.sort()).toEqual(['closed->open', 'open->closed', 'open->snoozed', 'snoozed->closed', 'snoozed->open']);
  });

  it('CONV-2: closed -> open by a manual reopen or a customer reply only; snoozed -> open by timer, reply, note or manual', () => {
    const triggers = (from: string, to: string) => CONVERSATION_TRANSITIONS.find((t) => t.from === from && t.to === to)?.triggers;
    expect(triggers('closed', 'open')).toEqual(['manual', 'customer-replied']);
    expect(triggers('snoozed', 'open')).toEqual(['snooze-ended', 'customer-replied', 'teammate-replied', 'note-added', 'manual']);
    expect(Object.isFrozen(CONVERSATION_TRANSITIONS) && Object.isFrozen(CONVERSATION_TRANSITIONS[0])).toBe(true);
  });

  it('rejects a state that is not one of CONV-1', () => {
    expect(() => canTransition({ from: 'pending' as never, to: 'open' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  const stateArb = fc.constantFrom(...CONVERSATION_STATES);
  test.prop([stateArb])('CONV-2: staying in the same state is never a transition', (s) => {
    expect(canTransition({ from: s, to: s })).toBe(false);
  });
});
