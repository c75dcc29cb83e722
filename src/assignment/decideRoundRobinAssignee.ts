import { own } from '../_internal/validate.js';
import type { Team, Teammate } from '../model/index.js';
import { pickRoundRobin } from './_pool.js';
import { checkExplain, checkInput, checkPool } from './_validate.js';
import type { PoolWaitReason } from './reasons.js';
import type { NobodyPicked, TeammatePicked } from './types.js';

/**
 * What {@link decideRoundRobinAssignee} accepts.
 *
 * @example
 * ```ts
 * import { createTeam, createTeammate, type DecideRoundRobinAssigneeInput } from 'inbox-rules';
 * const input: DecideRoundRobinAssigneeInput = {
 *   team: createTeam({ id: 'vip', assignment: 'round-robin', members: ['ana'] }),
 *   teammates: [createTeammate({ id: 'ana' })],
 * };
 * ```
 * @category Assignment
 */
export interface DecideRoundRobinAssigneeInput {
  /** The team inbox, with its rotation pointer `rotationCursor`. */
  readonly team: Team;
  /**
   * Every member of the team; other teammates may be included and are reported as
   * `'not-a-member'`. Include the teammate named by `rotationCursor` even if they have left the
   * team, so the rotation keeps its place.
   */
  readonly teammates: readonly Teammate[];
  /** Whether to build `considered` (default `true`). */
  readonly explain?: boolean | undefined;
}

/**
 * What {@link decideRoundRobinAssignee} decides. When a teammate is picked, they become the team's
 * new `rotationCursor`.
 *
 * @example
 * ```ts
 * import type { RoundRobinAssigneeDecision } from 'inbox-rules';
 * const d: RoundRobinAssigneeDecision = { kind: 'assigned', teammate: 'ana', reason: 'next-in-rotation', considered: [] };
 * ```
 * @category Assignment
 */
export type RoundRobinAssigneeDecision = TeammatePicked<'next-in-rotation'> | NobodyPicked<PoolWaitReason>;

/**
 * Picks the member whose turn it is in a round-robin team inbox.
 *
 * The rotation (ASSIGN-30 *Resolve*) is every member in order of display name, compared
 * case-insensitively (each UTF-16 code unit by its Unicode lowercase) and then exactly, then id,
 * all by code units, so the result never depends on the host's locale or on the order of
 * `members`. The team's `rotationCursor` is the
 * member who got its last round-robin conversation; the pick is the first member **after** it in
 * that order, wrapping around, who is `active` and has an inbox seat (ASSIGN-28, ASSIGN-37).
 * Away members are skipped and the pointer carries on from where it was, so a member back from
 * Away waits for their turn, with no catch-up (ASSIGN-29). Limits play no part (ASSIGN-31). A
 * `null` pointer, or one naming a teammate not in `teammates` (*Resolve*: the position is unknown),
 * starts from the beginning of the rotation. With k available members, consecutive picks give
 * each one conversation in turn (ASSIGN-36).
 *
 * This only decides: {@link routeArrival} applies it to a conversation arriving by workflow, the
 * one moment round robin runs (ASSIGN-32 to ASSIGN-34).
 *
 * @param input - the team, its members' teammates, and `explain`.
 * @returns `{ kind: 'assigned', teammate, reason: 'next-in-rotation', considered }` (the teammate is
 * the new pointer), or `{ kind: 'unassigned', reasons: ['no-members' | 'no-eligible-teammate'],
 * considered }`; `considered` gives `'teammate-away'`, `'no-inbox-seat'`, `'not-a-member'` or
 * `'not-their-turn'` for each teammate not chosen.
 * @throws {@link InboxRuleError} `unknown-teammate`, `duplicate-id`, and the validation codes for
 * malformed values.
 * @example
 * ```ts
 * import { createTeam, createTeammate, decideRoundRobinAssignee } from 'inbox-rules';
 * const teammates = [
 *   createTeammate({ id: 't1', name: 'Ana' }),
 *   createTeammate({ id: 't2', name: 'Ben', status: 'away' }),
 *   createTeammate({ id: 't3', name: 'Cy' }),
 * ];
 * const team = createTeam({ id: 'vip', assignment: 'round-robin', members: ['t3', 't2', 't1'], rotationCursor: 't1' });
 * decideRoundRobinAssignee({ team, teammates });
 * // => { kind: 'assigned', teammate: 't3', reason: 'next-in-rotation', considered: [
 * //      { teammate: 't1', eligible: true, reasons: ['not-their-turn'] },
 * //      { teammate: 't2', eligible: false, reasons: ['teammate-away'] },
 * //      { teammate: 't3', eligible: true, reasons: [] } ] }
 * ```
 * @category Assignment
 */
export function decideRoundRobinAssignee(input: DecideRoundRobinAssigneeInput): RoundRobinAssigneeDecision {
  const fn = 'decideRoundRobinAssignee';
  const raw = checkInput(input, fn);
  const { team, members, teammates } = checkPool(own(raw, 'team'), own(raw, 'teammates'), fn);
  return pickRoundRobin(teammates.list, team, members, checkExplain(own(raw, 'explain'), fn)).decision;
}
