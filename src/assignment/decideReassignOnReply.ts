import { assertId, assertRecord, fail, own, show } from '../_internal/validate.js';
import { withConversation, type Conversation, type Instant, type Team, type TeamId, type Teammate, type TeammateId } from '../model/index.js';
import {
  decideManualAssignability, decideReplyReassignment, teammateMode, type ConversationActivityType, type ReplyKeepReason,
} from '../status/index.js';
import { drainAfter, followUpOf, gain, lose } from './_assign.js';
import { checkConversation, checkInput, checkNow, checkTeams, checkTeammates, knownTeam, knownTeammate } from './_validate.js';
import type { DefaultAssigneeSkipReason } from './reasons.js';
import type { FollowUp } from './types.js';

/**
 * The workspace's default assignee for conversations with no team whose away teammate is
 * unassigned by a customer reply (STATUS-10 *Resolve*): a team, a teammate, or `null` (unset).
 *
 * @example
 * ```ts
 * import type { DefaultAssignee } from 'inbox-rules';
 * const toTriage: DefaultAssignee = { team: 'triage' };
 * ```
 * @category Assignment
 */
export type DefaultAssignee =
  | {
    /** The default team inbox. */
    readonly team: TeamId;
  }
  | {
    /** The default teammate. */
    readonly teammate: TeammateId;
  }
  | null;

/**
 * What {@link decideReassignOnReply} accepts.
 *
 * @example
 * ```ts
 * import { createConversation, type DecideReassignOnReplyInput } from 'inbox-rules';
 * const input: DecideReassignOnReplyInput = {
 *   conversation: createConversation({ id: 'c1', createdAt: 0 }), replyType: 'customer-reply',
 *   teammates: [], teams: [], defaultAssignee: null, now: 0,
 * };
 * ```
 * @category Assignment
 */
export interface DecideReassignOnReplyInput {
  /** The conversation, after any reopening the reply causes (SNOOZE-6, CONV-2). */
  readonly conversation: Conversation;
  /** What happened on it; only `'customer-reply'` can unassign (STATUS-11). */
  readonly replyType: ConversationActivityType;
  /** At least the conversation's teammate and the default teammate, if any. */
  readonly teammates: readonly Teammate[];
  /** At least the conversation's team and the default team, if any; `drain` is computed over these. */
  readonly teams: readonly Team[];
  /** The workspace's default assignee (STATUS-10). */
  readonly defaultAssignee: DefaultAssignee;
  /** When the reply arrives: `teamSince` for a move to the default team, `lastAssignedAt` for the default teammate. */
  readonly now: Instant;
}

/**
 * Where a conversation goes when reassign-replies unassigns its teammate: it stays in its team
 * inbox (STATUS-9), goes to the default team or default teammate (STATUS-10), or ends with neither
 * team nor teammate, with the reason.
 *
 * @example
 * ```ts
 * import type { ReplyDestination } from 'inbox-rules';
 * const d: ReplyDestination = { kind: 'unassigned', reason: 'default-assignee-is-assignee' };
 * ```
 * @category Assignment
 */
export type ReplyDestination =
  | {
    /** Discriminant: back in its own team inbox (STATUS-9). */
    readonly kind: 'team-inbox';
    /** That team inbox. */
    readonly team: TeamId;
  }
  | {
    /** Discriminant: moved to the default team inbox (STATUS-10). */
    readonly kind: 'default-team';
    /** The default team inbox. */
    readonly team: TeamId;
  }
  | {
    /** Discriminant: given to the default teammate (STATUS-10). */
    readonly kind: 'default-teammate';
    /** The default teammate. */
    readonly teammate: TeammateId;
  }
  | {
    /** Discriminant: left with neither team nor teammate (STATUS-10). */
    readonly kind: 'unassigned';
    /** Why the default assignee was not used (see {@link DEFAULT_ASSIGNEE_SKIP_REASONS}). */
    readonly reason: DefaultAssigneeSkipReason;
  };

/**
 * The reply leaves the teammate in place.
 *
 * @example
 * ```ts
 * import { createConversation, type ReassignOnReplyKeep } from 'inbox-rules';
 * const d: ReassignOnReplyKeep = {
 *   kind: 'keep', reason: 'no-assignee', reasons: ['no-assignee'], conversation: createConversation({ id: 'c1', createdAt: 0 }),
 *   changedTeammates: [], followUp: { kind: 'unassigned' }, drain: [],
 * };
 * ```
 * @category Assignment
 */
export interface ReassignOnReplyKeep {
  /** Discriminant: nothing changes. */
  readonly kind: 'keep';
  /** The main reason (the status rules' `ReplyKeepReason`). */
  readonly reason: ReplyKeepReason;
  /** Every reason that applies. */
  readonly reasons: readonly [ReplyKeepReason, ...ReplyKeepReason[]];
  /** The same conversation reference. */
  readonly conversation: Conversation;
  /** Always empty. */
  readonly changedTeammates: readonly Teammate[];
  /** What happens next to the conversation (unchanged). */
  readonly followUp: FollowUp;
  /** Always empty. */
  readonly drain: readonly TeamId[];
}

/**
 * The reply unassigns the away teammate, and the conversation goes to `destination`.
 *
 * @example
 * ```ts
 * import { createConversation, type ReassignOnReplyUnassign } from 'inbox-rules';
 * const d: ReassignOnReplyUnassign = {
 *   kind: 'unassign', reason: 'assignee-away-reassigning', destination: { kind: 'team-inbox', team: 'billing' },
 *   conversation: createConversation({ id: 'c1', createdAt: 0, team: 'billing' }), changedTeammates: [],
 *   followUp: { kind: 'queued', team: 'billing' }, drain: ['billing'],
 * };
 * ```
 * @category Assignment
 */
export interface ReassignOnReplyUnassign {
  /** Discriminant: the teammate is unassigned. */
  readonly kind: 'unassign';
  /** Why: the teammate is Away + reassign and a customer replied (STATUS-9, STATUS-10). */
  readonly reason: 'assignee-away-reassigning';
  /** Where the conversation went. */
  readonly destination: ReplyDestination;
  /** The conversation afterwards (its state is untouched). */
  readonly conversation: Conversation;
  /** The away teammate (one open conversation fewer when it was open) and the default teammate who got it, if any. */
  readonly changedTeammates: readonly Teammate[];
  /** What happens next to the conversation. */
  readonly followUp: FollowUp;
  /** The balanced team inbox it now waits in, if any: run {@link drainBacklogs} on it (ASSIGN-22 a). */
  readonly drain: readonly TeamId[];
}

/**
 * What {@link decideReassignOnReply} decides.
 *
 * @example
 * ```ts
 * import type { ReassignOnReplyDecision } from 'inbox-rules';
 * const isUnassign = (d: ReassignOnReplyDecision): boolean => d.kind === 'unassign';
 * ```
 * @category Assignment
 */
export type ReassignOnReplyDecision = ReassignOnReplyKeep | ReassignOnReplyUnassign;

function checkDefaultAssignee(value: unknown, fn: string): DefaultAssignee {
  if (value === null) return null;
  const r = assertRecord(value, `${fn}: defaultAssignee`);
  const team = own(r, 'team');
  const teammate = own(r, 'teammate');
  if ((team === undefined) === (teammate === undefined)) {
    fail('invalid-argument', `${fn}: defaultAssignee must be { team: id }, { teammate: id } or null, got ${show(value)}.`, { defaultAssignee: value });
  }
  return team !== undefined ? { team: assertId(team, `${fn}: defaultAssignee.team`) } : { teammate: assertId(teammate, `${fn}: defaultAssignee.teammate`) };
}

/**
 * Applies reassign-replies to a conversation when something happens on it.
 *
 * Only a **customer reply** to a conversation whose teammate is **Away + reassign** unassigns the
 * teammate (STATUS-9, STATUS-10): an away teammate without reassign keeps it (STATUS-8), and a
 * teammate reply, a note, a bot reply, a mention, an assignment or a snooze ending never unassigns
 * (STATUS-11). Switching reassign on unassigns nothing by itself (STATUS-12), and a manual
 * assignment to an Away + reassign teammate holds until the next customer reply (STATUS-13). The
 * trigger is the same for a snoozed or closed conversation that the reply reopens (STATUS-14
 * *Resolve*); reopening it is the lifecycle's job, so pass the conversation as reopened (the
 * state is taken as given, and counts only change for an open one).
 *
 * Where it goes:
 * - with team X: the team is kept and the teammate cleared, back in X's open list (STATUS-9): a
 *   balanced X drains at once (`drain: [X]`) and never picks the away teammate; a round-robin X
 *   does not run again (ASSIGN-34); a manual X waits;
 * - with no team, to the workspace default assignee (STATUS-10 *Resolve*): unset leaves it with
 *   neither; a default teammate who is the same teammate, or another Away + reassign teammate,
 *   leaves it with neither rather than loop; a default teammate without an inbox seat
 *   (STATUS-15) too; any other default teammate gets it (even if away without reassign, like a
 *   manual assignment, STATUS-7); a default team gets it like a manual team assignment (*Resolve*,
 *   ASSIGN-7): balanced picks it up, round robin does not, manual waits.
 *
 * @param input - the conversation, what happened, the teammates and teams involved, the default
 * assignee and `now`.
 * @returns `{ kind: 'keep', ... }` (the same conversation) or `{ kind: 'unassign', destination,
 * ... }` with the next conversation, changed teammates, follow-up and backlogs to drain. Inputs
 * are never mutated.
 * @throws {@link InboxRuleError} `unknown-teammate`, `unknown-team`, `invalid-instant`,
 * `invalid-open-count`, `invalid-argument` (an unknown `replyType` or a malformed default
 * assignee), and the other validation codes.
 * @example
 * ```ts
 * import { createConversation, createTeam, createTeammate, decideReassignOnReply } from 'inbox-rules';
 * const ben = createTeammate({ id: 'ben', status: 'away', reassignReplies: true, openCount: 1 });
 * const billing = createTeam({ id: 'billing', assignment: 'balanced', members: ['ben'] });
 * const c1 = createConversation({ id: 'c1', createdAt: 0, team: 'billing', teammate: 'ben' });
 * const d = decideReassignOnReply({ conversation: c1, replyType: 'customer-reply', teammates: [ben], teams: [billing], defaultAssignee: null, now: 1_000 });
 * [d.kind, d.conversation.team, d.conversation.teammate, d.drain]; // => ['unassign', 'billing', null, ['billing']]
 * decideReassignOnReply({ conversation: c1, replyType: 'note', teammates: [ben], teams: [billing], defaultAssignee: null, now: 1_000 }).kind; // => 'keep'
 * ```
 * @category Assignment
 */
export function decideReassignOnReply(input: DecideReassignOnReplyInput): ReassignOnReplyDecision {
  const fn = 'decideReassignOnReply';
  const raw = checkInput(input, fn);
  const c = checkConversation(own(raw, 'conversation'), `${fn}: conversation`);
  const teammates = checkTeammates(own(raw, 'teammates'), fn);
  const teams = checkTeams(own(raw, 'teams'), fn);
  const fallback = checkDefaultAssignee(own(raw, 'defaultAssignee'), fn);
  const now = checkNow(own(raw, 'now'), fn);
  const where = `${fn}: conversation ${show(c.id)}`;
  const assignee = c.teammate === null ? null : knownTeammate(teammates.byId, c.teammate, `${where} teammate`);
  const ownTeam = c.team === null ? undefined : knownTeam(teams.byId, c.team, `${where} team`);
  const fallbackTeam = fallback !== null && 'team' in fallback ? knownTeam(teams.byId, fallback.team, `${fn}: defaultAssignee.team`) : null;
  const fallbackTeammate = fallback !== null && 'teammate' in fallback ? knownTeammate(teammates.byId, fallback.teammate, `${fn}: defaultAssignee.teammate`) : null;
  const verdict = decideReplyReassignment({ assignee, replyType: own(raw, 'replyType') as ConversationActivityType });

  if (verdict.kind === 'keep' || assignee === null) {
    const reasons = verdict.kind === 'keep' ? verdict.reasons : (['no-assignee'] as const);
    return { kind: 'keep', reason: reasons[0], reasons, conversation: c, changedTeammates: [], followUp: followUpOf(c, ownTeam), drain: [] };
  }
  const away = lose(assignee, c);
  const unassign = (destination: ReplyDestination, conversation: Conversation, team: Team | undefined, extra: Teammate | null): ReassignOnReplyUnassign => ({
    kind: 'unassign', reason: verdict.reason, destination, conversation,
    changedTeammates: extra === null ? (away === assignee ? [] : [away]) : away === assignee ? [extra] : [away, extra],
    followUp: followUpOf(conversation, team),
    drain: drainAfter(conversation, null, teams.list),
  });
  const cleared = withConversation(c, { teammate: null, assignedManually: false });
  if (ownTeam !== undefined) return unassign({ kind: 'team-inbox', team: ownTeam.id }, cleared, ownTeam, null);
  if (fallbackTeam !== null) {
    const moved = withConversation(cleared, { team: fallbackTeam.id, teamSince: now });
    return unassign({ kind: 'default-team', team: fallbackTeam.id }, moved, fallbackTeam, null);
  }
  const skip = (reason: DefaultAssigneeSkipReason): ReassignOnReplyUnassign => unassign({ kind: 'unassigned', reason }, cleared, undefined, null);
  if (fallbackTeammate === null) return skip('no-default-assignee');
  if (fallbackTeammate.id === assignee.id) return skip('default-assignee-is-assignee');
  if (teammateMode(fallbackTeammate) === 'away-reassigning') return skip('default-assignee-away-reassigning');
  if (decideManualAssignability(fallbackTeammate).kind === 'rejected') return skip('default-assignee-no-seat');
  const given = withConversation(c, { teammate: fallbackTeammate.id, assignedManually: false });
  return unassign({ kind: 'default-teammate', teammate: fallbackTeammate.id }, given, undefined, gain(fallbackTeammate, c, now));
}
