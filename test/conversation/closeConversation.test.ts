import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createConversation } from '../../src/index.js';
import { closeConversation } from '../../src/conversation/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { conversationInStateArb, nowArb } from '../arbitraries/conversation.js';

describe('closeConversation', () => {
  it('CONV-2: open -> closed sets closedAt and counts the close', () => {
    const open = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', team: 'billing' });
    const closed = closeConversation({ conversation: open, now: 50 });
    expect([closed.state, closed.closedAt, closed.closeCount, closed.teammate, closed.team]).toEqual(['closed', 50, 1, 'ana', 'billing']);
    expect(open.state).toBe('open');
  });

  it('SNOOZE-13: closing a snoozed conversation clears the snooze', () => {
    const snoozed = createConversation({ id: 'c1', createdAt: 0, state: 'snoozed', snoozedAt: 10, snoozedUntil: 1000, closeCount: 2 });
    const closed = closeConversation({ conversation: snoozed, now: 20 });
    expect([closed.state, closed.snoozedAt, closed.snoozedUntil, closed.closeCount]).toEqual(['closed', null, null, 3]);
    expect(closed.reopenings).toEqual([]);
  });

  it('CONV-2: closing a closed conversation is an invalid transition', () => {
    const closed = createConversation({ id: 'c1', createdAt: 0, state: 'closed', closedAt: 0, closeCount: 1 });
    expect(() => closeConversation({ conversation: closed, now: 1 })).toThrow(expect.objectContaining({ code: 'invalid-transition' }));
  });

  test.prop([conversationInStateArb(), nowArb])('SNOOZE-13, CONV-2: any open or snoozed conversation closes with no snooze left; a closed one is refused', (c, now) => {
    const frozen = deepFreeze(c);
    if (c.state === 'closed') {
      expect(() => closeConversation({ conversation: frozen, now })).toThrow(expect.objectContaining({ code: 'invalid-transition' }));
      return;
    }
    const closed = closeConversation({ conversation: frozen, now });
    expect([closed.state, closed.snoozedUntil, closed.snoozedAt, closed.closedAt]).toEqual(['closed', null, null, now]);
    expect(closed.closeCount).toBe(c.closeCount + 1);
  });
});
