import type * as fc from 'fast-check';
import type {
  BalancedAssigneeDecision, DecideBalancedAssigneeInput, DecideRoundRobinAssigneeInput, RoundRobinAssigneeDecision,
} from '../../assignment/index.js';
import type { TeammateId } from '../../model/index.js';

/**
 * What a candidate assignment policy may return: the teammate it picks, `null` for nobody, or a
 * decision shaped like ours (`{ kind: 'assigned', teammate }` or `{ kind: 'unassigned' }`; other
 * fields are ignored).
 *
 * @example
 * ```ts
 * import type { CandidateAnswer } from 'inbox-rules/testing';
 * const answers: CandidateAnswer[] = ['ana', null, { kind: 'assigned', teammate: 'ana' }, { kind: 'unassigned' }];
 * ```
 * @category Testing
 */
export type CandidateAnswer =
  | TeammateId
  | null
  | {
    /** Discriminant: a teammate was picked. */
    readonly kind: 'assigned';
    /** The teammate picked. */
    readonly teammate: TeammateId;
  }
  | {
    /** Discriminant: nobody was picked. */
    readonly kind: 'unassigned';
  };

/**
 * A user's own balanced-assignment policy, as the conformance check calls it: the same input as
 * `decideBalancedAssignee`, and the pick.
 *
 * @example
 * ```ts
 * import type { BalancedCandidate } from 'inbox-rules/testing';
 * const nobodyEver: BalancedCandidate = () => null;
 * ```
 * @category Testing
 */
export type BalancedCandidate = (input: DecideBalancedAssigneeInput) => CandidateAnswer;

/**
 * A user's own round-robin policy, as the conformance check calls it: the same input as
 * `decideRoundRobinAssignee`, and the pick.
 *
 * @example
 * ```ts
 * import type { RoundRobinCandidate } from 'inbox-rules/testing';
 * const firstMember: RoundRobinCandidate = ({ team }) => team.members[0] ?? null;
 * ```
 * @category Testing
 */
export type RoundRobinCandidate = (input: DecideRoundRobinAssigneeInput) => CandidateAnswer;

/**
 * What the candidate did instead of answering: it threw, or returned something that is not a
 * {@link CandidateAnswer} (a number, `undefined`, a Promise...).
 *
 * @example
 * ```ts
 * import type { CandidateFailure } from 'inbox-rules/testing';
 * const failure: CandidateFailure = { kind: 'threw', message: 'TypeError: Cannot assign to read only property', error: null };
 * ```
 * @category Testing
 */
export type CandidateFailure =
  | {
    /** Discriminant: the candidate threw. */
    readonly kind: 'threw';
    /** The error's name and message. */
    readonly message: string;
    /** What was thrown. */
    readonly error: unknown;
  }
  | {
    /** Discriminant: the candidate returned something else than a {@link CandidateAnswer}. */
    readonly kind: 'invalid-answer';
    /** What it returned. */
    readonly value: unknown;
  };

/**
 * The first disagreement found, shrunk by fast-check to a small input.
 *
 * @typeParam I - the input type.
 * @typeParam D - our decision type.
 * @example
 * ```ts
 * import type { BalancedAssigneeDecision, DecideBalancedAssigneeInput } from 'inbox-rules';
 * import type { ConformanceCounterexample } from 'inbox-rules/testing';
 * type BalancedCounterexample = ConformanceCounterexample<DecideBalancedAssigneeInput, BalancedAssigneeDecision>;
 * const line = (c: BalancedCounterexample): string => `expected ${String(c.expected)}, got ${JSON.stringify(c.actual)}`;
 * ```
 * @category Testing
 */
export interface ConformanceCounterexample<I, D> {
  /** The (shrunk) input on which the candidate and our decision disagree; deeply frozen. */
  readonly input: I;
  /** The teammate our decision picks, or `null` for nobody. */
  readonly expected: TeammateId | null;
  /** The teammate the candidate picked, `null` for nobody, or what went wrong. */
  readonly actual: TeammateId | null | CandidateFailure;
  /** Our whole decision on that input: the pick reason or wait reasons, and why every teammate was not chosen. */
  readonly explanation: D;
}

/**
 * The candidate agreed with our decision on every generated input.
 *
 * @example
 * ```ts
 * import type { ConformancePassed } from 'inbox-rules/testing';
 * const passed: ConformancePassed = { conforms: true, runs: 100, seed: 42 };
 * ```
 * @category Testing
 */
export interface ConformancePassed {
  /** Discriminant: no disagreement found. */
  readonly conforms: true;
  /** How many inputs were tried. */
  readonly runs: number;
  /** The seed fast-check used (pass it back as `seed` to run the same inputs again). */
  readonly seed: number;
  /** Absent: there is nothing to replay. */
  readonly path?: undefined;
  /** Absent: nothing was shrunk. */
  readonly shrinks?: undefined;
  /** Absent: no disagreement. */
  readonly counterexample?: undefined;
}

/**
 * The candidate disagreed with our decision: the first disagreement, shrunk, and how to replay it.
 *
 * @typeParam I - the input type.
 * @typeParam D - our decision type.
 * @example
 * ```ts
 * import type { BalancedConformanceReport } from 'inbox-rules/testing';
 * const shrunkInput = (r: BalancedConformanceReport) => (r.conforms ? null : r.counterexample.input);
 * ```
 * @category Testing
 */
export interface ConformanceFailed<I, D> {
  /** Discriminant: a disagreement was found. */
  readonly conforms: false;
  /** How many inputs were tried up to the first disagreement. */
  readonly runs: number;
  /** The seed fast-check used. */
  readonly seed: number;
  /** fast-check's replay path: pass `{ seed, path }` back to run the shrunk counterexample first. */
  readonly path: string;
  /** How many times fast-check shrank the first failing input. */
  readonly shrinks: number;
  /** The shrunk disagreement. */
  readonly counterexample: ConformanceCounterexample<I, D>;
}

/**
 * The outcome of a conformance check: {@link ConformancePassed} or {@link ConformanceFailed},
 * discriminated by `conforms`.
 *
 * @typeParam I - the input type.
 * @typeParam D - our decision type.
 * @example
 * ```ts
 * import type { ConformanceReport } from 'inbox-rules/testing';
 * const report: ConformanceReport<unknown, unknown> = { conforms: true, runs: 100, seed: 1 };
 * report.counterexample; // => undefined
 * ```
 * @category Testing
 */
export type ConformanceReport<I, D> = ConformancePassed | ConformanceFailed<I, D>;

/**
 * The report of {@link checkBalancedConformance}.
 *
 * @example
 * ```ts
 * import type { BalancedConformanceReport } from 'inbox-rules/testing';
 * const report: BalancedConformanceReport = { conforms: true, runs: 100, seed: 1 };
 * ```
 * @category Testing
 */
export type BalancedConformanceReport = ConformanceReport<DecideBalancedAssigneeInput, BalancedAssigneeDecision>;

/**
 * The report of {@link checkRoundRobinConformance}.
 *
 * @example
 * ```ts
 * import type { RoundRobinConformanceReport } from 'inbox-rules/testing';
 * const report: RoundRobinConformanceReport = { conforms: true, runs: 100, seed: 1 };
 * ```
 * @category Testing
 */
export type RoundRobinConformanceReport = ConformanceReport<DecideRoundRobinAssigneeInput, RoundRobinAssigneeDecision>;

/**
 * How a conformance check runs; every field is optional.
 *
 * @example
 * ```ts
 * import type { ConformanceRunOptions } from 'inbox-rules/testing';
 * const options: ConformanceRunOptions = { seed: 42, numRuns: 500 };
 * ```
 * @category Testing
 */
export interface ConformanceRunOptions {
  /** fast-check's seed (an integer). Default: fast-check picks one, and the report tells which. */
  readonly seed?: number | undefined;
  /** How many inputs to try (a positive integer). Default: fast-check's global `numRuns` (100 unless configured). */
  readonly numRuns?: number | undefined;
  /** A replay path from an earlier report; needs the same `seed`. Replays that counterexample first. */
  readonly path?: string | undefined;
}

/**
 * What {@link checkBalancedConformance} and {@link assertBalancedConformance} accept.
 *
 * @example
 * ```ts
 * import { balancedInputArbitrary, type CheckBalancedConformanceOptions } from 'inbox-rules/testing';
 * const options: CheckBalancedConformanceOptions = { seed: 1, inputs: balancedInputArbitrary({ nonMembers: false }) };
 * ```
 * @category Testing
 */
export interface CheckBalancedConformanceOptions extends ConformanceRunOptions {
  /** The inputs to try. Default: `balancedInputArbitrary()` (no per-inbox limits). */
  readonly inputs?: fc.Arbitrary<DecideBalancedAssigneeInput> | undefined;
}

/**
 * What {@link checkRoundRobinConformance} and {@link assertRoundRobinConformance} accept.
 *
 * @example
 * ```ts
 * import { roundRobinInputArbitrary, type CheckRoundRobinConformanceOptions } from 'inbox-rules/testing';
 * const options: CheckRoundRobinConformanceOptions = { numRuns: 300, inputs: roundRobinInputArbitrary({ nonMembers: false }) };
 * ```
 * @category Testing
 */
export interface CheckRoundRobinConformanceOptions extends ConformanceRunOptions {
  /** The inputs to try. Default: `roundRobinInputArbitrary()`. */
  readonly inputs?: fc.Arbitrary<DecideRoundRobinAssigneeInput> | undefined;
}
