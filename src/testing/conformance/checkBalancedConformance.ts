import { runConformance } from './_run.js';
import { BALANCED } from './_references.js';
import type { BalancedCandidate, BalancedConformanceReport, CheckBalancedConformanceOptions } from './types.js';

/**
 * Checks a user's own balanced-assignment policy against `decideBalancedAssignee` on generated
 * inputs, and reports the first disagreement, shrunk to a small input.
 *
 * The candidate gets the same input as `decideBalancedAssignee` (`{ team, teammates }`, and
 * `conversations` when the team has its own limit) and returns the teammate it picks, `null` for
 * nobody, or a decision shaped like ours. It agrees when it picks the same teammate: eligibility
 * of ASSIGN-13 with the limit boundary of ASSIGN-14 and ASSIGN-25, fewest open conversations
 * (ASSIGN-15), then the oldest last assignment, never assigned counting oldest, then the lowest id
 * (ASSIGN-17 and its *Resolve*), and nobody when nobody is eligible (ASSIGN-21). The input it gets
 * is deeply frozen, so a candidate that mutates it (for instance sorts `teammates` in place)
 * throws, which counts as a disagreement; so does any exception or an answer of another type.
 * It runs `fc.check` with the given `seed`, `numRuns` and `path`.
 *
 * @param candidate - the policy under test: `(input) => teammateId | null` (or our decision shape).
 * @param options - `seed`, `numRuns`, `path` (replay) and `inputs` (default
 * `balancedInputArbitrary()`); see {@link CheckBalancedConformanceOptions}.
 * @returns `{ conforms: true, runs, seed }`, or `{ conforms: false, runs, seed, path, shrinks,
 * counterexample: { input, expected, actual, explanation } }` where `explanation` is our whole
 * decision (pick reason and why each teammate was not chosen). Never throws on a disagreement.
 * @throws `InboxRuleError` (from `inbox-rules`) `invalid-argument` when the candidate is not a function, an
 * option is malformed, or `inputs` generates an input `decideBalancedAssignee` rejects.
 * @example
 * ```ts
 * import { checkBalancedConformance } from 'inbox-rules/testing';
 * // A policy that forgets limits, seats, status and ties: the first eligible member it finds.
 * const report = checkBalancedConformance(({ team }) => team.members[0] ?? null, { seed: 1, numRuns: 200 });
 * report.conforms; // => false
 * report.counterexample?.expected !== report.counterexample?.actual; // => true
 * ```
 * @category Testing
 */
export function checkBalancedConformance(candidate: BalancedCandidate, options?: CheckBalancedConformanceOptions): BalancedConformanceReport {
  return runConformance(BALANCED, candidate, options);
}
