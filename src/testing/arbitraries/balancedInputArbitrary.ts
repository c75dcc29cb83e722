import type * as fc from 'fast-check';
import type { DecideBalancedAssigneeInput } from '../../assignment/index.js';
import { poolInputArbitrary } from './_pool.js';
import type { RoundRobinInputArbitraryOptions } from './roundRobinInputArbitrary.js';

/**
 * What {@link balancedInputArbitrary} accepts: the fields of
 * {@link RoundRobinInputArbitraryOptions} and `teamLimits`; every field is optional.
 *
 * @example
 * ```ts
 * import type { BalancedInputArbitraryOptions } from 'inbox-rules/testing';
 * const options: BalancedInputArbitraryOptions = { maxTeammates: 4, teamLimits: true };
 * ```
 * @category Testing
 */
export interface BalancedInputArbitraryOptions extends RoundRobinInputArbitraryOptions {
  /**
   * Whether the team may have its own `assignmentLimit` (Beyond-1); when it has one, the input
   * also carries the team's open conversations, consistent with the members' `openCount`.
   * Default `false`: a plain ASSIGN-13 to ASSIGN-17 policy needs no per-inbox counts.
   */
  readonly teamLimits?: boolean | undefined;
}

/**
 * Generates valid inputs of `decideBalancedAssignee`: a balanced team inbox and its teammates with
 * their loads.
 *
 * Covers every eligibility condition of ASSIGN-13 (members and, unless `nonMembers` is false,
 * non-members; active and away, with and without reassign; with and without a seat; loads under,
 * at and over the limit, ASSIGN-14, ASSIGN-25), equal loads and equal or never-set
 * `lastAssignedAt` so both tie-breaks of ASSIGN-17 happen often, teams with no members or nobody
 * eligible (ASSIGN-21), and teammates listed in an order unrelated to their ids, so a policy that
 * breaks ties by array order is caught. With `teamLimits`, the inbox limit of Beyond-1 too.
 *
 * @param options - the team id, id pool, sizes, field bounds and `teamLimits`; see
 * {@link BalancedInputArbitraryOptions}.
 * @returns a fast-check arbitrary of `{ team, teammates }` inputs (with `conversations` when the
 * team has its own limit).
 * @throws `InboxRuleError` (from `inbox-rules`) `invalid-argument`, `invalid-id`, `duplicate-id` or
 * `invalid-time-zone` for malformed options.
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { decideBalancedAssignee } from 'inbox-rules';
 * import { balancedInputArbitrary } from 'inbox-rules/testing';
 * const [input] = fc.sample(balancedInputArbitrary({ minTeammates: 2 }), { numRuns: 1, seed: 1 });
 * (input?.teammates.length ?? 0) >= 2; // => true
 * fc.assert(fc.property(balancedInputArbitrary(), (i) => {
 *   const d = decideBalancedAssignee(i);
 *   return d.kind === 'unassigned' || i.team.members.includes(d.teammate);
 * }));
 * ```
 * @category Testing
 */
export function balancedInputArbitrary(options?: BalancedInputArbitraryOptions): fc.Arbitrary<DecideBalancedAssigneeInput> {
  return poolInputArbitrary(options, 'balancedInputArbitrary', 'balanced').map(({ team, teammates, conversations }) =>
    team.assignmentLimit === null ? { team, teammates } : { team, teammates, conversations });
}
