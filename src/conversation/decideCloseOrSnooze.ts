import { assertBoolean, assertOneOf, assertRecord, own } from '../_internal/validate.js';

/**
 * Who a conversation can be waiting on (SNOOZE-16: "snooze while waiting on the customer or a
 * teammate").
 *
 * @example
 * ```ts
 * import { WAITING_ON } from 'inbox-rules';
 * WAITING_ON; // => ['customer', 'teammate']
 * ```
 * @category Conversation
 */
export const WAITING_ON = ['customer', 'teammate'] as const;

/**
 * One of {@link WAITING_ON}.
 *
 * @example
 * ```ts
 * import type { WaitingOn } from 'inbox-rules';
 * const who: WaitingOn = 'customer';
 * ```
 * @category Conversation
 */
export type WaitingOn = (typeof WAITING_ON)[number];

/**
 * The reason codes of {@link decideCloseOrSnooze}, in the order they are reported.
 *
 * @example
 * ```ts
 * import { CLOSE_OR_SNOOZE_REASONS } from 'inbox-rules';
 * CLOSE_OR_SNOOZE_REASONS;
 * // => ['resolved', 'not-resolved', 'waiting-on-customer', 'waiting-on-teammate', 'not-waiting']
 * ```
 * @category Conversation
 */
export const CLOSE_OR_SNOOZE_REASONS = ['resolved', 'not-resolved', 'waiting-on-customer', 'waiting-on-teammate', 'not-waiting'] as const;

/**
 * One of {@link CLOSE_OR_SNOOZE_REASONS}.
 *
 * @example
 * ```ts
 * import type { CloseOrSnoozeReason } from 'inbox-rules';
 * const why: CloseOrSnoozeReason = 'waiting-on-customer';
 * ```
 * @category Conversation
 */
export type CloseOrSnoozeReason = (typeof CLOSE_OR_SNOOZE_REASONS)[number];

/**
 * Input of {@link decideCloseOrSnooze}.
 *
 * @example
 * ```ts
 * import type { CloseOrSnoozeInput } from 'inbox-rules';
 * const input: CloseOrSnoozeInput = { resolved: false, waitingOn: 'customer' };
 * ```
 * @category Conversation
 */
export interface CloseOrSnoozeInput {
  /** Whether the customer's problem is fully resolved. */
  readonly resolved: boolean;
  /** Who the conversation is waiting on, if anyone. Default null (nobody). */
  readonly waitingOn?: WaitingOn | null | undefined;
}

/**
 * The advice of {@link decideCloseOrSnooze}: close, snooze, or keep the conversation open, with
 * the reasons.
 *
 * @example
 * ```ts
 * import type { CloseOrSnoozeAdvice } from 'inbox-rules';
 * const advice: CloseOrSnoozeAdvice = { kind: 'snooze', reasons: ['not-resolved', 'waiting-on-customer'] };
 * ```
 * @category Conversation
 */
export interface CloseOrSnoozeAdvice {
  /** `'close'` when resolved, `'snooze'` when waiting on someone, otherwise `'keep-open'`. */
  readonly kind: 'close' | 'snooze' | 'keep-open';
  /** Every reason behind the advice, in the order of {@link CLOSE_OR_SNOOZE_REASONS}; never empty. */
  readonly reasons: readonly [CloseOrSnoozeReason, ...CloseOrSnoozeReason[]];
}

/**
 * Advises whether to close or snooze a conversation (guidance, never enforced).
 *
 * CONV-3: close only when the conversation is fully resolved, otherwise snooze; SNOOZE-16: snooze
 * while waiting on the customer or a teammate, and don't use snooze to avoid a difficult
 * conversation, so an unresolved conversation that waits on nobody is advised to stay open
 * (`'keep-open'`: keep working on it). Advice only: no command refuses to close an unresolved
 * conversation.
 *
 * @param input - `resolved` and, optionally, who it is `waitingOn`.
 * @returns `{ kind, reasons }`.
 * @throws {@link InboxRuleError} `invalid-argument` for a non-boolean `resolved` or an unknown `waitingOn`.
 * @example
 * ```ts
 * import { decideCloseOrSnooze } from 'inbox-rules';
 * decideCloseOrSnooze({ resolved: true }); // => { kind: 'close', reasons: ['resolved'] }
 * decideCloseOrSnooze({ resolved: false, waitingOn: 'teammate' });
 * // => { kind: 'snooze', reasons: ['not-resolved', 'waiting-on-teammate'] }
 * decideCloseOrSnooze({ resolved: false }); // => { kind: 'keep-open', reasons: ['not-resolved', 'not-waiting'] }
 * ```
 * @category Conversation
 */
export function decideCloseOrSnooze(input: CloseOrSnoozeInput): CloseOrSnoozeAdvice {
  const raw = assertRecord(input, 'decideCloseOrSnooze input');
  const resolved = assertBoolean(own(raw, 'resolved'), 'decideCloseOrSnooze resolved');
  const waiting = own(raw, 'waitingOn') ?? null;
  const waitingOn = waiting === null ? null : assertOneOf(waiting, WAITING_ON, 'decideCloseOrSnooze waitingOn');
  if (resolved) return { kind: 'close', reasons: ['resolved'] };
  if (waitingOn === null) return { kind: 'keep-open', reasons: ['not-resolved', 'not-waiting'] };
  return { kind: 'snooze', reasons: ['not-resolved', `waiting-on-${waitingOn}`] };
}
