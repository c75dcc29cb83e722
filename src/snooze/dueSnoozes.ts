import { assertArray, assertInstant, assertRecord, indexById, own } from '../_internal/validate.js';
import type { Conversation, Instant } from '../model/index.js';
import { assertConversation } from '../conversation/_lifecycle.js';

/**
 * Input of {@link dueSnoozes}.
 *
 * @example
 * ```ts
 * import type { DueSnoozesInput } from 'inbox-rules/snooze';
 * const input: DueSnoozesInput = { conversations: [], now: 0 };
 * ```
 * @category Snooze
 */
export interface DueSnoozesInput {
  /** The conversations to look at, in any order (ids unique). */
  readonly conversations: readonly Conversation[];
  /** The current time. */
  readonly now: Instant;
}

/**
 * The snoozed conversations whose snooze has ended by `now`, in the order they should reopen.
 *
 * SNOOZE-5: a snooze has ended when `snoozedUntil <= now` (inclusive). The result is ordered by
 * `snoozedUntil`, earliest first, then by id (plain string order, not locale order), whatever the
 * input order, so a backend can run it on a timer and wake each with {@link wakeConversation}.
 *
 * @param input - the conversations and `now`.
 * @returns the due conversations (the input objects themselves), in order; empty when none is due.
 * @throws {@link InboxRuleError} `duplicate-id` when two conversations share an id;
 * `invalid-argument`, `invalid-id` or `invalid-instant` for bad input.
 * @example
 * ```ts
 * import { createConversation } from 'inbox-rules';
 * import { dueSnoozes } from 'inbox-rules/snooze';
 * const snoozed = (id: string, until: number) => createConversation({ id, createdAt: 0, state: 'snoozed', snoozedAt: 0, snoozedUntil: until });
 * dueSnoozes({ conversations: [snoozed('b', 20), snoozed('c', 99), snoozed('a', 20), snoozed('d', 10)], now: 20 }).map((c) => c.id);
 * // => ['d', 'a', 'b']
 * ```
 * @category Snooze
 */
export function dueSnoozes(input: DueSnoozesInput): readonly Conversation[] {
  const raw = assertRecord(input, 'dueSnoozes input');
  const now = assertInstant(own(raw, 'now'), 'dueSnoozes now');
  const conversations = assertArray(own(raw, 'conversations'), 'dueSnoozes conversations').map((c, i) => assertConversation(c, `dueSnoozes conversations[${i}]`));
  indexById(conversations, 'conversation');
  const due = conversations.filter((c): c is Conversation & { readonly snoozedUntil: Instant } => c.snoozedUntil !== null && c.snoozedUntil <= now);
  return due.sort((a, b) => a.snoozedUntil - b.snoozedUntil || (a.id < b.id ? -1 : 1)); // ids are unique
}
