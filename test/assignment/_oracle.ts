// Plain restatements of the assignment rules, written independently of src/ (sorting and filtering
// instead of the single-pass scans), for property tests to compare against.
import type { Conversation, Team, Teammate } from '../../src/index.js';

/** Open conversations of `team` assigned to `teammate` (Beyond-1). */
export function openInTeam(team: Team, teammate: string, conversations: readonly Conversation[]): number {
  return conversations.filter((c) => c.state === 'open' && c.team === team.id && c.teammate === teammate).length;
}

/** ASSIGN-13 (a)-(d) and Beyond-1, literally. */
export function isBalancedEligible(team: Team, t: Teammate, conversations: readonly Conversation[]): boolean {
  return (
    team.members.includes(t.id) &&
    t.status === 'active' &&
    t.inboxSeat &&
    (t.assignmentLimit === null || t.openCount < t.assignmentLimit) &&
    (team.assignmentLimit === null || openInTeam(team, t.id, conversations) < team.assignmentLimit)
  );
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function rankedEligible(team: Team, teammates: readonly Teammate[], conversations: readonly Conversation[]): Teammate[] {
  return teammates
    .filter((t) => isBalancedEligible(team, t, conversations))
    .sort((a, b) => a.openCount - b.openCount || (a.lastAssignedAt ?? -Infinity) - (b.lastAssignedAt ?? -Infinity) || byCodeUnits(a.id, b.id));
}

/** ASSIGN-15 then ASSIGN-17 (never assigned = oldest, then id): sort and take the first. */
export function balancedOracle(team: Team, teammates: readonly Teammate[], conversations: readonly Conversation[] = []): string | null {
  return rankedEligible(team, teammates, conversations)[0]?.id ?? null;
}

/** The reason for the pick: what separates it from the runner-up in the sorted order. */
export function balancedReasonOracle(team: Team, teammates: readonly Teammate[], conversations: readonly Conversation[] = []): string | null {
  const [first, second] = rankedEligible(team, teammates, conversations);
  if (first === undefined) return null;
  if (second === undefined) return 'only-eligible';
  if (first.openCount !== second.openCount) return 'fewest-open';
  return first.lastAssignedAt !== second.lastAssignedAt ? 'least-recently-assigned' : 'lowest-id';
}

/** ASSIGN-30: the rotation, sorted by name (case-insensitively, then exactly), then id. */
export function rotation(team: Team, teammates: readonly Teammate[]): Teammate[] {
  return teammates
    .filter((t) => team.members.includes(t.id))
    .sort((a, b) => byCodeUnits(a.name.toLowerCase(), b.name.toLowerCase()) || byCodeUnits(a.name, b.name) || byCodeUnits(a.id, b.id));
}

/** ASSIGN-28, ASSIGN-29, ASSIGN-37: walk the rotation from after the pointer to the first active seat-holder. */
export function roundRobinOracle(team: Team, teammates: readonly Teammate[]): string | null {
  const ring = rotation(team, teammates);
  const available = (t: Teammate): boolean => t.status === 'active' && t.inboxSeat;
  const cursorAt = ring.findIndex((t) => t.id === team.rotationCursor);
  let start = cursorAt + 1;
  if (cursorAt < 0 && team.rotationCursor !== null) {
    // The pointer left the team: continue after where it would sort, if it is known at all.
    const cursor = teammates.find((t) => t.id === team.rotationCursor);
    start = cursor === undefined ? 0 : rotation({ ...team, members: [...team.members, cursor.id] }, teammates).findIndex((t) => t.id === cursor.id);
  }
  for (let k = 0; k < ring.length; k++) {
    const t = ring[(start + k) % ring.length]!;
    if (available(t)) return t.id;
  }
  return null;
}
