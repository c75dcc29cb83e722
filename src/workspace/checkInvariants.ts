import { sortedValues } from '../_internal/sortedList.js';
import { tableGet, tableValues } from '../_internal/table.js';
import { compareWaitingConversations, decideBalancedAssignee } from '../assignment/index.js';
import type { Conversation, TeamId, TeammateId } from '../model/index.js';
import { rosterMembers } from './_roster.js';
import type { Workspace } from './types.js';

/**
 * Checks the invariants that {@link apply} maintains, and returns every violation as a sentence
 * (an empty list when the workspace is sound). Linear in the size of the workspace: meant for
 * tests, audits and after loading a stored workspace, not for every event.
 *
 * The invariants:
 * - every teammate's `openCount` equals the number of open conversations assigned to them
 *   (ASSIGN-16);
 * - balanced assignment never gave anyone a conversation at or over their limit: this is checked
 *   when it happens (every pick is {@link decideBalancedAssignee}'s), not here, because a load over
 *   the limit is legitimate afterwards: manual assignment (ASSIGN-8), a reopened conversation
 *   (SNOOZE-15), round robin (ASSIGN-31) or a lowered limit all put a teammate over it, and then
 *   they simply get nothing until below it (ASSIGN-25, checked by the queue invariant below);
 * - every assignee is a teammate of the workspace and has an inbox seat (STATUS-15), and every
 *   team slot names a team;
 * - no snoozed conversation is past its time (SNOOZE-5), and exactly the snoozed conversations are
 *   in the snooze queue;
 * - a balanced team inbox's queue holds exactly its open conversations without a teammate, in
 *   ASSIGN-23 order, and nobody eligible is left for the first of them (ASSIGN-22);
 * - team rosters hold the current teammate values of each team's members.
 *
 * @param workspace - the workspace to check.
 * @returns the violations, e.g. `"openCount of ana is 2 but 3 open conversations are assigned to
 * her"`.
 * @example
 * ```ts
 * import { checkInvariants, createWorkspace } from 'inbox-rules/workspace';
 * checkInvariants(createWorkspace({ teammates: [{ id: 'ana' }] })); // => []
 * ```
 * @category Workspace
 */
export function checkInvariants(workspace: Workspace): readonly string[] {
  const problems: string[] = [];
  const open = new Map<TeammateId, number>();
  const waiting = new Map<TeamId, Conversation[]>();
  let snoozed = 0;
  for (const c of tableValues(workspace.conversations)) {
    if (c.teammate !== null) {
      const t = tableGet(workspace.teammates, c.teammate);
      if (!t) problems.push(`conversation ${c.id} is assigned to unknown teammate ${c.teammate}`);
      else if (!t.inboxSeat && c.state !== 'closed') problems.push(`conversation ${c.id} is assigned to ${c.teammate}, who has no inbox seat`);
    }
    const team = c.team === null ? undefined : tableGet(workspace.teams, c.team);
    if (c.team !== null && !team) problems.push(`conversation ${c.id} is in unknown team ${c.team}`);
    if (c.state === 'open' && c.teammate !== null) {
      open.set(c.teammate, (open.get(c.teammate) ?? 0) + 1);
    }
    if (c.state === 'open' && c.teammate === null && team?.assignment === 'balanced') {
      const list = waiting.get(team.id) ?? [];
      list.push(c);
      waiting.set(team.id, list);
    }
    if (c.state === 'snoozed') {
      snoozed++;
      if (c.snoozedUntil === null || (workspace.clock !== null && c.snoozedUntil <= workspace.clock)) {
        problems.push(`conversation ${c.id} is still snoozed although its snooze ended (${String(c.snoozedUntil)})`);
      }
    }
  }
  for (const t of tableValues(workspace.teammates)) {
    const n = open.get(t.id) ?? 0;
    if (t.openCount !== n) problems.push(`openCount of ${t.id} is ${t.openCount} but ${n} open conversations are assigned to them`);
  }
  if (workspace.snoozes.size !== snoozed) problems.push(`the snooze queue holds ${workspace.snoozes.size} entries for ${snoozed} snoozed conversations`);
  for (const entry of sortedValues(workspace.snoozes)) {
    const c = tableGet(workspace.conversations, entry.id);
    if (c?.state !== 'snoozed' || c.snoozedUntil !== entry.a) problems.push(`the snooze queue's entry for ${entry.id} does not match the conversation`);
  }
  for (const team of tableValues(workspace.teams)) {
    const roster = tableGet(workspace.rosters, team.id);
    const members = rosterMembers(roster);
    const current = team.members.map((m) => tableGet(workspace.teammates, m));
    if (!roster || members.length !== current.length || members.some((m, i) => JSON.stringify(m) !== JSON.stringify(current[i]))) {
      problems.push(`the roster of team ${team.id} does not hold its members' current values`);
    }
    if (team.assignment !== 'balanced') continue;
    const expected = (waiting.get(team.id) ?? []).sort(compareWaitingConversations).map((c) => c.id);
    const queue = tableGet(workspace.backlogs, team.id);
    const actual = queue ? [...sortedValues(queue.queue)].map((e) => e.id) : [];
    if (expected.join('\u0000') !== actual.join('\u0000')) {
      problems.push(`the waiting queue of team ${team.id} is [${actual.join(', ')}], expected [${expected.join(', ')}]`);
    } else if (actual.length > 0 && roster) {
      const d = decideBalancedAssignee({ team, teammates: members, explain: false, conversations: team.assignmentLimit === null ? undefined : [...tableValues(workspace.conversations)] });
      if (d.kind === 'assigned') problems.push(`team ${team.id} has waiting conversations although ${d.teammate} is eligible`);
    }
  }
  return problems;
}
