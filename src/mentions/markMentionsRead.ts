import { readFlagTarget, setUnread } from './_readFlag.js';
import { STATE_LISTS } from './_state.js';
import type { MarkMentionsReadInput, MentionsState } from './types.js';

/**
 * Marks a teammate's mention in a conversation read, because they opened it.
 *
 * MENTION-4: a mention stays unread for T until T opens that conversation; opening it marks T's
 * mention read. The conversation stays in T's Mentions view (MENTION-3); only the `'unread'`
 * filter drops it (MENTION-6). Read state is per teammate (MENTION-7): other teammates' mentions
 * of the same conversation stay unread. Opening a conversation T has no mention in, or one already
 * read, changes nothing. Writing a reply or note is not opening: only the caller's "viewed" event is.
 *
 * @param input - the `state`, the `teammate` who opened it and the `conversation`.
 * @returns the next state, or the same reference when nothing changed; new values are frozen.
 * @throws {@link InboxRuleError} `invalid-id` for a bad teammate or conversation id;
 * `invalid-argument` (or `invalid-id` / `invalid-instant`) for a malformed state.
 * @example
 * ```ts
 * import { createMentionsState, markMentionsRead, mentionsView } from 'inbox-rules/mentions';
 * const state = createMentionsState({
 *   teammates: [{ teammate: 'ben', mentions: [{ conversation: 'c1', unread: true, lastMentionedAt: 0, by: 'ana' }] }],
 * });
 * const read = markMentionsRead({ state, teammate: 'ben', conversation: 'c1' });
 * mentionsView({ state: read, teammate: 'ben', filter: 'unread' }); // => []
 * mentionsView({ state: read, teammate: 'ben', filter: 'all' }); // => ['c1']
 * markMentionsRead({ state: read, teammate: 'ben', conversation: 'c1' }) === read; // => true
 * ```
 * @category Mentions
 */
export function markMentionsRead(input: MarkMentionsReadInput): MentionsState {
  const { state, teammate, conversation } = readFlagTarget(input, 'markMentionsRead');
  return setUnread(STATE_LISTS, state, teammate, conversation, false, false);
}
