// Bookkeeping shared by every function that moves a conversation between assignees: the counters
// of ASSIGN-16 and ASSIGN-18, what follows for the conversation, and which balanced backlogs a move
// may have unblocked (ASSIGN-22).
import { fail, show } from '../_internal/validate.js';
import { withTeammate, type Conversation, type Instant, type Team, type TeamId, type Teammate } from '../model/index.js';
import { decideAutoAssignmentAvailability } from '../status/index.js';
import type { FollowUp } from './types.js';

/**
 * The teammate after getting `conversation`: one more open conversation if it is open (ASSIGN-16),
 * and `lastAssignedAt = now` for every assignment, automatic or manual (ASSIGN-18 *Resolve*).
 */
export function gain(teammate: Teammate, conversation: Conversation, now: Instant): Teammate {
  return withTeammate(teammate, { openCount: conversation.state === 'open' ? teammate.openCount + 1 : teammate.openCount, lastAssignedAt: now });
}

/** The teammate after losing `conversation`: one open conversation fewer if it was open (ASSIGN-16). */
export function lose(teammate: Teammate, conversation: Conversation): Teammate {
  if (conversation.state !== 'open') return teammate;
  if (teammate.openCount === 0) {
    fail('invalid-open-count', `Teammate ${show(teammate.id)} has openCount 0 but the open conversation ${show(conversation.id)} is assigned to them; recompute the counts (withOpenCounts).`, { teammate: teammate.id, conversation: conversation.id });
  }
  return withTeammate(teammate, { openCount: teammate.openCount - 1 });
}

/** What happens next to a conversation, from its slots and its team's method. */
export function followUpOf(conversation: Conversation, team: Team | undefined): FollowUp {
  if (conversation.teammate !== null) return { kind: 'with-teammate', teammate: conversation.teammate, team: conversation.team };
  if (team === undefined) return { kind: 'unassigned' };
  if (team.assignment === 'balanced') return { kind: 'queued', team: team.id };
  return { kind: 'waits', team: team.id, reason: team.assignment === 'manual' ? 'manual-method' : 'round-robin-arrival-only' };
}

/**
 * The balanced team inboxes (in `teams` order) whose backlog may now move (ASSIGN-22): the
 * conversation's team when it now waits there open (trigger a), and every balanced team of a
 * teammate who lost an open conversation while available (trigger c).
 */
export function drainAfter(conversation: Conversation, loser: Teammate | null, teams: readonly Team[]): readonly TeamId[] {
  const queued = conversation.teammate === null && conversation.state === 'open' ? conversation.team : null;
  const freed = loser !== null && decideAutoAssignmentAvailability(loser).kind === 'available' ? loser.id : null;
  if (queued === null && freed === null) return [];
  return teams.filter((t) => t.assignment === 'balanced' && (t.id === queued || (freed !== null && t.members.includes(freed)))).map((t) => t.id);
}
