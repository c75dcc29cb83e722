import * as fc from 'fast-check';
import { assertId, own } from '../../_internal/validate.js';
import {
  CHANNELS, CONVERSATION_STATES, createConversation, type ContactId, type Conversation, type ConversationId,
  type ConversationState, type Part, type TeamId, type TeammateId,
} from '../../model/index.js';
import {
  CONTACT_IDS, CONVERSATION_IDS, DAY, MAX_INSTANT, MIN_INSTANT, TEAMMATE_IDS, TEAM_IDS, TEXTS, idFrom, oneOfOrNull,
  optionalIdList, optionalIds, optionalInteger, optionalSubset, readOptions,
} from './_shared.js';

/**
 * What {@link conversationArbitrary} accepts; every field is optional.
 *
 * @example
 * ```ts
 * import type { ConversationArbitraryOptions } from 'inbox-rules/testing';
 * const options: ConversationArbitraryOptions = { teams: ['billing'], teammates: ['ana', 'ben'], states: ['open'] };
 * ```
 * @category Testing
 */
export interface ConversationArbitraryOptions {
  /** Every generated conversation gets this id. Default: an id drawn from `ids`. */
  readonly id?: ConversationId | undefined;
  /** The pool ids are drawn from. Default `'c1'` to `'c8'`, with `'__proto__'` and `'constructor'` at low weight. */
  readonly ids?: readonly ConversationId[] | undefined;
  /** Teammate ids for the teammate slot, reply and note authors (default `'ana'` to `'hana'`); empty = no teammates. */
  readonly teammates?: readonly TeammateId[] | undefined;
  /** Team ids for the team slot (default `'billing'`, `'sales'`, `'vip'`, `'support'`); empty = never a team. */
  readonly teams?: readonly TeamId[] | undefined;
  /** Contact ids for the customers (default `'u1'`, `'u2'`, `'u3'`): one customer, sometimes two (RATING-5). */
  readonly contacts?: readonly ContactId[] | undefined;
  /** The states to draw from (default all three, CONV-1). */
  readonly states?: readonly ConversationState[] | undefined;
  /** The most parts after the first message (default 5). */
  readonly maxParts?: number | undefined;
}

const partSpec = fc.record({
  type: fc.constantFrom('customer-reply' as const, 'teammate-reply' as const, 'bot-reply' as const, 'note' as const),
  author: fc.nat(),
  mention: fc.option(fc.nat(), { nil: null }),
  gap: fc.integer({ min: 0, max: 2 * DAY }),
  text: fc.constantFrom(...TEXTS),
});
type PartSpec = typeof partSpec extends fc.Arbitrary<infer T> ? T : never;

/** One part from its spec; teammate parts fall back to a bot reply when there are no teammates. */
function toPart(s: PartSpec, at: number, customers: readonly ContactId[], teammates: readonly TeammateId[]): Part {
  const teammate = teammates[s.author % Math.max(1, teammates.length)];
  if (s.type === 'customer-reply' && customers.length > 0) return { type: 'customer-reply', author: customers[s.author % customers.length] as ContactId, text: s.text, at };
  if (teammate === undefined || s.type === 'bot-reply' || s.type === 'customer-reply') return { type: 'bot-reply', author: 'fin', text: s.text, at };
  if (s.type === 'teammate-reply') return { type: 'teammate-reply', author: teammate, text: s.text, at };
  const mentioned = s.mention === null ? undefined : teammates[s.mention % teammates.length];
  return { type: 'note', author: teammate, text: mentioned === undefined ? s.text : `@${mentioned} ${s.text}`, at };
}

/** LIST-6: the customer's oldest unanswered message, reset by each teammate reply. */
function waitingSinceOf(parts: readonly Part[]): number | null {
  let since: number | null = null;
  for (const p of parts) {
    if (p.type === 'customer-reply') since ??= p.at;
    else if (p.type === 'teammate-reply') since = null;
  }
  return since;
}

/**
 * Generates valid, internally consistent conversations, each built through `createConversation`.
 *
 * A conversation starts with a customer message (or, when a teammate started it, OUT-12, a
 * teammate reply), then has up to `maxParts` customer replies, teammate replies, bot replies and
 * notes (some with an `@handle` mention of a pool teammate), in time order from 2020 to 2035.
 * `waitingSince` follows LIST-6; a snoozed one has `snoozedAt` at its last part and `snoozedUntil`
 * after it (SNOOZE-1); a closed one has `closedAt` and `closeCount >= 1`, and every earlier close
 * has its manual reopening (CONV-2, SNOOZE-9); a rating request exists
 * only after a close with a teammate reply, and a rating only with a request (RATING-13).
 *
 * @param options - ids and the pools for slots, authors and customers; see
 * {@link ConversationArbitraryOptions}.
 * @returns a fast-check arbitrary of `Conversation` values.
 * @throws `InboxRuleError` (from `inbox-rules`) `invalid-argument`, `invalid-id` or `duplicate-id` for malformed
 * options.
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { conversationArbitrary } from 'inbox-rules/testing';
 * const [c] = fc.sample(conversationArbitrary({ id: 'c1', states: ['snoozed'] }), { numRuns: 1, seed: 3 });
 * c?.state; // => 'snoozed'
 * fc.assert(fc.property(conversationArbitrary(), (c) => (c.state === 'snoozed') === (c.snoozedUntil !== null)));
 * ```
 * @category Testing
 */
export function conversationArbitrary(options?: ConversationArbitraryOptions): fc.Arbitrary<Conversation> {
  const fn = 'conversationArbitrary';
  const raw = readOptions(options, fn);
  const id = own(raw, 'id') === undefined ? idFrom(optionalIds(raw, 'ids', fn), CONVERSATION_IDS) : fc.constant(assertId(own(raw, 'id'), `${fn}: options.id`));
  const teammates = optionalIdList(raw, 'teammates', fn) ?? TEAMMATE_IDS;
  const contacts = optionalIdList(raw, 'contacts', fn) ?? CONTACT_IDS;
  return fc
    .record({
      id,
      createdAt: fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT - 60 * DAY }),
      state: fc.constantFrom(...optionalSubset(raw, 'states', fn, CONVERSATION_STATES, CONVERSATION_STATES)),
      team: oneOfOrNull(optionalIdList(raw, 'teams', fn) ?? TEAM_IDS),
      teammate: oneOfOrNull(teammates),
      assignedManually: fc.boolean(),
      customers: contacts.length === 0 ? fc.constant([]) : fc.uniqueArray(fc.constantFrom(...contacts), { minLength: 1, maxLength: 2 }),
      startedBy: teammates.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...teammates), { nil: null, freq: 4 }),
      parts: fc.array(partSpec, { maxLength: optionalInteger(raw, 'maxParts', fn, 0, 100, 5) }),
      first: fc.constantFrom(...TEXTS),
      priority: fc.boolean(),
      channel: fc.constantFrom(...CHANNELS),
      snoozeFor: fc.integer({ min: 60_000, max: 30 * DAY }),
      closes: fc.integer({ min: 0, max: 2 }),
      rated: fc.boolean(),
      score: fc.integer({ min: 1, max: 5 }),
      comment: fc.option(fc.constantFrom('Great, thanks', 'Slow answer'), { nil: null }),
    })
    .map((r) => {
      const [contact] = r.customers;
      const opener: Part = r.startedBy !== null
        ? { type: 'teammate-reply', author: r.startedBy, text: r.first, at: r.createdAt }
        : contact === undefined
          ? { type: 'bot-reply', author: 'fin', text: r.first, at: r.createdAt }
          : { type: 'customer-reply', author: contact, text: r.first, at: r.createdAt };
      const parts: Part[] = [opener];
      let at = r.createdAt;
      for (const s of r.parts) {
        at += s.gap;
        parts.push(toPart(s, at, r.customers, teammates));
      }
      const closeCount = r.state === 'closed' ? Math.max(1, r.closes) : r.closes;
      const credited = parts.reduce<string | null>((last, p) => (p.type === 'teammate-reply' ? p.author : last), null);
      const ratingRequest = closeCount > 0 && credited !== null && contact !== undefined ? { requestedAt: at, teammate: credited, contact } : null;
      return createConversation({
        id: r.id, createdAt: r.createdAt, state: r.state, team: r.team, teammate: r.teammate,
        assignedManually: r.teammate !== null && r.assignedManually, customers: r.customers, parts, priority: r.priority,
        channel: r.channel, startedBy: r.startedBy, waitingSince: waitingSinceOf(parts),
        snoozedAt: r.state === 'snoozed' ? at : null, snoozedUntil: r.state === 'snoozed' ? at + r.snoozeFor : null,
        closedAt: r.state === 'closed' ? at : null, closeCount, ratingRequest,
        // Every close but a current one was followed by a manual reopen (CONV-2).
        reopenings: Array.from({ length: closeCount - (r.state === 'closed' ? 1 : 0) }, () => ({ reason: 'manual' as const, snoozedAt: null, reopenedAt: at })),
        rating: ratingRequest !== null && r.rated ? { score: r.score, comment: r.comment, ratedAt: at, updatedAt: at } : null,
      });
    });
}
