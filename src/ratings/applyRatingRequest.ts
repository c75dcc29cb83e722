import { withConversation, type Conversation, type Instant } from '../model/index.js';
import { checkedConversation } from './_conversation.js';
import { decideRatingRequest, ratingDecision } from './decideRatingRequest.js';
import type { AppliedRatingRequest, DecideRatingRequestInput, RatingRequestDecision, RatingRequestPolicy } from './types.js';

/**
 * Decides the rating request for a close ({@link decideRatingRequest}) and, when one is sent,
 * records it on the conversation.
 *
 * The recorded {@link RatingRequest} is `{ requestedAt: now, teammate, contact }`: *Resolve*
 * (RATING-10), the credited teammate is fixed here, when the request is sent, and later replies
 * never move it. Because a recorded request makes every later decision fail with
 * `already-requested`, a conversation never gets two requests (RATING-1, RATING-7). This function
 * does not close the conversation: apply the close (state, `closedAt`, `closeCount + 1`) to the
 * result afterwards, as the workspace does.
 *
 * @param input - as for {@link decideRatingRequest}: the conversation just before the close, `now`
 *   (the close time), and the optional `policy` and `closedBy`.
 * @returns `{ conversation, decision }`: a new conversation carrying the request, or the same
 *   conversation object when no request is sent.
 * @throws {@link InboxRuleError} as {@link decideRatingRequest}.
 * @example
 * ```ts
 * import { applyRatingRequest, createConversation } from 'inbox-rules';
 * const conversation = createConversation({
 *   id: 'c1', createdAt: 0, customers: ['u1'], channel: 'email',
 *   parts: [
 *     { type: 'customer-reply', author: 'u1', text: 'a'.repeat(150), at: 0 },
 *     { type: 'teammate-reply', author: 'ana', text: 'b'.repeat(150), at: 1_000 },
 *   ],
 * });
 * const result = applyRatingRequest({ conversation, now: 5_000, closedBy: 'workflow' });
 * result.conversation.ratingRequest; // => { requestedAt: 5000, teammate: 'ana', contact: 'u1' }
 * result.decision.kind; // => 'request'
 * applyRatingRequest({ conversation: result.conversation, now: 6_000 }).decision;
 * // => { kind: 'no-request', reasons: ['already-requested'] }
 * ```
 * @category Ratings
 */
export function applyRatingRequest(input: DecideRatingRequestInput): AppliedRatingRequest {
  const decision = decideRatingRequest(input);
  if (decision.kind === 'no-request') return { conversation: input.conversation, decision };
  return { conversation: requested(checkedConversation(input.conversation), input.now, decision), decision };
}

/** The conversation with the request recorded on it. */
function requested(conversation: Conversation, now: Instant, decision: RatingRequestDecision & { readonly kind: 'request' }): Conversation {
  return withConversation(conversation, { ratingRequest: { requestedAt: now, teammate: decision.teammate, contact: decision.contact } });
}

/** {@link applyRatingRequest} for values already checked, parts in time order (the workspace; see ratingDecision). @internal */
export function applyRatingDecision(conversation: Conversation, now: Instant, policy: RatingRequestPolicy): AppliedRatingRequest {
  const decision = ratingDecision(conversation, now, policy, true);
  return { conversation: decision.kind === 'request' ? requested(conversation, now, decision) : conversation, decision };
}
