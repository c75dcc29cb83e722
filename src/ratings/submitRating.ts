import { assertRecord, fail, own, show } from '../_internal/validate.js';
import { withConversation, type Conversation } from '../model/index.js';
import { assertNotBefore, checkedConversation } from './_conversation.js';
import type { SubmitRatingInput, SubmittedRating } from './types.js';

function readScore(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
    fail('invalid-score', `A rating score must be an integer from 1 to 5, got ${show(value)}.`, { score: value });
  }
  return value;
}

/** A blank remark carries nothing, so it is stored as no comment and does not lock the rating. */
function readComment(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') fail('invalid-comment', `A rating comment must be a string or null, got ${show(value)}.`, { comment: value });
  return value.trim() === '' ? null : value;
}

/**
 * Records a customer's rating of a conversation, or changes it (RATING-11 to RATING-13).
 *
 * The score is an integer from 1 to 5 with an optional comment (remark) (RATING-11). A customer can
 * rate only after a rating request was sent (RATING-13). A rating with a comment is final; a
 * rating without one can be changed (the new score and comment replace it, `ratedAt` is kept and
 * `updatedAt` moves), and *Resolve* (RATING-12): once a change adds a comment, the rating locks
 * from then on. *Resolve:* a blank comment (empty or only whitespace) is treated as no comment, so
 * it neither is stored nor locks; a non-blank comment is stored as given.
 *
 * @param input - the conversation, the `score`, the optional `comment`, and `now` (the rating time).
 * @returns `{ conversation, changed, record }`: the conversation with its new rating, whether it
 *   replaced an earlier rating, and the rating with its contact, teammate and request time.
 * @throws {@link InboxRuleError} `invalid-score` (not an integer from 1 to 5), `invalid-comment`
 *   (not a string), `rating-not-requested` (no request was sent), `rating-locked` (the rating
 *   already has a comment), `invalid-instant` (`now` before the request or the last rating), and
 *   the codes of {@link createConversation} for an invalid conversation.
 * @example
 * ```ts
 * import { createConversation, isInboxRuleError, submitRating } from 'inbox-rules';
 * const conversation = createConversation({
 *   id: 'c1', createdAt: 0, customers: ['u1'], state: 'closed', closedAt: 10, closeCount: 1,
 *   ratingRequest: { requestedAt: 10, teammate: 'ana', contact: 'u1' },
 * });
 * const first = submitRating({ conversation, score: 3, now: 20 });
 * first.changed; // => false
 * const second = submitRating({ conversation: first.conversation, score: 5, comment: 'Great help', now: 30 });
 * second.record;
 * // => { score: 5, comment: 'Great help', contact: 'u1', teammate: 'ana', requestedAt: 10, ratedAt: 20, updatedAt: 30 }
 * try { submitRating({ conversation: second.conversation, score: 1, now: 40 }); } catch (e) { isInboxRuleError(e, 'rating-locked'); } // => true
 * ```
 * @category Ratings
 */
export function submitRating(input: SubmitRatingInput): SubmittedRating {
  const raw = assertRecord(input, 'submitRating input');
  return rate(checkedConversation(own(raw, 'conversation')), own(raw, 'score'), own(raw, 'comment'), own(raw, 'now'));
}

/**
 * submitRating's rules on a conversation already known to be valid (the workspace's): checks the
 * score, comment and time, then records the rating (RATING-11 to RATING-13).
 * @internal
 */
export function rate(conversation: Conversation, rawScore: unknown, rawComment: unknown, rawNow: unknown): SubmittedRating {
  const score = readScore(rawScore);
  const comment = readComment(rawComment);
  const request = conversation.ratingRequest;
  if (request === null) {
    fail('rating-not-requested', `Conversation ${show(conversation.id)} has no rating request; a customer can rate only after one was sent (RATING-13).`, { conversation: conversation.id });
  }
  const previous = conversation.rating;
  if (previous !== null && previous.comment !== null) {
    fail('rating-locked', `The rating of conversation ${show(conversation.id)} has a comment and can no longer be changed (RATING-12).`, { conversation: conversation.id });
  }
  const now = previous === null
    ? assertNotBefore(rawNow, request.requestedAt, 'its rating request', conversation)
    : assertNotBefore(rawNow, previous.updatedAt, 'its last rating', conversation);
  const rating = { score, comment, ratedAt: previous?.ratedAt ?? now, updatedAt: now };
  return {
    conversation: withConversation(conversation, { rating }),
    changed: previous !== null,
    record: {
      score, comment, contact: request.contact, teammate: request.teammate, requestedAt: request.requestedAt,
      ratedAt: rating.ratedAt, updatedAt: now,
    },
  };
}
