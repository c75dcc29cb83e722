import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { fc } from '@fast-check/vitest';
import { createConversation } from '../../src/index.js';
import { sendAndSnooze } from '../../src/snooze/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { authorArb, conversationInStateArb, nowArb } from '../arbitraries/conversation.js';

const HOUR = 3_600_000;

describe('sendAndSnooze', () => {
  it('CONV-4: appends the reply, then snoozes; the reply ends the customer wait', () => {
    const open = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', waitingSince: 0 });
    const c = sendAndSnooze({ conversation: open, teammate: 'ana', text: 'I will check with billing.', now: 10, for: 'P1D', timezone: 'UTC' });
    expect(c.parts).toEqual([{ type: 'teammate-reply', author: 'ana', text: 'I will check with billing.', at: 10 }]);
    expect([c.state, c.snoozedAt, c.snoozedUntil, c.waitingSince]).toEqual(['snoozed', 10, 10 + 24 * HOUR, null]);
  });

  it("CONV-4, SNOOZE-7: the sender's own reply does not reopen: a snoozed conversation is re-snoozed with no reopening recorded", () => {
    const snoozed = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', state: 'snoozed', snoozedAt: 0, snoozedUntil: HOUR });
    for (const sender of ['ana', 'ben']) {
      const c = sendAndSnooze({ conversation: snoozed, teammate: sender, text: 'Update', now: 10, until: 5 * HOUR });
      expect([c.state, c.snoozedUntil, c.reopenings]).toEqual(['snoozed', 5 * HOUR, []]);
    }
  });

  it('CONV-4: all or nothing: a closed conversation or an end in the past throws', () => {
    const closed = createConversation({ id: 'c1', createdAt: 0, state: 'closed', closedAt: 0, closeCount: 1 });
    expect(() => sendAndSnooze({ conversation: closed, teammate: 'ana', text: 'x', now: 1, until: HOUR })).toThrow(expect.objectContaining({ code: 'snooze-closed-conversation' }));
    const open = createConversation({ id: 'c1', createdAt: 0 });
    expect(() => sendAndSnooze({ conversation: open, teammate: 'ana', text: 'x', now: 1, until: 1 })).toThrow(expect.objectContaining({ code: 'snooze-in-the-past' }));
    expect(() => sendAndSnooze({ conversation: open, teammate: 'ana', text: 7 as never, now: 1, until: HOUR })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  test.prop([conversationInStateArb(), authorArb, nowArb, fc.integer({ min: 1, max: 48 * HOUR })])(
    'CONV-4, SNOOZE-11: send and snooze leaves the reply last, the conversation snoozed, no new reopening and the assignees as they were',
    (c, who, now, length) => {
      const frozen = deepFreeze(c);
      if (c.state === 'closed') {
        expect(() => sendAndSnooze({ conversation: frozen, teammate: who, text: 't', now, for: length })).toThrow(expect.objectContaining({ code: 'snooze-closed-conversation' }));
        return;
      }
      const s = sendAndSnooze({ conversation: frozen, teammate: who, text: 't', now, for: length });
      expect(s.parts.at(-1)).toEqual({ type: 'teammate-reply', author: who, text: 't', at: now });
      expect([s.state, s.snoozedUntil, s.reopenings, s.team, s.teammate]).toEqual(['snoozed', now + length, c.reopenings, c.team, c.teammate]);
    },
  );
});
