import { own } from '../_internal/validate.js';
import type { Conversation, Instant, Team, Teammate } from '../model/index.js';
import { drain } from './_drain.js';
import { checkInput, checkTeam } from './_validate.js';
import type { BacklogDrain } from './types.js';

/**
 * What {@link drainBacklog} accepts.
 *
 * @example
 * ```ts
 * import { createTeam, type DrainBacklogInput } from 'inbox-rules';
 * const input: DrainBacklogInput = { team: createTeam({ id: 'billing', assignment: 'balanced' }), teammates: [], conversations: [], now: 0 };
 * ```
 * @category Assignment
 */
export interface DrainBacklogInput {
  /** The team inbox to drain; only a balanced one hands out conversations. */
  readonly team: Team;
  /** Every member of the team, with `openCount` (workspace-wide, ASSIGN-16) and `lastAssignedAt`. */
  readonly teammates: readonly Teammate[];
  /** The team's conversations (more are fine): the waiting ones are drained, the assigned open ones count towards its own limit. */
  readonly conversations: readonly Conversation[];
  /** When the drain runs; it becomes the `lastAssignedAt` of everyone who gets a conversation. */
  readonly now: Instant;
  /** Whether to build `considered` for every assignment (default `true`). */
  readonly explain?: boolean | undefined;
}

/**
 * Hands a balanced team inbox's waiting conversations to eligible members, one at a time.
 *
 * The waiting conversations (state `open`, no teammate) are taken in the ASSIGN-23 order
 * (priority, then longest waiting, then id); each goes to the teammate {@link decideBalancedAssignee}
 * picks with the counts as they stand after the previous one (ASSIGN-22), until nobody is
 * eligible or nothing waits. What is left waits in the team inbox, unassigned, with no error
 * (ASSIGN-21). Conversations that already have a teammate are never moved (ASSIGN-24). A
 * round-robin or manual inbox drains nothing (ASSIGN-32, ASSIGN-34, ASSIGN-4). It is
 * {@link drainBacklogs} for one team; call it whenever capacity may have appeared (ASSIGN-22).
 *
 * @param input - the team, its members, its conversations, `now` and `explain`.
 * @returns what the drain did; inputs are never mutated.
 * @throws {@link InboxRuleError} `unknown-teammate`, `duplicate-id`, `invalid-instant`,
 * `invalid-assignment-limit`, `invalid-open-count`, and the validation codes for malformed values.
 * @example
 * ```ts
 * import { createConversation, createTeam, createTeammate, drainBacklog } from 'inbox-rules';
 * const team = createTeam({ id: 'billing', assignment: 'balanced', members: ['ana', 'ben'] });
 * const result = drainBacklog({
 *   team,
 *   teammates: [createTeammate({ id: 'ana', openCount: 1 }), createTeammate({ id: 'ben', openCount: 0 })],
 *   conversations: [
 *     createConversation({ id: 'c1', createdAt: 1_000, team: 'billing' }),
 *     createConversation({ id: 'c2', createdAt: 2_000, team: 'billing' }),
 *     createConversation({ id: 'c3', createdAt: 3_000, team: 'billing' }),
 *   ],
 *   now: 10_000,
 * });
 * result.assignments.map((a) => [a.conversation, a.teammate, a.reason]);
 * // => [['c1', 'ben', 'fewest-open'], ['c2', 'ana', 'least-recently-assigned'], ['c3', 'ben', 'fewest-open']]
 * ```
 * @category Assignment
 */
export function drainBacklog(input: DrainBacklogInput): BacklogDrain {
  const fn = 'drainBacklog';
  return drain(fn, input, [checkTeam(own(checkInput(input, fn), 'team'), `${fn}: team`).team]);
}
