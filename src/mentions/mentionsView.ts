import { assertId, assertOneOf, assertRecord, own } from '../_internal/validate.js';
import type { ConversationId } from '../model/index.js';
import { compareIds, mentionsOf, readState } from './_state.js';
import { MENTION_FILTERS, type MentionsViewInput } from './types.js';

/**
 * The conversations in a teammate's Mentions view: all of them, or only the unread ones.
 *
 * MENTION-3: every conversation T is mentioned in appears under `'all'`, and stays there after it
 * has been read. MENTION-6: `'unread'` shows exactly the conversations where T has a mention T has
 * not read (a new one, MENTION-4 and MENTION-10, or one marked unread, MENTION-5). Only T's own
 * read state counts (MENTION-7).
 *
 * Order (*Resolve*): most recently mentioned first; ties by conversation id in code-unit order.
 *
 * @param input - the `state`, the `teammate`, and the `filter` (`'all'` by default).
 * @returns conversation ids, each once; `[]` for a teammate never mentioned.
 * @throws {@link InboxRuleError} `invalid-id` for a bad teammate id, `invalid-argument` for an
 * unknown filter or a malformed state.
 * @example
 * ```ts
 * import { createMentionsState, mentionsView } from 'inbox-rules/mentions';
 * const state = createMentionsState({
 *   teammates: [{
 *     teammate: 'ben',
 *     mentions: [
 *       { conversation: 'c1', unread: false, lastMentionedAt: 2000, by: 'ana' },
 *       { conversation: 'c2', unread: true, lastMentionedAt: 1000, by: 'ana' },
 *       { conversation: 'c3', unread: true, lastMentionedAt: 3000, by: 'cy' },
 *     ],
 *   }],
 * });
 * mentionsView({ state, teammate: 'ben' }); // => ['c3', 'c1', 'c2']
 * mentionsView({ state, teammate: 'ben', filter: 'unread' }); // => ['c3', 'c2']
 * mentionsView({ state, teammate: 'ana' }); // => []
 * ```
 * @category Mentions
 */
export function mentionsView(input: MentionsViewInput): readonly ConversationId[] {
  const raw = assertRecord(input, 'mentionsView input');
  const teammates = readState(own(raw, 'state'));
  const teammate = assertId(own(raw, 'teammate'), 'teammate');
  const filter = own(raw, 'filter') === undefined ? 'all' : assertOneOf(own(raw, 'filter'), MENTION_FILTERS, 'filter');
  return mentionsOf(teammates, teammate)
    .filter((m) => filter === 'all' || m.unread)
    .sort((a, b) => b.lastMentionedAt - a.lastMentionedAt || compareIds(a.conversation, b.conversation))
    .map((m) => m.conversation);
}
