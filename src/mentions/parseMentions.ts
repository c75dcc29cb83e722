import { assertRecord, assertString, own } from '../_internal/validate.js';
import { indexHandles, parseWithIndex } from './_handles.js';
import type { MentionParse, ParseMentionsInput } from './types.js';

/**
 * Finds the teammates `@mentioned` in a note's text, in one linear pass.
 *
 * Only the text is read: whether the part is an internal note (MENTION-1) is
 * {@link mentionsInPart}'s job. The grammar (each point a *Resolve* choice of MENTION-8, MENTION-9
 * and Beyond-22):
 * - A handle is the longest run of letters, digits, combining marks, `.`, `_` and `-` after an
 *   `@`; any other character ends it, so `@ana,` `@ana!` `@ana?` `@ana:` `@ana;` `(@ana)` and
 *   `@ana's` all mention `ana`. Trailing dots are sentence punctuation (`@ana.` mentions `ana`),
 *   unless a teammate's handle really ends with that dot.
 * - Matching is case-insensitive (after Unicode NFC normalisation): `@ANA` mentions `ana`.
 * - An `@` preceded by a handle character, another `@` or `/` starts no mention: e-mail addresses
 *   (`ana@acme.test`), doubled `@@ana` and URL paths (`https://x.test/@ana`) mention nobody. A handle
 *   directly followed by `@` (`@ana@acme.test`) is an address too.
 * - Text inside backtick code spans and fenced code blocks (CommonMark: a run of N backticks up to
 *   the next run of exactly N) is not scanned; an unmatched backtick run is plain text.
 * - Duplicates collapse: a teammate mentioned twice appears once, at the first mention (MENTION-9).
 * - Any teammate can be mentioned, with or without an inbox seat (MENTION-8, STATUS-16); anything
 *   else (a contact, a typo) is reported in `unknown` and mentions nobody.
 * - A handle shared case-insensitively by several teammates is reported in `ambiguous` and
 *   mentions nobody (Beyond-22).
 * - Self-mentions are not special here: the parser does not know the author (see
 *   {@link recordMentions}).
 *
 * Runs in O(length of the text + number of teammates): no backtracking regular expression, so a
 * megabyte of pathological `@` and backtick patterns is parsed as fast as plain prose.
 *
 * @param input - the `text` and every `teammate` of the workspace.
 * @returns the mentioned teammate ids, and the unknown and ambiguous handles.
 * @throws {@link InboxRuleError} `invalid-argument` when `text` is not a string or `teammates` not
 * an array of teammates; `invalid-id` or `duplicate-id` for bad teammate ids; `invalid-handle` for
 * a teammate whose handle could never be written as a mention (empty, or with spaces, `@` ...).
 * @example
 * ```ts
 * import { createTeammate } from 'inbox-rules';
 * import { parseMentions } from 'inbox-rules/mentions';
 * const teammates = [createTeammate({ id: 'ana' }), createTeammate({ id: 'ben', handle: 'Ben' })];
 * parseMentions({ text: '@BEN and @ana, then @ben again. Mail ana@acme.test, not `@ana`; @bob?', teammates });
 * // => { mentioned: ['ben', 'ana'], unknown: ['bob'], ambiguous: [] }
 * ```
 * @category Mentions
 */
export function parseMentions(input: ParseMentionsInput): MentionParse {
  const raw = assertRecord(input, 'parseMentions input');
  const text = assertString(own(raw, 'text'), 'text');
  return parseWithIndex(text, indexHandles(own(raw, 'teammates')));
}
