import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation } from '../../src/index.js';
import { wakeConversation } from '../../src/snooze/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { conversationInStateArb } from '../arbitraries/conversation.js';

const snoozed = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', team: 'billing', state: 'snoozed', snoozedAt: 100, snoozedUntil: 5000 });

describe('wakeConversation', () => {
  it('SNOOZE-5: one millisecond before snoozedUntil nothing happens (same reference)', () => {
    const update = wakeConversation({ conversation: snoozed, now: 4999 });
    expect(update.conversation).toBe(snoozed);
    expect(update.reopened).toBeNull();
  });

  it('SNOOZE-5: at exactly snoozedUntil it reopens and the snooze is cleared', () => {
    const { conversation, reopened } = wakeConversation({ conversation: snoozed, now: 5000 });
    expect([conversation.state, conversation.snoozedAt, conversation.snoozedUntil]).toEqual(['open', null, null]);
    expect(reopened).toEqual({ reason: 'snooze-ended', snoozedAt: 100, reopenedAt: 5000 });
  });

  it('SNOOZE-9: a late timer still records the moment the snooze ended as reopenedAt', () => {
    expect(wakeConversation({ conversation: snoozed, now: 90_000 }).reopened?.reopenedAt).toBe(5000);
  });

  it("SNOOZE-10: a timer reopen is reported (reason 'snooze-ended') so the assignee can be notified; the assignee is kept", () => {
    const { conversation, reopened } = wakeConversation({ conversation: snoozed, now: 5000 });
    expect(reopened?.reason).toBe('snooze-ended');
    expect([conversation.teammate, conversation.team]).toEqual(['ana', 'billing']);
  });

  it('CONV-2: an open or closed conversation never wakes', () => {
    const closed = createConversation({ id: 'c1', createdAt: 0, state: 'closed', closedAt: 0, closeCount: 1 });
    expect(wakeConversation({ conversation: closed, now: 1e12 }).conversation).toBe(closed);
  });

  it('rejects a malformed conversation and now', () => {
    expect(() => wakeConversation({ conversation: snoozed, now: Number.NaN })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    expect(() => wakeConversation({ conversation: { ...snoozed, snoozedAt: null }, now: 1 })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  const caseArb = conversationInStateArb('snoozed').chain((c) =>
    fc.tuple(fc.constant(c), fc.integer({ min: (c.snoozedUntil ?? 0) - 86_400_000, max: (c.snoozedUntil ?? 0) + 86_400_000 })));

  test.prop([caseArb])('SNOOZE-5, SNOOZE-10: waking at any now >= until reopens with a snooze-ended reopening (the notification); before until it returns the same reference', ([c, now]) => {
    const frozen = deepFreeze(c);
    const { conversation, reopened } = wakeConversation({ conversation: frozen, now });
    if (now >= (c.snoozedUntil ?? 0)) {
      expect([conversation.state, conversation.teammate]).toEqual(['open', c.teammate]);
      expect(reopened).toEqual({ reason: 'snooze-ended', snoozedAt: c.snoozedAt, reopenedAt: c.snoozedUntil });
    } else {
      expect(conversation).toBe(frozen);
      expect(reopened).toBeNull();
    }
  });

  test.prop([caseArb, fc.nat(86_400_000)])('SNOOZE-5: waking is idempotent and does not depend on how late the timer runs', ([c, now], delay) => {
    const once = wakeConversation({ conversation: deepFreeze(c), now }).conversation;
    const twice = wakeConversation({ conversation: once, now });
    expect(twice.conversation).toBe(once);
    expect(twice.reopened).toBeNull();
    if (now >= (c.snoozedUntil ?? 0)) expect(wakeConversation({ conversation: c, now: now + delay }).conversation).toEqual(once);
  });
});
