// The report's shape (the `--json` object of issue 7) and the targets, checked as ratios from one run.

/** One workspace size. Nulls: that variant was not measured (e.g. no workspace in the library yet). */
export interface WorkspaceRow {
  readonly conversations: number;
  readonly nsPerEvent: number | null;
  readonly baselineNsPerEvent: number | null;
  readonly naiveNsPerEvent: number | null;
  readonly persistentMapSetNs: number | null;
  /**
   * Diagnostic, no target: the library with its tables updated in place instead of persistent
   * (bench/inPlaceTable.ts): the same event handling without the cost of persistence.
   */
  readonly inPlaceTablesNsPerEvent: number | null;
  /**
   * Diagnostic, no target: the simplified mutable reading of the rules (bench/reference.ts over
   * Maps) that was the baseline until 2026-12-05: no event checks, no transcript, one rating reason.
   */
  readonly simplifiedBaselineNsPerEvent: number | null;
  /** Events of the stream the library rejected (should be 0: the stream is valid). */
  readonly rejectedEvents: number | null;
  readonly rejectedCodes: readonly string[];
  /** How many events the naive variant got through in its time budget. */
  readonly naiveEventsTimed: number | null;
}

/** The decision row. */
export interface BalancedRow {
  readonly members: number;
  /** `decideBalancedAssignee` with `explain: false`. */
  readonly nsPerDecision: number;
  /** The hand-written scan over a mutable array. */
  readonly baselineNsPerDecision: number;
  /** `decideBalancedAssignee` with `explain: true` (the default). */
  readonly explainNsPerDecision: number | null;
}

/** One adversarial text. */
export interface TextRow {
  readonly bytes: number;
  readonly pattern: string;
  readonly mentionParseNs: number;
  readonly characterCountNs: number;
  readonly scanNs: number;
}

/** Minified + gzipped sizes. */
export interface BundleRow {
  readonly coreMinGzBytes: number;
  readonly oneFunctionMinGzBytes: number;
  readonly oneFunction: string;
}

/** One target of issue 7: the measured ratio against its limit. */
export interface Target {
  readonly id: string;
  readonly description: string;
  /** The measured value (a ratio, or bytes for the bundle), or null when not measured. */
  readonly value: number | null;
  /** The limit `value` must not exceed. */
  readonly limit: number;
  readonly pass: boolean | null;
  /** The value in each round (`value` is their median), when measured in more than one. */
  readonly rounds?: readonly number[];
}

/** Everything `npm run bench -- --json` prints. */
export interface BenchReport {
  readonly workspace: readonly WorkspaceRow[];
  readonly balanced: readonly BalancedRow[];
  readonly text: readonly TextRow[];
  readonly bundle: BundleRow | null;
  readonly targets: readonly Target[];
  readonly meta: Readonly<Record<string, unknown>>;
}

/** a / b to three significant digits, or null when either is missing. */
const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? null : Number((a / b).toPrecision(3));

function target(id: string, description: string, value: number | null, limit: number): Target {
  return { id, description, value, limit, pass: value === null ? null : value <= limit };
}

const worst = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v === null) || values.length === 0 ? null : Math.max(...(values as number[]));

/** The targets, each as `value <= limit`. */
export function checkTargets(r: Omit<BenchReport, 'targets' | 'meta'>): Target[] {
  const size = (n: number): WorkspaceRow | undefined => r.workspace.find((w) => w.conversations === n);
  const small = size(1000);
  const large = size(100_000);
  const b = r.balanced[0];
  const targets: Target[] = [];
  if (r.workspace.length > 0) {
    targets.push(
      target('flat', 'nsPerEvent at 100,000 conversations / nsPerEvent at 1,000', ratio(large?.nsPerEvent, small?.nsPerEvent), 3),
      target('floor', 'nsPerEvent / baselineNsPerEvent, worst size', worst(r.workspace.map((w) => ratio(w.nsPerEvent, w.baselineNsPerEvent))), 3),
      target('immutable-floor', 'nsPerEvent / persistentMapSetNs at 100,000', ratio(large?.nsPerEvent, large?.persistentMapSetNs), 10),
      target('ahead-of-naive', 'nsPerEvent / naiveNsPerEvent at 100,000', ratio(large?.nsPerEvent, large?.naiveNsPerEvent), 0.01),
    );
  }
  if (b !== undefined) {
    targets.push(target('decisions', 'decideBalancedAssignee (explain: false) / mutable scan, 1,000 members', ratio(b.nsPerDecision, b.baselineNsPerDecision), 2));
  }
  if (r.text.length > 0) {
    targets.push(
      target('text-mentions', 'parseMentions / plain scan, worst 1 MB pattern', worst(r.text.map((t) => ratio(t.mentionParseNs, t.scanNs))), 5),
      target('text-characters', 'countRatingCharacters / plain scan, worst 1 MB pattern', worst(r.text.map((t) => ratio(t.characterCountNs, t.scanNs))), 5),
    );
  }
  if (r.bundle !== null) {
    targets.push(
      target('bundle-core', 'core entry, bytes min+gz', r.bundle.coreMinGzBytes, 15_000),
      target('bundle-one-function', `${r.bundle.oneFunction} alone, bytes min+gz`, r.bundle.oneFunctionMinGzBytes, 3_000),
    );
  }
  return targets;
}
