import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, type Conversation, type Part } from '../../src/index.js';
import { CLOSE_SOURCES, RATING_REQUEST_POLICIES, applyRatingRequest } from '../../src/ratings/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { DAY, HOUR, anyCaseArb, lettersArb, rebuild } from '../arbitraries/ratings.js';

const T0 = Date.UTC(2026, 0, 5, 9);
const close = (c: Conversation, at: number): Conversation => rebuild(c, { state: 'closed', closedAt: at, closeCount: c.closeCount + 1 });
const reopen = (c: Conversation): Conversation => rebuild(c, { state: 'open', closedAt: null });

describe('applyRatingRequest', () => {
  const conversation = createConversation({
    id: 'c1', createdAt: T0, customers: ['u1'], channel: 'email',
    parts: [
      { type: 'customer-reply', author: 'u1', text: 'q'.repeat(150), at: T0 },
      { type: 'teammate-reply', author: 'ana', text: 'a'.repeat(150), at: T0 + HOUR },
    ],
  });

  it('RATING-1, RATING-10: records the request with the close time, the credited teammate and the contact', () => {
    const r = applyRatingRequest({ conversation: deepFreeze(conversation), now: T0 + 2 * HOUR, closedBy: 'bulk-action' });
    expect(r.decision).toEqual({ kind: 'request', teammate: 'ana', contact: 'u1', channel: 'email' });
    expect(r.conversation.ratingRequest).toEqual({ requestedAt: T0 + 2 * HOUR, teammate: 'ana', contact: 'u1' });
    expect({ ...r.conversation, ratingRequest: null }).toEqual(conversation);
  });

  it('RATING-10: the attribution is fixed when sent; a later teammate reply does not move it', () => {
    const sent = applyRatingRequest({ conversation, now: T0 + 2 * HOUR }).conversation;
    const later = rebuild(reopen(close(sent, T0 + 2 * HOUR)), { parts: [...sent.parts, { type: 'teammate-reply', author: 'ben', text: 'b'.repeat(300), at: T0 + 3 * HOUR }] });
    const again = applyRatingRequest({ conversation: later, now: T0 + 4 * HOUR, policy: 'until-sent' });
    expect(again.decision).toEqual({ kind: 'no-request', reasons: ['already-requested'] });
    expect(again.conversation).toBe(later);
    expect(again.conversation.ratingRequest?.teammate).toBe('ana');
  });

  it('RATING-7: returns the same conversation object when no request is sent', () => {
    const short = rebuild(conversation, { parts: conversation.parts.slice(0, 1) });
    const r = applyRatingRequest({ conversation: short, now: T0 + HOUR });
    expect(r.decision).toEqual({ kind: 'no-request', reasons: ['no-teammate-reply', 'too-short'] });
    expect(r.conversation).toBe(short);
  });

  it('rejects invalid input like decideRatingRequest', () => {
    expect(() => applyRatingRequest({ conversation, now: T0 - 1 })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
  });

  type Step =
    | { readonly type: 'customer' | 'teammate' | 'bot' | 'note'; readonly who: string; readonly text: string; readonly gap: number }
    | { readonly type: 'close'; readonly by: (typeof CLOSE_SOURCES)[number]; readonly gap: number }
    | { readonly type: 'reopen'; readonly gap: number };
  const gap = fc.integer({ min: 0, max: 3 * DAY });
  const stepArb: fc.Arbitrary<Step> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ type: fc.constantFrom('customer' as const, 'teammate' as const, 'bot' as const, 'note' as const), who: fc.constantFrom('ana', 'ben'), text: lettersArb(20, 200), gap }) },
    fc.record({ type: fc.constant('close' as const), by: fc.constantFrom(...CLOSE_SOURCES), gap }),
    fc.record({ type: fc.constant('reopen' as const), gap }),
  );

  test.prop([fc.array(stepArb, { maxLength: 30, size: 'max' }), fc.constantFrom(...RATING_REQUEST_POLICIES)])(
    'RATING-1, RATING-7: through any replies, closes and reopenings a conversation gets at most one request, and it never changes',
    (steps, policy) => {
      let c = createConversation({ id: 'c1', createdAt: T0, customers: ['u1'] });
      let t = T0;
      let requests = 0;
      let recorded: Conversation['ratingRequest'] = null;
      for (const step of steps) {
        t += step.gap;
        if (step.type === 'close') {
          if (c.state === 'closed') continue;
          const r = applyRatingRequest({ conversation: deepFreeze(c), now: t, policy, closedBy: step.by });
          if (r.decision.kind === 'request') {
            requests += 1;
            if (policy === 'first-close') expect(c.closeCount).toBe(0);
            recorded = r.conversation.ratingRequest;
          }
          c = close(r.conversation, t);
        } else if (step.type === 'reopen') {
          if (c.state === 'closed') c = reopen(c);
        } else {
          const part: Part = step.type === 'customer' ? { type: 'customer-reply', author: 'u1', text: step.text, at: t }
            : step.type === 'teammate' ? { type: 'teammate-reply', author: step.who, text: step.text, at: t }
              : step.type === 'bot' ? { type: 'bot-reply', author: 'fin', text: step.text, at: t }
                : { type: 'note', author: step.who, text: step.text, at: t };
          c = rebuild(c.state === 'closed' ? reopen(c) : c, { parts: [...c.parts, part] });
        }
        expect(c.ratingRequest).toEqual(recorded);
      }
      expect(requests).toBeLessThanOrEqual(1);
    },
  );

  test.prop([anyCaseArb])('RATING-1: a sent request is recorded exactly as decided; otherwise the conversation is returned untouched', (rc) => {
    const r = applyRatingRequest({ conversation: deepFreeze(rc.conversation), now: rc.now, policy: 'until-sent' });
    if (r.decision.kind === 'request') {
      expect(r.conversation.ratingRequest).toEqual({ requestedAt: rc.now, teammate: r.decision.teammate, contact: r.decision.contact });
    } else {
      expect(r.conversation).toBe(rc.conversation);
    }
  });
});
