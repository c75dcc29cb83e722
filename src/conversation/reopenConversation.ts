import { assertId, assertInstant, assertRecord, fail, own, show } from '../_internal/validate.js';
import type { Conversation, Instant, TeammateId } from '../model/index.js';
import { assertConversation, reopen } from './_lifecycle.js';
import type { ConversationUpdate } from './types.js';

/**
 * Input of {@link reopenConversation}.
 *
 * @example
 * ```ts
 * import { createConversation, type ReopenConversationInput } from 'inbox-rules';
 * const input: ReopenConversationInput = { conversation: createConversation({ id: 'c1', createdAt: 0, state: 'closed' }), teammate: 'ana', now: 1 };
 * ```
 * @category Conversation
 */
export interface ReopenConversationInput {
  /** The conversation to reopen: snoozed or closed. */
  readonly conversation: Conversation;
  /** The teammate who reopens it (validated; the `Reopening` record does not name people). */
  readonly teammate: TeammateId;
  /** When it is reopened. */
  readonly now: Instant;
}

/**
 * Reopens (unsnoozes) a snoozed or closed conversation by hand.
 *
 * SNOOZE-14: a teammate can reopen a snoozed conversation at any time, before its snooze ends;
 * CONV-2: snoozed → open and closed → open by a manual reopen. The reopening is recorded with
 * reason `'manual'` (SNOOZE-9). Reopening an open conversation is not a transition of CONV-2 and
 * throws. The timer is not run here: call {@link snooze!wakeConversation | wakeConversation}
 * (`inbox-rules/snooze`) first (the workspace does). Pure: the input is not mutated.
 *
 * @param input - the conversation, the teammate and `now`.
 * @returns the open conversation and its reopening record.
 * @throws {@link InboxRuleError} `invalid-transition` when it is already open; `invalid-argument`,
 * `invalid-id` or `invalid-instant` for bad input.
 * @example
 * ```ts
 * import { createConversation, reopenConversation } from 'inbox-rules';
 * const closed = createConversation({ id: 'c1', createdAt: 0, state: 'closed', closedAt: 0, closeCount: 1 });
 * reopenConversation({ conversation: closed, teammate: 'ana', now: 60_000 }).reopened;
 * // => { reason: 'manual', snoozedAt: null, reopenedAt: 60000 }
 * ```
 * @category Conversation
 */
export function reopenConversation(input: ReopenConversationInput): ConversationUpdate {
  const raw = assertRecord(input, 'reopenConversation input');
  const conversation = assertConversation(own(raw, 'conversation'), 'reopenConversation conversation');
  assertId(own(raw, 'teammate'), 'reopenConversation teammate');
  const now = assertInstant(own(raw, 'now'), 'reopenConversation now');
  if (conversation.state === 'open') {
    fail('invalid-transition', `Conversation ${show(conversation.id)} is already open; only a snoozed or closed conversation can be reopened (CONV-2).`, { conversation: conversation.id, from: 'open', to: 'open' });
  }
  return reopen(conversation, 'manual', now);
}
