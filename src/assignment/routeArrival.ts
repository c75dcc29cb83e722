import { assertOneOf, fail, own, show } from '../_internal/validate.js';
import {
  makeTeam, withConversation, type Conversation, type Instant, type Team, type Teammate, type TeammateId,
} from '../model/index.js';
import { decideManualAssignability } from '../status/index.js';
import { gain } from './_assign.js';
import { drainChecked } from './_drain.js';
import { pickRoundRobin } from './_pool.js';
import {
  checkConversation, checkConversations, checkExplain, checkInput, checkNow, checkPool, knownTeammate, type CheckedTeam,
} from './_validate.js';
import type { WaitReason } from './reasons.js';
import type { AssignmentRecord, NobodyPicked, TeammatePicked } from './types.js';

/**
 * How a conversation arrives in a team inbox: routed by a workflow or assignment rule
 * (ASSIGN-2, ASSIGN-12), or moved there by hand (ASSIGN-7, ASSIGN-33).
 *
 * @example
 * ```ts
 * import { ARRIVAL_VIAS } from 'inbox-rules';
 * ARRIVAL_VIAS; // => ['workflow', 'manual']
 * ```
 * @category Assignment
 */
export const ARRIVAL_VIAS = ['workflow', 'manual'] as const;

/**
 * One of {@link ARRIVAL_VIAS}.
 *
 * @example
 * ```ts
 * import type { ArrivalVia } from 'inbox-rules';
 * const via: ArrivalVia = 'workflow';
 * ```
 * @category Assignment
 */
export type ArrivalVia = (typeof ARRIVAL_VIAS)[number];

/**
 * What {@link routeArrival} accepts.
 *
 * @example
 * ```ts
 * import { createConversation, createTeam, type RouteArrivalInput } from 'inbox-rules';
 * const input: RouteArrivalInput = {
 *   conversation: createConversation({ id: 'c1', createdAt: 0 }), team: createTeam({ id: 'support' }), teammates: [], now: 0,
 * };
 * ```
 * @category Assignment
 */
export interface RouteArrivalInput {
  /** The arriving conversation, as it is before the move. */
  readonly conversation: Conversation;
  /** The team inbox it arrives in. */
  readonly team: Team;
  /** Every member of the team (plus a teammate named by `teammate`, and the round-robin pointer's teammate). */
  readonly teammates: readonly Teammate[];
  /** `'workflow'` (default) or `'manual'`. */
  readonly via?: ArrivalVia | undefined;
  /** A teammate the workflow or rule names explicitly (ASSIGN-4); the method then picks nobody. */
  readonly teammate?: TeammateId | null | undefined;
  /**
   * The team's other conversations, for a balanced inbox: its waiting ones are served in queue
   * order together with the arrival (ASSIGN-23), and its assigned ones count towards its own
   * limit (Beyond-1, then required). Omitted: the arrival is the only waiting conversation.
   */
  readonly conversations?: readonly Conversation[] | undefined;
  /** When it arrives: `teamSince` of a conversation changing team, and `lastAssignedAt` of whoever gets it. */
  readonly now: Instant;
  /** Whether to build `considered` (default `true`). */
  readonly explain?: boolean | undefined;
}

/**
 * What the team inbox's method did with the arrival: who got it and why, or why nobody did.
 *
 * @example
 * ```ts
 * import type { ArrivalDecision } from 'inbox-rules';
 * const d: ArrivalDecision = { kind: 'unassigned', reasons: ['manual-method'], considered: [] };
 * ```
 * @category Assignment
 */
export type ArrivalDecision = TeammatePicked | NobodyPicked;

/**
 * What {@link routeArrival} returns.
 *
 * @example
 * ```ts
 * import { createConversation, createTeam, type ArrivalResult } from 'inbox-rules';
 * const result: ArrivalResult = {
 *   decision: { kind: 'unassigned', reasons: ['manual-method'], considered: [] },
 *   conversation: createConversation({ id: 'c1', createdAt: 0, team: 'support' }),
 *   team: createTeam({ id: 'support' }),
 *   changedTeammates: [], changedConversations: [], assignments: [],
 * };
 * ```
 * @category Assignment
 */
export interface ArrivalResult {
  /** The method's decision for the arriving conversation. */
  readonly decision: ArrivalDecision;
  /** The arriving conversation afterwards: in the team inbox, with its teammate if one was picked. */
  readonly conversation: Conversation;
  /** The team afterwards: a round-robin pick moves its `rotationCursor`; otherwise the same reference. */
  readonly team: Team;
  /** The teammates whose `openCount` and `lastAssignedAt` changed (final values). */
  readonly changedTeammates: readonly Teammate[];
  /** Every conversation assigned by this call, in order (a balanced inbox may first serve older waiting ones). */
  readonly changedConversations: readonly Conversation[];
  /** The assignments made, in order, with their reasons. */
  readonly assignments: readonly AssignmentRecord[];
}

const NO_ONE = /* @__PURE__ */ Object.freeze([]);

/**
 * Routes a conversation into a team inbox and lets the inbox's method pick the teammate once, at
 * arrival (the inbound flow, ASSIGN-2).
 *
 * The conversation's team becomes `team` (`teamSince = now` when the team changes). Then:
 * - a teammate named by the workflow (`teammate`) gets it directly, whatever the method, their
 *   status or limits, but only with an inbox seat (ASSIGN-4, STATUS-15);
 * - `'manual'` method: it waits, unassigned (ASSIGN-4);
 * - `'round-robin'`: arriving by workflow, the next member in the rotation gets it and becomes the
 *   pointer ({@link decideRoundRobinAssignee}; ASSIGN-28, ASSIGN-35 for a move from another
 *   inbox, ASSIGN-12). Nobody available, or a manual move, leaves it waiting for good: round
 *   robin never runs for it later (ASSIGN-32, ASSIGN-33);
 * - `'balanced'`: it joins the inbox's queue, which is drained at once ({@link drainBacklog},
 *   ASSIGN-22 a), by workflow or by hand alike (ASSIGN-7); with nobody eligible it waits
 *   (ASSIGN-21).
 *
 * *Resolve*: a conversation that already has a teammate keeps it (only the team slot moves) and
 * no method runs (ASSIGN-24; ASSIGN-35 speaks of unassigned conversations); to clear the teammate
 * use {@link applyManualAssignment} with `{ team }`. A snoozed or closed conversation moves but is
 * not assigned (`'not-open'`).
 *
 * @param input - the conversation, the team, its members, `via`, an optionally named teammate,
 * the team's other conversations, `now` and `explain`.
 * @returns the decision, the conversation and team afterwards, and every change made. Inputs are
 * never mutated.
 * @throws {@link InboxRuleError} `no-inbox-seat` (a named teammate without a seat),
 * `unknown-teammate`, `duplicate-id`, `invalid-instant`, `invalid-argument` (an unknown `via`, a
 * named teammate for a conversation that already has one, or a team limit without
 * `conversations`), and the other validation codes.
 * @example
 * ```ts
 * import { createConversation, createTeam, createTeammate, routeArrival } from 'inbox-rules';
 * const teammates = [createTeammate({ id: 'a', name: 'Ana' }), createTeammate({ id: 'b', name: 'Ben' })];
 * const vip = createTeam({ id: 'vip', assignment: 'round-robin', members: ['a', 'b'], rotationCursor: 'a' });
 * const c1 = createConversation({ id: 'c1', createdAt: 0 });
 * const r = routeArrival({ conversation: c1, team: vip, teammates, now: 1_000 });
 * [r.decision.kind, r.conversation.team, r.conversation.teammate, r.team.rotationCursor]; // => ['assigned', 'vip', 'b', 'b']
 * const byHand = routeArrival({ conversation: c1, team: vip, teammates, via: 'manual', now: 1_000 });
 * byHand.decision; // => { kind: 'unassigned', reasons: ['round-robin-arrival-only'], considered: [] }
 * ```
 * @category Assignment
 */
export function routeArrival(input: RouteArrivalInput): ArrivalResult {
  const fn = 'routeArrival';
  const raw = checkInput(input, fn);
  const c = checkConversation(own(raw, 'conversation'), `${fn}: conversation`);
  const checkedTeam = checkPool(own(raw, 'team'), own(raw, 'teammates'), fn);
  const { team, teammates } = checkedTeam;
  const via = assertOneOf(own(raw, 'via') ?? 'workflow', ARRIVAL_VIAS, `${fn}: via`);
  const namedId = own(raw, 'teammate') ?? null;
  const named = namedId === null ? null : knownTeammate(teammates.byId, namedId, `${fn}: teammate`);
  const othersIn = own(raw, 'conversations');
  const others = othersIn === undefined ? undefined : checkConversations(othersIn, fn);
  const now = checkNow(own(raw, 'now'), fn);
  const explain = checkExplain(own(raw, 'explain'), fn);
  if (named !== null && c.teammate !== null) {
    fail('invalid-argument', `${fn}: conversation ${show(c.id)} already has teammate ${show(c.teammate)}; a workflow names a teammate only for an unassigned conversation (use applyManualAssignment to reassign).`, { conversation: c.id });
  }
  if (team.assignment === 'balanced' && team.assignmentLimit !== null && others === undefined) {
    fail('invalid-argument', `${fn}: team ${show(team.id)} has its own assignmentLimit (Beyond-1); pass its conversations so each member's open conversations in it can be counted.`, { team: team.id });
  }
  return arrival(c, checkedTeam, teammates.list, via, named, others, now, explain);
}

/**
 * {@link routeArrival} for values already checked (the workspace, whose state was validated when it
 * was built): `teammates` include every member of `pool.team`, `named` (if any) is one of them and
 * the conversation has no teammate then, and `others` are given for a balanced team with its own
 * limit. @internal
 */
export function arrival(
  c: Conversation, pool: CheckedTeam, teammates: readonly Teammate[], via: ArrivalVia, named: Teammate | null,
  others: readonly Conversation[] | undefined, now: Instant, explain: boolean,
): ArrivalResult {
  const { team, members } = pool;
  const entered = c.team === team.id ? c : withConversation(c, { team: team.id, teamSince: now });
  const waits = (decision: NobodyPicked): ArrivalResult => ({
    decision, conversation: entered, team, changedTeammates: NO_ONE, changedConversations: NO_ONE, assignments: NO_ONE,
  });
  const waitsFor = (reason: WaitReason): ArrivalResult => waits({ kind: 'unassigned', reasons: [reason], considered: NO_ONE });
  const assign = (decision: TeammatePicked, receiver: Teammate, nextTeam: Team): ArrivalResult => {
    const conversation = withConversation(entered, { teammate: receiver.id, assignedManually: false });
    return {
      decision, conversation, team: nextTeam, changedTeammates: [gain(receiver, entered, now)], changedConversations: [conversation],
      assignments: [{ conversation: c.id, team: team.id, teammate: receiver.id, reason: decision.reason, considered: decision.considered }],
    };
  };

  if (entered.teammate !== null) return waitsFor('already-assigned');
  if (entered.state !== 'open') return waitsFor('not-open');
  if (named !== null) {
    if (decideManualAssignability(named).kind === 'rejected') {
      fail('no-inbox-seat', `Teammate ${show(named.id)} has no inbox seat, so no conversation can be assigned to them (STATUS-15); name a teammate with a seat.`, { teammate: named.id, conversation: c.id });
    }
    return assign({ kind: 'assigned', teammate: named.id, reason: 'named-teammate', considered: NO_ONE }, named, team);
  }
  if (team.assignment === 'manual') return waitsFor('manual-method');
  if (team.assignment === 'round-robin') {
    if (via === 'manual') return waitsFor('round-robin-arrival-only');
    const pick = pickRoundRobin(teammates, team, members, explain);
    if (pick.chosen === null) return waits(pick.decision);
    return assign(pick.decision, pick.chosen, makeTeam(team.id, team.name, team.assignment, team.members, team.assignmentLimit, pick.chosen.id));
  }
  const drained = drainChecked([pool], teammates, [entered, ...(others ?? []).filter((o) => o.id !== c.id)], now, explain);
  const mine = drained.assignments.find((a) => a.conversation === c.id);
  const [blocked] = drained.waiting;
  return {
    decision: mine === undefined
      ? { kind: 'unassigned', reasons: blocked?.reasons ?? ['no-eligible-teammate'], considered: blocked?.considered ?? NO_ONE }
      : { kind: 'assigned', teammate: mine.teammate, reason: mine.reason, considered: mine.considered },
    conversation: drained.changedConversations.find((x) => x.id === c.id) ?? entered,
    team,
    changedTeammates: drained.changedTeammates,
    changedConversations: drained.changedConversations,
    assignments: drained.assignments,
  };
}
