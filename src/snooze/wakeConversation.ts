import { assertInstant, assertRecord, own } from '../_internal/validate.js';
import type { Conversation, Instant } from '../model/index.js';
import { assertConversation, reopen } from '../conversation/_lifecycle.js';
import type { ConversationUpdate } from '../conversation/types.js';

/**
 * Input of {@link wakeConversation}.
 *
 * @example
 * ```ts
 * import { createConversation } from 'inbox-rules';
 * import type { WakeConversationInput } from 'inbox-rules/snooze';
 * const input: WakeConversationInput = { conversation: createConversation({ id: 'c1', createdAt: 0 }), now: 0 };
 * ```
 * @category Snooze
 */
export interface WakeConversationInput {
  /** Any conversation; only a snoozed one can wake. */
  readonly conversation: Conversation;
  /** The current time. */
  readonly now: Instant;
}

/**
 * Runs the snooze timer on one conversation: reopens it when its snooze has ended.
 *
 * SNOOZE-5: when `now >= snoozedUntil` (inclusive: at exactly `snoozedUntil` it reopens) the state
 * becomes `'open'` and the snooze is cleared, with a reopening of reason `'snooze-ended'` — which is
 * also the notification to the assignee (SNOOZE-10) and makes the conversation count as open again
 * (SNOOZE-15). *Resolve*: `reopenedAt` is `snoozedUntil`, the moment the snooze ended, not the
 * time the timer ran, so the result does not depend on how late the timer runs. Before the end,
 * or when the conversation is not snoozed, it returns the input itself (same reference). Waking
 * is idempotent. Pure: the input is not mutated.
 *
 * @param input - the conversation and `now`.
 * @returns the reopened conversation and its reopening, or the same conversation with `reopened: null`.
 * @throws {@link InboxRuleError} `invalid-argument`, `invalid-id` or `invalid-instant` for bad input.
 * @example
 * ```ts
 * import { createConversation } from 'inbox-rules';
 * import { wakeConversation } from 'inbox-rules/snooze';
 * const snoozed = createConversation({ id: 'c1', createdAt: 0, state: 'snoozed', snoozedAt: 0, snoozedUntil: 3_600_000 });
 * wakeConversation({ conversation: snoozed, now: 3_599_999 }).conversation === snoozed; // => true
 * wakeConversation({ conversation: snoozed, now: 3_600_000 }).reopened;
 * // => { reason: 'snooze-ended', snoozedAt: 0, reopenedAt: 3600000 }
 * ```
 * @category Snooze
 */
export function wakeConversation(input: WakeConversationInput): ConversationUpdate {
  const raw = assertRecord(input, 'wakeConversation input');
  const conversation = assertConversation(own(raw, 'conversation'), 'wakeConversation conversation');
  return wake(conversation, assertInstant(own(raw, 'now'), 'wakeConversation now'));
}

/** {@link wakeConversation} for values already checked (the workspace). @internal */
export function wake(conversation: Conversation, now: Instant): ConversationUpdate {
  const until = conversation.snoozedUntil;
  return until !== null && now >= until ? reopen(conversation, 'snooze-ended', until) : { conversation, reopened: null };
}
