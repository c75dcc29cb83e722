// Generators for rating-request cases (RATING-1 to RATING-10). The baseline passes criteria A to E
// by construction (not by asking the implementation), and each flip breaks exactly one criterion,
// which is the design RATING-9 asks for.
import { fc } from '@fast-check/vitest';
import {
  CHANNELS, createConversation, type Conversation, type ConversationInput, type Instant, type Part,
} from '../../src/index.js';
import { idArb, MAX_INSTANT, MIN_INSTANT } from './model.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** A conversation as it stands just before a close, and the close time. */
export interface RatingCase {
  readonly conversation: Conversation;
  readonly now: Instant;
}

/** Rebuilds a conversation through the model factory with some fields replaced. */
export function rebuild(conversation: Conversation, changes: Partial<ConversationInput>): Conversation {
  return createConversation({ ...conversation, ...changes });
}

/** The time of the latest teammate or customer reply, computed independently of src/. */
export function lastHumanAt(conversation: Conversation): Instant {
  const times = conversation.parts.filter((p) => p.type === 'teammate-reply' || p.type === 'customer-reply').map((p) => p.at);
  return times.length === 0 ? conversation.createdAt : Math.max(...times);
}

/** Any text, including emoji, combining marks and markup-looking characters. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 120 }),
);

/** A plain-letter text of exactly `n` code points (so its count is known without the implementation). */
export function lettersArb(min: number, max: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '👍'), minLength: min, maxLength: max, size: 'max' });
}

/** Notes and bot (Fin, workflow) messages by anyone, any text, at an offset in [0, span]. */
export function noiseArb(teammates: readonly string[], span: number): fc.Arbitrary<Part[]> {
  return fc.array(
    fc.record({
      type: fc.constantFrom('note' as const, 'bot-reply' as const),
      who: fc.constantFrom(...teammates),
      bot: fc.constantFrom('fin', 'workflow', 'operator'),
      text: fc.oneof(textArb, lettersArb(251, 400)),
      offset: fc.integer({ min: 0, max: span }),
    }),
    { maxLength: 5 },
  ).map((xs) => xs.map((x): Part => (x.type === 'note'
    ? { type: 'note', author: x.who, text: x.text, at: x.offset }
    : { type: 'bot-reply', author: x.bot, text: x.text, at: x.offset })));
}

/** Adds noise parts at times between `from` and `to`, keeping parts sorted oldest first (stable). */
export function withNoise(conversation: Conversation, noise: readonly Part[], from: Instant, to: Instant): Conversation {
  const span = Math.max(0, to - from);
  const placed = noise.map((p): Part => ({ ...p, at: from + (span === 0 ? 0 : p.at % (span + 1)) }));
  const parts = [...conversation.parts, ...placed].sort((a, b) => a.at - b.at);
  return rebuild(conversation, { parts });
}

/**
 * A case that passes every criterion: one customer, a teammate reply, more than 250 characters of
 * human text (a long teammate reply alone has 251+), a close within 168 h of the last human reply,
 * never closed or requested before. Notes and bot messages are sprinkled in.
 */
export const eligibleCaseArb: fc.Arbitrary<RatingCase> = fc
  .record({
    start: fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT - 60 * DAY }),
    customer: idArb,
    teammates: fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }),
    human: fc.array(fc.record({ byTeammate: fc.boolean(), who: fc.nat(), text: textArb, gap: fc.integer({ min: 0, max: DAY }) }), { maxLength: 5 }),
    anchorAt: fc.nat(),
    anchorText: lettersArb(251, 320),
    closeGap: fc.integer({ min: 0, max: WEEK }),
    channel: fc.constantFrom(...CHANNELS),
    startedByTeammate: fc.boolean(),
  })
  .chain((r) => noiseArb(r.teammates, 1_000_000_000).map((noise) => ({ ...r, noise })))
  .map((r) => {
    const human = [...r.human];
    human.splice(r.anchorAt % (human.length + 1), 0, { byTeammate: true, who: 0, text: r.anchorText, gap: 0 });
    let at = r.start;
    const parts = human.map((h): Part => {
      at += h.gap;
      return h.byTeammate
        ? { type: 'teammate-reply', author: r.teammates[h.who % r.teammates.length]!, text: h.text, at }
        : { type: 'customer-reply', author: r.customer, text: h.text, at };
    });
    const now = at + r.closeGap;
    const base = createConversation({
      id: 'c', createdAt: r.start, customers: [r.customer], parts, channel: r.channel,
      startedBy: r.startedByTeammate ? r.teammates[0]! : null, teammate: r.teammates[0]!,
    });
    return { conversation: withNoise(base, r.noise, r.start, now), now };
  });

/** Criterion A fails: every teammate reply becomes a customer reply (same text and time), not teammate-started. */
export function flipTeammateReply(c: RatingCase): RatingCase {
  const customer = c.conversation.customers[0]!;
  const parts = c.conversation.parts.map((p): Part => (p.type === 'teammate-reply' ? { type: 'customer-reply', author: customer, text: p.text, at: p.at } : p));
  return { conversation: rebuild(c.conversation, { parts, startedBy: null }), now: c.now };
}

/** Criterion B fails: the human replies keep their authors and times, but total `budget` (<= 250) characters. */
export function flipLength(c: RatingCase, budget: number): RatingCase {
  let first = true;
  const parts = c.conversation.parts.map((p): Part => {
    if (p.type !== 'teammate-reply' && p.type !== 'customer-reply') return p;
    const text = first ? 'x'.repeat(budget) : '';
    first = false;
    return { ...p, text };
  });
  return { conversation: rebuild(c.conversation, { parts }), now: c.now };
}

/** Criterion C fails: no customer (`others` empty) or the customer plus `others`. */
export function flipCustomers(c: RatingCase, others: readonly string[]): RatingCase {
  const customers = others.length === 0 ? [] : [...c.conversation.customers, ...others];
  return { conversation: rebuild(c.conversation, { customers }), now: c.now };
}

/** Criterion D fails: the close moves to 168 h + `extra` ms (extra >= 1) after the last human reply. */
export function flipRecency(c: RatingCase, extra: number): RatingCase {
  return { conversation: c.conversation, now: lastHumanAt(c.conversation) + WEEK + extra };
}

/** Criterion E fails: closed before (`closes` >= 1), and optionally already requested at the first close. */
export function flipOnce(c: RatingCase, closes: number, requested: boolean): RatingCase {
  const first = c.conversation.parts[0];
  const ratingRequest = requested ? { requestedAt: first?.at ?? c.conversation.createdAt, teammate: 'someone', contact: c.conversation.customers[0] ?? 'u' } : null;
  return { conversation: rebuild(c.conversation, { closeCount: closes, ratingRequest }), now: c.now };
}

/**
 * Any conversation just before a close: 0 to 3 customers, any parts of the four types, any close
 * history, maybe teammate-started; `now` is at or after every part.
 */
export const anyCaseArb: fc.Arbitrary<RatingCase> = fc
  .record({
    start: fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT - 60 * DAY }),
    customers: fc.oneof(
      { weight: 3, arbitrary: idArb.map((id) => [id]) },
      { weight: 1, arbitrary: fc.uniqueArray(idArb, { maxLength: 3 }) },
    ),
    teammates: fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }),
    parts: fc.array(
      fc.record({
        type: fc.constantFrom('customer-reply' as const, 'teammate-reply' as const, 'bot-reply' as const, 'note' as const),
        who: fc.nat(),
        text: fc.oneof(textArb, lettersArb(0, 30), { weight: 4, arbitrary: lettersArb(60, 200) }),
        gap: fc.integer({ min: 0, max: 2 * DAY }),
      }),
      { minLength: 1, maxLength: 8, size: 'max' },
    ),
    closeGap: fc.oneof(fc.integer({ min: 0, max: WEEK }), fc.integer({ min: WEEK - 2, max: WEEK + 2 }), fc.integer({ min: 0, max: 10 * DAY })),
    closeCount: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) }),
    requested: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    startedBy: fc.boolean(),
    channel: fc.constantFrom(...CHANNELS),
  })
  .map((r) => {
    let at = r.start;
    const teammate = (i: number): string => r.teammates[i % r.teammates.length]!;
    const parts = r.parts.map((p): Part => {
      at += p.gap;
      switch (p.type) {
        case 'customer-reply':
          return { type: p.type, author: r.customers[p.who % Math.max(1, r.customers.length)] ?? 'u', text: p.text, at };
        case 'bot-reply':
          return { type: p.type, author: 'fin', text: p.text, at };
        default:
          return { type: p.type, author: teammate(p.who), text: p.text, at };
      }
    });
    const closeCount = r.requested ? Math.max(1, r.closeCount) : r.closeCount;
    const conversation = createConversation({
      id: 'c', createdAt: r.start, customers: r.customers, parts, channel: r.channel, closeCount,
      startedBy: r.startedBy ? teammate(0) : null,
      ratingRequest: r.requested ? { requestedAt: r.start, teammate: teammate(0), contact: r.customers[0] ?? 'u' } : null,
    });
    return { conversation, now: at + r.closeGap };
  });
