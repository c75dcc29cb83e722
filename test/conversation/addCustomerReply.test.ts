import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createConversation } from '../../src/index.js';
import { addCustomerReply } from '../../src/conversation/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { conversationInStateArb, nowArb } from '../arbitraries/conversation.js';

const HOUR = 3_600_000;
const snoozed = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', state: 'snoozed', snoozedAt: 0, snoozedUntil: 24 * HOUR });

describe('addCustomerReply', () => {
  it('SNOOZE-6: a customer reply reopens a snoozed conversation immediately, before snoozedUntil', () => {
    const { conversation, reopened } = addCustomerReply({ conversation: snoozed, customer: 'u1', text: 'Any news?', now: HOUR });
    expect(conversation.state).toBe('open');
    expect([conversation.snoozedAt, conversation.snoozedUntil]).toEqual([null, null]);
    expect(reopened).toEqual({ reason: 'customer-replied', snoozedAt: 0, reopenedAt: HOUR });
    expect(conversation.reopenings).toEqual([reopened]);
    expect(conversation.parts).toEqual([{ type: 'customer-reply', author: 'u1', text: 'Any news?', at: HOUR }]);
  });

  it('CONV-2: a customer reply reopens a closed conversation, recording snoozedAt null and clearing closedAt', () => {
    const closed = createConversation({ id: 'c1', createdAt: 0, state: 'closed', closedAt: HOUR, closeCount: 1 });
    const { conversation, reopened } = addCustomerReply({ conversation: closed, customer: 'u1', text: 'It broke again', now: 2 * HOUR });
    expect([conversation.state, conversation.closedAt, conversation.closeCount]).toEqual(['open', null, 1]);
    expect(reopened).toEqual({ reason: 'customer-replied', snoozedAt: null, reopenedAt: 2 * HOUR });
  });

  it('on an open conversation it only appends the reply (reopened: null) and starts the wait when none runs', () => {
    const open = createConversation({ id: 'c1', createdAt: 0 });
    const first = addCustomerReply({ conversation: open, customer: 'u1', text: 'a', now: 10 });
    const second = addCustomerReply({ conversation: first.conversation, customer: 'u1', text: 'b', now: 20 });
    expect(first.reopened).toBeNull();
    expect([first.conversation.waitingSince, second.conversation.waitingSince]).toEqual([10, 10]);
    expect(second.conversation.parts.map((p) => p.text)).toEqual(['a', 'b']);
  });

  it('rejects bad input with a stable code', () => {
    expect(() => addCustomerReply({ conversation: snoozed, customer: '', text: 'x', now: 1 })).toThrow(expect.objectContaining({ code: 'invalid-id' }));
    expect(() => addCustomerReply({ conversation: snoozed, customer: 'u1', text: 'x', now: Number.NaN })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    expect(() => addCustomerReply({ conversation: { ...snoozed, state: 'pending' } as never, customer: 'u1', text: 'x', now: 1 })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => addCustomerReply({ conversation: { ...snoozed, snoozedUntil: null }, customer: 'u1', text: 'x', now: 1 })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => addCustomerReply(null as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  test.prop([conversationInStateArb(), nowArb])('SNOOZE-6, CONV-2: after a customer reply the conversation is open, whatever its state, and the input is untouched', (c, now) => {
    const frozen = deepFreeze(c);
    const { conversation, reopened } = addCustomerReply({ conversation: frozen, customer: 'u1', text: 'x', now });
    expect(conversation.state).toBe('open');
    expect(reopened === null).toBe(c.state === 'open');
    expect(conversation.parts.length).toBe(c.parts.length + 1);
    expect(conversation.waitingSince).toBe(c.waitingSince ?? now);
  });
});
