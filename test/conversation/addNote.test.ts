import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createConversation } from '../../src/index.js';
import { addNote } from '../../src/conversation/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { authorArb, conversationInStateArb, nowArb } from '../arbitraries/conversation.js';

const snoozed = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', state: 'snoozed', snoozedAt: 0, snoozedUntil: 1000, waitingSince: 5 });

describe('addNote', () => {
  it('SNOOZE-8: a note (with an @mention) by a teammate other than the assignee reopens a snoozed conversation', () => {
    const { conversation, reopened } = addNote({ conversation: snoozed, teammate: 'ben', text: '@ana the fix is live', now: 10 });
    expect(conversation.state).toBe('open');
    expect(reopened).toEqual({ reason: 'note-added', snoozedAt: 0, reopenedAt: 10 });
    expect(conversation.parts).toEqual([{ type: 'note', author: 'ben', text: '@ana the fix is live', at: 10 }]);
  });

  it("SNOOZE-8: the assignee's own note does not reopen it", () => {
    const { conversation, reopened } = addNote({ conversation: snoozed, teammate: 'ana', text: 'waiting for billing', now: 10 });
    expect([conversation.state, reopened]).toEqual(['snoozed', null]);
  });

  it('CONV-2: a note never reopens a closed conversation, and notes leave the customer wait alone', () => {
    const closed = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', state: 'closed', closedAt: 0, closeCount: 1 });
    expect(addNote({ conversation: closed, teammate: 'ben', text: 'x', now: 1 }).conversation.state).toBe('closed');
    expect(addNote({ conversation: snoozed, teammate: 'ana', text: 'x', now: 1 }).conversation.waitingSince).toBe(5);
  });

  test.prop([conversationInStateArb(), authorArb, nowArb])('SNOOZE-8: a note reopens exactly a snoozed conversation whose assignee is not the author', (c, who, now) => {
    const { conversation, reopened } = addNote({ conversation: deepFreeze(c), teammate: who, text: 'x', now });
    const reopens = c.state === 'snoozed' && who !== c.teammate;
    expect(reopened?.reason ?? null).toBe(reopens ? 'note-added' : null);
    expect(conversation.state).toBe(reopens ? 'open' : c.state);
    expect(conversation.waitingSince).toBe(c.waitingSince);
  });
});
