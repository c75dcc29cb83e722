import { fail } from '../../_internal/validate.js';
import { describeFailure } from './_describe.js';
import { ROUND_ROBIN } from './_references.js';
import { runConformance } from './_run.js';
import type { ConformancePassed, RoundRobinCandidate, CheckRoundRobinConformanceOptions } from './types.js';

/**
 * Like {@link checkRoundRobinConformance}, but throws a readable error on the first disagreement:
 * for use inside a test (`it('my rotation is round robin', () => assertRoundRobinConformance(mine))`).
 *
 * The message shows the shrunk input (the team with its rotation pointer, and each teammate's
 * name, status and seat), the teammate our decision picks with its reason and why every other teammate
 * was not chosen, what the candidate answered, and the `{ seed, path }` that replays it.
 *
 * @param candidate - the policy under test: `(input) => teammateId | null` (or our decision shape).
 * @param options - as for {@link checkRoundRobinConformance}.
 * @returns the passing report `{ conforms: true, runs, seed }`.
 * @throws `InboxRuleError` (from `inbox-rules`) `not-conforming` with the message above and `details.report` (the
 * failed report); `invalid-argument` as for {@link checkRoundRobinConformance}.
 * @example
 * ```ts
 * import { assertRoundRobinConformance } from 'inbox-rules/testing';
 * let code = 'none';
 * try {
 *   assertRoundRobinConformance(() => null, { seed: 1, numRuns: 100 }); // a policy that never picks anybody
 * } catch (error) {
 *   code = (error as { code: string }).code;
 * }
 * code; // => 'not-conforming'
 * ```
 * @category Testing
 */
export function assertRoundRobinConformance(candidate: RoundRobinCandidate, options?: CheckRoundRobinConformanceOptions): ConformancePassed {
  const report = runConformance({ ...ROUND_ROBIN, fn: 'assertRoundRobinConformance' }, candidate, options);
  if (!report.conforms) fail('not-conforming', describeFailure(report, 'assertRoundRobinConformance', ROUND_ROBIN.reference), { report });
  return report;
}
