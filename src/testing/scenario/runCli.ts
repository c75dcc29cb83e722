import { isInboxRuleError } from '../../model/index.js';
import { globToRegExp, isGlob, splitGlob } from './_glob.js';
import { displayPath, resolvePath } from './_paths.js';
import { formatScenarioReport } from './formatScenarioReport.js';
import { runScenario } from './runScenario.js';
import type { ScenarioIssue, ScenarioReport } from './types.js';
import { validateScenario } from './validateScenario.js';

/**
 * What the command line needs from the outside world; `src/cli.ts` passes Node's, tests pass fakes.
 * @internal
 */
export interface CliIo {
  /** The working folder (absolute, `/` separators); relative arguments start here. */
  readonly cwd: string;
  /** The text of a file (absolute path); throws when it cannot be read. */
  readonly readFile: (path: string) => string;
  /** Every file below a folder (absolute path), as relative `/` paths, skipping node_modules and dot-folders; [] when it is not a folder. */
  readonly listFiles: (dir: string) => readonly string[];
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Whether to use colours (standard output is a terminal). */
  readonly colour: boolean;
  /** The package version, for `--version`. */
  readonly version: string;
}

/** The text of `inbox-rules --help`. */
export const HELP = `inbox-rules: check an inbox policy against scenario files.

Usage:
  inbox-rules scenario <file|folder|glob>... [--json]
  inbox-rules --help | -h
  inbox-rules --version

A scenario file is JSON (format v1): a workspace (teammates, teams, contacts,
settings), a timeline of events (a customer writes in, a teammate replies,
closes, snoozes...), and what must hold after each event (who the conversation
is assigned to, whether a rating request went out...). The format is described
in docs/scenarios.md and in the JSON Schema inbox-rules/scenario.schema.json.

Arguments of "scenario":
  a file            test/scenarios/balanced.json
  a folder          test/scenarios        every .json file below it
  a glob            'test/**/*.json'      quote it; * within a name, ** across
                                          folders, ? one character, {a,b} either
                                          (node_modules and dot-folders are skipped)
Options:
  --json            print the results as JSON (one object per file) instead of text
  -h, --help        show this help

Output: one line per scenario, PASS or FAIL (or INVALID for a malformed file),
then each failing step with the expected and the actual values, and a summary.

Exit codes:
  0  every scenario passed
  1  an expectation failed
  2  a file is malformed or unreadable, a pattern matched no file, or bad usage

Examples:
  npx inbox-rules scenario examples/scenarios
  npx inbox-rules scenario 'test/scenarios/*.json' --json > results.json
`;

/** The outcome of one file. */
type FileResult =
  | { readonly file: string; readonly status: 'passed' | 'failed'; readonly report: ScenarioReport }
  | { readonly file: string; readonly status: 'malformed'; readonly name: string | null; readonly errors: readonly ScenarioIssue[] };

const nameOf = (value: unknown): string | null => {
  const name: unknown = value !== null && typeof value === 'object' ? (value as { readonly name?: unknown }).name : undefined;
  return typeof name === 'string' && name !== '' ? name : null;
};

function runFile(io: CliIo, path: string): FileResult {
  const file = displayPath(io.cwd, path);
  const bad = (message: string, name: string | null = null): FileResult => ({ file, status: 'malformed', name, errors: [{ path: '$', message }] });
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    return bad(`cannot read the file (${error instanceof Error ? error.message : String(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    return bad(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const validation = validateScenario(value);
  if (!validation.ok) return { file, status: 'malformed', name: nameOf(value), errors: validation.errors };
  try {
    const report = runScenario(value);
    return { file, status: report.passed ? 'passed' : 'failed', report };
  } catch (error) {
    if (isInboxRuleError(error, 'invalid-scenario')) {
      const errors = error.details['errors'];
      return { file, status: 'malformed', name: nameOf(value), errors: Array.isArray(errors) ? (errors as ScenarioIssue[]) : [{ path: '$', message: error.message }] };
    }
    return bad(`the run crashed (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})`, nameOf(value));
  }
}

/** Expands the arguments to absolute file paths (in argument order, globs sorted, no duplicates), and the patterns that matched nothing. */
function expand(io: CliIo, args: readonly string[]): { readonly files: readonly string[]; readonly unmatched: readonly string[] } {
  const files: string[] = [];
  const unmatched: string[] = [];
  const add = (paths: readonly string[], arg: string): void => {
    if (paths.length === 0) unmatched.push(arg);
    for (const p of paths) if (!files.includes(p)) files.push(p);
  };
  for (const arg of args) {
    const pattern = arg.replace(/\\/g, '/');
    if (isGlob(pattern)) {
      const { base, rest } = splitGlob(pattern);
      const dir = resolvePath(io.cwd, base === '' ? '.' : base);
      const regexp = globToRegExp(rest);
      add(io.listFiles(dir).filter((f) => regexp.test(f)).sort().map((f) => `${dir}/${f}`.replace(/\/\/+/g, '/')), arg);
      continue;
    }
    const path = resolvePath(io.cwd, pattern);
    const inside = io.listFiles(path);
    add(inside.length === 0 ? [path] : inside.filter((f) => f.endsWith('.json')).sort().map((f) => `${path}/${f}`.replace(/\/\/+/g, '/')), arg);
  }
  return { files, unmatched };
}

function textOf(result: FileResult, colour: boolean): string {
  if (result.status !== 'malformed') return formatScenarioReport({ report: result.report, file: result.file, colour });
  const head = colour ? '\u001b[33mINVALID\u001b[0m' : 'INVALID';
  return [`${head} ${result.name === null ? result.file : `${result.name} (${result.file})`}`, ...result.errors.map((e) => `  ${e.path}: ${e.message}`)].join('\n');
}

function scenarioCommand(io: CliIo, args: readonly string[]): number {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  const patterns = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || patterns.length === 0) {
    io.stderr(`${unknown.length > 0 ? `Unknown option ${unknown.join(', ')}.` : 'Give at least one scenario file, folder or glob.'}\nUsage: inbox-rules scenario <file|folder|glob>... [--json]   (inbox-rules --help for more)\n`);
    return 2;
  }
  const { files, unmatched } = expand(io, patterns);
  for (const pattern of unmatched) io.stderr(`No file matches ${JSON.stringify(pattern)}.\n`);
  const results = files.map((f) => runFile(io, f));
  const count = (status: FileResult['status']): number => results.filter((r) => r.status === status).length;
  if (json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else {
    for (const result of results) io.stdout(`${textOf(result, io.colour)}\n`);
    io.stdout(`${results.length} scenario${results.length === 1 ? '' : 's'}: ${count('passed')} passed, ${count('failed')} failed, ${count('malformed')} malformed\n`);
  }
  if (count('malformed') > 0 || unmatched.length > 0 || files.length === 0) return 2;
  return count('failed') > 0 ? 1 : 0;
}

/**
 * The `inbox-rules` command line, as a function of its arguments and its I/O, so it can be tested
 * without spawning a process: `inbox-rules scenario <files, folders or globs...>` runs each
 * scenario file and prints one line per scenario (PASS, FAIL, or INVALID for a malformed file), the
 * failing steps with expected and actual values, and a summary; `--json` prints the results as
 * JSON instead. `--help` / `-h` and `--version` print help and version.
 *
 * Exit codes (SCENARIOS.md): 0 when every scenario passed; 1 when an expectation failed; 2 when a
 * file is malformed or unreadable, a pattern matches no file, or the usage is wrong (2 wins over 1:
 * the run is incomplete).
 *
 * @param argv - the arguments after the program name.
 * @param io - the file system, output streams and settings to use.
 * @returns the exit code.
 * @internal
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help' || (command === 'scenario' && (rest.includes('--help') || rest.includes('-h')))) {
    io.stdout(HELP);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  if (command === 'scenario') return scenarioCommand(io, rest);
  io.stderr(`${command === undefined ? 'No command given.' : `Unknown command ${JSON.stringify(command)}.`}\n\n${HELP}`);
  return 2;
}
