import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeammate } from '../../src/index.js';
import { TEAMMATE_MODES, teammateMode } from '../../src/status/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { anyTeammateArb } from '../arbitraries/status.js';

describe('teammateMode', () => {
  it('STATUS-1: the three effective modes: Active, Away, Away + reassign', () => {
    expect(teammateMode(createTeammate({ id: 'ana' }))).toBe('active');
    expect(teammateMode(createTeammate({ id: 'ana', status: 'away', awayReason: 'Lunch' }))).toBe('away');
    expect(teammateMode(createTeammate({ id: 'ana', status: 'away', reassignReplies: true }))).toBe('away-reassigning');
  });

  it('STATUS-2: a new teammate is in mode active', () => {
    expect(teammateMode(createTeammate({ id: '__proto__' }))).toBe('active');
  });

  it('STATUS-5, STATUS-6: rejects a hand-built value that breaks the invariants', () => {
    const ana = { ...createTeammate({ id: 'ana' }) };
    expect(() => teammateMode({ ...ana, reassignReplies: true })).toThrow(expect.objectContaining({ code: 'reassign-while-active' }));
    expect(() => teammateMode({ ...ana, awayReason: 'Lunch' })).toThrow(expect.objectContaining({ code: 'away-reason-while-active' }));
    expect(() => teammateMode({ ...ana, status: 'offline' } as never)).toThrow(expect.objectContaining({ code: 'invalid-status' }));
    expect(() => teammateMode({ ...ana, reassignReplies: undefined } as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  test.prop([anyTeammateArb])('STATUS-1: every teammate is in exactly one mode, which follows from status and reassignReplies', (t) => {
    const mode = teammateMode(deepFreeze(t));
    expect(TEAMMATE_MODES).toContain(mode);
    expect(mode === 'active').toBe(t.status === 'active');
    expect(mode === 'away-reassigning').toBe(t.status === 'away' && t.reassignReplies);
  });

  // Every field drawn from valid and invalid values alike: the answer is a mode exactly when the value
  // is a teammate the status rules accept (field types, STATUS-5, STATUS-6), an InboxRuleError otherwise.
  const anyValue = fc.constantFrom<unknown>(undefined, null, true, false, 0, '', 'ana', 'active', 'away', 'Lunch', {});
  test.prop([
    fc.record({
      id: fc.oneof(fc.constantFrom('ana', '__proto__'), anyValue), status: fc.oneof(fc.constantFrom('active', 'away'), anyValue),
      awayReason: fc.oneof(fc.constant(null), anyValue), reassignReplies: fc.oneof(fc.boolean(), anyValue),
      inboxSeat: fc.oneof(fc.boolean(), anyValue),
    }, { requiredKeys: [] }),
  ])('STATUS-5, STATUS-6: a hand-built value is read exactly when its fields are valid and keep the away-only invariants', (raw) => {
    const { id, status, awayReason, reassignReplies, inboxSeat } = raw as Record<string, unknown>;
    const fieldsValid = typeof id === 'string' && id !== '' && (status === 'active' || status === 'away')
      && (awayReason === null || typeof awayReason === 'string') && typeof reassignReplies === 'boolean' && typeof inboxSeat === 'boolean';
    const invariantsHold = status === 'away' || (awayReason === null && reassignReplies === false);
    if (fieldsValid && invariantsHold) {
      expect(teammateMode(raw as never)).toBe(status === 'active' ? 'active' : reassignReplies ? 'away-reassigning' : 'away');
    } else {
      expect(() => teammateMode(raw as never)).toThrow(expect.objectContaining({ name: 'InboxRuleError' }));
    }
  });

  test.prop([fc.constantFrom(...TEAMMATE_MODES)])('STATUS-1: every mode can be reached', (mode) => {
    const t = createTeammate({ id: 'ana', status: mode === 'active' ? 'active' : 'away', reassignReplies: mode === 'away-reassigning' });
    expect(teammateMode(t)).toBe(mode);
  });
});
