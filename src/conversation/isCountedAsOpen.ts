import type { Conversation } from '../model/index.js';
import { assertConversation } from './_lifecycle.js';

/**
 * Whether a conversation counts in the Open list and in its assignee's openCount.
 *
 * SNOOZE-15 (with ASSIGN-16): only `open` conversations count; a snoozed one leaves the Open list
 * and its assignee's openCount, and counts again as soon as it reopens (which can push the
 * assignee over their limit, Beyond-6). Closed conversations never count.
 *
 * @param conversation - the conversation.
 * @returns true exactly when its state is `'open'`.
 * @throws {@link InboxRuleError} `invalid-argument` or `invalid-id` for a value that is not a conversation.
 * @example
 * ```ts
 * import { createConversation, isCountedAsOpen } from 'inbox-rules';
 * isCountedAsOpen(createConversation({ id: 'c1', createdAt: 0 })); // => true
 * isCountedAsOpen(createConversation({ id: 'c2', createdAt: 0, state: 'snoozed', snoozedAt: 0, snoozedUntil: 1 })); // => false
 * ```
 * @category Conversation
 */
export function isCountedAsOpen(conversation: Conversation): boolean {
  return assertConversation(conversation, 'isCountedAsOpen conversation').state === 'open';
}
