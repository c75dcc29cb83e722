import { assertOneOf, assertRecord, fail, own, show } from '../_internal/validate.js';
import type { Conversation, Instant } from '../model/index.js';
import { assertNotBefore, checkedConversation, latestRecorded } from './_conversation.js';
import { creditOf, lastHumanReplyAt, ratingCharacters } from './_text.js';
import {
  CLOSE_SOURCES, RATING_LENGTH_THRESHOLD, RATING_REPLY_WINDOW_MS, RATING_REQUEST_POLICIES,
  type DecideRatingRequestInput, type RatingRequestDecision, type RatingRequestPolicy, type RatingRequestReason,
} from './types.js';

/**
 * Decides whether closing a conversation sends a rating request, and if not, every reason why.
 *
 * Call it for every close, whoever closes (a teammate, a bulk action, a workflow: RATING-14),
 * with the conversation as it stands just before the close and `now` = the close time. A request
 * is sent only when criteria A to E all hold (RATING-9); otherwise the decision lists every
 * failing one, in this fixed order:
 * - A `no-teammate-reply` (RATING-2, RATING-3, RATING-8, OUT-12): no customer-visible teammate
 *   reply and the conversation was not started by a teammate as a direct outbound. Bot, Fin,
 *   workflow replies and notes never count.
 * - B `too-short` (RATING-4): the teammate and customer replies total 250 code points or fewer
 *   (see {@link countRatingCharacters}); 251 passes.
 * - C `no-customer` / `several-customers` (RATING-5): not exactly one distinct customer in
 *   `customers` (any number of teammates is fine).
 * - D `last-reply-too-old` (RATING-6): the close is more than 168 h after the latest teammate or
 *   customer reply; exactly 168 h passes (inclusive, fixed hours, not calendar days). Notes and bot
 *   messages do not reset that time; with no such reply at all, the creation time is used.
 * - E `already-requested` (a request was sent before) and, with the default policy
 *   `'first-close'`, `closed-before` (`closeCount > 0`) (RATING-7). *Resolve:* `'first-close'` is
 *   the course's "only the first close" reading; `'until-sent'` is the public reading, where any
 *   close may send the one request as long as none was sent.
 *
 * A request credits the author of the last teammate reply (RATING-10, see
 * {@link creditedTeammate}) and goes out on the conversation's channel (RATING-15). To record it
 * on the conversation use {@link applyRatingRequest}.
 *
 * @param input - the conversation just before the close, `now` (the close time), and the optional
 *   `policy` and `closedBy`.
 * @returns `{ kind: 'request', teammate, contact, channel }` or `{ kind: 'no-request', reasons }`.
 * @throws {@link InboxRuleError} `invalid-transition` when the conversation is already closed
 *   (pass it as it is before this close), `invalid-instant` when `now` is not an instant or is
 *   before the conversation's creation or one of its parts, `invalid-argument` for an unknown
 *   `policy` or `closedBy`, and the codes of {@link createConversation} for an invalid conversation.
 * @example
 * ```ts
 * import { createConversation, decideRatingRequest } from 'inbox-rules';
 * const day = 86_400_000;
 * const conversation = createConversation({
 *   id: 'c1', createdAt: 0, customers: ['u1'],
 *   parts: [
 *     { type: 'customer-reply', author: 'u1', text: 'x'.repeat(200), at: 0 },
 *     { type: 'teammate-reply', author: 'ana', text: 'y'.repeat(51), at: day },
 *   ],
 * });
 * decideRatingRequest({ conversation, now: 8 * day });
 * // => { kind: 'request', teammate: 'ana', contact: 'u1', channel: 'messenger' }
 * decideRatingRequest({ conversation, now: 8 * day + 1 });
 * // => { kind: 'no-request', reasons: ['last-reply-too-old'] }
 * ```
 * @category Ratings
 */
export function decideRatingRequest(input: DecideRatingRequestInput): RatingRequestDecision {
  const raw = assertRecord(input, 'decideRatingRequest input');
  const conversation = checkedConversation(own(raw, 'conversation'));
  if (conversation.state === 'closed') {
    fail('invalid-transition', `Conversation ${show(conversation.id)} is already closed; pass it as it stands just before the close being decided.`, { conversation: conversation.id });
  }
  const now = assertNotBefore(own(raw, 'now'), latestRecorded(conversation), 'its latest part or creation', conversation);
  const policy = own(raw, 'policy') === undefined ? 'first-close' : assertOneOf(own(raw, 'policy'), RATING_REQUEST_POLICIES, 'policy');
  if (own(raw, 'closedBy') !== undefined) assertOneOf(own(raw, 'closedBy'), CLOSE_SOURCES, 'closedBy');
  return ratingDecision(conversation, now, policy);
}

/**
 * {@link decideRatingRequest} for values already checked: an open or snoozed conversation and a
 * close time not before its latest part (the workspace, whose clock never goes back). `inOrder`:
 * the parts are in time order (see lastHumanReplyAt), so the latest replies are read from the end.
 * @internal
 */
export function ratingDecision(conversation: Conversation, now: Instant, policy: RatingRequestPolicy, inOrder = false): RatingRequestDecision {
  const reasons: RatingRequestReason[] = [];
  const teammate = creditOf(conversation, inOrder);
  if (teammate === null) reasons.push('no-teammate-reply');
  if (ratingCharacters(conversation.parts, RATING_LENGTH_THRESHOLD) <= RATING_LENGTH_THRESHOLD) reasons.push('too-short');
  const customers = new Set(conversation.customers);
  if (customers.size === 0) reasons.push('no-customer');
  if (customers.size > 1) reasons.push('several-customers');
  if (now - (lastHumanReplyAt(conversation.parts, inOrder) ?? conversation.createdAt) > RATING_REPLY_WINDOW_MS) reasons.push('last-reply-too-old');
  if (conversation.ratingRequest !== null) reasons.push('already-requested');
  if (policy === 'first-close' && conversation.closeCount > 0) reasons.push('closed-before');

  const [contact] = conversation.customers;
  if (reasons.length === 0 && teammate !== null && contact !== undefined) {
    return { kind: 'request', teammate, contact, channel: conversation.channel };
  }
  // Never empty here: a null teammate adds `no-teammate-reply` and a missing contact `no-customer`.
  return { kind: 'no-request', reasons: reasons as unknown as readonly [RatingRequestReason, ...RatingRequestReason[]] };
}
