import { assertArray, assertId, isIdList, own } from '../_internal/validate.js';
import { checkedMembers, type Conversation, type Team, type Teammate, type TeammateId } from '../model/index.js';
import { pickBalanced, pickBalancedInOrder, roundOrder } from './_pool.js';
import { checkBalancedPool, checkConversations, checkExplain, checkInput, inboxOpenCounts, looksLikeTeam } from './_validate.js';
import type { BalancedPickReason, PoolWaitReason } from './reasons.js';
import type { NobodyPicked, TeammatePicked } from './types.js';

/**
 * What {@link decideBalancedAssignee} accepts.
 *
 * @example
 * ```ts
 * import { createTeam, createTeammate, type DecideBalancedAssigneeInput } from 'inbox-rules';
 * const input: DecideBalancedAssigneeInput = {
 *   team: createTeam({ id: 'billing', assignment: 'balanced', members: ['ana'] }),
 *   teammates: [createTeammate({ id: 'ana' })],
 * };
 * ```
 * @category Assignment
 */
export interface DecideBalancedAssigneeInput {
  /** The team inbox the waiting conversation is in. */
  readonly team: Team;
  /**
   * Every member of the team, with `openCount` (workspace-wide, ASSIGN-16) and `lastAssignedAt`
   * as they stand now; other teammates may be included and are reported as `'not-a-member'`.
   */
  readonly teammates: readonly Teammate[];
  /**
   * The conversations of this team inbox (more are fine). Required only when the team has its own
   * `assignmentLimit` (Beyond-1), to count each member's open conversations in this inbox.
   */
  readonly conversations?: readonly Conversation[] | undefined;
  /** Whether to build `considered` (default `true`); `false` skips the per-teammate explanation. */
  readonly explain?: boolean | undefined;
  /**
   * Teammates already given a conversation earlier in the same round of assignments (one backlog
   * drain, all at the same instant), oldest first. Among teammates with equal `lastAssignedAt`, one
   * listed earlier counts as assigned longer ago, and one not listed before every listed one
   * (ASSIGN-17, ASSIGN-22: waiting conversations are served one at a time). Default none.
   */
  readonly assignedEarlier?: readonly TeammateId[] | undefined;
}

/**
 * What {@link decideBalancedAssignee} decides: the teammate and why, or nobody and why, with how
 * every teammate fared.
 *
 * @example
 * ```ts
 * import type { BalancedAssigneeDecision } from 'inbox-rules';
 * const d: BalancedAssigneeDecision = { kind: 'unassigned', reasons: ['no-eligible-teammate'], considered: [] };
 * ```
 * @category Assignment
 */
export type BalancedAssigneeDecision = TeammatePicked<BalancedPickReason> | NobodyPicked<PoolWaitReason>;

/**
 * Picks the teammate that balanced assignment (workload management) gives a team inbox's next
 * waiting conversation.
 *
 * Eligible (ASSIGN-13) = a member of the team inbox, `active`, with an inbox seat, and under their
 * own limit: `openCount < assignmentLimit` (ASSIGN-14: `limit - 1` is eligible, `limit` and above
 * are not, which keeps a teammate pushed over the limit by hand out until they drop below it,
 * ASSIGN-25); no limit means unlimited. Where the team inbox has its own `assignmentLimit`
 * (Beyond-1), the member's open conversations **in this inbox** must also be under it.
 * Among the eligible (ASSIGN-15, ASSIGN-17): fewest `openCount`; then the oldest `lastAssignedAt`,
 * where never assigned (`null`) counts oldest; then, *Resolve*, the lowest id in code-unit order.
 * The result never depends on the order of `teammates`.
 *
 * Nobody eligible is a result, not an error (ASSIGN-21): `{ kind: 'unassigned' }` with
 * `'no-members'` or `'no-eligible-teammate'`, and the conversation waits in the team inbox. The
 * function reads the counts it is given (see {@link withOpenCounts} to compute them) and decides
 * for any team, whatever its method; it is one linear scan, with no sorting. It is fastest when
 * `team` was built by {@link createTeam} and `teammates` are exactly its members in member order
 * (as the workspace passes them): then the checks run inside the pick's
 * single pass, with no index built, and any other input is checked in full first; both decide and
 * fail alike. Each teammate's fields are checked as far as the pick reads them (id, status and
 * STATUS-6's reassign flag, seat, limit, open count, last assignment): not the name, which only round
 * robin reads (ASSIGN-30), nor the handle, e-mail or zone.
 *
 * @param input - the team, its members' teammates, the team's conversations when it has an inbox
 * limit, and `explain`.
 * @returns the decision; `considered` lists every teammate of the input in input order with every
 * reason they were not chosen (`'not-a-member'`, `'teammate-away'`, `'no-inbox-seat'`,
 * `'at-limit'`, `'at-team-limit'`, or, for an eligible teammate, `'more-open'`,
 * `'assigned-more-recently'` or `'higher-id'`). Inputs are never mutated.
 * @throws {@link InboxRuleError} `unknown-teammate` (a member missing from `teammates`),
 * `duplicate-id`, `invalid-assignment-limit` (ASSIGN-26), `invalid-open-count`, `invalid-instant`,
 * `invalid-argument` (including a team limit without `conversations`), and the other validation
 * codes for malformed values.
 * @example
 * ```ts
 * import { createTeam, createTeammate, decideBalancedAssignee } from 'inbox-rules';
 * const team = createTeam({ id: 'billing', assignment: 'balanced', members: ['ana', 'ben', 'cy'] });
 * const teammates = [
 *   createTeammate({ id: 'ana', openCount: 2 }),
 *   createTeammate({ id: 'ben', openCount: 1, lastAssignedAt: 1_000 }),
 *   createTeammate({ id: 'cy', openCount: 3, assignmentLimit: 3 }),
 * ];
 * decideBalancedAssignee({ team, teammates });
 * // => { kind: 'assigned', teammate: 'ben', reason: 'fewest-open', considered: [
 * //      { teammate: 'ana', eligible: true, reasons: ['more-open'] },
 * //      { teammate: 'ben', eligible: true, reasons: [] },
 * //      { teammate: 'cy', eligible: false, reasons: ['at-limit'] } ] }
 * ```
 * @category Assignment
 */
export function decideBalancedAssignee(input: DecideBalancedAssigneeInput): BalancedAssigneeDecision {
  const fn = 'decideBalancedAssignee';
  const raw = checkInput(input, fn);
  const teamIn = own(raw, 'team');
  const teammatesIn = own(raw, 'teammates');
  const conversationsIn = own(raw, 'conversations');
  const explainIn = own(raw, 'explain');
  const earlierIn = own(raw, 'assignedEarlier');
  // Fast path: a team built by the factories (valid, unique members) and exactly its members'
  // teammates in member order, validated during the pick's own pass, with no index to build; only
  // when the other arguments are valid too, so that errors keep their order.
  const index = checkedMembers(teamIn);
  if (
    index !== null && looksLikeTeam(teamIn) && teamIn.assignmentLimit === null && conversationsIn === undefined &&
    (explainIn === undefined || typeof explainIn === 'boolean') && (earlierIn === undefined || isIdList(earlierIn))
  ) {
    const sequence = earlierIn === undefined ? null : roundOrder(earlierIn);
    const pick = pickBalancedInOrder(teammatesIn, index.order, { team: teamIn, members: null, teamCounts: null, sequence }, explainIn !== false);
    if (pick !== null) return pick.decision;
  }
  const { team, members, teammates } = checkBalancedPool(teamIn, teammatesIn, fn);
  const conversations = conversationsIn === undefined ? undefined : checkConversations(conversationsIn, fn);
  const explain = checkExplain(explainIn, fn);
  const teamCounts = inboxOpenCounts(team, conversations, fn);
  const sequence = earlierIn === undefined ? null : assignmentSequence(earlierIn, fn);
  return pickBalanced(teammates.list, { team, members, teamCounts, sequence }, explain).decision;
}

/** `assignedEarlier` as each teammate's position (1, 2, ...). */
function assignmentSequence(earlier: unknown, fn: string): Map<TeammateId, number> | null {
  // (Array.from visits the holes of a sparse array too: each is reported, not skipped)
  return roundOrder(Array.from(assertArray(earlier, `${fn}: assignedEarlier`), (id, i) => assertId(id, `${fn}: assignedEarlier[${i}]`)));
}
