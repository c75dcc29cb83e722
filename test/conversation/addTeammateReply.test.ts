import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation } from '../../src/index.js';
import { addTeammateReply } from '../../src/conversation/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { authorArb, conversationInStateArb, nowArb } from '../arbitraries/conversation.js';

const HOUR = 3_600_000;
const snoozed = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', state: 'snoozed', snoozedAt: 0, snoozedUntil: 24 * HOUR, waitingSince: 0 });
const closed = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', state: 'closed', closedAt: 0, closeCount: 1 });

describe('addTeammateReply', () => {
  it("SNOOZE-7: the assignee's own reply leaves a snoozed conversation snoozed", () => {
    const { conversation, reopened } = addTeammateReply({ conversation: snoozed, teammate: 'ana', text: 'Still checking', now: HOUR });
    expect(reopened).toBeNull();
    expect([conversation.state, conversation.snoozedUntil]).toEqual(['snoozed', 24 * HOUR]);
    expect(conversation.parts.at(-1)).toEqual({ type: 'teammate-reply', author: 'ana', text: 'Still checking', at: HOUR });
  });

  it('SNOOZE-7: a reply by another teammate reopens a snoozed conversation', () => {
    const { conversation, reopened } = addTeammateReply({ conversation: snoozed, teammate: 'ben', text: 'Found it', now: HOUR });
    expect(conversation.state).toBe('open');
    expect(reopened).toEqual({ reason: 'teammate-replied', snoozedAt: 0, reopenedAt: HOUR });
  });

  it('SNOOZE-7: an unassigned snoozed conversation has no own assignee, so any reply reopens it', () => {
    const unassigned = createConversation({ id: 'c1', createdAt: 0, state: 'snoozed', snoozedAt: 0, snoozedUntil: HOUR });
    expect(addTeammateReply({ conversation: unassigned, teammate: 'ana', text: 'x', now: 1 }).conversation.state).toBe('open');
  });

  it("CONV-2: by default a teammate reply leaves a closed conversation closed; with reopenClosed it reopens (Intercom's behaviour)", () => {
    const kept = addTeammateReply({ conversation: closed, teammate: 'ana', text: 'PS', now: HOUR });
    expect([kept.conversation.state, kept.reopened]).toEqual(['closed', null]);
    const reopened = addTeammateReply({ conversation: closed, teammate: 'ana', text: 'PS', now: HOUR, reopenClosed: true });
    expect(reopened.conversation.state).toBe('open');
    expect(reopened.reopened).toEqual({ reason: 'teammate-replied', snoozedAt: null, reopenedAt: HOUR });
  });

  it('a teammate reply ends the customer wait (waitingSince becomes null)', () => {
    expect(addTeammateReply({ conversation: snoozed, teammate: 'ana', text: 'x', now: 1 }).conversation.waitingSince).toBeNull();
  });

  it('rejects a non-boolean reopenClosed', () => {
    expect(() => addTeammateReply({ conversation: closed, teammate: 'ana', text: 'x', now: 1, reopenClosed: 'yes' as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  test.prop([conversationInStateArb(), authorArb, nowArb, fc.boolean()])(
    'SNOOZE-7, CONV-2: a teammate reply reopens exactly a snoozed conversation of another assignee (or a closed one with reopenClosed)',
    (c, who, now, reopenClosed) => {
      const { conversation, reopened } = addTeammateReply({ conversation: deepFreeze(c), teammate: who, text: 'x', now, reopenClosed });
      const reopens = (c.state === 'snoozed' && who !== c.teammate) || (c.state === 'closed' && reopenClosed);
      expect(reopened?.reason ?? null).toBe(reopens ? 'teammate-replied' : null);
      expect(conversation.state).toBe(reopens ? 'open' : c.state);
    },
  );
});
