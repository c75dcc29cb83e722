import type { ContactId, Conversation, Instant } from '../model/index.js';
import { addPart, type ReopenRule } from './_lifecycle.js';
import type { ConversationUpdate } from './types.js';

/**
 * Input of {@link addCustomerReply}.
 *
 * @example
 * ```ts
 * import { createConversation, type AddCustomerReplyInput } from 'inbox-rules';
 * const input: AddCustomerReplyInput = { conversation: createConversation({ id: 'c1', createdAt: 0 }), customer: 'u1', text: 'Any news?', now: 60_000 };
 * ```
 * @category Conversation
 */
export interface AddCustomerReplyInput {
  /** The conversation replied to. */
  readonly conversation: Conversation;
  /** The contact who wrote the reply (not checked against `conversation.customers`). */
  readonly customer: ContactId;
  /** The message. */
  readonly text: string;
  /** When the reply arrived. */
  readonly now: Instant;
}

/**
 * Appends a customer reply; a snoozed or closed conversation reopens at once.
 *
 * A customer reply reopens a snoozed conversation immediately, before `snoozedUntil` (SNOOZE-6),
 * and reopens a closed one (CONV-2, *Resolve*: standard across help desks), recording the
 * reopening with reason `'customer-replied'` (`snoozedAt` null when it was closed). It starts the
 * customer's wait (`waitingSince`, LIST-6) unless one is already running. The timer is not run
 * here: call {@link snooze!wakeConversation | wakeConversation} (`inbox-rules/snooze`) first (the
 * workspace does) so an ended snooze is recorded as `'snooze-ended'`. Pure: the input is not mutated.
 *
 * @param input - the conversation, the customer, the text and `now`.
 * @returns the new conversation and the reopening it caused, or `reopened: null` when it was open.
 * @throws {@link InboxRuleError} `invalid-argument`, `invalid-id` or `invalid-instant` for bad input.
 * @example
 * ```ts
 * import { addCustomerReply, createConversation } from 'inbox-rules';
 * const snoozed = createConversation({ id: 'c1', createdAt: 0, state: 'snoozed', snoozedAt: 0, snoozedUntil: 86_400_000 });
 * const { conversation, reopened } = addCustomerReply({ conversation: snoozed, customer: 'u1', text: 'Any news?', now: 3_600_000 });
 * conversation.state; // => 'open'
 * reopened; // => { reason: 'customer-replied', snoozedAt: 0, reopenedAt: 3600000 }
 * ```
 * @category Conversation
 */
export function addCustomerReply(input: AddCustomerReplyInput): ConversationUpdate {
  return addPart('addCustomerReply', input, 'customer-reply', customerReplyReopens);
}

/** CONV-2, SNOOZE-6: a customer reply reopens a snoozed or closed conversation. @internal */
export const customerReplyReopens: ReopenRule = (before) => (before.state === 'open' ? null : 'customer-replied');
