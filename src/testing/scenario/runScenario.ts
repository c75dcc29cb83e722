import { fail } from '../../_internal/validate.js';
import { isInboxRuleError, toInstant } from '../../model/index.js';
import {
  apply, checkInvariants, createWorkspace, listConversations, listTeammates, listTeams, type Workspace, type WorkspaceEffect,
  type WorkspaceEvent,
} from '../../workspace/index.js';
import { checkExpectations } from './_expectations.js';
import type { Scenario, ScenarioFailure, ScenarioIssue, ScenarioReport, ScenarioStep, ScenarioStepReport } from './types.js';
import { validateScenario } from './validateScenario.js';

function malformed(issues: readonly ScenarioIssue[]): never {
  const list = issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
  return fail('invalid-scenario', `The scenario file is malformed; fix these ${issues.length === 1 ? 'value' : `${issues.length} values`}:\n${list}`, { errors: issues });
}

function buildWorkspace(scenario: Scenario): Workspace {
  const ws = scenario.workspace;
  try {
    return createWorkspace({ ...ws, contacts: ws.contacts?.map((c) => ({ id: c.id, email: c.email ?? null })) });
  } catch (error) {
    const why = isInboxRuleError(error) ? `${error.code}: ${error.message}` : String(error);
    return malformed([{ path: '$.workspace', message: `the workspace rejects it (${why})` }]);
  }
}

/** The step's event as the API takes it: `at` (and a snooze's `until`) in epoch milliseconds. */
function toWorkspaceEvent(step: ScenarioStep): WorkspaceEvent {
  const at = toInstant(step.at);
  const event = step.event;
  if (event.type === 'conversation.snoozed' && event.until !== undefined) return { ...event, at, until: toInstant(event.until) };
  return { ...event, at } as WorkspaceEvent;
}

/** What a thrown value looks like in a report. */
function thrown(error: unknown): { readonly code: string | null; readonly message: string } {
  if (isInboxRuleError(error)) return { code: error.code, message: error.message };
  return { code: null, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** Everything a caller can observe of the workspace, to prove a rejected event changed nothing. */
const snapshot = (ws: Workspace): string => JSON.stringify([listConversations(ws), listTeammates(ws), listTeams(ws)]);

type Outcome =
  | { readonly ok: true; readonly workspace: Workspace; readonly effects: readonly WorkspaceEffect[] }
  | { readonly ok: false; readonly error: unknown };

function attempt(workspace: Workspace, event: WorkspaceEvent): Outcome {
  try {
    return { ok: true, ...apply(workspace, event) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Runs one step: returns the workspace to continue with and the step's failures. */
function runStep(workspace: Workspace, step: ScenarioStep): { readonly workspace: Workspace; readonly failures: readonly ScenarioFailure[] } {
  const expect = step.expect ?? {};
  const before = expect.error === undefined ? '' : snapshot(workspace);
  const outcome = attempt(workspace, toWorkspaceEvent(step));
  if (!outcome.ok) {
    const actual = thrown(outcome.error);
    if (expect.error === undefined) return { workspace, failures: [{ key: 'error', expected: null, actual }] };
    const failures: ScenarioFailure[] = [];
    if (actual.code === null || (expect.error !== '*' && expect.error !== actual.code)) failures.push({ key: 'error', expected: expect.error, actual });
    if (snapshot(workspace) !== before) failures.push({ key: 'workspace', expected: 'unchanged', actual: 'changed' });
    return { workspace, failures: [...failures, ...checkExpectations(expect, workspace, [])] };
  }
  const failures: ScenarioFailure[] = [];
  if (expect.error !== undefined) failures.push({ key: 'error', expected: expect.error, actual: null });
  failures.push(...checkExpectations(expect, outcome.workspace, outcome.effects));
  const violations = checkInvariants(outcome.workspace);
  if (violations.length > 0) failures.push({ key: 'invariants', expected: [], actual: violations });
  return { workspace: outcome.workspace, failures };
}

/**
 * Runs a scenario file (format v1, SCENARIOS.md) through the public workspace API and reports
 * every step with pass or fail and, for a failure, the expected and actual values.
 *
 * The value is validated first ({@link validateScenario}). Then the workspace is built with
 * `createWorkspace`, and each step's event is applied with `apply` at the step's `at` (the clock
 * moves there first, so ended snoozes reopen within that step). After each step:
 * - the state expectations (`conversations`, `teammates`, `mentions`) are read from the new
 *   workspace; only the fields given are checked; `unread` lists compare in any order;
 * - `effects` must be exactly the emitted effects of the v1 types, in any order (an effect of a
 *   type added in a later version is ignored); `effectsInclude` must each match a different emitted
 *   effect. Expected effects are partial: each field given must deep-equal the emitted one's,
 *   instants compare as points in time, and `reasons` compare in any order (as sets);
 * - `error` (a code, or `"*"` for any code) requires the event to throw an `InboxRuleError` with that
 *   code and the workspace to stay unchanged; the other expectations are then checked against it
 *   (with no effects). A step that throws when no `error` is expected fails with the code and
 *   message, its other checks are skipped, and the run continues with the unchanged workspace. A
 *   step expecting an error whose event is accepted fails and continues with the new workspace;
 * - the workspace's own invariants (`checkInvariants`) are checked too, reported as `invariants`.
 *
 * @param scenario - a scenario, typically `JSON.parse` of a file.
 * @returns the report: `passed` is true when every step passed.
 * @throws `InboxRuleError` (from `inbox-rules`) `invalid-scenario` when the value is malformed (the message lists
 * each JSON path and what is wrong; `details.errors` holds the list) or when `createWorkspace`
 * rejects its workspace (path `$.workspace`).
 * @example
 * ```ts
 * import { runScenario } from 'inbox-rules/testing';
 * const report = runScenario({
 *   name: 'balanced: the first conversation goes to the teammate with fewest open',
 *   rules: ['ASSIGN-15'],
 *   workspace: {
 *     teammates: [{ id: 'ana' }, { id: 'ben' }],
 *     teams: [{ id: 'billing', assignment: 'balanced', members: ['ana', 'ben'] }],
 *     contacts: [{ id: 'u1', email: 'u1@example.test' }],
 *   },
 *   steps: [{
 *     at: '2026-01-05T09:00:00Z',
 *     event: { type: 'conversation.created', conversation: 'c1', customers: ['u1'], text: 'Hi', team: 'billing' },
 *     expect: { conversations: { c1: { state: 'open', team: 'billing', assignee: 'ana' } } },
 *   }],
 * });
 * report.passed; // => true
 * report.steps[0]?.failures; // => []
 * ```
 * @category Testing
 */
export function runScenario(scenario: unknown): ScenarioReport {
  const validation = validateScenario(scenario);
  if (!validation.ok) return malformed(validation.errors);
  const file = validation.scenario;
  let workspace = buildWorkspace(file);
  const steps: ScenarioStepReport[] = [];
  file.steps.forEach((step, index) => {
    const result = runStep(workspace, step);
    workspace = result.workspace;
    steps.push({ index, at: step.at, event: step.event.type, passed: result.failures.length === 0, failures: result.failures });
  });
  return { name: file.name, rules: file.rules ?? [], passed: steps.every((s) => s.passed), steps };
}
