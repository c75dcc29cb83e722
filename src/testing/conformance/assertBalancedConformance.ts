import { fail } from '../../_internal/validate.js';
import { describeFailure } from './_describe.js';
import { BALANCED } from './_references.js';
import { runConformance } from './_run.js';
import type { ConformancePassed, BalancedCandidate, CheckBalancedConformanceOptions } from './types.js';

/**
 * Like {@link checkBalancedConformance}, but throws a readable error on the first disagreement:
 * for use inside a test (`it('my policy is balanced assignment', () => assertBalancedConformance(mine))`).
 *
 * The message shows the shrunk input (the team and each teammate's status, seat, load, limit and
 * last assignment), the teammate our decision picks with its reason and why every other teammate
 * was not chosen, what the candidate answered, and the `{ seed, path }` that replays it.
 *
 * @param candidate - the policy under test: `(input) => teammateId | null` (or our decision shape).
 * @param options - as for {@link checkBalancedConformance}.
 * @returns the passing report `{ conforms: true, runs, seed }`.
 * @throws `InboxRuleError` (from `inbox-rules`) `not-conforming` with the message above and `details.report` (the
 * failed report); `invalid-argument` as for {@link checkBalancedConformance}.
 * @example
 * ```ts
 * import { assertBalancedConformance } from 'inbox-rules/testing';
 * let code = 'none';
 * try {
 *   assertBalancedConformance(() => null, { seed: 1, numRuns: 100 }); // a policy that never picks anybody
 * } catch (error) {
 *   code = (error as { code: string }).code;
 * }
 * code; // => 'not-conforming'
 * ```
 * @category Testing
 */
export function assertBalancedConformance(candidate: BalancedCandidate, options?: CheckBalancedConformanceOptions): ConformancePassed {
  const report = runConformance({ ...BALANCED, fn: 'assertBalancedConformance' }, candidate, options);
  if (!report.conforms) fail('not-conforming', describeFailure(report, 'assertBalancedConformance', BALANCED.reference), { report });
  return report;
}
