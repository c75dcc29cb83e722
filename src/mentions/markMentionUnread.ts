import { assertOneOf, own } from '../_internal/validate.js';
import { readFlagTarget, setUnread } from './_readFlag.js';
import { STATE_LISTS } from './_state.js';
import { NOT_MENTIONED_POLICIES, type MarkMentionUnreadInput, type MentionsState } from './types.js';

/**
 * Marks a teammate's mention in a conversation unread again ("Mark unread").
 *
 * MENTION-5: T can mark a mentioned conversation unread, and it reappears in T's *Unread
 * mentions* (MENTION-6). Only T's flag changes (MENTION-7); the mention time and author stay.
 * Marking an already unread mention changes nothing.
 *
 * *Resolve*: the menu only offers "Mark unread" on conversations in T's Mentions view, so a
 * request for a conversation where T has no mention is a caller bug and, by default
 * (`notMentioned: 'reject'`), throws `not-mentioned`; with `notMentioned: 'ignore'` it returns the
 * same state.
 *
 * @param input - the `state`, the `teammate`, the `conversation`, and optionally `notMentioned`.
 * @returns the next state, or the same reference when nothing changed; new values are frozen.
 * @throws {@link InboxRuleError} `not-mentioned` when T has no mention in the conversation and
 * `notMentioned` is `'reject'`; `invalid-id` or `invalid-argument` for malformed input or state.
 * @example
 * ```ts
 * import { createMentionsState, markMentionUnread, mentionsView } from 'inbox-rules/mentions';
 * const state = createMentionsState({
 *   teammates: [{ teammate: 'ben', mentions: [{ conversation: 'c1', unread: false, lastMentionedAt: 0, by: 'ana' }] }],
 * });
 * const unread = markMentionUnread({ state, teammate: 'ben', conversation: 'c1' });
 * mentionsView({ state: unread, teammate: 'ben', filter: 'unread' }); // => ['c1']
 * markMentionUnread({ state, teammate: 'ben', conversation: 'c9', notMentioned: 'ignore' }) === state; // => true
 * ```
 * @category Mentions
 */
export function markMentionUnread(input: MarkMentionUnreadInput): MentionsState {
  const { raw, state, teammate, conversation } = readFlagTarget(input, 'markMentionUnread');
  const policy = own(raw, 'notMentioned') === undefined ? 'reject' : assertOneOf(own(raw, 'notMentioned'), NOT_MENTIONED_POLICIES, 'notMentioned');
  return setUnread(STATE_LISTS, state, teammate, conversation, true, policy === 'reject');
}
