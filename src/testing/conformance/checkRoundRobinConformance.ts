import { runConformance } from './_run.js';
import { ROUND_ROBIN } from './_references.js';
import type { CheckRoundRobinConformanceOptions, RoundRobinCandidate, RoundRobinConformanceReport } from './types.js';

/**
 * Checks a user's own round-robin policy against `decideRoundRobinAssignee` on generated inputs,
 * and reports the first disagreement, shrunk to a small input.
 *
 * The candidate gets the same input as `decideRoundRobinAssignee` (`{ team, teammates }`, the
 * team carrying its `rotationCursor`) and returns the member whose turn it is, `null` for nobody,
 * or a decision shaped like ours. It agrees when it picks the same teammate: the first member
 * after the pointer in rotation order (display name case-insensitively, then exactly, then id,
 * ASSIGN-30 *Resolve*), wrapping around, who is active and has a seat (ASSIGN-28, ASSIGN-29,
 * ASSIGN-37), whatever the limits (ASSIGN-31); a null pointer or one naming an unknown teammate
 * starts from the beginning, and one naming a former member continues after where they would
 * sort. The input it gets is deeply frozen, so a candidate that mutates it throws, which counts as
 * a disagreement; so does any exception or an answer of another type. It runs `fc.check` with the
 * given `seed`, `numRuns` and `path`.
 *
 * @param candidate - the policy under test: `(input) => teammateId | null` (or our decision shape).
 * @param options - `seed`, `numRuns`, `path` (replay) and `inputs` (default
 * `roundRobinInputArbitrary()`); see {@link CheckRoundRobinConformanceOptions}.
 * @returns `{ conforms: true, runs, seed }`, or `{ conforms: false, runs, seed, path, shrinks,
 * counterexample: { input, expected, actual, explanation } }` where `explanation` is our whole
 * decision. Never throws on a disagreement.
 * @throws `InboxRuleError` (from `inbox-rules`) `invalid-argument` when the candidate is not a function, an
 * option is malformed, or `inputs` generates an input `decideRoundRobinAssignee` rejects.
 * @example
 * ```ts
 * import { checkRoundRobinConformance } from 'inbox-rules/testing';
 * // A rotation that never skips away members (ASSIGN-29).
 * const report = checkRoundRobinConformance(({ team, teammates }) => {
 *   const ring = teammates.filter((t) => team.members.includes(t.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
 *   return ring[0]?.id ?? null;
 * }, { seed: 1, numRuns: 200 });
 * report.conforms; // => false
 * ```
 * @category Testing
 */
export function checkRoundRobinConformance(candidate: RoundRobinCandidate, options?: CheckRoundRobinConformanceOptions): RoundRobinConformanceReport {
  return runConformance(ROUND_ROBIN, candidate, options);
}
