import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createConversation } from '../../src/index.js';
import { sendAndClose } from '../../src/conversation/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { authorArb, conversationInStateArb, nowArb } from '../arbitraries/conversation.js';

describe('sendAndClose', () => {
  it('CONV-4: appends the reply, then closes, so the close sees the reply (RATING-1 reads parts)', () => {
    const open = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', waitingSince: 0 });
    const c = sendAndClose({ conversation: open, teammate: 'ana', text: 'Fixed, thanks!', now: 60 });
    expect(c.parts).toEqual([{ type: 'teammate-reply', author: 'ana', text: 'Fixed, thanks!', at: 60 }]);
    expect([c.state, c.closedAt, c.closeCount, c.waitingSince]).toEqual(['closed', 60, 1, null]);
  });

  it("CONV-4: a non-assignee's send-and-close on a snoozed conversation goes straight to closed, with no reopening recorded", () => {
    const snoozed = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', state: 'snoozed', snoozedAt: 0, snoozedUntil: 1000 });
    const c = sendAndClose({ conversation: snoozed, teammate: 'ben', text: 'Done', now: 10 });
    expect([c.state, c.reopenings, c.snoozedUntil]).toEqual(['closed', [], null]);
  });

  it('CONV-4: all or nothing: on a closed conversation it throws invalid-transition', () => {
    const closed = createConversation({ id: 'c1', createdAt: 0, state: 'closed', closedAt: 0, closeCount: 1 });
    expect(() => sendAndClose({ conversation: closed, teammate: 'ana', text: 'x', now: 1 })).toThrow(expect.objectContaining({ code: 'invalid-transition' }));
  });

  test.prop([conversationInStateArb('open'), authorArb, nowArb])('CONV-4: send and close = the reply as the last part, then closed', (c, who, now) => {
    const result = sendAndClose({ conversation: deepFreeze(c), teammate: who, text: 'bye', now });
    expect(result.parts.at(-1)).toEqual({ type: 'teammate-reply', author: who, text: 'bye', at: now });
    expect(result.state).toBe('closed');
    expect(result.reopenings).toEqual(c.reopenings);
  });
});
