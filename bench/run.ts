// `npm run bench` (node --expose-gc --import tsx bench/run.ts): the benchmark suite of issue 7.
//
//   --json        print one JSON object (workspace, balanced, text, bundle, targets, meta) and nothing else
//   --quick       one round, shorter streams (a smoke run: numbers are noisier)
//   --rounds N    rounds per measurement (default 3); each number is the median over rounds, and
//                 each target's ratio the median over rounds of that round's ratio (paired: a slow
//                 spell of the machine slows both sides of a ratio measured in the same round)
//   --only a,b    only these groups: workspace, balanced, text, bundle
//
// Every (group, variant, size) runs in its own child process, bundled once with esbuild from the
// TypeScript sources the way tsup builds the package (so the library is measured as shipped, without
// tsx's loader in the timed process). Rounds are interleaved: round 1 of everything, then round 2...
// The workspace's `in-place` variant (a diagnostic, no target) runs a second bundle in which the
// library's persistent table (src/_internal/table.ts) is replaced by bench/inPlaceTable.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { BalancedTask } from './balanced.js';
import type { Task } from './child.js';
import { checkTargets, type BenchReport, type BundleRow, type Target, type TextRow, type WorkspaceRow } from './report.js';
import { printReport } from './table.js';
import type { TextResult, TextTask } from './text.js';
import type { WorkspaceResult, WorkspaceTask } from './workspace.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const quick = argv.includes('--quick');
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const rounds = Number(option('--rounds') ?? (quick ? 1 : 3));
const only = new Set((option('--only') ?? 'workspace,balanced,text,bundle').split(','));
const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/** The sizes of the issue: 1,000, 10,000 and 100,000 conversations (1,000 teammates). */
const SIZES = [1000, 10_000, 100_000] as const;
const MEMBERS = 1000;
const BYTES = 1_048_576;

function workspaceTasks(): WorkspaceTask[] {
  const tasks: WorkspaceTask[] = [];
  for (const conversations of SIZES) {
    for (const variant of ['library', 'in-place', 'baseline', 'simplified', 'naive', 'persistent'] as const) {
      const naive = variant === 'naive';
      tasks.push({
        group: 'workspace', variant, conversations,
        warmup: naive ? 3 : quick ? 1000 : 3000,
        // (the naive variant, 100-150 ms per event at 100,000 conversations, gets no separate warm-up)
        jitWarmup: naive ? 0 : quick ? 5000 : 20_000,
        events: quick ? 5000 : 20_000,
        budgetMs: naive ? (quick ? 1000 : 3000) : 60_000,
      });
    }
  }
  return tasks;
}

const tasks: Task[] = [
  ...(only.has('workspace') ? workspaceTasks() : []),
  ...(only.has('balanced') ? (['baseline', 'library', 'library-explain'] as const).map((variant): BalancedTask => ({ group: 'balanced', variant, members: MEMBERS })) : []),
  ...(only.has('text') ? (['scan', 'mentions', 'characters'] as const).map((variant): TextTask => ({ group: 'text', variant, bytes: BYTES })) : []),
];

const out = join(root, 'node_modules/.cache/inbox-rules-bench');
mkdirSync(out, { recursive: true });
const child = join(out, 'child.mjs');
const inPlaceChild = join(out, 'child-in-place.mjs');
const bundleChild = (outfile: string, plugins: Plugin[]): Promise<unknown> => build({
  entryPoints: [join(root, 'bench/child.ts')], outfile, bundle: true, platform: 'node', format: 'esm',
  target: 'node20', packages: 'external', logLevel: 'warning', plugins,
});
await bundleChild(child, []);
if (tasks.some((t) => t.group === 'workspace' && t.variant === 'in-place')) {
  const table = join(root, 'src/_internal/table.ts');
  let swapped = 0;
  await bundleChild(inPlaceChild, [{
    name: 'in-place-table',
    setup(b) {
      b.onResolve({ filter: /_internal\/table\.js$/ }, (args) => {
        if (resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) !== table) return undefined;
        swapped++;
        return { path: join(root, 'bench/inPlaceTable.ts') };
      });
    },
  }]);
  // (a renamed table module would silently measure the persistent table twice)
  if (swapped === 0) throw new Error('bench: the in-place variant found no import of src/_internal/table.ts to replace');
}

const label = (t: Task): string =>
  t.group === 'workspace' ? `workspace ${t.variant} ${t.conversations}` : t.group === 'balanced' ? `balanced ${t.variant} ${t.members}` : `text ${t.variant}`;

function runChild(task: Task): unknown {
  const started = Date.now();
  const file = task.group === 'workspace' && task.variant === 'in-place' ? inPlaceChild : child;
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', file, JSON.stringify(task)], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  let parsed: { ok: boolean; result?: unknown; error?: string };
  try {
    parsed = JSON.parse(line) as typeof parsed;
  } catch {
    parsed = { ok: false, error: `${r.stderr}${r.stdout}`.slice(-2000) || `exit ${String(r.status)}` };
  }
  if (!parsed.ok) throw new Error(`${label(task)} failed: ${parsed.error ?? ''}`);
  log(`  ${label(task)}  ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return parsed.result;
}

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const started = Date.now();
const samples = new Map<Task, unknown[]>(tasks.map((t) => [t, []]));
for (let round = 1; round <= rounds; round++) {
  log(`round ${round} of ${rounds}`);
  for (const task of tasks) samples.get(task)?.push(runChild(task));
}

/** Which value of a measurement's rounds a row shows: the median, or one round's. */
type Pick = (values: readonly number[]) => number;

function workspaceRows(pick: Pick): WorkspaceRow[] {
  return SIZES.map((conversations) => {
    const of = (variant: WorkspaceTask['variant']): WorkspaceResult[] | null => {
      const task = tasks.find((t) => t.group === 'workspace' && t.variant === variant && t.conversations === conversations);
      const results = task === undefined ? [] : (samples.get(task) ?? []);
      return results.length === 0 || results.some((r) => r === null) ? null : (results as WorkspaceResult[]);
    };
    const ns = (variant: WorkspaceTask['variant']): number | null => {
      const results = of(variant);
      return results === null ? null : Math.round(pick(results.map((r) => r.ns)));
    };
    const library = of('library');
    return {
      conversations, nsPerEvent: ns('library'), baselineNsPerEvent: ns('baseline'), naiveNsPerEvent: ns('naive'),
      persistentMapSetNs: ns('persistent'),
      // (only if it applied the same events: a rejection would mean it measured another workload)
      inPlaceTablesNsPerEvent: of('in-place')?.every((r) => r.rejected === 0) === true ? ns('in-place') : null,
      simplifiedBaselineNsPerEvent: ns('simplified'), rejectedEvents: library === null ? null : Math.max(...library.map((r) => r.rejected)),
      rejectedCodes: library === null ? [] : [...new Set(library.flatMap((r) => r.rejectedCodes))],
      naiveEventsTimed: of('naive')?.[0]?.timedEvents ?? null,
    };
  }).filter((row) => row.baselineNsPerEvent !== null);
}

function balancedRows(pick: Pick): BenchReport['balanced'] {
  const ns = (variant: BalancedTask['variant']): number | null => {
    const task = tasks.find((t) => t.group === 'balanced' && t.variant === variant);
    const results = (task === undefined ? [] : (samples.get(task) ?? [])) as { ns: number }[];
    return results.length === 0 ? null : Math.round(pick(results.map((r) => r.ns)));
  };
  const library = ns('library');
  const baseline = ns('baseline');
  if (library === null || baseline === null) return [];
  return [{ members: MEMBERS, nsPerDecision: library, baselineNsPerDecision: baseline, explainNsPerDecision: ns('library-explain') }];
}

function textRows(pick: Pick): TextRow[] {
  const results = (variant: TextTask['variant']): TextResult[] => {
    const task = tasks.find((t) => t.group === 'text' && t.variant === variant);
    return (task === undefined ? [] : (samples.get(task) ?? [])) as TextResult[];
  };
  const scan = results('scan');
  if (scan.length === 0) return [];
  const ns = (variant: TextTask['variant'], pattern: string): number => Math.round(pick(results(variant).map((r) => r[pattern] ?? Number.NaN)));
  return Object.keys(scan[0] ?? {}).map((pattern) => ({
    bytes: BYTES, pattern, mentionParseNs: ns('mentions', pattern), characterCountNs: ns('characters', pattern), scanNs: ns('scan', pattern),
  }));
}

function bundle(): BundleRow | null {
  if (!only.has('bundle')) return null;
  const r = spawnSync(process.execPath, [join(root, 'scripts/bundle-size.mjs'), '--json', '--src'], { cwd: root, encoding: 'utf8' });
  try {
    const size = JSON.parse(r.stdout) as BundleRow & { oneFunction: string };
    return { coreMinGzBytes: size.coreMinGzBytes, oneFunctionMinGzBytes: size.oneFunctionMinGzBytes, oneFunction: size.oneFunction };
  } catch {
    throw new Error(`bundle-size failed: ${r.stderr}`);
  }
}

const partial = {
  workspace: workspaceRows(median),
  balanced: balancedRows(median),
  text: textRows(median),
  bundle: bundle(),
};
// Each target's ratio within each round (both sides measured minutes apart at most), then the
// median of those: a slow spell of a noisy machine that hits one side of a ratio in one round does
// not decide the result.
const byRound = Array.from({ length: rounds }, (_, r) => {
  const one: Pick = (values) => values[r] as number;
  return checkTargets({ workspace: workspaceRows(one), balanced: balancedRows(one), text: textRows(one), bundle: partial.bundle });
});
const targets = checkTargets(partial).map((t): Target => {
  // (sizes are the same in every round, and bytes are not rounded)
  if (t.id.startsWith('bundle')) return t;
  const values = byRound.map((round) => round.find((x) => x.id === t.id)?.value ?? null);
  if (values.some((v) => v === null)) return t;
  const value = Number(median(values as number[]).toPrecision(3));
  return { ...t, value, pass: value <= t.limit, rounds: values as number[] };
});
const report: BenchReport = {
  ...partial,
  targets,
  meta: {
    node: process.version, cpus: availableParallelism(), rounds, quick, seconds: Math.round((Date.now() - started) / 1000),
    method: 'each (variant, size) in its own process; rows: median over rounds; targets: median over rounds of each round\'s ratio; workspace: ns per event over a timed stream after warm-up, GC included; others: mitata measure() mean',
  },
};
if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
else printReport(report);
