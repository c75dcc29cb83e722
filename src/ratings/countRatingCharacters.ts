import type { Conversation } from '../model/index.js';
import { checkedConversation } from './_conversation.js';
import { ratingCharacters } from './_text.js';

/**
 * Counts the characters that rating criterion B (RATING-4) measures.
 *
 * Only customer-visible messages written by people count: teammate replies and customer replies.
 * Internal notes and bot, Fin, workflow and Operator messages count 0. Characters are Unicode code
 * points, spaces included, so an emoji such as `'👍'` counts 1, while a letter with a combining
 * mark (`'e\u0301'`) counts 2, and a joined emoji sequence counts each of its code points.
 * *Resolve* (markup): HTML-style tags (`<` followed by a letter, `/`, `!` or `?`, up to the next
 * `>`) are removed before counting; entities such as `&amp;` are counted as written, and an
 * unclosed `<` counts as text. Attachments are not text and count 0. The scan is linear in the
 * text's length.
 *
 * @param conversation - the conversation (validated through {@link createConversation}).
 * @returns the number of code points of its teammate and customer replies.
 * @throws {@link InboxRuleError} the codes of {@link createConversation} for an invalid conversation.
 * @example
 * ```ts
 * import { countRatingCharacters, createConversation } from 'inbox-rules';
 * const conversation = createConversation({
 *   id: 'c1', createdAt: 0, customers: ['u1'],
 *   parts: [
 *     { type: 'customer-reply', author: 'u1', text: 'Thanks 👍', at: 0 },
 *     { type: 'teammate-reply', author: 'ana', text: '<p>Done!</p>', at: 1 },
 *     { type: 'note', author: 'ana', text: 'not counted', at: 2 },
 *     { type: 'bot-reply', author: 'fin', text: 'not counted either', at: 3 },
 *   ],
 * });
 * countRatingCharacters(conversation); // => 13
 * ```
 * @category Ratings
 */
export function countRatingCharacters(conversation: Conversation): number {
  return ratingCharacters(checkedConversation(conversation).parts);
}
