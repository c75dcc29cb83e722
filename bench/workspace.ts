// The workspace rows: nanoseconds per event of the library, the mutable baseline and the naive
// immer version on the same stream, and the cost of one persistent-map update of the same size.
// The baseline is bench/faithful.ts (a hand-written mutable implementation of the library's own
// event handling, checked equal to it by test/bench/faithful.test.ts). Two diagnostics, no target:
// `in-place` is the library again, run from a bundle whose tables are updated in place
// (bench/inPlaceTable.ts, swapped in by bench/run.ts), i.e. what persistence costs; `simplified` is
// bench/reference.ts over Maps (bench/baseline.ts), the simplified reading that was the baseline
// until 2026-12-05 and is still the stream generator's shadow.
import { Map as ImmutableMap } from 'immutable';
import { do_not_optimize, measure } from 'mitata';
import type { WorkspaceEvent } from '../src/workspace/events.js';
import { createBaseline } from './baseline.js';
import { createFaithfulBaseline } from './faithful.js';
import type { BenchConfig } from './config.js';
import { createNaive } from './naive.js';
import { generateStream } from './stream.js';

/** One workspace measurement. */
export interface WorkspaceTask {
  readonly group: 'workspace';
  readonly variant: 'library' | 'in-place' | 'baseline' | 'simplified' | 'naive' | 'persistent';
  readonly conversations: number;
  /** Events applied to the measured workspace before timing starts (its data reach a steady state). */
  readonly warmup: number;
  /**
   * Events of a separate 1,000-conversation stream applied first to a throwaway instance of the same
   * variant (0: none): the code is compiled and its type feedback settled before the measured
   * workspace exists, as in a help desk that has been running for a while.
   */
  readonly jitWarmup: number;
  /** Events timed. */
  readonly events: number;
  /** Stop timing after this many milliseconds even if events remain (the naive variant). */
  readonly budgetMs: number;
}

/** What a workspace measurement reports. */
export interface WorkspaceResult {
  readonly ns: number;
  readonly timedEvents: number;
  readonly rejected: number;
  readonly rejectedCodes: readonly string[];
  readonly setupMs: number;
}

/** The slice of the library's workspace API the benchmark drives (see SCENARIOS.md). */
interface WorkspaceApi {
  createWorkspace(config: BenchConfig): unknown;
  apply(ws: unknown, event: WorkspaceEvent): { readonly workspace: unknown; readonly effects: readonly unknown[] };
}

declare const gc: (() => void) | undefined;
const collect = (): void => {
  if (typeof gc === 'function') gc();
};
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Applies `events[from..]` with `step` until `count` events or `budgetMs` ran out; ns per event. */
function timed(events: readonly WorkspaceEvent[], from: number, count: number, budgetMs: number, step: (e: WorkspaceEvent) => void): { ns: number; n: number } {
  collect();
  const start = now();
  let n = 0;
  const end = Math.min(events.length, from + count);
  for (let i = from; i < end; i++) {
    step(events[i] as WorkspaceEvent);
    n++;
    if ((n & 7) === 0 && now() - start > budgetMs) break;
  }
  return { ns: ((now() - start) * 1e6) / n, n };
}

async function loadLibrary(): Promise<WorkspaceApi | null> {
  // The workspace is its own entry (`inbox-rules/workspace`); a missing export fails the run loudly.
  const lib = (await import('../src/workspace/index.js')) as unknown as Partial<WorkspaceApi>;
  if (typeof lib.createWorkspace !== 'function' || typeof lib.apply !== 'function') throw new Error('bench: src/workspace/index.ts exports no createWorkspace/apply');
  return lib as WorkspaceApi;
}

/** Runs one workspace task; null when the library has no workspace yet. */
export async function runWorkspace(task: WorkspaceTask): Promise<WorkspaceResult | null> {
  if (task.variant === 'persistent') return persistentMapSet(task.conversations);
  const setupStart = now();
  if (task.jitWarmup > 0) {
    const warm = generateStream(1000, task.jitWarmup, 11); // (another seed: not the measured events)
    const warmStep = await stepper(task.variant, warm.config, warm.prefill);
    if (warmStep === null) return null;
    for (const e of warm.events) warmStep.step(e);
    collect();
  }
  const { events, prefill, config } = generateStream(task.conversations, task.warmup + task.events);
  const measured = await stepper(task.variant, config, prefill);
  if (measured === null) return null;
  const { step } = measured;
  for (let i = 0; i < task.warmup; i++) step(events[i] as WorkspaceEvent);
  const setupMs = now() - setupStart;
  const { ns, n } = timed(events, task.warmup, task.events, task.budgetMs, step);
  return { ns, timedEvents: n, rejected: measured.rejected(), rejectedCodes: measured.codes(), setupMs };
}

/** A fresh instance of a variant with the prefill applied, and how it applies one event. */
async function stepper(
  variant: 'library' | 'in-place' | 'baseline' | 'simplified' | 'naive', config: BenchConfig, prefill: readonly WorkspaceEvent[],
): Promise<{ step: (e: WorkspaceEvent) => void; rejected: () => number; codes: () => string[] } | null> {
  let rejected = 0;
  const codes = new Set<string>();
  let step: (e: WorkspaceEvent) => void;
  if (variant === 'library' || variant === 'in-place') {
    // (the same code; `in-place` runs from the bundle whose tables are updated in place)
    const lib = await loadLibrary();
    if (lib === null) return null;
    let ws = lib.createWorkspace(config);
    step = (e) => {
      try {
        ws = lib.apply(ws, e).workspace;
      } catch (error) {
        rejected++;
        codes.add(String((error as { code?: unknown }).code ?? (error as Error).message));
      }
    };
    for (const e of prefill) step(e);
  } else if (variant === 'baseline' || variant === 'simplified') {
    // (one variant per process, so this call site sees one kind of baseline)
    const baseline = variant === 'baseline' ? createFaithfulBaseline(config) : createBaseline(config);
    step = (e) => {
      do_not_optimize(baseline.apply(e));
    };
    for (const e of prefill) step(e);
  } else {
    const naive = createNaive(config);
    for (const e of prefill) naive.load(e);
    step = (e) => {
      do_not_optimize(naive.apply(e));
    };
  }
  return { step, rejected: () => rejected, codes: () => [...codes] };
}

/** Immutable.js `Map.set` of a new value under an existing key, on a map of `size` entries, chained. */
async function persistentMapSet(size: number): Promise<WorkspaceResult> {
  const keys = Array.from({ length: size }, (_, i) => `cv_${i.toString(36)}x`);
  let map = ImmutableMap<string, { readonly id: string; readonly state: string; readonly at: number }>().withMutations((m) => {
    for (const id of keys) m.set(id, { id, state: 'open', at: 0 });
  });
  const order = Array.from({ length: 4096 }, (_, i) => keys[(i * 2654435761) % size] as string);
  let i = 0;
  const stats = await measure(() => {
    const id = order[i++ & 4095] as string;
    map = map.set(id, { id, state: 'closed', at: i });
  }, { min_cpu_time: 400e6, min_samples: 12, warmup_samples: 20 });
  do_not_optimize(map);
  return { ns: stats.avg, timedEvents: stats.samples.length, rejected: 0, rejectedCodes: [], setupMs: 0 };
}
