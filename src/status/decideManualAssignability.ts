import type { Teammate } from '../model/index.js';
import { assertTeammate } from './assertTeammate.js';

/**
 * Why a manual assignment to a teammate is rejected: only `'no-inbox-seat'` (STATUS-15). Away
 * never blocks it (STATUS-7).
 *
 * @example
 * ```ts
 * import { MANUAL_ASSIGNMENT_REJECTION_REASONS } from 'inbox-rules';
 * MANUAL_ASSIGNMENT_REJECTION_REASONS; // => ['no-inbox-seat']
 * ```
 * @category Status
 */
export const MANUAL_ASSIGNMENT_REJECTION_REASONS = ['no-inbox-seat'] as const;

/**
 * One of {@link MANUAL_ASSIGNMENT_REJECTION_REASONS}.
 *
 * @example
 * ```ts
 * import type { ManualAssignmentRejectionReason } from 'inbox-rules';
 * const why: ManualAssignmentRejectionReason = 'no-inbox-seat';
 * ```
 * @category Status
 */
export type ManualAssignmentRejectionReason = (typeof MANUAL_ASSIGNMENT_REJECTION_REASONS)[number];

/**
 * A conversation may be assigned to the teammate by hand.
 *
 * @example
 * ```ts
 * import type { ManualAssignmentAllowed } from 'inbox-rules';
 * const decision: ManualAssignmentAllowed = { kind: 'allowed' };
 * ```
 * @category Status
 */
export interface ManualAssignmentAllowed {
  /** Discriminant: manual assignment to this teammate is allowed. */
  readonly kind: 'allowed';
}

/**
 * A manual assignment to the teammate must be rejected, with every reason that applies.
 *
 * @example
 * ```ts
 * import type { ManualAssignmentRejected } from 'inbox-rules';
 * const decision: ManualAssignmentRejected = { kind: 'rejected', reasons: ['no-inbox-seat'] };
 * ```
 * @category Status
 */
export interface ManualAssignmentRejected {
  /** Discriminant: manual assignment to this teammate is not allowed. */
  readonly kind: 'rejected';
  /** Every reason that applies, never empty. */
  readonly reasons: readonly [ManualAssignmentRejectionReason, ...ManualAssignmentRejectionReason[]];
}

/**
 * What {@link decideManualAssignability} decides: allowed, or rejected with reasons.
 *
 * @example
 * ```ts
 * import type { ManualAssignability } from 'inbox-rules';
 * const decision: ManualAssignability = { kind: 'allowed' };
 * ```
 * @category Status
 */
export type ManualAssignability = ManualAssignmentAllowed | ManualAssignmentRejected;

const ALLOWED: ManualAssignmentAllowed = /* @__PURE__ */ Object.freeze({ kind: 'allowed' });
const NO_SEAT: ManualAssignmentRejected = /* @__PURE__ */ Object.freeze({ kind: 'rejected', reasons: /* @__PURE__ */ Object.freeze(['no-inbox-seat'] as const) });

/**
 * Whether the teammate's status and seat let someone assign them a conversation by hand.
 *
 * Away, with or without reassign, never blocks a manual assignment (STATUS-7, STATUS-13); a
 * teammate without an inbox seat cannot be assigned conversations at all (STATUS-15). Assignment
 * limits do not apply to manual assignment either (that is an assignment rule).
 *
 * @param teammate - the teammate who would receive the conversation.
 * @returns `{ kind: 'allowed' }` or `{ kind: 'rejected', reasons: ['no-inbox-seat'] }`. The
 * returned objects are frozen and shared between calls.
 * @throws {@link InboxRuleError} `invalid-argument`, `invalid-id`, `invalid-status`,
 * `away-reason-while-active` or `reassign-while-active` for a value that is not a valid teammate.
 * @example
 * ```ts
 * import { createTeammate, decideManualAssignability } from 'inbox-rules';
 * decideManualAssignability(createTeammate({ id: 'ana', status: 'away', reassignReplies: true }));
 * // => { kind: 'allowed' }
 * decideManualAssignability(createTeammate({ id: 'ben', inboxSeat: false }));
 * // => { kind: 'rejected', reasons: ['no-inbox-seat'] }
 * ```
 * @category Status
 */
export function decideManualAssignability(teammate: Teammate): ManualAssignability {
  return assertTeammate(teammate, 'teammate').inboxSeat ? ALLOWED : NO_SEAT;
}
