import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createConversation } from '../../src/index.js';
import { isCountedAsOpen } from '../../src/conversation/index.js';
import { snoozeConversation, wakeConversation } from '../../src/snooze/index.js';
import { conversationInStateArb } from '../arbitraries/conversation.js';

describe('isCountedAsOpen', () => {
  it('SNOOZE-15: a snoozed conversation leaves the Open list and openCount, and counts again once it reopens', () => {
    const open = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana' });
    const snoozed = snoozeConversation({ conversation: open, teammate: 'ana', now: 0, until: 100 });
    const woken = wakeConversation({ conversation: snoozed, now: 100 }).conversation;
    expect([isCountedAsOpen(open), isCountedAsOpen(snoozed), isCountedAsOpen(woken)]).toEqual([true, false, true]);
  });

  it('rejects a value that is not a conversation', () => {
    expect(() => isCountedAsOpen({} as never)).toThrow(expect.objectContaining({ code: 'invalid-id' }));
  });

  test.prop([conversationInStateArb()])('SNOOZE-15: only open conversations count', (c) => {
    expect(isCountedAsOpen(c)).toBe(c.state === 'open');
  });
});
