import { assertId, assertInstant, assertOneOf, assertRecord, fail, own, show } from '../_internal/validate.js';
import type { ConversationId, Instant, TeammateId } from '../model/index.js';
import { assertPart, indexHandles, parseWithIndex, type HandleIndex } from './_handles.js';
import { STATE_LISTS, makeMention, readState, updateMention, type MentionLists } from './_state.js';
import {
  SELF_MENTION_POLICIES, type Mention, type SelfMentionPolicy, type MentionNotified, type MentionSkip, type MentionsState, type RecordMentionsInput,
  type RecordMentionsResult,
} from './types.js';

/** The mention after a new note by `by` at `now`: unread again (MENTION-4, MENTION-10), latest time kept. */
function mentionedAgain(current: Mention | undefined, conversation: ConversationId, now: Instant, by: TeammateId): Mention {
  if (current === undefined) return makeMention(conversation, true, now, by);
  const latest = now >= current.lastMentionedAt;
  const next = makeMention(conversation, true, latest ? now : current.lastMentionedAt, latest ? by : current.by);
  return current.unread && next.lastMentionedAt === current.lastMentionedAt && next.by === current.by ? current : next;
}

/**
 * Records the mentions of a part just added to a conversation, and returns the notifications to
 * send right away.
 *
 * - Only an internal note mentions anyone (MENTION-1): any other part returns the same state, no
 *   notification and the reason `not-a-note`.
 * - Every teammate mentioned in the note, with or without an inbox seat (MENTION-8, STATUS-16), gets
 *   exactly one `mention.notified` effect per note, however often the note names them (MENTION-2,
 *   MENTION-9), in order of first mention.
 * - The conversation enters the teammate's Mentions view (MENTION-3) and is unread for them, also
 *   when they had already read it (MENTION-4, MENTION-10). Other teammates' read state is untouched
 *   (MENTION-7).
 * - Self-mentions (*Resolve*, Beyond-22): with `selfMention: 'ignore'` (default) the author
 *   mentioning themself gets no notification and no entry, reason `self-mention`; with `'notify'`
 *   it counts like any mention.
 * - Unknown and ambiguous handles notify nobody (reasons `unknown-handle`, `ambiguous-handle`).
 * - `lastMentionedAt` and `by` describe the latest mention: a note recorded with an earlier `now`
 *   than a previous one still notifies and marks unread, but never moves them backwards.
 * - MENTION-11: recording a mention changes nothing but the mentions state: the conversation's
 *   assignment and state are not inputs and not outputs. (A note by a non-assignee reopening a
 *   snoozed conversation is SNOOZE-8, handled by the snooze rules.)
 *
 * The part's own `at` is not read: the mention time is `now`.
 *
 * @param input - the `state`, the `conversation` id, the added `part`, every `teammate` of the
 * workspace, `now`, and optionally the `selfMention` policy.
 * @returns the next state (the same reference when nothing changed; new values are frozen), the
 * `notified` effects, and the `skipped` reasons grouped as unknown, ambiguous, then self-mention.
 * @throws {@link InboxRuleError} `unknown-teammate` when a note's author is not one of `teammates`;
 * `invalid-id`, `invalid-instant`, `invalid-argument` for malformed input or state; whatever
 * {@link parseMentions} throws for bad teammates.
 * @example
 * ```ts
 * import { createTeammate } from 'inbox-rules';
 * import { createMentionsState, recordMentions } from 'inbox-rules/mentions';
 * const teammates = [createTeammate({ id: 'ana' }), createTeammate({ id: 'ben', inboxSeat: false })];
 * const { state, notified, skipped } = recordMentions({
 *   state: createMentionsState(),
 *   conversation: 'c1',
 *   part: { type: 'note', author: 'ana', text: '@ben @ben can you check? cc @ana @bob', at: 0 },
 *   teammates,
 *   now: 1000,
 * });
 * notified; // => [{ type: 'mention.notified', conversation: 'c1', teammate: 'ben', by: 'ana' }]
 * skipped; // => [{ code: 'unknown-handle', handle: 'bob' }, { code: 'self-mention', teammate: 'ana' }]
 * state.teammates; // => [{ teammate: 'ben', mentions: [{ conversation: 'c1', unread: true, lastMentionedAt: 1000, by: 'ana' }] }]
 * ```
 * @category Mentions
 */
export function recordMentions(input: RecordMentionsInput): RecordMentionsResult {
  const raw = assertRecord(input, 'recordMentions input');
  const state = own(raw, 'state') as MentionsState;
  readState(state);
  const conversation = assertId(own(raw, 'conversation'), 'conversation');
  const part = assertPart(own(raw, 'part'), 'part');
  const index = indexHandles(own(raw, 'teammates'));
  const now = assertInstant(own(raw, 'now'), 'now');
  const selfMention = own(raw, 'selfMention') === undefined ? 'ignore' : assertOneOf(own(raw, 'selfMention'), SELF_MENTION_POLICIES, 'selfMention');
  if (part.type !== 'note') return { state, notified: [], skipped: [{ code: 'not-a-note' }] };
  return recordNote(STATE_LISTS, state, conversation, assertId(part.author, 'part.author'), part.text, index, now, selfMention);
}

/**
 * {@link recordMentions} for a note whose inputs are already valid (the author's id, a state built
 * by this library): the workspace calls it with its own handle index.
 * @internal
 */
export function recordNote<S>(
  lists: MentionLists<S>, state: S, conversation: ConversationId, by: TeammateId, text: string, index: HandleIndex, now: Instant,
  selfMention: SelfMentionPolicy,
): Omit<RecordMentionsResult, 'state'> & { readonly state: S } {
  if (!index.has(by)) {
    fail('unknown-teammate', `The note's author ${show(by)} is not one of the workspace's teammates; pass every teammate in \`teammates\`.`, { teammate: by });
  }
  const parse = parseWithIndex(text, index);
  const skipped: MentionSkip[] = [
    ...parse.unknown.map((handle): MentionSkip => ({ code: 'unknown-handle', handle })),
    ...parse.ambiguous.map((a): MentionSkip => ({ code: 'ambiguous-handle', handle: a.handle, teammates: a.teammates })),
  ];
  const notified: MentionNotified[] = [];
  let next = state;
  for (const teammate of parse.mentioned) {
    if (teammate === by && selfMention === 'ignore') {
      skipped.push({ code: 'self-mention', teammate });
      continue;
    }
    next = updateMention(lists, next, teammate, conversation, (current) => mentionedAgain(current, conversation, now, by));
    notified.push({ type: 'mention.notified', conversation, teammate, by });
  }
  return { state: next, notified, skipped };
}
