import type { Conversation, Instant } from '../model/index.js';
import { addPart, neverReopens } from './_lifecycle.js';
import type { ConversationUpdate } from './types.js';

/**
 * Input of {@link addBotReply}.
 *
 * @example
 * ```ts
 * import { createConversation, type AddBotReplyInput } from 'inbox-rules';
 * const input: AddBotReplyInput = { conversation: createConversation({ id: 'c1', createdAt: 0 }), bot: 'fin', text: 'Try this article', now: 1 };
 * ```
 * @category Conversation
 */
export interface AddBotReplyInput {
  /** The conversation replied to. */
  readonly conversation: Conversation;
  /** The bot's name (for example `'fin'`, `'workflow'` or `'operator'`). */
  readonly bot: string;
  /** The message. */
  readonly text: string;
  /** When it was sent. */
  readonly now: Instant;
}

/**
 * Appends an automated reply (Fin, a bot, a workflow or Operator); it never reopens anything.
 *
 * A bot reply is not a teammate reply (Glossary), so it does not reopen a snoozed conversation
 * (SNOOZE-6 and SNOOZE-7 name customers and teammates only) nor a closed one (CONV-2), and it
 * leaves the customer's wait (`waitingSince`, LIST-6) running. Pure: the input is not mutated.
 *
 * @param input - the conversation, the bot's name, the text and `now`.
 * @returns the new conversation, always with `reopened: null`.
 * @throws {@link InboxRuleError} `invalid-argument`, `invalid-id` or `invalid-instant` for bad input.
 * @example
 * ```ts
 * import { addBotReply, createConversation } from 'inbox-rules';
 * const snoozed = createConversation({ id: 'c1', createdAt: 0, state: 'snoozed', snoozedAt: 0, snoozedUntil: 86_400_000 });
 * addBotReply({ conversation: snoozed, bot: 'fin', text: 'Here is an article', now: 60_000 }).conversation.state;
 * // => 'snoozed'
 * ```
 * @category Conversation
 */
export function addBotReply(input: AddBotReplyInput): ConversationUpdate {
  return addPart('addBotReply', input, 'bot-reply', neverReopens);
}
