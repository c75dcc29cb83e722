import type { ScenarioFailure, ScenarioReport } from './types.js';

/**
 * Input of {@link formatScenarioReport}.
 *
 * @example
 * ```ts
 * import type { FormatScenarioReportInput } from 'inbox-rules/testing';
 * const input: FormatScenarioReportInput = { report: { name: 'x', rules: [], passed: true, steps: [] }, file: 'x.json' };
 * ```
 * @category Testing
 */
export interface FormatScenarioReportInput {
  /** A report from {@link runScenario}. */
  readonly report: ScenarioReport;
  /** The file it came from, shown after the name; absent = not shown. */
  readonly file?: string | undefined;
  /** ANSI colours (green PASS, red FAIL); default false. */
  readonly colour?: boolean | undefined;
}

const paint = (on: boolean, code: number, text: string): string => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value !== null && typeof value === 'object' && 'code' in value && 'message' in value) {
    const { code, message } = value as { readonly code: unknown; readonly message: unknown };
    return `${typeof code === 'string' ? code : 'a crash (no error code)'}: ${String(message)}`;
  }
  return JSON.stringify(value);
}

function failureLines(failure: ScenarioFailure): string[] {
  if (failure.key === 'error' && failure.expected === null) return [`    ${failure.key}: expected no error, got ${show(failure.actual)}`];
  if (failure.key === 'error' && failure.actual === null) return [`    ${failure.key}: expected ${show(failure.expected)}, but the event was accepted`];
  if (Array.isArray(failure.expected) || Array.isArray(failure.actual)) {
    const list = (label: string, value: unknown): string[] => (Array.isArray(value)
      ? [`      ${label}${value.length === 0 ? ' (none)' : ''}:`, ...value.map((v) => `        ${show(v)}`)]
      : [`      ${label}: ${show(value)}`]);
    return [`    ${failure.key}:`, ...list('expected', failure.expected), ...list('actual', failure.actual)];
  }
  return [`    ${failure.key}: expected ${show(failure.expected)}, got ${show(failure.actual)}`];
}

/**
 * Formats a scenario report as text: one `PASS name (file)` or `FAIL name (file)` line, then for
 * each failing step its index, time and event type, and each failed check with the expected and
 * actual values. Lists (effects, unread mentions) are written one item per line. This is what the
 * `inbox-rules scenario` command prints; it is handy as the message of a test assertion too.
 *
 * @param input - the report, optionally the file name and whether to use colours.
 * @returns the text, lines joined with `\n`, without a final newline.
 * @example
 * ```ts
 * import { formatScenarioReport, type ScenarioReport } from 'inbox-rules/testing';
 * const report: ScenarioReport = {
 *   name: 'reassign on reply', rules: ['STATUS-9'], passed: false,
 *   steps: [{
 *     index: 2, at: '2026-01-05T10:00:00Z', event: 'customer.replied', passed: false,
 *     failures: [{ key: 'conversations.c1.assignee', expected: null, actual: 'ben' }],
 *   }],
 * };
 * formatScenarioReport({ report, file: 'away.json' }).split('\n');
 * // => ['FAIL reassign on reply (away.json)', '  steps[2] 2026-01-05T10:00:00Z customer.replied',
 * //     '    conversations.c1.assignee: expected null, got "ben"']
 * ```
 * @category Testing
 */
export function formatScenarioReport(input: FormatScenarioReportInput): string {
  const { report, file } = input;
  const colour = input.colour === true;
  const head = report.passed ? paint(colour, 32, 'PASS') : paint(colour, 31, 'FAIL');
  const lines = [`${head} ${report.name}${file === undefined ? '' : ` (${file})`}`];
  for (const step of report.steps) {
    if (step.passed) continue;
    lines.push(`  steps[${step.index}] ${step.at} ${step.event}`);
    for (const failure of step.failures) lines.push(...failureLines(failure));
  }
  return lines.join('\n');
}
