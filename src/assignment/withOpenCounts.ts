import { own } from '../_internal/validate.js';
import { withTeammate, type Conversation, type Teammate, type TeammateId } from '../model/index.js';
import { checkConversations, checkInput, checkTeammates } from './_validate.js';

/**
 * What {@link withOpenCounts} accepts.
 *
 * @example
 * ```ts
 * import type { WithOpenCountsInput } from 'inbox-rules';
 * const input: WithOpenCountsInput = { teammates: [], conversations: [] };
 * ```
 * @category Assignment
 */
export interface WithOpenCountsInput {
  /** The teammates whose counts to compute. */
  readonly teammates: readonly Teammate[];
  /** Every conversation of the workspace (all team inboxes, and those with no team). */
  readonly conversations: readonly Conversation[];
}

/**
 * Recomputes every teammate's `openCount` from the conversations, so a backend with its own
 * database can build the inputs of the assignment functions.
 *
 * `openCount(T)` (ASSIGN-16) is the number of conversations in state `open` whose teammate is T,
 * across all team inboxes and including those with no team. Snoozed and closed conversations do
 * not count (*Resolve*: snoozed is its own state). Conversations assigned to a teammate not in
 * `teammates` are ignored.
 *
 * @param input - the teammates and all the conversations.
 * @returns the teammates in the same order, each with its computed `openCount`; a teammate whose
 * count was already right is returned as the same reference. Inputs are never mutated.
 * @throws {@link InboxRuleError} `duplicate-id` and the validation codes for malformed values.
 * @example
 * ```ts
 * import { createConversation, createTeammate, withOpenCounts } from 'inbox-rules';
 * const [ana] = withOpenCounts({
 *   teammates: [createTeammate({ id: 'ana', openCount: 9 })],
 *   conversations: [
 *     createConversation({ id: 'c1', createdAt: 0, teammate: 'ana' }),
 *     createConversation({ id: 'c2', createdAt: 0, teammate: 'ana', state: 'snoozed', snoozedAt: 0, snoozedUntil: 60_000 }),
 *     createConversation({ id: 'c3', createdAt: 0, teammate: 'ana', state: 'closed' }),
 *   ],
 * });
 * ana?.openCount; // => 1
 * ```
 * @category Assignment
 */
export function withOpenCounts(input: WithOpenCountsInput): readonly Teammate[] {
  const fn = 'withOpenCounts';
  const raw = checkInput(input, fn);
  const { list } = checkTeammates(own(raw, 'teammates'), fn);
  const counts = new Map<TeammateId, number>();
  for (const c of checkConversations(own(raw, 'conversations'), fn)) {
    if (c.state === 'open' && c.teammate !== null) counts.set(c.teammate, (counts.get(c.teammate) ?? 0) + 1);
  }
  return list.map((t) => {
    const openCount = counts.get(t.id) ?? 0;
    return openCount === t.openCount ? t : withTeammate(t, { openCount });
  });
}
