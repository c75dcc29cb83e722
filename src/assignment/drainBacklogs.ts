import { own } from '../_internal/validate.js';
import type { Conversation, Instant, Team, Teammate } from '../model/index.js';
import { drain } from './_drain.js';
import { checkInput } from './_validate.js';
import type { BacklogDrain } from './types.js';

/**
 * What {@link drainBacklogs} accepts.
 *
 * @example
 * ```ts
 * import type { DrainBacklogsInput } from 'inbox-rules';
 * const input: DrainBacklogsInput = { teams: [], teammates: [], conversations: [], now: 0 };
 * ```
 * @category Assignment
 */
export interface DrainBacklogsInput {
  /** The team inboxes to drain; only balanced ones hand out conversations. */
  readonly teams: readonly Team[];
  /** Every member of those teams, with `openCount` (workspace-wide, ASSIGN-16) and `lastAssignedAt`. */
  readonly teammates: readonly Teammate[];
  /**
   * The conversations of those team inboxes (more are fine): the waiting ones (open, no teammate)
   * are drained, and the assigned open ones count towards a team's own limit (Beyond-1).
   */
  readonly conversations: readonly Conversation[];
  /** When the drain runs; it becomes the `lastAssignedAt` of everyone who gets a conversation. */
  readonly now: Instant;
  /** Whether to build `considered` for every assignment (default `true`). */
  readonly explain?: boolean | undefined;
}

/**
 * Drains the backlogs of several team inboxes at once, for teammates who belong to more than one
 * (ASSIGN-27).
 *
 * All the waiting conversations (state `open`, no teammate) of the given teams form **one**
 * queue in the ASSIGN-23 order ({@link compareWaitingConversations}: priority, then longest
 * waiting, then id). Each is offered, in that order, to its own team inbox: a balanced inbox picks
 * the teammate by {@link decideBalancedAssignee} with the counts as they stand after every earlier
 * assignment of the drain (ASSIGN-22: one at a time, re-counting after each); a teammate in
 * several inboxes with one limit and one global `openCount` thus always gets the next
 * conversation across those inboxes by the ASSIGN-23 order (ASSIGN-27 *Resolve*). Once a balanced
 * inbox finds nobody eligible, its remaining conversations wait (counts only grow during a drain).
 * Round-robin and manual inboxes never drain (ASSIGN-32, ASSIGN-34, ASSIGN-4). Conversations that
 * already have a teammate are never moved (ASSIGN-24).
 *
 * Every assignment sets `lastAssignedAt = now` (ASSIGN-18); between teammates assigned in the same
 * drain, the one assigned earlier counts as less recently assigned. Call it whenever capacity may
 * have appeared (ASSIGN-22): a conversation entered a balanced inbox, a member turned active, a
 * member's open count dropped (close, snooze, unassignment, reassignment), a member was added, got
 * a seat or had their limit raised. Draining when nothing changed assigns nothing.
 *
 * @param input - the teams, their members, their conversations, `now` and `explain`.
 * @returns what the drain did; inputs are never mutated.
 * @throws {@link InboxRuleError} `unknown-teammate`, `duplicate-id`, `invalid-instant`,
 * `invalid-assignment-limit`, `invalid-open-count`, and the validation codes for malformed values.
 * @example
 * ```ts
 * import { createConversation, createTeam, createTeammate, drainBacklogs } from 'inbox-rules';
 * const ana = createTeammate({ id: 'ana', assignmentLimit: 1 });
 * const billing = createTeam({ id: 'billing', assignment: 'balanced', members: ['ana'] });
 * const sales = createTeam({ id: 'sales', assignment: 'balanced', members: ['ana'] });
 * const result = drainBacklogs({
 *   teams: [billing, sales],
 *   teammates: [ana],
 *   conversations: [
 *     createConversation({ id: 'b1', createdAt: 2_000, team: 'billing' }),
 *     createConversation({ id: 's1', createdAt: 1_000, team: 'sales' }),
 *   ],
 *   now: 10_000,
 * });
 * result.assignments.map((a) => [a.conversation, a.teammate]); // => [['s1', 'ana']]
 * result.waiting.map((w) => [w.team, w.conversations, w.reasons]); // => [['billing', ['b1'], ['no-eligible-teammate']]]
 * ```
 * @category Assignment
 */
export function drainBacklogs(input: DrainBacklogsInput): BacklogDrain {
  return drain('drainBacklogs', input, own(checkInput(input, 'drainBacklogs'), 'teams'));
}
