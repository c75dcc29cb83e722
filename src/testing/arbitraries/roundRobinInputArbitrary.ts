import type * as fc from 'fast-check';
import type { DecideRoundRobinAssigneeInput } from '../../assignment/index.js';
import type { TeamId, TeammateId } from '../../model/index.js';
import { poolInputArbitrary } from './_pool.js';

/**
 * What {@link roundRobinInputArbitrary} accepts; every field is optional. The balanced input
 * arbitrary accepts the same fields and more ({@link BalancedInputArbitraryOptions}).
 *
 * @example
 * ```ts
 * import type { RoundRobinInputArbitraryOptions } from 'inbox-rules/testing';
 * const options: RoundRobinInputArbitraryOptions = { teamId: 'vip', minTeammates: 1, nonMembers: false };
 * ```
 * @category Testing
 */
export interface RoundRobinInputArbitraryOptions {
  /** The team's id (default `'billing'`). */
  readonly teamId?: TeamId | undefined;
  /**
   * The pool teammate ids are drawn from. Default: `'ana'` to `'hana'`, with `'__proto__'` and
   * `'constructor'` at low weight.
   */
  readonly ids?: readonly TeammateId[] | undefined;
  /** The fewest teammates (default 0: a team with no members is a case, ASSIGN-21). */
  readonly minTeammates?: number | undefined;
  /** The most teammates (default 6, at most the size of the id pool). */
  readonly maxTeammates?: number | undefined;
  /**
   * Whether `teammates` may include teammates that are not members (reported `'not-a-member'`),
   * and a round-robin pointer may name one of them or an id not among the teammates (someone who
   * left). Default `true`.
   */
  readonly nonMembers?: boolean | undefined;
  /** The largest `openCount` (default 6). */
  readonly maxOpenCount?: number | undefined;
  /** Limits are `null` or 1 to this (default 4). */
  readonly maxAssignmentLimit?: number | undefined;
  /** The zones teammates' `timezone` is drawn from (default five zones, `UTC` first). */
  readonly timezones?: readonly string[] | undefined;
}

/**
 * Generates valid inputs of `decideRoundRobinAssignee`: a round-robin team inbox and its
 * teammates.
 *
 * Members are listed in a random order and carry display names that repeat and differ only in
 * case or accents, so the rotation order (name case-insensitively, then exactly, then id,
 * ASSIGN-30) is exercised; members are active, away or without a seat (ASSIGN-29, ASSIGN-37), and
 * their loads are often at or over their limits, which round robin ignores (ASSIGN-31). The
 * rotation pointer is null, a member, or (unless `nonMembers` is false) a teammate who is no
 * longer a member or an unknown id.
 *
 * @param options - the team id, id pool, sizes and field bounds; see
 * {@link RoundRobinInputArbitraryOptions}.
 * @returns a fast-check arbitrary of `{ team, teammates }` inputs.
 * @throws `InboxRuleError` (from `inbox-rules`) `invalid-argument`, `invalid-id`, `duplicate-id` or
 * `invalid-time-zone` for malformed options.
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { decideRoundRobinAssignee } from 'inbox-rules';
 * import { roundRobinInputArbitrary } from 'inbox-rules/testing';
 * const [input] = fc.sample(roundRobinInputArbitrary({ teamId: 'vip' }), { numRuns: 1, seed: 1 });
 * input?.team.assignment; // => 'round-robin'
 * fc.assert(fc.property(roundRobinInputArbitrary(), (i) => {
 *   const d = decideRoundRobinAssignee(i);
 *   return d.kind === 'unassigned' || i.team.members.includes(d.teammate);
 * }));
 * ```
 * @category Testing
 */
export function roundRobinInputArbitrary(options?: RoundRobinInputArbitraryOptions): fc.Arbitrary<DecideRoundRobinAssigneeInput> {
  return poolInputArbitrary(options, 'roundRobinInputArbitrary', 'round-robin').map(({ team, teammates }) => ({ team, teammates }));
}
