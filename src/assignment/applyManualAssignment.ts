import { assertId, assertRecord, fail, own, show } from '../_internal/validate.js';
import { withConversation, type Conversation, type Instant, type Team, type TeamId, type Teammate, type TeammateId } from '../model/index.js';
import { decideManualAssignability } from '../status/index.js';
import { drainAfter, followUpOf, gain, lose } from './_assign.js';
import { checkConversation, checkInput, checkNow, checkTeams, checkTeammates, knownTeam, knownTeammate } from './_validate.js';
import type { FollowUp } from './types.js';

/**
 * Where a manual assignment puts a conversation: `{ teammate: id }` (assign a teammate, keep the
 * team), `{ teammate: null }` (unassign the teammate, keep the team), `{ team: id }` (assign a
 * team, clear the teammate), or `null` (unassign both).
 *
 * @example
 * ```ts
 * import type { ManualAssignmentTarget } from 'inbox-rules';
 * const toAna: ManualAssignmentTarget = { teammate: 'ana' };
 * const toBilling: ManualAssignmentTarget = { team: 'billing' };
 * ```
 * @category Assignment
 */
export type ManualAssignmentTarget =
  | {
    /** The teammate to assign, or null to unassign the teammate (ASSIGN-5, ASSIGN-11). */
    readonly teammate: TeammateId | null;
  }
  | {
    /** The team inbox to assign (ASSIGN-7). */
    readonly team: TeamId;
  }
  | null;

/**
 * What {@link applyManualAssignment} accepts.
 *
 * @example
 * ```ts
 * import { createConversation, type ApplyManualAssignmentInput } from 'inbox-rules';
 * const input: ApplyManualAssignmentInput = {
 *   conversation: createConversation({ id: 'c1', createdAt: 0 }), to: null, teammates: [], teams: [], now: 0,
 * };
 * ```
 * @category Assignment
 */
export interface ApplyManualAssignmentInput {
  /** The conversation as it is now. */
  readonly conversation: Conversation;
  /** Where to put it. */
  readonly to: ManualAssignmentTarget;
  /** At least the target teammate and the conversation's current teammate. */
  readonly teammates: readonly Teammate[];
  /**
   * At least the target team and the conversation's team; `drain` is computed over these, so pass
   * every team to learn all the backlogs the change may unblock.
   */
  readonly teams: readonly Team[];
  /** When the assignment happens; it becomes the new teammate's `lastAssignedAt` (ASSIGN-18). */
  readonly now: Instant;
}

/**
 * What {@link applyManualAssignment} returns.
 *
 * @example
 * ```ts
 * import { createConversation, type ManualAssignmentResult } from 'inbox-rules';
 * const result: ManualAssignmentResult = {
 *   conversation: createConversation({ id: 'c1', createdAt: 0 }), changedTeammates: [], followUp: { kind: 'unassigned' }, drain: [],
 * };
 * ```
 * @category Assignment
 */
export interface ManualAssignmentResult {
  /** The conversation afterwards (the same reference when nothing changed). */
  readonly conversation: Conversation;
  /** The teammates whose `openCount` or `lastAssignedAt` changed: the previous teammate, then the new one. */
  readonly changedTeammates: readonly Teammate[];
  /** What happens next to the conversation. */
  readonly followUp: FollowUp;
  /**
   * The balanced team inboxes whose backlog may now move (ASSIGN-22), in `teams` order: the team
   * the conversation now waits in, and those of a previous teammate (active, with a seat) who
   * lost an open conversation. Run {@link drainBacklogs} on them.
   */
  readonly drain: readonly TeamId[];
}

type Target = { readonly teammate: TeammateId | null } | { readonly team: TeamId } | null;

export function checkTarget(value: unknown, fn: string): Target {
  if (value === null) return null;
  const r = assertRecord(value, `${fn}: to`);
  const teammate = own(r, 'teammate');
  const team = own(r, 'team');
  if ((teammate === undefined) === (team === undefined)) {
    fail('invalid-argument', `${fn}: to must be { teammate: id }, { teammate: null }, { team: id } or null, got ${show(value)}.`, { to: value });
  }
  if (team !== undefined) return { team: assertId(team, `${fn}: to.team`) };
  return { teammate: teammate === null ? null : assertId(teammate, `${fn}: to.teammate`) };
}

/**
 * Applies a manual assignment (or reassignment, ASSIGN-10) of a conversation.
 *
 * - `{ teammate: T }`: teammate = T and the team is kept (ASSIGN-5), or stays null (ASSIGN-6:
 *   choosing a teammate never sets a team). It ignores status (STATUS-7, STATUS-13) and limits,
 *   so it can push T over their limit (ASSIGN-8, ASSIGN-9); balanced then gives T nothing until
 *   they are below it (ASSIGN-25). A teammate without an inbox seat is rejected (STATUS-15).
 * - `{ team: Y }`: team = Y and the teammate is cleared (ASSIGN-7). The conversation then follows
 *   Y's method: balanced picks it up (`followUp.kind = 'queued'`, Y in `drain`), round robin
 *   does not (ASSIGN-33), manual waits.
 * - `{ teammate: null }`: the teammate is cleared and the team kept; the conversation is back in
 *   the team's open list (ASSIGN-11), where round robin does not run again (ASSIGN-34).
 * - `null`: both slots are cleared (ASSIGN-11).
 *
 * Counters (ASSIGN-16, ASSIGN-18 *Resolve*): when the conversation is open, the previous teammate
 * has one open conversation fewer and the new one one more; the new teammate's `lastAssignedAt`
 * becomes `now` whatever the state (every assignment counts, manual included). `teamSince`
 * becomes `now` when the team changes and is kept when it does not (*Resolve*: re-assigning the
 * same team keeps the conversation's place in the queue). `assignedManually` is true exactly when
 * this sets a teammate. Assigning what is already there changes nothing.
 *
 * @param input - the conversation, the target, the teammates and teams involved, and `now`.
 * @returns the next conversation, the changed teammates, what follows and which backlogs to drain.
 * Inputs are never mutated.
 * @throws {@link InboxRuleError} `no-inbox-seat` (STATUS-15), `unknown-teammate`, `unknown-team`,
 * `invalid-instant`, `invalid-open-count` (the previous teammate's count is 0 although the open
 * conversation is theirs), `invalid-argument` for a malformed target, and the other validation
 * codes.
 * @example
 * ```ts
 * import { applyManualAssignment, createConversation, createTeam, createTeammate } from 'inbox-rules';
 * const ana = createTeammate({ id: 'ana', status: 'away', assignmentLimit: 1, openCount: 1 });
 * const billing = createTeam({ id: 'billing', assignment: 'round-robin', members: ['ana'] });
 * const c1 = createConversation({ id: 'c1', createdAt: 0, team: 'billing' });
 * const r = applyManualAssignment({ conversation: c1, to: { teammate: 'ana' }, teammates: [ana], teams: [billing], now: 5_000 });
 * [r.conversation.team, r.conversation.teammate, r.conversation.assignedManually]; // => ['billing', 'ana', true]
 * r.changedTeammates.map((t) => [t.openCount, t.lastAssignedAt]); // => [[2, 5000]]
 * const back = applyManualAssignment({ conversation: r.conversation, to: { team: 'billing' }, teammates: r.changedTeammates, teams: [billing], now: 6_000 });
 * back.followUp; // => { kind: 'waits', team: 'billing', reason: 'round-robin-arrival-only' }
 * ```
 * @category Assignment
 */
export function applyManualAssignment(input: ApplyManualAssignmentInput): ManualAssignmentResult {
  const fn = 'applyManualAssignment';
  const raw = checkInput(input, fn);
  const c = checkConversation(own(raw, 'conversation'), `${fn}: conversation`);
  const to = checkTarget(own(raw, 'to'), fn);
  const teammates = checkTeammates(own(raw, 'teammates'), fn);
  const teams = checkTeams(own(raw, 'teams'), fn);
  const now = checkNow(own(raw, 'now'), fn);
  const where = `${fn}: conversation ${show(c.id)}`;
  const current = c.teammate === null ? null : knownTeammate(teammates.byId, c.teammate, `${where} teammate`);
  if (c.team !== null) knownTeam(teams.byId, c.team, `${where} team`);

  if (to !== null && 'team' in to) knownTeam(teams.byId, to.team, `${fn}: to.team`);
  const target = to !== null && 'teammate' in to && to.teammate !== null ? knownTeammate(teammates.byId, to.teammate, `${fn}: to.teammate`) : null;
  const next = manualNext(c, to, target, now);
  const gainer = target !== null && next !== c ? gain(target, c, now) : null;

  const loser = current !== null && next.teammate !== current.id ? lose(current, c) : null;
  const changedTeammates = loser === null ? (gainer === null ? [] : [gainer]) : gainer === null ? [loser] : [loser, gainer];
  return {
    conversation: next,
    changedTeammates,
    followUp: followUpOf(next, next.team === null ? undefined : teams.byId.get(next.team)),
    drain: next === c ? [] : drainAfter(next, c.state === 'open' ? loser : null, teams.list),
  };
}

/**
 * The conversation after a manual assignment to `to` (the rules listed on applyManualAssignment),
 * `target` being the checked teammate of `{ teammate: id }`: the same conversation when nothing
 * changes. Throws `no-inbox-seat` for a target without a seat (STATUS-15).
 * @internal
 */
export function manualNext(c: Conversation, to: Target, target: Teammate | null, now: Instant): Conversation {
  if (to !== null && 'team' in to) {
    return c.team === to.team && c.teammate === null
      ? c
      : withConversation(c, { team: to.team, teamSince: c.team === to.team ? c.teamSince ?? now : now, teammate: null, assignedManually: false });
  }
  if (target !== null) {
    if (decideManualAssignability(target).kind === 'rejected') {
      fail('no-inbox-seat', `Teammate ${show(target.id)} has no inbox seat, so no conversation can be assigned to them (STATUS-15); give them a seat or choose another teammate.`, { teammate: target.id, conversation: c.id });
    }
    return c.teammate === target.id ? c : withConversation(c, { teammate: target.id, assignedManually: true });
  }
  if (to !== null) return c.teammate === null ? c : withConversation(c, { teammate: null, assignedManually: false });
  return c.teammate === null && c.team === null ? c : withConversation(c, { team: null, teamSince: null, teammate: null, assignedManually: false });
}
