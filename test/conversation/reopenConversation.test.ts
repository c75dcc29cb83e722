import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createConversation } from '../../src/index.js';
import { reopenConversation } from '../../src/conversation/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { authorArb, conversationInStateArb, nowArb } from '../arbitraries/conversation.js';

describe('reopenConversation', () => {
  it('SNOOZE-14: a teammate can unsnooze by hand before the snooze ends', () => {
    const snoozed = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', state: 'snoozed', snoozedAt: 100, snoozedUntil: 10_000 });
    const { conversation, reopened } = reopenConversation({ conversation: snoozed, teammate: 'ana', now: 200 });
    expect([conversation.state, conversation.snoozedUntil]).toEqual(['open', null]);
    expect(reopened).toEqual({ reason: 'manual', snoozedAt: 100, reopenedAt: 200 });
  });

  it('CONV-2: a closed conversation can be reopened by hand', () => {
    const closed = createConversation({ id: 'c1', createdAt: 0, state: 'closed', closedAt: 5, closeCount: 1 });
    const { conversation, reopened } = reopenConversation({ conversation: closed, teammate: 'ben', now: 9 });
    expect([conversation.state, conversation.closedAt, conversation.closeCount]).toEqual(['open', null, 1]);
    expect(reopened).toEqual({ reason: 'manual', snoozedAt: null, reopenedAt: 9 });
  });

  it('CONV-2: reopening an open conversation is an invalid transition; the teammate id is checked', () => {
    const open = createConversation({ id: 'c1', createdAt: 0 });
    expect(() => reopenConversation({ conversation: open, teammate: 'ana', now: 1 })).toThrow(expect.objectContaining({ code: 'invalid-transition' }));
    expect(() => reopenConversation({ conversation: open, teammate: '', now: 1 })).toThrow(expect.objectContaining({ code: 'invalid-id' }));
  });

  test.prop([conversationInStateArb(), authorArb, nowArb])('SNOOZE-14: a manual reopen opens any snoozed or closed conversation at any time', (c, who, now) => {
    const frozen = deepFreeze(c);
    if (c.state === 'open') {
      expect(() => reopenConversation({ conversation: frozen, teammate: who, now })).toThrow(expect.objectContaining({ code: 'invalid-transition' }));
      return;
    }
    const { conversation, reopened } = reopenConversation({ conversation: frozen, teammate: who, now });
    expect(conversation.state).toBe('open');
    expect(reopened).toEqual({ reason: 'manual', snoozedAt: c.snoozedAt, reopenedAt: now });
  });
});
