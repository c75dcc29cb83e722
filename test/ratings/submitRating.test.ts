import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, type Conversation } from '../../src/index.js';
import { submitRating } from '../../src/ratings/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const T0 = Date.UTC(2026, 0, 5, 9);
const requested = (extra: Partial<Parameters<typeof createConversation>[0]> = {}): Conversation => createConversation({
  id: 'c1', createdAt: T0, customers: ['u1'], state: 'closed', closedAt: T0 + 10, closeCount: 1,
  ratingRequest: { requestedAt: T0 + 10, teammate: 'ana', contact: 'u1' }, ...extra,
});

describe('submitRating', () => {
  it('RATING-11: records a 1-5 score with the contact, teammate, request time and update time', () => {
    const r = submitRating({ conversation: deepFreeze(requested()), score: 4, now: T0 + 20 });
    expect(r.changed).toBe(false);
    expect(r.conversation.rating).toEqual({ score: 4, comment: null, ratedAt: T0 + 20, updatedAt: T0 + 20 });
    expect(r.record).toEqual({ score: 4, comment: null, contact: 'u1', teammate: 'ana', requestedAt: T0 + 10, ratedAt: T0 + 20, updatedAt: T0 + 20 });
  });

  it('RATING-11: rejects scores outside 1-5, fractions, NaN and non-numbers with invalid-score', () => {
    for (const score of [0, 6, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '5']) {
      expect(() => submitRating({ conversation: requested(), score: score as number, now: T0 + 20 })).toThrow(expect.objectContaining({ code: 'invalid-score' }));
    }
  });

  it('RATING-11: a comment must be a string or null; a blank one counts as no comment', () => {
    expect(() => submitRating({ conversation: requested(), score: 3, comment: 42 as never, now: T0 + 20 })).toThrow(expect.objectContaining({ code: 'invalid-comment' }));
    const blank = submitRating({ conversation: requested(), score: 3, comment: '   ', now: T0 + 20 });
    expect(blank.conversation.rating?.comment).toBeNull();
    expect(submitRating({ conversation: blank.conversation, score: 5, now: T0 + 30 }).conversation.rating?.score).toBe(5);
  });

  it('RATING-12: a first rating with a comment is final', () => {
    const first = submitRating({ conversation: requested(), score: 2, comment: 'Slow answer', now: T0 + 20 });
    expect(() => submitRating({ conversation: first.conversation, score: 5, now: T0 + 30 })).toThrow(expect.objectContaining({ code: 'rating-locked' }));
  });

  it('RATING-12: a rating without a comment can change; a later comment locks it', () => {
    const first = submitRating({ conversation: requested(), score: 2, now: T0 + 20 });
    const second = submitRating({ conversation: first.conversation, score: 4, comment: 'Sorted in the end', now: T0 + 30 });
    expect(second.changed).toBe(true);
    expect(second.conversation.rating).toEqual({ score: 4, comment: 'Sorted in the end', ratedAt: T0 + 20, updatedAt: T0 + 30 });
    expect(() => submitRating({ conversation: second.conversation, score: 5, now: T0 + 40 })).toThrow(expect.objectContaining({ code: 'rating-locked' }));
  });

  it('RATING-13: rating without a request is rejected with rating-not-requested', () => {
    const never = requested({ ratingRequest: null });
    expect(() => submitRating({ conversation: never, score: 5, now: T0 + 20 })).toThrow(expect.objectContaining({ code: 'rating-not-requested' }));
  });

  it('rejects a rating time before the request or before the previous rating', () => {
    expect(() => submitRating({ conversation: requested(), score: 5, now: T0 + 9 })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    const first = submitRating({ conversation: requested(), score: 2, now: T0 + 20 });
    expect(() => submitRating({ conversation: first.conversation, score: 3, now: T0 + 19 })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    expect(() => submitRating(undefined as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  test.prop([fc.oneof(fc.integer(), fc.double())])('RATING-11: a score is accepted exactly when it is an integer from 1 to 5', (score) => {
    const accept = Number.isInteger(score) && score >= 1 && score <= 5;
    if (accept) expect(submitRating({ conversation: requested(), score, now: T0 + 20 }).record.score).toBe(score);
    else expect(() => submitRating({ conversation: requested(), score, now: T0 + 20 })).toThrow(expect.objectContaining({ code: 'invalid-score' }));
  });

  const submissionArb = fc.record({ score: fc.integer({ min: 1, max: 5 }), comment: fc.option(fc.oneof(fc.constantFrom('', ' '), fc.string({ minLength: 1, maxLength: 10 })), { nil: null }), gap: fc.integer({ min: 0, max: 1000 }) });
  test.prop([fc.array(submissionArb, { minLength: 1, maxLength: 8 })])(
    'RATING-12: the rating follows the last accepted submission, and once a non-blank comment is recorded every later change is rejected and nothing moves',
    (subs) => {
      let c = requested();
      let t = T0 + 10;
      let locked = false;
      subs.forEach((s, i) => {
        t += s.gap;
        if (locked) {
          const before = c.rating;
          expect(() => submitRating({ conversation: deepFreeze(c), score: s.score, comment: s.comment, now: t })).toThrow(expect.objectContaining({ code: 'rating-locked' }));
          expect(c.rating).toBe(before);
          return;
        }
        const r = submitRating({ conversation: deepFreeze(c), score: s.score, comment: s.comment, now: t });
        expect(r.changed).toBe(i > 0);
        expect(r.conversation.rating?.score).toBe(s.score);
        expect(r.conversation.rating?.updatedAt).toBe(t);
        c = r.conversation;
        locked = s.comment !== null && s.comment.trim() !== '';
      });
    },
  );

  test.prop([fc.integer({ min: 1, max: 5 }), fc.option(fc.string(), { nil: undefined })])('RATING-13: without a request every rating is rejected', (score, comment) => {
    expect(() => submitRating({ conversation: requested({ ratingRequest: null }), score, comment, now: T0 + 20 })).toThrow(expect.objectContaining({ code: 'rating-not-requested' }));
  });
});
