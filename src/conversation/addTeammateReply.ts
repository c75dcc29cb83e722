import { assertBoolean, assertRecord, own } from '../_internal/validate.js';
import type { Conversation, Instant, TeammateId } from '../model/index.js';
import { addPart, type ReopenRule } from './_lifecycle.js';
import type { ConversationUpdate } from './types.js';

/**
 * Input of {@link addTeammateReply}.
 *
 * @example
 * ```ts
 * import { createConversation, type AddTeammateReplyInput } from 'inbox-rules';
 * const input: AddTeammateReplyInput = { conversation: createConversation({ id: 'c1', createdAt: 0 }), teammate: 'ana', text: 'On it!', now: 60_000 };
 * ```
 * @category Conversation
 */
export interface AddTeammateReplyInput {
  /** The conversation replied to. */
  readonly conversation: Conversation;
  /** The teammate who wrote the reply. */
  readonly teammate: TeammateId;
  /** The message the customer sees. */
  readonly text: string;
  /** When the reply was sent. */
  readonly now: Instant;
  /**
   * Whether a teammate reply reopens a **closed** conversation, as Intercom does (CONV-2's note).
   * Default `false`: CONV-2's table lets only a manual reopen or a customer reply reopen it.
   */
  readonly reopenClosed?: boolean | undefined;
}

/**
 * Appends a teammate reply (a customer-visible message by a human); it reopens a snoozed
 * conversation only when the author is not its assignee.
 *
 * SNOOZE-7 (*Resolve*, the public nuance): a reply by the conversation's own assignee leaves it
 * snoozed ("send and snooze"), a reply by anyone else reopens it with reason
 * `'teammate-replied'`. An unassigned conversation has no own assignee, so any teammate's reply
 * reopens it. A closed conversation stays closed (CONV-2's table) unless `reopenClosed` is true.
 * The reply ends the customer's wait (`waitingSince` becomes null, LIST-6). The timer is not run
 * here: call {@link snooze!wakeConversation | wakeConversation} (`inbox-rules/snooze`) first. Pure:
 * the input is not mutated.
 *
 * @param input - the conversation, the author, the text, `now` and the `reopenClosed` option.
 * @returns the new conversation and the reopening it caused, or `reopened: null`.
 * @throws {@link InboxRuleError} `invalid-argument`, `invalid-id` or `invalid-instant` for bad input.
 * @example
 * ```ts
 * import { addTeammateReply, createConversation } from 'inbox-rules';
 * const snoozed = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', state: 'snoozed', snoozedAt: 0, snoozedUntil: 86_400_000 });
 * addTeammateReply({ conversation: snoozed, teammate: 'ana', text: 'Still checking', now: 60_000 }).conversation.state;
 * // => 'snoozed'
 * addTeammateReply({ conversation: snoozed, teammate: 'ben', text: 'Found it', now: 60_000 }).reopened;
 * // => { reason: 'teammate-replied', snoozedAt: 0, reopenedAt: 60000 }
 * ```
 * @category Conversation
 */
export function addTeammateReply(input: AddTeammateReplyInput): ConversationUpdate {
  const option = own(assertRecord(input, 'addTeammateReply input'), 'reopenClosed');
  const reopenClosed = option === undefined ? false : assertBoolean(option, 'addTeammateReply reopenClosed');
  return addPart('addTeammateReply', input, 'teammate-reply', teammateReplyReopens(reopenClosed));
}

/** SNOOZE-7: a reply by anyone but the assignee reopens a snoozed conversation; a closed one only with `reopenClosed` (CONV-2). */
const snoozedOnly: ReopenRule = (before, author) => (before.state === 'snoozed' && author !== before.teammate ? 'teammate-replied' : null);
const snoozedOrClosed: ReopenRule = (before, author) => (before.state === 'closed' ? 'teammate-replied' : snoozedOnly(before, author));

/** The reopen rule of a teammate reply, with or without `reopenClosed`. @internal */
export function teammateReplyReopens(reopenClosed: boolean): ReopenRule {
  return reopenClosed ? snoozedOrClosed : snoozedOnly;
}
