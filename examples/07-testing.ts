// The testing kit (`inbox-rules/testing`): fast-check arbitraries for inbox data, and a conformance
// check that compares your own assignment policy with ours and shows the first disagreement, shrunk.
// Run with: npx tsx examples/07-testing.ts
import * as fc from 'fast-check';
import type { DecideBalancedAssigneeInput, Teammate } from '../src/index.js';
import { apply, checkInvariants, createWorkspace } from '../src/workspace/index.js';
import { balancedInputArbitrary, workspaceArbitrary, workspaceStepsArbitrary } from '../src/testing/arbitraries/index.js';
import { assertBalancedConformance, checkBalancedConformance, checkRoundRobinConformance } from '../src/testing/conformance/index.js';

const line = (t: Teammate): string =>
  `${t.id}: ${t.status}${t.inboxSeat ? '' : ', no seat'}, ${t.openCount} open, limit ${t.assignmentLimit ?? 'none'}, last assigned ${t.lastAssignedAt === null ? 'never' : new Date(t.lastAssignedAt).toISOString()}`;

// #region arbitraries
// Generated inputs are valid model values, built with createTeammate and createTeam.
const [input] = fc.sample(balancedInputArbitrary({ minTeammates: 3, maxTeammates: 3 }), { numRuns: 1, seed: 7 });
if (input !== undefined) {
  console.log(`a generated balanced input: team ${input.team.id} with members ${JSON.stringify(input.team.members)}`);
  for (const t of input.teammates) console.log(`  ${line(t)}`);
}
// #endregion arbitraries

// #region conformance
// A hand-written balanced policy with a classic bug: ties go to whoever comes first in the list.
const eligible = ({ team }: DecideBalancedAssigneeInput, t: Teammate): boolean =>
  team.members.includes(t.id) && t.status === 'active' && t.inboxSeat && (t.assignmentLimit === null || t.openCount < t.assignmentLimit);
function firstInListPolicy(input: DecideBalancedAssigneeInput): string | null {
  const pool = input.teammates.filter((t) => eligible(input, t));
  const fewest = Math.min(...pool.map((t) => t.openCount));
  return pool.find((t) => t.openCount === fewest)?.id ?? null;
}
const report = checkBalancedConformance(firstInListPolicy, { seed: 42, numRuns: 300 });
if (!report.conforms) {
  const { input: shrunk, expected, actual, explanation } = report.counterexample;
  console.log(`\nfirst-in-list policy: disagrees after ${report.runs} runs (shrunk ${report.shrinks} times)`);
  for (const t of shrunk.teammates) console.log(`  ${line(t)}`);
  console.log(`  ours: ${String(expected)} (${explanation.kind === 'assigned' ? explanation.reason : explanation.reasons.join(', ')}), the policy: ${JSON.stringify(actual)}`);
  console.log(`  replay with { seed: ${report.seed}, path: ${JSON.stringify(report.path)} }`);
}

// The fix: fewest open, then the oldest last assignment (never counts oldest), then the lowest id (ASSIGN-15, ASSIGN-17).
function fixedPolicy(input: DecideBalancedAssigneeInput): string | null {
  const [best] = input.teammates.filter((t) => eligible(input, t)).sort((a, b) =>
    a.openCount - b.openCount || (a.lastAssignedAt ?? -Infinity) - (b.lastAssignedAt ?? -Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return best?.id ?? null;
}
console.log('\nfixed policy:', checkBalancedConformance(fixedPolicy, { seed: 42, numRuns: 300 }));

// Inside a test, assertBalancedConformance throws a readable error instead.
try {
  assertBalancedConformance(firstInListPolicy, { seed: 42, numRuns: 300 });
} catch (error) {
  console.log(`\nassertBalancedConformance says:\n${(error as Error).message}`);
}

// Round robin: a rotation in member-list order, not by name (ASSIGN-30), is caught too.
const listOrder = checkRoundRobinConformance(({ team, teammates }) => {
  const available = team.members.filter((m) => teammates.some((t) => t.id === m && t.status === 'active' && t.inboxSeat));
  const after = available.indexOf(team.rotationCursor ?? '') + 1;
  return available[after % Math.max(1, available.length)] ?? null;
}, { seed: 3, numRuns: 300 });
console.log('\nlist-order rotation conforms?', listOrder.conforms, listOrder.counterexample?.input.team.members);
// #endregion conformance

// #region workspace
// Whole workspaces: every generated event is accepted, and the invariants hold after each one.
fc.assert(fc.property(workspaceArbitrary({ events: { maxEvents: 20 } }), ({ config, events }) => {
  let ws = createWorkspace(config);
  for (const event of events) {
    ws = apply(ws, event).workspace;
    if (checkInvariants(ws).length > 0) return false;
  }
  return true;
}), { seed: 1, numRuns: 50 });
console.log('\n50 generated workspaces applied with their invariants intact');

// Steps also include events the workspace must reject, with the code it rejects them with.
const config = { teammates: [{ id: 'ana' }], contacts: [{ id: 'u1', email: 'u1@example.test' }] };
const [steps] = fc.sample(workspaceStepsArbitrary(config, { minEvents: 6, maxEvents: 6, invalidFrequency: 0.5 }), { numRuns: 1, seed: 5 });
for (const { event, error } of steps ?? []) console.log(`  ${event.type}${'conversation' in event ? ` ${event.conversation}` : ''} -> ${error ?? 'accepted'}`);
// #endregion workspace
