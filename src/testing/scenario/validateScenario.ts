import { brief, checkShape, childPath } from './_checkShape.js';
import { scenarioShape } from './_format.js';
import type { Scenario, ScenarioIssue, ScenarioValidation } from './types.js';

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `at` never goes backwards: each step's time is checked against the latest well-formed one before it. */
function checkTimeline(value: unknown, issues: ScenarioIssue[]): void {
  if (!isRecord(value) || !Array.isArray(value['steps'])) return;
  let latest: { at: string; ms: number; index: number } | null = null;
  (value['steps'] as readonly unknown[]).forEach((step, index) => {
    const at = isRecord(step) ? step['at'] : undefined;
    const path = childPath(childPath('$.steps', index), 'at');
    if (typeof at !== 'string' || issues.some((i) => i.path === path)) return;
    const ms = Date.parse(at);
    if (latest !== null && ms < latest.ms) {
      issues.push({ path, message: `goes back in time: ${brief(at)} is before ${brief(latest.at)} of $.steps[${latest.index}] (steps must be in time order)` });
    } else latest = { at, ms, index };
  });
}

/**
 * Checks that a value is a well-formed scenario file (format v1, SCENARIOS.md) and reports every
 * problem with its JSON path, without ever throwing: a total parser.
 *
 * It checks shape and types only: required fields, known event and effect types with their fields,
 * ISO-8601 instants with an offset or `Z` that name a real date and time, ISO-8601 durations,
 * integer scores and counts, closed sets (statuses, presets, channels, error codes), exactly one of
 * the snooze's `until` / `for` / `preset`, at least one step, and steps in time order (`at` never
 * goes backwards; equal times are fine). Domain rules (a score outside 1-5, a snooze in the past,
 * an unknown teammate) are the workspace's to reject, so a step can expect them with `error`.
 *
 * *Decision:* unknown fields are malformed everywhere (a misspelt `"asignee"` would otherwise
 * check nothing and pass silently); `$schema`, `description` and a step's `note` are accepted for
 * readers and ignored. An unknown event type is malformed too: an older runner cannot apply an
 * event it does not know without getting every later step wrong. New versions of the format only
 * add optional fields and types, so every valid v1 file stays valid.
 *
 * @param value - anything, typically `JSON.parse` of a file.
 * @returns `{ ok: true, scenario }`, or `{ ok: false, errors }` with every issue found.
 * @example
 * ```ts
 * import { validateScenario } from 'inbox-rules/testing';
 * const result = validateScenario({
 *   name: 'bad event',
 *   workspace: {},
 *   steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'conversation.sleep' } }],
 * });
 * result.ok; // => false
 * result.ok ? [] : result.errors.map((e) => e.path); // => ['$.steps[0].event.type']
 * ```
 * @category Testing
 */
export function validateScenario(value: unknown): ScenarioValidation {
  const issues: ScenarioIssue[] = [];
  try {
    checkShape(scenarioShape, value, '$', issues);
    checkTimeline(value, issues);
  } catch (error) {
    // Only a hostile value (a getter or proxy that throws) gets here; JSON never does.
    issues.push({ path: '$', message: `could not be read: ${error instanceof Error ? error.message : brief(error)}` });
  }
  return issues.length === 0 ? { ok: true, scenario: value as Scenario } : { ok: false, errors: issues };
}
