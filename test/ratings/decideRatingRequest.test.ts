import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, type Conversation, type Part } from '../../src/index.js';
import {
  CLOSE_SOURCES, RATING_REQUEST_POLICIES, RATING_REQUEST_REASONS, countRatingCharacters, decideRatingRequest,
  type RatingRequestReason,
} from '../../src/ratings/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import {
  DAY, HOUR, WEEK, anyCaseArb, eligibleCaseArb, flipCustomers, flipLength, flipOnce, flipRecency, flipTeammateReply,
  lastHumanAt, noiseArb, rebuild, withNoise, type RatingCase,
} from '../arbitraries/ratings.js';
import { idArb } from '../arbitraries/model.js';

const T0 = Date.UTC(2026, 0, 5, 9);
const customer = (text: string, at: number, author = 'u1'): Part => ({ type: 'customer-reply', author, text, at });
const teammate = (text: string, at: number, author = 'ana'): Part => ({ type: 'teammate-reply', author, text, at });
const bot = (text: string, at: number, author = 'fin'): Part => ({ type: 'bot-reply', author, text, at });
const note = (text: string, at: number, author = 'ana'): Part => ({ type: 'note', author, text, at });
const conversationWith = (parts: Part[], extra: Partial<Parameters<typeof createConversation>[0]> = {}): Conversation =>
  createConversation({ id: 'c1', createdAt: T0, customers: ['u1'], parts, ...extra });
/** 300 characters of dialogue, answered by a teammate. */
const dialogue = (at = T0): Part[] => [customer('q'.repeat(150), at), teammate('a'.repeat(150), at + HOUR)];

describe('decideRatingRequest: examples', () => {
  it('RATING-1, RATING-9: a close that meets criteria A to E sends exactly one request', () => {
    const d = decideRatingRequest({ conversation: conversationWith(dialogue()), now: T0 + 2 * HOUR });
    expect(d).toEqual({ kind: 'request', teammate: 'ana', contact: 'u1', channel: 'messenger' });
  });

  it('RATING-2: only automatic replies (bot, workflow, Fin) send no request', () => {
    const parts = [customer('q'.repeat(300), T0), bot('b'.repeat(150), T0 + 1, 'workflow'), bot('f'.repeat(150), T0 + 2)];
    expect(decideRatingRequest({ conversation: conversationWith(parts), now: T0 + 3 })).toEqual({ kind: 'no-request', reasons: ['no-teammate-reply'] });
  });

  it('RATING-2, RATING-8: a teammate-started outbound conversation satisfies criterion A without a separate reply part', () => {
    const conversation = conversationWith([customer('q'.repeat(300), T0)], { startedBy: 'ben' });
    expect(decideRatingRequest({ conversation, now: T0 + 1 })).toEqual({ kind: 'request', teammate: 'ben', contact: 'u1', channel: 'messenger' });
  });

  it('RATING-3: a Fin handover is eligible only once a human teammate replied; a note is not participation', () => {
    const finOnly = [customer('q'.repeat(100), T0), bot('f'.repeat(200), T0 + 1), note('looking', T0 + 2)];
    expect(decideRatingRequest({ conversation: conversationWith(finOnly), now: T0 + 3 })).toEqual({ kind: 'no-request', reasons: ['no-teammate-reply', 'too-short'] });
    const withTeammate = [...finOnly, teammate('t'.repeat(151), T0 + 3, 'ben')];
    expect(decideRatingRequest({ conversation: conversationWith(withTeammate), now: T0 + 4 })).toMatchObject({ kind: 'request', teammate: 'ben' });
  });

  it('RATING-4: 250 characters send nothing and 251 do, counted in code points (emoji 1, e + combining acute 2), spaces included', () => {
    // 10 thumbs-up emoji (20 UTF-16 units) + 20 x "e\u0301" (40 code points) + 200 letters and spaces.
    const emoji = '👍'.repeat(10);
    const combining = 'e\u0301'.repeat(20);
    const words = 'ab cd '.repeat(33) + 'ab';
    const at250 = [customer(emoji + combining, T0), teammate(words, T0 + 1), note('n'.repeat(500), T0 + 2), bot('b'.repeat(500), T0 + 2)];
    const c250 = conversationWith(at250);
    expect(10 + 40 + words.length).toBe(250);
    expect(countRatingCharacters(c250)).toBe(250);
    expect(decideRatingRequest({ conversation: c250, now: T0 + 3 })).toEqual({ kind: 'no-request', reasons: ['too-short'] });
    const c251 = conversationWith([...at250, customer('!', T0 + 2)]);
    expect(countRatingCharacters(c251)).toBe(251);
    expect(decideRatingRequest({ conversation: c251, now: T0 + 3 }).kind).toBe('request');
  });

  it('RATING-4: markup is stripped before counting', () => {
    const parts = [customer('q'.repeat(150), T0), teammate(`<p>${'a'.repeat(100)}</p><br/>`, T0 + 1)];
    expect(decideRatingRequest({ conversation: conversationWith(parts), now: T0 + 2 })).toEqual({ kind: 'no-request', reasons: ['too-short'] });
  });

  it('RATING-5: two customers send nothing; several teammates are fine', () => {
    const parts = [customer('q'.repeat(100), T0), customer('r'.repeat(100), T0 + 1, 'u2'), teammate('a'.repeat(60), T0 + 2), teammate('b', T0 + 3, 'ben')];
    expect(decideRatingRequest({ conversation: conversationWith(parts, { customers: ['u1', 'u2'] }), now: T0 + 4 })).toEqual({ kind: 'no-request', reasons: ['several-customers'] });
    expect(decideRatingRequest({ conversation: conversationWith(parts), now: T0 + 4 })).toMatchObject({ kind: 'request', teammate: 'ben' });
  });

  it('RATING-5: no customer sends nothing; the same customer listed twice is one customer', () => {
    expect(decideRatingRequest({ conversation: conversationWith(dialogue(), { customers: [] }), now: T0 + HOUR })).toEqual({ kind: 'no-request', reasons: ['no-customer'] });
    expect(decideRatingRequest({ conversation: conversationWith(dialogue(), { customers: ['u1', 'u1'] }), now: T0 + HOUR }).kind).toBe('request');
  });

  it('RATING-6: exactly 168 h after the last reply sends; 168 h + 1 ms does not', () => {
    const conversation = conversationWith(dialogue());
    const last = T0 + HOUR;
    expect(decideRatingRequest({ conversation, now: last + 168 * HOUR }).kind).toBe('request');
    expect(decideRatingRequest({ conversation, now: last + 168 * HOUR + 1 })).toEqual({ kind: 'no-request', reasons: ['last-reply-too-old'] });
  });

  it('RATING-6: notes and bot messages do not reset the time of the last reply', () => {
    const parts = [...dialogue(), note('still on it', T0 + 8 * DAY), bot('Anything else?', T0 + 8 * DAY)];
    expect(decideRatingRequest({ conversation: conversationWith(parts), now: T0 + 8 * DAY })).toEqual({ kind: 'no-request', reasons: ['last-reply-too-old'] });
  });

  it('RATING-7: close, reopen, close: the second close sends nothing under the default first-close reading', () => {
    // First close: too short, so nothing is sent.
    const short = conversationWith([customer('Hi', T0), teammate('Hello!', T0 + 1)]);
    expect(decideRatingRequest({ conversation: short, now: T0 + 2 })).toEqual({ kind: 'no-request', reasons: ['too-short'] });
    // Reopened, the dialogue grows past 250 characters, then it is closed again.
    const grown = rebuild(short, { closeCount: 1, parts: [...short.parts, ...dialogue(T0 + DAY)] });
    expect(decideRatingRequest({ conversation: grown, now: T0 + 2 * DAY })).toEqual({ kind: 'no-request', reasons: ['closed-before'] });
    expect(decideRatingRequest({ conversation: grown, now: T0 + 2 * DAY, policy: 'first-close' })).toEqual({ kind: 'no-request', reasons: ['closed-before'] });
    // The public "until sent" reading lets this close send the one request.
    expect(decideRatingRequest({ conversation: grown, now: T0 + 2 * DAY, policy: 'until-sent' }).kind).toBe('request');
    const requested = rebuild(grown, { closeCount: 2, ratingRequest: { requestedAt: T0 + 2 * DAY, teammate: 'ana', contact: 'u1' } });
    expect(decideRatingRequest({ conversation: requested, now: T0 + 3 * DAY, policy: 'until-sent' })).toEqual({ kind: 'no-request', reasons: ['already-requested'] });
  });

  it('RATING-9: every failing criterion is listed, in the documented order', () => {
    const conversation = conversationWith([bot('hi', T0)], { customers: ['u1', 'u2'], closeCount: 1, ratingRequest: { requestedAt: T0, teammate: 'ana', contact: 'u1' } });
    expect(decideRatingRequest({ conversation, now: T0 + WEEK + 1 })).toEqual({ kind: 'no-request', reasons: RATING_REQUEST_REASONS.filter((r) => r !== 'no-customer') });
  });

  it('RATING-10: the teammate of the last teammate reply is credited, not the assignee, even when Fin replied after', () => {
    const parts = [...dialogue(), teammate('One more thing', T0 + 2 * HOUR, 'ben'), bot('Glad to help!', T0 + 3 * HOUR), note('closing', T0 + 4 * HOUR, 'cy')];
    expect(decideRatingRequest({ conversation: conversationWith(parts, { teammate: 'cy' }), now: T0 + 5 * HOUR })).toMatchObject({ kind: 'request', teammate: 'ben' });
  });

  it('RATING-14: a close by a teammate, a bulk action or a workflow is checked the same way', () => {
    const conversation = conversationWith(dialogue());
    const decisions = CLOSE_SOURCES.map((closedBy) => decideRatingRequest({ conversation, now: T0 + 2 * HOUR, closedBy }));
    expect(decisions).toEqual(CLOSE_SOURCES.map(() => ({ kind: 'request', teammate: 'ana', contact: 'u1', channel: 'messenger' })));
  });

  it('RATING-15: the request goes out on the conversation channel', () => {
    expect(decideRatingRequest({ conversation: conversationWith(dialogue(), { channel: 'email' }), now: T0 + 2 * HOUR })).toMatchObject({ channel: 'email' });
  });
});

describe('decideRatingRequest: invalid input', () => {
  const conversation = conversationWith(dialogue());
  it('rejects a conversation that is already closed (pass it as it is before the close)', () => {
    const closed = rebuild(conversation, { state: 'closed', closedAt: T0 + 2 * HOUR, closeCount: 1 });
    expect(() => decideRatingRequest({ conversation: closed, now: T0 + 3 * HOUR })).toThrow(expect.objectContaining({ code: 'invalid-transition' }));
  });
  it('rejects a close time before the last part or a non-instant', () => {
    expect(() => decideRatingRequest({ conversation, now: T0 })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    expect(() => decideRatingRequest({ conversation, now: Number.NaN })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
  });
  it('rejects an unknown policy or closedBy, and a malformed conversation', () => {
    const now = T0 + 2 * HOUR;
    expect(() => decideRatingRequest({ conversation, now, policy: 'sometimes' as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => decideRatingRequest({ conversation, now, closedBy: 'robot' as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => decideRatingRequest({ conversation: { ...conversation, channel: 'sms' } as never, now })).toThrow(expect.objectContaining({ code: 'invalid-channel' }));
    expect(() => decideRatingRequest(null as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

const decide = (c: RatingCase, policy?: 'first-close' | 'until-sent') => decideRatingRequest({ conversation: deepFreeze(c.conversation), now: c.now, policy });

describe('decideRatingRequest: properties', () => {
  test.prop([eligibleCaseArb])('RATING-9: the baseline meets every criterion and sends one request to its customer', (c) => {
    expect(decide(c)).toEqual({ kind: 'request', teammate: expect.any(String), contact: c.conversation.customers[0], channel: c.conversation.channel });
  });

  test.prop([eligibleCaseArb])('RATING-2, RATING-3, RATING-9: flipping only criterion A gives exactly no-teammate-reply', (c) => {
    expect(decide(flipTeammateReply(c))).toEqual({ kind: 'no-request', reasons: ['no-teammate-reply'] });
  });

  test.prop([eligibleCaseArb, fc.integer({ min: 0, max: 250 })])('RATING-4, RATING-9: flipping only criterion B gives exactly too-short', (c, budget) => {
    expect(decide(flipLength(c, budget))).toEqual({ kind: 'no-request', reasons: ['too-short'] });
  });

  test.prop([eligibleCaseArb, fc.uniqueArray(idArb, { maxLength: 3 })])('RATING-5, RATING-9: flipping only criterion C gives exactly no-customer or several-customers', (c, others) => {
    const extra = others.filter((o) => o !== c.conversation.customers[0]);
    const expected: RatingRequestReason = extra.length === 0 ? 'no-customer' : 'several-customers';
    expect(decide(flipCustomers(c, extra))).toEqual({ kind: 'no-request', reasons: [expected] });
  });

  test.prop([eligibleCaseArb, fc.integer({ min: 1, max: 30 * DAY })])('RATING-6, RATING-9: flipping only criterion D gives exactly last-reply-too-old', (c, extra) => {
    expect(decide(flipRecency(c, extra))).toEqual({ kind: 'no-request', reasons: ['last-reply-too-old'] });
  });

  test.prop([eligibleCaseArb, fc.integer({ min: 1, max: 5 }), fc.boolean()])('RATING-7, RATING-9: flipping only criterion E fails it under first-close; until-sent fails only on a sent request', (c, closes, requested) => {
    const flipped = flipOnce(c, closes, requested);
    expect(decide(flipped)).toEqual({ kind: 'no-request', reasons: requested ? ['already-requested', 'closed-before'] : ['closed-before'] });
    if (requested) expect(decide(flipped, 'until-sent')).toEqual({ kind: 'no-request', reasons: ['already-requested'] });
    else expect(decide(flipped, 'until-sent').kind).toBe('request');
  });

  test.prop([eligibleCaseArb, fc.record({ a: fc.boolean(), b: fc.boolean(), c: fc.boolean(), d: fc.boolean(), e: fc.boolean() })])(
    'RATING-9: flipping any set of criteria lists exactly their reasons, in the fixed order',
    (c, flips) => {
      let x = c;
      if (flips.a) x = flipTeammateReply(x);
      if (flips.b) x = flipLength(x, 100);
      if (flips.c) x = flipCustomers(x, []);
      if (flips.d) x = flipRecency(x, 1);
      if (flips.e) x = flipOnce(x, 1, false);
      const expected = [flips.a && 'no-teammate-reply', flips.b && 'too-short', flips.c && 'no-customer', flips.d && 'last-reply-too-old', flips.e && 'closed-before'].filter(Boolean);
      expect(decide(x)).toEqual(expected.length === 0 ? expect.objectContaining({ kind: 'request' }) : { kind: 'no-request', reasons: expected });
    },
  );

  test.prop([fc.oneof(anyCaseArb, eligibleCaseArb), noiseArb(['ana', 'ben', '__proto__'], 1_000_000_000), fc.constantFrom(...RATING_REQUEST_POLICIES)])(
    'RATING-3, RATING-4, RATING-6, RATING-10: eligibility and attribution never depend on notes or bot messages',
    (c, noise, policy) => {
      const noisy = withNoise(c.conversation, noise, c.conversation.createdAt, c.now);
      expect(decide({ conversation: noisy, now: c.now }, policy)).toEqual(decide(c, policy));
    },
  );

  test.prop([fc.oneof(anyCaseArb, eligibleCaseArb)])('RATING-10: a request always credits the teammate of the latest teammate reply, or the outbound starter when none', (c) => {
    const d = decide(c, 'until-sent');
    if (d.kind !== 'request') return;
    const replies = c.conversation.parts.filter((p) => p.type === 'teammate-reply');
    if (replies.length === 0) {
      expect(d.teammate).toBe(c.conversation.startedBy);
    } else {
      const latest = Math.max(...replies.map((p) => p.at));
      expect(replies.filter((p) => p.at === latest).map((p) => p.author)).toContain(d.teammate);
    }
  });

  test.prop([fc.oneof(anyCaseArb, eligibleCaseArb)])('RATING-4: too-short is given exactly when the full count (countRatingCharacters) is 250 or less', (c) => {
    // the decision stops counting once past 250; the public count reads every part
    const reasons = (d: ReturnType<typeof decide>): readonly string[] => (d.kind === 'no-request' ? d.reasons : []);
    expect(reasons(decide(c)).includes('too-short')).toBe(countRatingCharacters(c.conversation) <= 250);
  });

  test.prop([anyCaseArb, fc.constantFrom(...RATING_REQUEST_POLICIES)])('RATING-9: a negative decision always has at least one reason, each known, none twice, in the fixed order', (c, policy) => {
    const d = decide(c, policy);
    if (d.kind === 'request') return;
    const positions = d.reasons.map((r) => RATING_REQUEST_REASONS.indexOf(r));
    expect(positions.length).toBeGreaterThan(0);
    expect(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!))).toBe(true);
  });

  test.prop([anyCaseArb])('RATING-9: under until-sent, a request is sent exactly when the independent criteria check passes', (c) => {
    const conv = c.conversation;
    const hasTeammate = conv.parts.some((p) => p.type === 'teammate-reply') || conv.startedBy !== null;
    const chars = conv.parts.filter((p) => p.type === 'teammate-reply' || p.type === 'customer-reply').reduce((n, p) => n + Array.from(p.text.replace(/<[A-Za-z/!?][^>]*>/g, '')).length, 0);
    const ok = hasTeammate && chars > 250 && new Set(conv.customers).size === 1 && c.now - lastHumanAt(conv) <= WEEK && conv.ratingRequest === null;
    expect(decide(c, 'until-sent').kind).toBe(ok ? 'request' : 'no-request');
  });

  test.prop([anyCaseArb, fc.constantFrom(...CLOSE_SOURCES)])('RATING-14: who closes never changes the decision', (c, closedBy) => {
    expect(decideRatingRequest({ conversation: deepFreeze(c.conversation), now: c.now, closedBy })).toEqual(decide(c));
  });

  test.prop([eligibleCaseArb])('RATING-15: the request carries the conversation channel', (c) => {
    expect(decide(c)).toMatchObject({ channel: c.conversation.channel });
  });

  test.prop([eligibleCaseArb, fc.boolean()])('RATING-8: customer-started and teammate-started conversations are equally eligible', (c, started) => {
    const other = rebuild(c.conversation, { startedBy: started ? 'starter' : null });
    expect(decide({ conversation: other, now: c.now }).kind).toBe('request');
  });

  test.prop([anyCaseArb])('decisions are deterministic and never mutate the (deep-frozen) input', (c) => {
    const before = structuredClone(c.conversation);
    expect(decide(c)).toEqual(decide(c));
    expect(c.conversation).toEqual(before);
  });
});
