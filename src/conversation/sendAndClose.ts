import type { Conversation, Instant, TeammateId } from '../model/index.js';
import { addPart, neverReopens } from './_lifecycle.js';
import { closeConversation } from './closeConversation.js';

/**
 * Input of {@link sendAndClose}.
 *
 * @example
 * ```ts
 * import { createConversation, type SendAndCloseInput } from 'inbox-rules';
 * const input: SendAndCloseInput = { conversation: createConversation({ id: 'c1', createdAt: 0 }), teammate: 'ana', text: 'Done!', now: 1 };
 * ```
 * @category Conversation
 */
export interface SendAndCloseInput {
  /** The conversation: open or snoozed. */
  readonly conversation: Conversation;
  /** The teammate who sends the reply and closes. */
  readonly teammate: TeammateId;
  /** The reply the customer sees. */
  readonly text: string;
  /** When both happen. */
  readonly now: Instant;
}

/**
 * "Send and close": appends the teammate's reply, then closes the conversation.
 *
 * CONV-4: the reply is in `parts` before the close, so the rating check (RATING-1) sees it. The
 * sender's reply is part of the command and never reopens anything on its own (no reopening is
 * recorded): a snoozed conversation goes straight to closed (CONV-2). The reply ends the
 * customer's wait (LIST-6). All or nothing: a closed conversation throws and nothing is appended.
 * Pure: the input is not mutated.
 *
 * @param input - the conversation, the sender, the text and `now`.
 * @returns the closed conversation with the reply appended.
 * @throws {@link InboxRuleError} `invalid-transition` when it is already closed; `invalid-argument`,
 * `invalid-id` or `invalid-instant` for bad input.
 * @example
 * ```ts
 * import { createConversation, sendAndClose } from 'inbox-rules';
 * const c = sendAndClose({ conversation: createConversation({ id: 'c1', createdAt: 0 }), teammate: 'ana', text: 'Fixed, thanks!', now: 60_000 });
 * [c.state, c.parts.at(-1)?.type]; // => ['closed', 'teammate-reply']
 * ```
 * @category Conversation
 */
export function sendAndClose(input: SendAndCloseInput): Conversation {
  const { conversation } = addPart('sendAndClose', input, 'teammate-reply', neverReopens);
  return closeConversation({ conversation, now: input.now });
}
