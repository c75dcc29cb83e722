// Renders a failed conformance report as a readable message (for the assert functions). Private.
import type { ConsideredTeammate } from '../../assignment/index.js';
import type { Team, Teammate, TeammateId } from '../../model/index.js';
import type { CandidateFailure, ConformanceFailed } from './types.js';

/** The decision fields a message shows. */
type Explained =
  | { readonly kind: 'assigned'; readonly teammate: TeammateId; readonly reason: string; readonly considered: readonly ConsideredTeammate[] }
  | { readonly kind: 'unassigned'; readonly reasons: readonly string[]; readonly considered: readonly ConsideredTeammate[] };

const instant = (ms: number | null): string => (ms === null ? 'never' : new Date(ms).toISOString());

function teammateLine(t: Teammate): string {
  const status = t.status === 'away' ? (t.reassignReplies ? 'away+reassign' : 'away') : 'active';
  return `    ${JSON.stringify(t.id)} (name ${JSON.stringify(t.name)}): ${status}, ${t.inboxSeat ? 'seat' : 'NO seat'}, ` +
    `openCount ${t.openCount}, limit ${t.assignmentLimit ?? 'none'}, lastAssignedAt ${instant(t.lastAssignedAt)}`;
}

function teamLine(team: Team): string {
  const limit = team.assignmentLimit === null ? '' : `, inbox limit ${team.assignmentLimit}`;
  return `  team ${JSON.stringify(team.id)} (${team.assignment}): members ${JSON.stringify(team.members)}, rotationCursor ${JSON.stringify(team.rotationCursor)}${limit}`;
}

function answer(value: TeammateId | null | CandidateFailure): string {
  if (value === null || typeof value === 'string') return value === null ? 'nobody (null)' : JSON.stringify(value);
  return value.kind === 'threw' ? `it threw ${value.message}` : `an invalid answer ${String(value.value)}`;
}

function why(decision: Explained): string {
  const outcome = decision.kind === 'assigned' ? `${JSON.stringify(decision.teammate)} (${decision.reason})` : `nobody (${decision.reasons.join(', ')})`;
  const each = decision.considered.map((c) => `${JSON.stringify(c.teammate)}: ${c.reasons.length === 0 ? 'chosen' : c.reasons.join(', ')}`);
  return `${outcome}; ${each.length === 0 ? 'no teammates' : each.join('; ')}`;
}

/** The message of a failed report: the shrunk input, both answers, our reasons, and how to replay. */
export function describeFailure<D extends Explained>(
  report: ConformanceFailed<{ readonly team: Team; readonly teammates: readonly Teammate[] }, D>, fn: string, reference: string,
): string {
  const { input, actual, explanation } = report.counterexample;
  return [
    `${fn}: the candidate disagrees with ${reference} on this input (found after ${report.runs} runs, shrunk ${report.shrinks} times):`,
    teamLine(input.team),
    '  teammates:',
    ...input.teammates.map(teammateLine),
    `  expected: ${why(explanation)}`,
    `  actual:   ${answer(actual)}`,
    `Replay it with { seed: ${report.seed}, path: ${JSON.stringify(report.path)} }.`,
  ].join('\n');
}
