import { assertRecord, own } from '../_internal/validate.js';
import { NO_MENTIONS, assertPart, indexHandles, parseWithIndex } from './_handles.js';
import type { MentionParse, MentionsInPartInput } from './types.js';

/**
 * The mentions a conversation part creates: those of its text if it is an internal note, none
 * otherwise.
 *
 * MENTION-1 (*Resolve* for replies): only an internal note creates mentions. `@name` in a
 * customer-facing teammate reply, a customer reply or a bot reply is plain text: the result is
 * empty, `unknown` and `ambiguous` included. The teammates are validated in every case, so bad
 * input fails the same way whatever the part. For a note, the text is parsed by
 * {@link parseMentions}.
 *
 * @param input - the `part` and every `teammate` of the workspace.
 * @returns the parse of a note's text, or the empty parse for any other part.
 * @throws {@link InboxRuleError} `invalid-argument` for a malformed part, and whatever
 * {@link parseMentions} throws for bad teammates.
 * @example
 * ```ts
 * import { createTeammate } from 'inbox-rules';
 * import { mentionsInPart } from 'inbox-rules/mentions';
 * const teammates = [createTeammate({ id: 'ana' }), createTeammate({ id: 'ben' })];
 * mentionsInPart({ part: { type: 'note', author: 'ana', text: '@ben can you check?', at: 0 }, teammates });
 * // => { mentioned: ['ben'], unknown: [], ambiguous: [] }
 * mentionsInPart({ part: { type: 'teammate-reply', author: 'ana', text: '@ben will check', at: 0 }, teammates });
 * // => { mentioned: [], unknown: [], ambiguous: [] }
 * ```
 * @category Mentions
 */
export function mentionsInPart(input: MentionsInPartInput): MentionParse {
  const raw = assertRecord(input, 'mentionsInPart input');
  const part = assertPart(own(raw, 'part'), 'part');
  const index = indexHandles(own(raw, 'teammates'));
  return part.type === 'note' ? parseWithIndex(part.text, index) : NO_MENTIONS;
}
