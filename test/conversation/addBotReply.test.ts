import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createConversation } from '../../src/index.js';
import { addBotReply } from '../../src/conversation/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { conversationInStateArb, nowArb } from '../arbitraries/conversation.js';

describe('addBotReply', () => {
  it('SNOOZE-6, SNOOZE-7: a bot reply is neither a customer nor a teammate reply, so a snoozed conversation stays snoozed', () => {
    const snoozed = createConversation({ id: 'c1', createdAt: 0, state: 'snoozed', snoozedAt: 0, snoozedUntil: 1000, waitingSince: 0 });
    const { conversation, reopened } = addBotReply({ conversation: snoozed, bot: 'fin', text: 'Try this article', now: 5 });
    expect([conversation.state, reopened, conversation.waitingSince]).toEqual(['snoozed', null, 0]);
    expect(conversation.parts).toEqual([{ type: 'bot-reply', author: 'fin', text: 'Try this article', at: 5 }]);
  });

  it('rejects an empty bot name', () => {
    const open = createConversation({ id: 'c1', createdAt: 0 });
    expect(() => addBotReply({ conversation: open, bot: '', text: 'x', now: 1 })).toThrow(expect.objectContaining({ code: 'invalid-id' }));
  });

  test.prop([conversationInStateArb(), nowArb])('CONV-2: a bot reply never changes the state', (c, now) => {
    const { conversation, reopened } = addBotReply({ conversation: deepFreeze(c), bot: 'workflow', text: 'x', now });
    expect([conversation.state, conversation.snoozedUntil, reopened]).toEqual([c.state, c.snoozedUntil, null]);
  });
});
