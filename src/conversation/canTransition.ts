import { assertOneOf, assertRecord, own } from '../_internal/validate.js';
import { CONVERSATION_STATES, type ConversationState, type ReopenReason } from '../model/index.js';

/**
 * What moves a conversation between states: a snooze, a close, or one of the reopen reasons
 * (`REOPEN_REASONS`).
 *
 * @example
 * ```ts
 * import type { TransitionTrigger } from 'inbox-rules';
 * const trigger: TransitionTrigger = 'snooze-ended';
 * ```
 * @category Conversation
 */
export type TransitionTrigger = 'snooze' | 'close' | ReopenReason;

/**
 * One allowed state change of CONV-2, with what can trigger it.
 *
 * @example
 * ```ts
 * import type { ConversationTransition } from 'inbox-rules';
 * const t: ConversationTransition = { from: 'open', to: 'closed', triggers: ['close'] };
 * ```
 * @category Conversation
 */
export interface ConversationTransition {
  /** The state before. */
  readonly from: ConversationState;
  /** The state after. */
  readonly to: ConversationState;
  /** What can cause it. */
  readonly triggers: readonly TransitionTrigger[];
}

const row = (from: ConversationState, to: ConversationState, ...triggers: TransitionTrigger[]): ConversationTransition =>
  Object.freeze({ from, to, triggers: Object.freeze(triggers) });

/**
 * Every allowed state change of a conversation (CONV-2), in the order of the rule's table (frozen).
 *
 * Re-snoozing a snoozed conversation (SNOOZE-12) changes `snoozedUntil`, not the state, so it is
 * not a row. `'teammate-replied'` reopens a closed conversation only with the `reopenClosed` option
 * of {@link addTeammateReply}, which is off by default, so it is not in the closed → open row.
 *
 * @example
 * ```ts
 * import { CONVERSATION_TRANSITIONS } from 'inbox-rules';
 * CONVERSATION_TRANSITIONS.map((t) => `${t.from}->${t.to}`);
 * // => ['open->snoozed', 'snoozed->open', 'open->closed', 'snoozed->closed', 'closed->open']
 * ```
 * @category Conversation
 */
// Module-level calls are marked pure (here and in the other rule modules) so a bundler can drop
// the table when it is not used, the rest of the module being used.
export const CONVERSATION_TRANSITIONS: readonly ConversationTransition[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ row('open', 'snoozed', 'snooze'),
  /* @__PURE__ */ row('snoozed', 'open', 'snooze-ended', 'customer-replied', 'teammate-replied', 'note-added', 'manual'),
  /* @__PURE__ */ row('open', 'closed', 'close'),
  /* @__PURE__ */ row('snoozed', 'closed', 'close'),
  /* @__PURE__ */ row('closed', 'open', 'manual', 'customer-replied'),
]);

/**
 * Input of {@link canTransition}.
 *
 * @example
 * ```ts
 * import type { CanTransitionInput } from 'inbox-rules';
 * const input: CanTransitionInput = { from: 'closed', to: 'snoozed' };
 * ```
 * @category Conversation
 */
export interface CanTransitionInput {
  /** The current state. */
  readonly from: ConversationState;
  /** The wanted state. */
  readonly to: ConversationState;
}

/**
 * Whether CONV-2 allows a conversation to go from one state to another.
 *
 * The states are `open`, `snoozed` and `closed` (CONV-1); the allowed changes are the rows of
 * {@link CONVERSATION_TRANSITIONS}. Staying in the same state is not a transition (false).
 *
 * @param input - `from` and `to`.
 * @returns true when a row of the table leads from `from` to `to`.
 * @throws {@link InboxRuleError} `invalid-argument` for a state that is not one of CONV-1.
 * @example
 * ```ts
 * import { canTransition } from 'inbox-rules';
 * canTransition({ from: 'snoozed', to: 'closed' }); // => true
 * canTransition({ from: 'closed', to: 'snoozed' }); // => false
 * ```
 * @category Conversation
 */
export function canTransition(input: CanTransitionInput): boolean {
  const raw = assertRecord(input, 'canTransition input');
  const from = assertOneOf(own(raw, 'from'), CONVERSATION_STATES, 'canTransition from');
  const to = assertOneOf(own(raw, 'to'), CONVERSATION_STATES, 'canTransition to');
  return CONVERSATION_TRANSITIONS.some((t) => t.from === from && t.to === to);
}
