// The backlog drain (ASSIGN-22, ASSIGN-23, ASSIGN-27), shared by drainBacklog, drainBacklogs and
// routeArrival.
import { own } from '../_internal/validate.js';
import { withConversation, type Conversation, type ConversationId, type Instant, type Team, type TeamId, type Teammate, type TeammateId } from '../model/index.js';
import { gain } from './_assign.js';
import { changedTeammates, pickBalanced } from './_pool.js';
import { checkConversations, checkExplain, checkInput, checkMembersKnown, checkNow, checkTeams, checkTeammates, type CheckedTeam } from './_validate.js';
import { compareWaitingConversations } from './compareWaitingConversations.js';
import type { PoolWaitReason } from './reasons.js';
import type { AssignmentRecord, BacklogDrain, ConsideredTeammate, NobodyPicked, WaitingBacklog } from './types.js';

interface TeamQueue {
  readonly team: Team;
  readonly members: ReadonlySet<TeammateId>;
  readonly teamCounts: Map<TeammateId, number> | null;
  blocked: NobodyPicked<PoolWaitReason> | null;
  readonly waiting: ConversationId[];
}

const NO_ONE: readonly ConsideredTeammate[] = /* @__PURE__ */ Object.freeze([]);

/** Validates a drain input whose team list is `teamsIn`, then drains. */
export function drain(fn: string, input: unknown, teamsIn: unknown): BacklogDrain {
  const raw = checkInput(input, fn);
  const teams = checkTeams(teamsIn, fn);
  const teammates = checkTeammates(own(raw, 'teammates'), fn);
  for (const team of teams.list) checkMembersKnown(team, teammates.byId);
  const conversations = checkConversations(own(raw, 'conversations'), fn);
  return drainChecked(teams.checked, teammates.list, conversations, checkNow(own(raw, 'now'), fn), checkExplain(own(raw, 'explain'), fn));
}

/**
 * One global queue over the given teams' waiting conversations, in ASSIGN-23 order; each balanced
 * team hands out its conversations one at a time, re-counting after each, until nobody in it is
 * eligible. Counts only grow during a drain, so a team that found nobody stays blocked.
 */
export function drainChecked(teams: readonly CheckedTeam[], teammates: readonly Teammate[], conversations: readonly Conversation[], now: Instant, explain: boolean): BacklogDrain {
  const queues = new Map<TeamId, TeamQueue>();
  for (const { team, members } of teams) {
    queues.set(team.id, { team, members, teamCounts: team.assignmentLimit === null ? null : new Map(), blocked: null, waiting: [] });
  }
  const backlog: { readonly conversation: Conversation; readonly queue: TeamQueue }[] = [];
  for (const conversation of conversations) {
    const queue = conversation.team === null || conversation.state !== 'open' ? undefined : queues.get(conversation.team);
    if (queue === undefined) continue;
    if (conversation.teammate === null) backlog.push({ conversation, queue });
    else if (queue.teamCounts !== null) queue.teamCounts.set(conversation.teammate, (queue.teamCounts.get(conversation.teammate) ?? 0) + 1);
  }
  backlog.sort((a, b) => compareWaitingConversations(a.conversation, b.conversation));

  const pool = [...teammates];
  const sequence = new Map<TeammateId, number>();
  const assignments: AssignmentRecord[] = [];
  const changedConversations: Conversation[] = [];
  for (const { conversation: c, queue: q } of backlog) {
    if (q.team.assignment !== 'balanced' || q.blocked !== null) {
      q.waiting.push(c.id);
      continue;
    }
    const pick = pickBalanced(pool, { team: q.team, members: q.members, teamCounts: q.teamCounts, sequence }, explain);
    if (pick.chosen === null) {
      q.blocked = pick.decision;
      q.waiting.push(c.id);
      continue;
    }
    const { chosen, decision: d } = pick;
    pool[pool.indexOf(chosen)] = gain(chosen, c, now);
    sequence.set(d.teammate, assignments.length + 1);
    q.teamCounts?.set(d.teammate, (q.teamCounts.get(d.teammate) ?? 0) + 1);
    changedConversations.push(withConversation(c, { teammate: d.teammate, assignedManually: false }));
    assignments.push({ conversation: c.id, team: q.team.id, teammate: d.teammate, reason: d.reason, considered: d.considered });
  }

  const waiting: WaitingBacklog[] = [];
  for (const q of queues.values()) {
    if (q.waiting.length === 0) continue;
    waiting.push(
      q.blocked !== null
        ? { team: q.team.id, conversations: q.waiting, reasons: q.blocked.reasons, considered: q.blocked.considered }
        : { team: q.team.id, conversations: q.waiting, reasons: [q.team.assignment === 'manual' ? 'manual-method' : 'round-robin-arrival-only'], considered: NO_ONE },
    );
  }
  return { assignments, changedConversations, changedTeammates: changedTeammates(teammates, pool), waiting };
}
