/**
 * Why a teammate cannot be picked by automatic assignment, in the order they are reported:
 * not a member of the team inbox (ASSIGN-13 a), away (ASSIGN-13 b, STATUS-3), no inbox seat
 * (ASSIGN-13 c, STATUS-15, ASSIGN-37), at or over their own assignment limit (ASSIGN-13 d,
 * ASSIGN-14, ASSIGN-25), at or over the team inbox's own limit (Beyond-1). Round robin ignores
 * both limits (ASSIGN-31), so it never reports the last two.
 *
 * @example
 * ```ts
 * import { INELIGIBILITY_REASONS } from 'inbox-rules';
 * INELIGIBILITY_REASONS; // => ['not-a-member', 'teammate-away', 'no-inbox-seat', 'at-limit', 'at-team-limit']
 * ```
 * @category Assignment
 */
export const INELIGIBILITY_REASONS = ['not-a-member', 'teammate-away', 'no-inbox-seat', 'at-limit', 'at-team-limit'] as const;

/**
 * One of {@link INELIGIBILITY_REASONS}.
 *
 * @example
 * ```ts
 * import type { IneligibilityReason } from 'inbox-rules';
 * const why: IneligibilityReason = 'at-limit';
 * ```
 * @category Assignment
 */
export type IneligibilityReason = (typeof INELIGIBILITY_REASONS)[number];

/**
 * Why an eligible teammate lost to the chosen one: balanced reports the first criterion at which
 * they lost (more open conversations, ASSIGN-15; same count but assigned more recently, ASSIGN-17;
 * same count and same last assignment but a higher id, ASSIGN-17 *Resolve*); round robin reports
 * `'not-their-turn'` (ASSIGN-28).
 *
 * @example
 * ```ts
 * import { PASSED_OVER_REASONS } from 'inbox-rules';
 * PASSED_OVER_REASONS; // => ['more-open', 'assigned-more-recently', 'higher-id', 'not-their-turn']
 * ```
 * @category Assignment
 */
export const PASSED_OVER_REASONS = ['more-open', 'assigned-more-recently', 'higher-id', 'not-their-turn'] as const;

/**
 * One of {@link PASSED_OVER_REASONS}.
 *
 * @example
 * ```ts
 * import type { PassedOverReason } from 'inbox-rules';
 * const why: PassedOverReason = 'more-open';
 * ```
 * @category Assignment
 */
export type PassedOverReason = (typeof PASSED_OVER_REASONS)[number];

/**
 * A reason in a {@link ConsideredTeammate}'s `reasons`: why that teammate was not chosen.
 *
 * @example
 * ```ts
 * import type { CandidateReason } from 'inbox-rules';
 * const reasons: CandidateReason[] = ['teammate-away', 'at-limit'];
 * ```
 * @category Assignment
 */
export type CandidateReason = IneligibilityReason | PassedOverReason;

/**
 * Why the chosen teammate was chosen:
 * - balanced (ASSIGN-15, ASSIGN-17): `'only-eligible'` (nobody else was eligible), `'fewest-open'`
 *   (strictly fewer open conversations than every other eligible teammate),
 *   `'least-recently-assigned'` (the count tie was broken by the oldest last assignment, never
 *   assigned counting oldest), `'lowest-id'` (still tied, the lowest id won);
 * - round robin: `'next-in-rotation'` (ASSIGN-28);
 * - `'named-teammate'`: the workflow or rule named the teammate itself (ASSIGN-4).
 *
 * @example
 * ```ts
 * import { PICK_REASONS } from 'inbox-rules';
 * PICK_REASONS;
 * // => ['only-eligible', 'fewest-open', 'least-recently-assigned', 'lowest-id', 'next-in-rotation', 'named-teammate']
 * ```
 * @category Assignment
 */
export const PICK_REASONS = [
  'only-eligible', 'fewest-open', 'least-recently-assigned', 'lowest-id', 'next-in-rotation', 'named-teammate',
] as const;

/**
 * One of {@link PICK_REASONS}.
 *
 * @example
 * ```ts
 * import type { PickReason } from 'inbox-rules';
 * const why: PickReason = 'fewest-open';
 * ```
 * @category Assignment
 */
export type PickReason = (typeof PICK_REASONS)[number];

/**
 * The pick reasons of balanced assignment: the first four of {@link PICK_REASONS}.
 *
 * @example
 * ```ts
 * import type { BalancedPickReason } from 'inbox-rules';
 * const why: BalancedPickReason = 'least-recently-assigned';
 * ```
 * @category Assignment
 */
export type BalancedPickReason = Extract<PickReason, 'only-eligible' | 'fewest-open' | 'least-recently-assigned' | 'lowest-id'>;

/**
 * Why nobody was assigned and the conversation waits in its team inbox with no teammate:
 * - `'no-members'`: the team inbox has no members (ASSIGN-21, ASSIGN-32);
 * - `'no-eligible-teammate'`: members exist but none can be picked; each one's reasons are in
 *   `considered` (ASSIGN-21, ASSIGN-32);
 * - `'manual-method'`: the inbox uses manual assignment (ASSIGN-4);
 * - `'round-robin-arrival-only'`: round robin runs only when a workflow routes a conversation
 *   in, never later, never for a manual move (ASSIGN-32, ASSIGN-33, ASSIGN-34);
 * - `'already-assigned'`: the conversation already has a teammate, which automatic assignment
 *   never replaces (ASSIGN-24);
 * - `'not-open'`: the conversation is snoozed or closed; only open conversations are routed.
 *
 * @example
 * ```ts
 * import { WAIT_REASONS } from 'inbox-rules';
 * WAIT_REASONS;
 * // => ['no-members', 'no-eligible-teammate', 'manual-method', 'round-robin-arrival-only', 'already-assigned', 'not-open']
 * ```
 * @category Assignment
 */
export const WAIT_REASONS = [
  'no-members', 'no-eligible-teammate', 'manual-method', 'round-robin-arrival-only', 'already-assigned', 'not-open',
] as const;

/**
 * One of {@link WAIT_REASONS}.
 *
 * @example
 * ```ts
 * import type { WaitReason } from 'inbox-rules';
 * const why: WaitReason = 'no-eligible-teammate';
 * ```
 * @category Assignment
 */
export type WaitReason = (typeof WAIT_REASONS)[number];

/**
 * Why a pool-based pick (balanced or round robin) found nobody: the first two of
 * {@link WAIT_REASONS}.
 *
 * @example
 * ```ts
 * import type { PoolWaitReason } from 'inbox-rules';
 * const why: PoolWaitReason = 'no-members';
 * ```
 * @category Assignment
 */
export type PoolWaitReason = Extract<WaitReason, 'no-members' | 'no-eligible-teammate'>;

/**
 * Why reassign-on-reply left a conversation without team and teammate instead of giving it to
 * the workspace's default assignee (STATUS-10): there is no default assignee, the default
 * assignee is the away teammate themselves or another Away + reassign teammate (no loop), or the
 * default teammate has no inbox seat (STATUS-15).
 *
 * @example
 * ```ts
 * import { DEFAULT_ASSIGNEE_SKIP_REASONS } from 'inbox-rules';
 * DEFAULT_ASSIGNEE_SKIP_REASONS;
 * // => ['no-default-assignee', 'default-assignee-is-assignee', 'default-assignee-away-reassigning', 'default-assignee-no-seat']
 * ```
 * @category Assignment
 */
export const DEFAULT_ASSIGNEE_SKIP_REASONS = [
  'no-default-assignee', 'default-assignee-is-assignee', 'default-assignee-away-reassigning', 'default-assignee-no-seat',
] as const;

/**
 * One of {@link DEFAULT_ASSIGNEE_SKIP_REASONS}.
 *
 * @example
 * ```ts
 * import type { DefaultAssigneeSkipReason } from 'inbox-rules';
 * const why: DefaultAssigneeSkipReason = 'default-assignee-is-assignee';
 * ```
 * @category Assignment
 */
export type DefaultAssigneeSkipReason = (typeof DEFAULT_ASSIGNEE_SKIP_REASONS)[number];

/**
 * Every reason code the assignment functions report, all stable kebab-case strings (the docs
 * page has a table of their meanings). Reply reassignment also reports the status codes of
 * `REPLY_REASSIGNMENT_REASONS` (`'no-assignee'`, `'assignee-away-reassigning'`, ...).
 *
 * @example
 * ```ts
 * import { ASSIGNMENT_REASONS } from 'inbox-rules';
 * ASSIGNMENT_REASONS.length; // => 25
 * ASSIGNMENT_REASONS.includes('at-limit'); // => true
 * ```
 * @category Assignment
 */
export const ASSIGNMENT_REASONS = /* @__PURE__ */ joinLists(INELIGIBILITY_REASONS, PASSED_OVER_REASONS, PICK_REASONS, WAIT_REASONS, DEFAULT_ASSIGNEE_SKIP_REASONS);

/** The lists one after the other, frozen (a call on plain identifiers, so bundlers can drop it when unused). */
function joinLists<T extends readonly (readonly string[])[]>(...lists: T): readonly T[number][number][] {
  return Object.freeze(lists.flat() as T[number][number][]);
}

/**
 * One of {@link ASSIGNMENT_REASONS}.
 *
 * @example
 * ```ts
 * import type { AssignmentReason } from 'inbox-rules';
 * const why: AssignmentReason = 'not-their-turn';
 * ```
 * @category Assignment
 */
export type AssignmentReason = (typeof ASSIGNMENT_REASONS)[number];
