import type { Conversation, TeammateId } from '../model/index.js';
import { checkedConversation } from './_conversation.js';
import { creditOf } from './_text.js';

/**
 * The teammate a rating of this conversation would be credited to (RATING-10).
 *
 * It is the author of the last teammate reply: the one with the latest `at`, and on equal times
 * the later part in the list. Notes, bot and Fin messages, assignment and participants are
 * ignored, so a Fin reply after the teammate's changes nothing and the credited teammate need not
 * be the assignee. A teammate-started outbound conversation (OUT-12) whose outbound message is not
 * among the parts credits its starter. *Resolve:* {@link applyRatingRequest} fixes the attribution
 * in the rating request when it is sent; later replies do not move it.
 *
 * @param conversation - the conversation (validated through {@link createConversation}).
 * @returns the credited teammate's id, or null when no teammate replied or started it.
 * @throws {@link InboxRuleError} the codes of {@link createConversation} for an invalid conversation.
 * @example
 * ```ts
 * import { createConversation, creditedTeammate } from 'inbox-rules';
 * const conversation = createConversation({
 *   id: 'c1', createdAt: 0, customers: ['u1'], teammate: 'cy',
 *   parts: [
 *     { type: 'teammate-reply', author: 'ana', text: 'Hi!', at: 1 },
 *     { type: 'teammate-reply', author: 'ben', text: 'Fixed.', at: 2 },
 *     { type: 'bot-reply', author: 'fin', text: 'Anything else?', at: 3 },
 *     { type: 'note', author: 'cy', text: 'done', at: 4 },
 *   ],
 * });
 * creditedTeammate(conversation); // => 'ben'
 * ```
 * @category Ratings
 */
export function creditedTeammate(conversation: Conversation): TeammateId | null {
  return creditOf(checkedConversation(conversation));
}
