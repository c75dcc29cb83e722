import { assertInstant, assertRecord, fail, own, show } from '../_internal/validate.js';
import { withConversation, type Conversation, type Instant } from '../model/index.js';
import { assertConversation } from './_lifecycle.js';

/**
 * Input of {@link closeConversation}.
 *
 * @example
 * ```ts
 * import { createConversation, type CloseConversationInput } from 'inbox-rules';
 * const input: CloseConversationInput = { conversation: createConversation({ id: 'c1', createdAt: 0 }), now: 60_000 };
 * ```
 * @category Conversation
 */
export interface CloseConversationInput {
  /** The conversation to close: open or snoozed. */
  readonly conversation: Conversation;
  /** When it is closed. */
  readonly now: Instant;
}

/**
 * Closes an open or snoozed conversation.
 *
 * CONV-2: open → closed and snoozed → closed; closing a snoozed conversation clears the snooze
 * (SNOOZE-13). `closedAt` becomes `now` and `closeCount` goes up by one (RATING-7 reads it; the
 * rating request itself is the ratings module's decision). Closing a closed conversation is not a
 * transition of CONV-2 and throws. Pure: the input is not mutated.
 *
 * @param input - the conversation and `now`.
 * @returns the closed conversation (a new object).
 * @throws {@link InboxRuleError} `invalid-transition` when it is already closed; `invalid-argument`,
 * `invalid-id` or `invalid-instant` for bad input.
 * @example
 * ```ts
 * import { closeConversation, createConversation } from 'inbox-rules';
 * const snoozed = createConversation({ id: 'c1', createdAt: 0, state: 'snoozed', snoozedAt: 0, snoozedUntil: 86_400_000 });
 * const closed = closeConversation({ conversation: snoozed, now: 60_000 });
 * [closed.state, closed.snoozedUntil, closed.closedAt, closed.closeCount]; // => ['closed', null, 60000, 1]
 * ```
 * @category Conversation
 */
export function closeConversation(input: CloseConversationInput): Conversation {
  const raw = assertRecord(input, 'closeConversation input');
  const conversation = assertConversation(own(raw, 'conversation'), 'closeConversation conversation');
  return close(conversation, assertInstant(own(raw, 'now'), 'closeConversation now'));
}

/** {@link closeConversation} for values already checked (the workspace). @internal */
export function close(conversation: Conversation, now: Instant): Conversation {
  assertCloseable(conversation);
  return withConversation(conversation, {
    state: 'closed', snoozedAt: null, snoozedUntil: null, closedAt: now, closeCount: conversation.closeCount + 1,
  });
}

/** CONV-2: only an open or snoozed conversation can be closed. @internal */
export function assertCloseable(conversation: Conversation): void {
  if (conversation.state === 'closed') {
    fail('invalid-transition', `Conversation ${show(conversation.id)} is already closed; only an open or snoozed conversation can be closed (CONV-2).`, { conversation: conversation.id, from: 'closed', to: 'closed' });
  }
}
