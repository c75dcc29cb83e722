import type { Channel, ContactId, Conversation, Instant, Rating, TeammateId } from '../model/index.js';

/**
 * Criterion B (RATING-4): the customer-visible text must be longer than this many characters
 * (Unicode code points, spaces included). Exactly 250 sends no request; 251 does.
 *
 * @example
 * ```ts
 * import { RATING_LENGTH_THRESHOLD } from 'inbox-rules';
 * RATING_LENGTH_THRESHOLD; // => 250
 * ```
 * @category Ratings
 */
export const RATING_LENGTH_THRESHOLD = 250;

/**
 * Criterion D (RATING-6): the longest time, in milliseconds, from the last teammate-or-customer
 * reply to the close that still sends a request: a fixed 168 hours (not calendar days), inclusive.
 *
 * @example
 * ```ts
 * import { RATING_REPLY_WINDOW_MS } from 'inbox-rules';
 * RATING_REPLY_WINDOW_MS; // => 604800000
 * ```
 * @category Ratings
 */
export const RATING_REPLY_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Why a close sends no rating request, one code per failing criterion of RATING-9, in the fixed
 * order a decision lists them: criterion A (`no-teammate-reply`), B (`too-short`), C
 * (`no-customer` or `several-customers`), D (`last-reply-too-old`), E (`already-requested`,
 * `closed-before`).
 *
 * @example
 * ```ts
 * import { RATING_REQUEST_REASONS } from 'inbox-rules';
 * RATING_REQUEST_REASONS[0]; // => 'no-teammate-reply'
 * RATING_REQUEST_REASONS.length; // => 7
 * ```
 * @category Ratings
 */
export const RATING_REQUEST_REASONS = [
  'no-teammate-reply',
  'too-short',
  'no-customer',
  'several-customers',
  'last-reply-too-old',
  'already-requested',
  'closed-before',
] as const;

/**
 * One of {@link RATING_REQUEST_REASONS}: a failing rating-request criterion.
 *
 * @example
 * ```ts
 * import type { RatingRequestReason } from 'inbox-rules';
 * const why: RatingRequestReason = 'too-short';
 * ```
 * @category Ratings
 */
export type RatingRequestReason = (typeof RATING_REQUEST_REASONS)[number];

/**
 * The two readings of "once only" (RATING-7). `'first-close'` (the default, the course's reading):
 * only the first close of a conversation can send a request. `'until-sent'` (the public help
 * center's reading): any close can send one as long as none was sent before.
 *
 * @example
 * ```ts
 * import { RATING_REQUEST_POLICIES } from 'inbox-rules';
 * RATING_REQUEST_POLICIES; // => ['first-close', 'until-sent']
 * ```
 * @category Ratings
 */
export const RATING_REQUEST_POLICIES = ['first-close', 'until-sent'] as const;

/**
 * One of {@link RATING_REQUEST_POLICIES}.
 *
 * @example
 * ```ts
 * import type { RatingRequestPolicy } from 'inbox-rules';
 * const policy: RatingRequestPolicy = 'until-sent';
 * ```
 * @category Ratings
 */
export type RatingRequestPolicy = (typeof RATING_REQUEST_POLICIES)[number];

/**
 * Who or what closed a conversation. Every kind of close is checked the same way (RATING-14): the
 * value is accepted so callers can pass what they know, and it never changes a decision.
 *
 * @example
 * ```ts
 * import { CLOSE_SOURCES } from 'inbox-rules';
 * CLOSE_SOURCES; // => ['teammate', 'bulk-action', 'workflow']
 * ```
 * @category Ratings
 */
export const CLOSE_SOURCES = ['teammate', 'bulk-action', 'workflow'] as const;

/**
 * One of {@link CLOSE_SOURCES}.
 *
 * @example
 * ```ts
 * import type { CloseSource } from 'inbox-rules';
 * const by: CloseSource = 'workflow';
 * ```
 * @category Ratings
 */
export type CloseSource = (typeof CLOSE_SOURCES)[number];

/**
 * What {@link decideRatingRequest} (and {@link applyRatingRequest}) take.
 *
 * @example
 * ```ts
 * import { createConversation, type DecideRatingRequestInput } from 'inbox-rules';
 * const input: DecideRatingRequestInput = {
 *   conversation: createConversation({ id: 'c1', createdAt: 0, customers: ['u1'] }),
 *   now: 60_000,
 *   policy: 'first-close',
 * };
 * ```
 * @category Ratings
 */
export interface DecideRatingRequestInput {
  /** The conversation as it stands just before this close (not yet closed, `closeCount` not yet incremented). */
  readonly conversation: Conversation;
  /** The time of the close. Must not be before the conversation's creation or any of its parts. */
  readonly now: Instant;
  /** The reading of RATING-7; defaults to `'first-close'`. */
  readonly policy?: RatingRequestPolicy | undefined;
  /** Who closed it (RATING-14: never changes the decision). Defaults to `'teammate'`. */
  readonly closedBy?: CloseSource | undefined;
}

/**
 * The outcome of {@link decideRatingRequest}: either one request, with the credited teammate, the
 * contact asked and the channel it goes out on, or no request with every failing criterion.
 *
 * @example
 * ```ts
 * import type { RatingRequestDecision } from 'inbox-rules';
 * const d: RatingRequestDecision = { kind: 'no-request', reasons: ['too-short', 'several-customers'] };
 * ```
 * @category Ratings
 */
export type RatingRequestDecision =
  | {
      /** A request is sent. */
      readonly kind: 'request';
      /** The teammate credited with the rating: the sender of the last teammate reply (RATING-10). */
      readonly teammate: TeammateId;
      /** The one customer who is asked (RATING-5). */
      readonly contact: ContactId;
      /** The conversation's channel, which the request goes out on (RATING-15). */
      readonly channel: Channel;
    }
  | {
      /** No request is sent. */
      readonly kind: 'no-request';
      /** Every failing criterion, in the order of {@link RATING_REQUEST_REASONS}; never empty. */
      readonly reasons: readonly [RatingRequestReason, ...RatingRequestReason[]];
    };

/**
 * What {@link applyRatingRequest} returns.
 *
 * @example
 * ```ts
 * import type { AppliedRatingRequest } from 'inbox-rules';
 * const read = (r: AppliedRatingRequest): boolean => r.decision.kind === 'request';
 * ```
 * @category Ratings
 */
export interface AppliedRatingRequest {
  /** The conversation with its `ratingRequest` recorded, or the same object when no request is sent. */
  readonly conversation: Conversation;
  /** The decision that was applied. */
  readonly decision: RatingRequestDecision;
}

/**
 * What {@link submitRating} takes.
 *
 * @example
 * ```ts
 * import { createConversation, type SubmitRatingInput } from 'inbox-rules';
 * const input: SubmitRatingInput = {
 *   conversation: createConversation({
 *     id: 'c1', createdAt: 0, customers: ['u1'], ratingRequest: { requestedAt: 0, teammate: 'ana', contact: 'u1' },
 *   }),
 *   score: 4,
 *   now: 60_000,
 * };
 * ```
 * @category Ratings
 */
export interface SubmitRatingInput {
  /** The conversation being rated; it must carry a rating request (RATING-13). */
  readonly conversation: Conversation;
  /** An integer from 1 to 5 (RATING-11). */
  readonly score: number;
  /** The optional remark. A blank one (empty or whitespace only) counts as no comment. */
  readonly comment?: string | null | undefined;
  /** When the rating is given; not before the request or the previous rating. */
  readonly now: Instant;
}

/**
 * A rating together with the references RATING-11 asks it to record: the contact, the credited
 * teammate, and when the rating was requested, first given and last updated.
 *
 * @example
 * ```ts
 * import type { RatingRecord } from 'inbox-rules';
 * const r: RatingRecord = {
 *   score: 5, comment: null, contact: 'u1', teammate: 'ana', requestedAt: 0, ratedAt: 10, updatedAt: 10,
 * };
 * ```
 * @category Ratings
 */
export interface RatingRecord {
  /** An integer from 1 to 5. */
  readonly score: Rating['score'];
  /** The remark, or null. */
  readonly comment: Rating['comment'];
  /** The contact who rated (the one the request went to). */
  readonly contact: ContactId;
  /** The teammate credited, fixed when the request was sent (RATING-10). */
  readonly teammate: TeammateId;
  /** When the request was sent. */
  readonly requestedAt: Instant;
  /** When the first rating was given. */
  readonly ratedAt: Instant;
  /** When the rating was last changed. */
  readonly updatedAt: Instant;
}

/**
 * What {@link submitRating} returns.
 *
 * @example
 * ```ts
 * import type { SubmittedRating } from 'inbox-rules';
 * const wasChange = (r: SubmittedRating): boolean => r.changed;
 * ```
 * @category Ratings
 */
export interface SubmittedRating {
  /** The conversation with the new `rating`. */
  readonly conversation: Conversation;
  /** False for the first rating, true when it replaces an earlier one (the `rating.recorded` effect's field). */
  readonly changed: boolean;
  /** The rating with its contact, teammate and request time (RATING-11). */
  readonly record: RatingRecord;
}
