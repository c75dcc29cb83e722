// The one conformance runner behind both checks: run fast-check over the inputs, compare the
// candidate's pick with our decision, and report the first disagreement, shrunk. Private.
import * as fc from 'fast-check';
import { assertRecord, assertString, fail, own, show } from '../../_internal/validate.js';
import { isInboxRuleError, type TeammateId } from '../../model/index.js';
import type { CandidateAnswer, CandidateFailure, ConformanceCounterexample, ConformanceReport } from './types.js';

/** The decisions compared: a teammate picked, or nobody. */
type Decision = { readonly kind: 'assigned'; readonly teammate: TeammateId } | { readonly kind: 'unassigned' };

/** Our side of a comparison. */
export interface Reference<I, D extends Decision> {
  /** The public function running the check, for messages. */
  readonly fn: string;
  /** Our decision function's name, for messages. */
  readonly reference: string;
  /** Our decision. */
  readonly decide: (input: I) => D;
  /** The default inputs. */
  readonly inputs: () => fc.Arbitrary<I>;
}

/** Thrown inside the property when our own function rejects a generated input (a bad `inputs`). */
class RejectedInput extends Error {
  constructor(readonly rejection: unknown) {
    super('the reference rejected the input');
  }
}

/** Freezes a generated input in place, so a candidate that mutates it fails loudly. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** An exception as one line: the code of an InboxRuleError, the name of an Error, or the value. */
function describeThrown(error: unknown): string {
  if (isInboxRuleError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : show(error);
}

/** Calls the candidate and reads its answer as a teammate id, null, or what went wrong. */
function ask<I>(candidate: (input: I) => unknown, input: I): TeammateId | null | CandidateFailure {
  let value: unknown;
  try {
    value = candidate(input);
  } catch (error) {
    return { kind: 'threw', message: describeThrown(error), error };
  }
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'object') {
    const answer = value as { readonly kind?: unknown; readonly teammate?: unknown };
    if (answer.kind === 'unassigned') return null;
    if (answer.kind === 'assigned' && typeof answer.teammate === 'string') return answer.teammate;
  }
  return { kind: 'invalid-answer', value };
}

function readOptions(value: unknown, fn: string): { seed?: number; numRuns?: number; path?: string; inputs: unknown } {
  const raw = value === undefined ? {} : assertRecord(value, `${fn} options`);
  const seed = own(raw, 'seed');
  if (seed !== undefined && (typeof seed !== 'number' || !Number.isInteger(seed))) {
    fail('invalid-argument', `${fn}: options.seed must be an integer (the seed of an earlier report), got ${show(seed)}.`, { seed });
  }
  const numRuns = own(raw, 'numRuns');
  if (numRuns !== undefined && (typeof numRuns !== 'number' || !Number.isInteger(numRuns) || numRuns < 1)) {
    fail('invalid-argument', `${fn}: options.numRuns must be a positive integer, got ${show(numRuns)}.`, { numRuns });
  }
  const path = own(raw, 'path') === undefined ? undefined : assertString(own(raw, 'path'), `${fn}: options.path`);
  if (path !== undefined && seed === undefined) fail('invalid-argument', `${fn}: options.path replays a run only together with its seed; pass both from the report.`, { path });
  const inputs = own(raw, 'inputs');
  if (inputs !== undefined && !(inputs instanceof fc.Arbitrary)) {
    fail('invalid-argument', `${fn}: options.inputs must be a fast-check arbitrary (e.g. balancedInputArbitrary({ ... })), got ${show(inputs)}.`, {});
  }
  return { ...(seed === undefined ? {} : { seed }), ...(numRuns === undefined ? {} : { numRuns }), ...(path === undefined ? {} : { path }), inputs };
}

/**
 * Runs the candidate against our decision on generated inputs. Never throws on a disagreement;
 * throws `invalid-argument` for a candidate that is not a function, malformed options, or inputs
 * our own function rejects.
 */
export function runConformance<I, D extends Decision>(ref: Reference<I, D>, candidate: unknown, options: unknown): ConformanceReport<I, D> {
  if (typeof candidate !== 'function') {
    fail('invalid-argument', `${ref.fn}: the candidate must be a function (input) => teammate id | null, got ${show(candidate)}.`, { candidate: typeof candidate });
  }
  const call = candidate as (input: I) => CandidateAnswer;
  const { inputs, ...parameters } = readOptions(options, ref.fn);
  const found: { last: ConformanceCounterexample<I, D> | null } = { last: null };
  const property = fc.property((inputs as fc.Arbitrary<I> | undefined) ?? ref.inputs(), (input) => {
    let decision: D;
    try {
      decision = ref.decide(deepFreeze(input));
    } catch (error) {
      throw new RejectedInput(error);
    }
    const expected = decision.kind === 'assigned' ? decision.teammate : null;
    const actual = ask(call, input);
    if (actual === expected) return true;
    found.last = { input, expected, actual, explanation: decision };
    return false;
  });
  const details = fc.check(property, parameters);
  if (!details.failed) return { conforms: true, runs: details.numRuns, seed: details.seed };
  const { last } = found;
  if (details.errorInstance instanceof RejectedInput || last === null) {
    const cause = details.errorInstance instanceof RejectedInput ? details.errorInstance.rejection : details.errorInstance;
    return fail('invalid-argument', `${ref.fn}: options.inputs generated an input that ${ref.reference} rejects (${describeThrown(cause)}); generate valid inputs, built with createTeammate and createTeam.`, {
      input: details.counterexample?.[0], cause,
    });
  }
  return { conforms: false, runs: details.numRuns, seed: details.seed, path: details.counterexamplePath ?? '', shrinks: details.numShrinks, counterexample: last };
}
