import type { Teammate } from '../model/index.js';
import { assertTeammate } from './assertTeammate.js';

/**
 * Why a teammate is out of the automatic-assignment pools, in the order they are reported:
 * `'teammate-away'` (STATUS-3) and `'no-inbox-seat'` (STATUS-15).
 *
 * @example
 * ```ts
 * import { AUTO_ASSIGNMENT_UNAVAILABLE_REASONS } from 'inbox-rules';
 * AUTO_ASSIGNMENT_UNAVAILABLE_REASONS; // => ['teammate-away', 'no-inbox-seat']
 * ```
 * @category Status
 */
export const AUTO_ASSIGNMENT_UNAVAILABLE_REASONS = ['teammate-away', 'no-inbox-seat'] as const;

/**
 * One of {@link AUTO_ASSIGNMENT_UNAVAILABLE_REASONS}.
 *
 * @example
 * ```ts
 * import type { AutoAssignmentUnavailableReason } from 'inbox-rules';
 * const why: AutoAssignmentUnavailableReason = 'teammate-away';
 * ```
 * @category Status
 */
export type AutoAssignmentUnavailableReason = (typeof AUTO_ASSIGNMENT_UNAVAILABLE_REASONS)[number];

/**
 * The teammate's status lets balanced assignment and round robin pick them.
 *
 * @example
 * ```ts
 * import type { AutoAssignmentAvailable } from 'inbox-rules';
 * const decision: AutoAssignmentAvailable = { kind: 'available' };
 * ```
 * @category Status
 */
export interface AutoAssignmentAvailable {
  /** Discriminant: the teammate is in the automatic-assignment pools. */
  readonly kind: 'available';
}

/**
 * The teammate is out of the automatic-assignment pools, with every reason that applies.
 *
 * @example
 * ```ts
 * import type { AutoAssignmentUnavailable } from 'inbox-rules';
 * const decision: AutoAssignmentUnavailable = { kind: 'unavailable', reasons: ['teammate-away'] };
 * ```
 * @category Status
 */
export interface AutoAssignmentUnavailable {
  /** Discriminant: the teammate is not in the automatic-assignment pools. */
  readonly kind: 'unavailable';
  /** Every reason that applies, never empty, in the order of {@link AUTO_ASSIGNMENT_UNAVAILABLE_REASONS}. */
  readonly reasons: readonly [AutoAssignmentUnavailableReason, ...AutoAssignmentUnavailableReason[]];
}

/**
 * What {@link decideAutoAssignmentAvailability} decides: available, or unavailable with reasons.
 *
 * @example
 * ```ts
 * import type { AutoAssignmentAvailability } from 'inbox-rules';
 * const decision: AutoAssignmentAvailability = { kind: 'unavailable', reasons: ['teammate-away', 'no-inbox-seat'] };
 * ```
 * @category Status
 */
export type AutoAssignmentAvailability = AutoAssignmentAvailable | AutoAssignmentUnavailable;

// Decisions are immutable constants: no allocation per call, since assignment asks this of every
// team member on every pick.
const AVAILABLE: AutoAssignmentAvailable = /* @__PURE__ */ Object.freeze({ kind: 'available' });
const unavailable = (...reasons: AutoAssignmentUnavailable['reasons']): AutoAssignmentUnavailable =>
  Object.freeze({ kind: 'unavailable', reasons: Object.freeze(reasons) });
const AWAY = /* @__PURE__ */ unavailable('teammate-away');
const NO_SEAT = /* @__PURE__ */ unavailable('no-inbox-seat');
const AWAY_AND_NO_SEAT = /* @__PURE__ */ unavailable('teammate-away', 'no-inbox-seat');

/**
 * Whether a teammate's status lets automatic assignment (balanced and round robin) pick them.
 *
 * An away teammate, with or without reassign, is out of **both** pools (STATUS-3) and is back in
 * as soon as they are active again (STATUS-4); a teammate without an inbox seat is never in them
 * (STATUS-15). Both reasons are reported when both apply. Assignment limits, team membership and
 * the round-robin turn are the assignment rules' business, not this decision's. How recently the
 * teammate had a tab open plays no part (STATUS-19).
 *
 * @param teammate - the teammate.
 * @returns `{ kind: 'available' }`, or `{ kind: 'unavailable', reasons }` with `'teammate-away'`
 * and/or `'no-inbox-seat'`. The returned objects are frozen and shared between calls.
 * @throws {@link InboxRuleError} `invalid-argument`, `invalid-id`, `invalid-status`,
 * `away-reason-while-active` or `reassign-while-active` for a value that is not a valid teammate.
 * @example
 * ```ts
 * import { createTeammate, decideAutoAssignmentAvailability } from 'inbox-rules';
 * decideAutoAssignmentAvailability(createTeammate({ id: 'ana' }));
 * // => { kind: 'available' }
 * decideAutoAssignmentAvailability(createTeammate({ id: 'ben', status: 'away', inboxSeat: false }));
 * // => { kind: 'unavailable', reasons: ['teammate-away', 'no-inbox-seat'] }
 * ```
 * @category Status
 */
export function decideAutoAssignmentAvailability(teammate: Teammate): AutoAssignmentAvailability {
  const t = assertTeammate(teammate, 'teammate');
  if (t.status === 'away') return t.inboxSeat ? AWAY : AWAY_AND_NO_SEAT;
  return t.inboxSeat ? AVAILABLE : NO_SEAT;
}
