import { assertId, assertRecord, fail, own, show } from '../_internal/validate.js';
import type { TeamId, Teammate, TeammateId } from '../model/index.js';

/** The two assignee slots a new outbound conversation gets once it is sent (OUT-8). */
export interface AssigneeSlots {
  readonly teammate: TeammateId | null;
  readonly team: TeamId | null;
}

/**
 * OUT-8 Resolve: no choice (undefined) assigns the sending teammate, or leaves it unassigned when
 * the sender has no inbox seat (STATUS-15); `null` leaves it unassigned; `{ teammate }` needs a
 * known teammate with a seat; `{ team }` needs a known team.
 */
export function resolveAssignee(
  assignTo: unknown, sender: Teammate, teammates: ReadonlyMap<string, Teammate>, teamIds: ReadonlySet<string>,
): AssigneeSlots {
  if (assignTo === undefined) return { teammate: sender.inboxSeat ? sender.id : null, team: null };
  if (assignTo === null) return { teammate: null, team: null };
  const rec = assertRecord(assignTo, 'draft.assignTo');
  const teammateId = own(rec, 'teammate');
  const teamId = own(rec, 'team');
  if ((teammateId === undefined) === (teamId === undefined)) {
    fail('invalid-argument', `draft.assignTo must be { teammate } or { team } (or null for unassigned), got ${show(assignTo)}.`, { assignTo });
  }
  if (teamId !== undefined) {
    const team = assertId(teamId, 'draft.assignTo.team');
    if (!teamIds.has(team)) fail('unknown-team', `draft.assignTo.team ${show(team)} is not among the teams passed in; pass the workspace's teams.`, { team });
    return { teammate: null, team };
  }
  const id = assertId(teammateId, 'draft.assignTo.teammate');
  const teammate = teammates.get(id);
  if (teammate === undefined) fail('unknown-teammate', `draft.assignTo.teammate ${show(id)} is not a teammate of the workspace.`, { teammate: id });
  if (!teammate.inboxSeat) fail('no-inbox-seat', `Teammate ${show(id)} has no inbox seat and can't be assigned conversations (STATUS-15).`, { teammate: id });
  return { teammate: id, team: null };
}
