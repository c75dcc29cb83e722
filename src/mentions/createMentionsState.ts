import { assertArray, assertRecord, fail, own, show } from '../_internal/validate.js';
import {
  compareIds, makeMention, makeMentionsState, makeTeammateMentions, readMention, readTeammateMentions,
} from './_state.js';
import type { CreateMentionsStateInput, Mention, MentionsState, TeammateMentions } from './types.js';

function rejectDuplicates<T>(sorted: readonly T[], keyOf: (item: T) => string, what: string): void {
  for (let i = 1; i < sorted.length; i += 1) {
    const id = keyOf(sorted[i] as T);
    if (keyOf(sorted[i - 1] as T) === id) fail('duplicate-id', `${what} lists ${show(id)} twice; keep one entry per id.`, { id, kind: what });
  }
}

/**
 * Builds a {@link MentionsState}: an empty one, or one loaded from storage, validated and put in
 * canonical order.
 *
 * The state is plain JSON-serialisable data; store it as is and pass it back through this function
 * when loading. Teammates are sorted by id and each teammate's mentions by conversation id
 * (code-unit order); teammates without mentions are dropped. Any string is a safe id, `__proto__`
 * included. The input is copied, never frozen or mutated.
 *
 * @param input - optionally `teammates`, in any order; defaults to an empty state.
 * @returns a deeply frozen, canonical state.
 * @throws {@link InboxRuleError} `invalid-argument` or `invalid-id` / `invalid-instant` for a
 * malformed entry; `duplicate-id` when a teammate, or a conversation within one teammate's
 * mentions, is listed twice.
 * @example
 * ```ts
 * import { createMentionsState } from 'inbox-rules/mentions';
 * const state = createMentionsState({
 *   teammates: [
 *     { teammate: 'cy', mentions: [{ conversation: 'c2', unread: true, lastMentionedAt: 9, by: 'ana' }] },
 *     { teammate: 'ben', mentions: [{ conversation: 'c2', unread: false, lastMentionedAt: 5, by: 'ana' }] },
 *     { teammate: 'ana', mentions: [] },
 *   ],
 * });
 * state.teammates.map((t) => t.teammate); // => ['ben', 'cy']
 * state.teammates[0]?.mentions; // => [{ conversation: 'c2', unread: false, lastMentionedAt: 5, by: 'ana' }]
 * createMentionsState(JSON.parse(JSON.stringify(state))); // => state
 * ```
 * @category Mentions
 */
export function createMentionsState(input: CreateMentionsStateInput = {}): MentionsState {
  const raw = assertRecord(input, 'createMentionsState input');
  const list = assertArray(own(raw, 'teammates') ?? [], 'teammates');
  const teammates: TeammateMentions[] = [];
  list.forEach((rawEntry, i) => {
    const entry = readTeammateMentions(rawEntry, `teammates[${i}]`);
    const mentions: Mention[] = entry.mentions.map((rawMention, j) => {
      const m = readMention(rawMention, `teammates[${i}].mentions[${j}]`);
      return makeMention(m.conversation, m.unread, m.lastMentionedAt, m.by);
    });
    mentions.sort((a, b) => compareIds(a.conversation, b.conversation));
    rejectDuplicates(mentions, (m) => m.conversation, `The mentions of ${show(entry.teammate)}`);
    teammates.push(makeTeammateMentions(entry.teammate, mentions));
  });
  teammates.sort((a, b) => compareIds(a.teammate, b.teammate));
  rejectDuplicates(teammates, (t) => t.teammate, 'The mentions state');
  return makeMentionsState(teammates.filter((t) => t.mentions.length > 0));
}
