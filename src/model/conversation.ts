import {
  assertArray, assertBoolean, assertCount, assertId, assertInstant, assertInstantOrNull, assertOneOf, assertRecord,
  assertString, fail, isId, isIdList, isIdOrNull, isInstant, isInstantOrNull, own, show,
} from '../_internal/validate.js';
import type { ContactId, ConversationId, Instant, TeamId, TeammateId } from './ids.js';

/**
 * The states of a conversation (CONV-1).
 *
 * @example
 * ```ts
 * import { CONVERSATION_STATES } from 'inbox-rules';
 * CONVERSATION_STATES; // => ['open', 'snoozed', 'closed']
 * ```
 * @category Model
 */
export const CONVERSATION_STATES = ['open', 'snoozed', 'closed'] as const;

/**
 * A conversation's state: `'open'`, `'snoozed'` or `'closed'` (CONV-1).
 *
 * @example
 * ```ts
 * import type { ConversationState } from 'inbox-rules';
 * const state: ConversationState = 'snoozed';
 * ```
 * @category Model
 */
export type ConversationState = (typeof CONVERSATION_STATES)[number];

/**
 * The kinds of conversation part. Only `teammate-reply` and `customer-reply` are customer-visible
 * messages written by people; `bot-reply` covers Fin, bots, workflows and Operator; `note` is
 * internal (never seen by the customer).
 *
 * @example
 * ```ts
 * import { PART_TYPES } from 'inbox-rules';
 * PART_TYPES; // => ['customer-reply', 'teammate-reply', 'bot-reply', 'note']
 * ```
 * @category Model
 */
export const PART_TYPES = ['customer-reply', 'teammate-reply', 'bot-reply', 'note'] as const;

/**
 * A customer's message (a contact: user or lead).
 *
 * @example
 * ```ts
 * import type { CustomerReplyPart } from 'inbox-rules';
 * const part: CustomerReplyPart = { type: 'customer-reply', author: 'u1', text: 'My invoice is wrong', at: 0 };
 * ```
 * @category Model
 */
export interface CustomerReplyPart {
  /** The part type. */
  readonly type: 'customer-reply';
  /** The contact who wrote it. */
  readonly author: ContactId;
  /** Plain text. */
  readonly text: string;
  /** When it was sent. */
  readonly at: Instant;
}

/**
 * A customer-visible message written by a human teammate (the glossary's "teammate reply").
 *
 * @example
 * ```ts
 * import type { TeammateReplyPart } from 'inbox-rules';
 * const part: TeammateReplyPart = { type: 'teammate-reply', author: 'ana', text: 'Fixed, sorry!', at: 0 };
 * ```
 * @category Model
 */
export interface TeammateReplyPart {
  /** The part type. */
  readonly type: 'teammate-reply';
  /** The teammate who wrote it. */
  readonly author: TeammateId;
  /** Plain text. */
  readonly text: string;
  /** When it was sent. */
  readonly at: Instant;
}

/**
 * A customer-visible message from Fin, a bot, a workflow or Operator: never a teammate reply.
 *
 * @example
 * ```ts
 * import type { BotReplyPart } from 'inbox-rules';
 * const part: BotReplyPart = { type: 'bot-reply', author: 'fin', text: 'Here is an article', at: 0 };
 * ```
 * @category Model
 */
export interface BotReplyPart {
  /** The part type. */
  readonly type: 'bot-reply';
  /** Which bot, e.g. `'fin'` or `'workflow'`. */
  readonly author: string;
  /** Plain text. */
  readonly text: string;
  /** When it was sent. */
  readonly at: Instant;
}

/**
 * An internal note: never seen by the customer; `@handle` mentions in it notify (MENTION-1).
 *
 * @example
 * ```ts
 * import type { NotePart } from 'inbox-rules';
 * const part: NotePart = { type: 'note', author: 'ana', text: '@ben can you check?', at: 0 };
 * ```
 * @category Model
 */
export interface NotePart {
  /** The part type. */
  readonly type: 'note';
  /** The teammate who wrote it. */
  readonly author: TeammateId;
  /** Plain text. */
  readonly text: string;
  /** When it was written. */
  readonly at: Instant;
}

/**
 * One message in a conversation, discriminated by `type` (see {@link PART_TYPES}). Only
 * `teammate-reply` and `customer-reply` are customer-visible messages written by people.
 *
 * @example
 * ```ts
 * import type { Part } from 'inbox-rules';
 * const part: Part = { type: 'note', author: 'ana', text: '@ben can you check?', at: 0 };
 * ```
 * @category Model
 */
export type Part = CustomerReplyPart | TeammateReplyPart | BotReplyPart | NotePart;

/**
 * The channels a conversation runs on; a rating request goes out on the conversation's channel
 * (RATING-15).
 *
 * @example
 * ```ts
 * import { CHANNELS } from 'inbox-rules';
 * CHANNELS; // => ['messenger', 'email']
 * ```
 * @category Model
 */
export const CHANNELS = ['messenger', 'email'] as const;

/**
 * A conversation's channel: `'messenger'` (in-app) or `'email'`.
 *
 * @example
 * ```ts
 * import type { Channel } from 'inbox-rules';
 * const channel: Channel = 'email';
 * ```
 * @category Model
 */
export type Channel = (typeof CHANNELS)[number];

/**
 * Why a snoozed or closed conversation became open again (SNOOZE-5 to SNOOZE-8, SNOOZE-14, CONV-2).
 *
 * @example
 * ```ts
 * import { REOPEN_REASONS } from 'inbox-rules';
 * REOPEN_REASONS[0]; // => 'snooze-ended'
 * ```
 * @category Model
 */
export const REOPEN_REASONS = ['snooze-ended', 'customer-replied', 'teammate-replied', 'note-added', 'manual'] as const;

/**
 * One of {@link REOPEN_REASONS}.
 *
 * @example
 * ```ts
 * import type { ReopenReason } from 'inbox-rules';
 * const why: ReopenReason = 'customer-replied';
 * ```
 * @category Model
 */
export type ReopenReason = (typeof REOPEN_REASONS)[number];

/**
 * The audit record of one reopening (SNOOZE-9): when the conversation had been snoozed (null when
 * it was closed, not snoozed), when it reopened, and why.
 *
 * @example
 * ```ts
 * import type { Reopening } from 'inbox-rules';
 * const r: Reopening = { reason: 'snooze-ended', snoozedAt: 0, reopenedAt: 3_600_000 };
 * ```
 * @category Model
 */
export interface Reopening {
  /** Why it reopened. */
  readonly reason: ReopenReason;
  /** When it had been snoozed; null when it was closed. */
  readonly snoozedAt: Instant | null;
  /** When it reopened. */
  readonly reopenedAt: Instant;
}

/**
 * A rating request that was sent (RATING-1), with the teammate credited for the rating, fixed at
 * the time the request was sent (RATING-10).
 *
 * @example
 * ```ts
 * import type { RatingRequest } from 'inbox-rules';
 * const req: RatingRequest = { requestedAt: 0, teammate: 'ana', contact: 'u1' };
 * ```
 * @category Model
 */
export interface RatingRequest {
  /** When the request was sent (the close). */
  readonly requestedAt: Instant;
  /** The teammate credited: the sender of the last teammate reply (RATING-10). */
  readonly teammate: TeammateId;
  /** The one customer asked (RATING-5). */
  readonly contact: ContactId;
}

/**
 * A customer's rating (RATING-11): a score from 1 to 5 and an optional comment (remark).
 *
 * @example
 * ```ts
 * import type { Rating } from 'inbox-rules';
 * const rating: Rating = { score: 5, comment: null, ratedAt: 0, updatedAt: 0 };
 * ```
 * @category Model
 */
export interface Rating {
  /** An integer from 1 to 5. */
  readonly score: number;
  /** The remark; once a comment is recorded the rating is final (RATING-12). */
  readonly comment: string | null;
  /** When the first rating was given. */
  readonly ratedAt: Instant;
  /** When it was last changed. */
  readonly updatedAt: Instant;
}

/**
 * A conversation, as every rule function reads it. Build one with {@link createConversation}.
 *
 * The `team` and `teammate` slots are independent (ASSIGN-1). `snoozedUntil` and `snoozedAt` are
 * set exactly while `state` is `'snoozed'`.
 *
 * @example
 * ```ts
 * import { createConversation } from 'inbox-rules';
 * const c = createConversation({ id: 'c1', createdAt: 0, customers: ['u1'], team: 'billing' });
 * c.state; // => 'open'
 * ```
 * @category Model
 */
export interface Conversation {
  /** Unique id. */
  readonly id: ConversationId;
  /** `'open'`, `'snoozed'` or `'closed'` (CONV-1). */
  readonly state: ConversationState;
  /** The team-assignee slot, or null (ASSIGN-1). */
  readonly team: TeamId | null;
  /** The teammate-assignee slot, or null (ASSIGN-1). */
  readonly teammate: TeammateId | null;
  /** The contacts taking part (RATING-5 needs exactly one). */
  readonly customers: readonly ContactId[];
  /** Replies and notes, oldest first. */
  readonly parts: readonly Part[];
  /** Priority is binary (LIST-3); priority conversations are drained first (ASSIGN-23). */
  readonly priority: boolean;
  /** `'messenger'` or `'email'` (RATING-15). */
  readonly channel: Channel;
  /** When the conversation started. */
  readonly createdAt: Instant;
  /** The teammate who started it as an outbound conversation (OUT-12), or null when a customer did. */
  readonly startedBy: TeammateId | null;
  /** Time of the customer's oldest unanswered message; null when the last reply was a teammate's (LIST-6). */
  readonly waitingSince: Instant | null;
  /** When it entered its current team inbox (ASSIGN-23 fallback); null without a team. */
  readonly teamSince: Instant | null;
  /** Whether the teammate slot was set by a manual assignment (which may exceed limits, ASSIGN-8). */
  readonly assignedManually: boolean;
  /** When it was snoozed, while snoozed. */
  readonly snoozedAt: Instant | null;
  /** When the snooze ends (inclusive, SNOOZE-5), while snoozed. */
  readonly snoozedUntil: Instant | null;
  /** Every reopening, oldest first (SNOOZE-9). */
  readonly reopenings: readonly Reopening[];
  /** When it was last closed, while closed. */
  readonly closedAt: Instant | null;
  /** How many times it has been closed (RATING-7 checks the first close). */
  readonly closeCount: number;
  /** The rating request, once one was sent (RATING-7: at most one ever). */
  readonly ratingRequest: RatingRequest | null;
  /** The customer's rating, once given (RATING-11 to RATING-13). */
  readonly rating: Rating | null;
}

/**
 * What {@link createConversation} accepts: `id`, `createdAt`, and any fields of
 * {@link Conversation} to set.
 *
 * @example
 * ```ts
 * import type { ConversationInput } from 'inbox-rules';
 * const input: ConversationInput = { id: 'c1', createdAt: 0, teammate: 'ana' };
 * ```
 * @category Model
 */
export type ConversationInput = {
  /** Unique id. */
  readonly id: ConversationId;
  /** When the conversation started. */
  readonly createdAt: Instant;
} & {
  readonly [K in Exclude<keyof Conversation, 'id' | 'createdAt'>]?: Conversation[K] | undefined;
};

// The fast check: whether a value is already a complete, valid conversation, exactly as
// createConversation would accept it with every field given. No allocation, no message strings:
// the rule functions call it first and fall back to createConversation (which throws the precise
// error, or fills the defaults of a partial input) only when it says no. It may be stricter than
// createConversation, never looser (a property test checks both directions on valid input).

function isPart(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as { readonly type?: unknown; readonly author?: unknown; readonly text?: unknown; readonly at?: unknown };
  const type = p.type;
  const known = type === 'customer-reply' || type === 'teammate-reply' || type === 'note' ? isId(p.author) : type === 'bot-reply' && typeof p.author === 'string';
  return known && typeof p.text === 'string' && isInstant(p.at);
}

function isReopening(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { readonly reason?: unknown; readonly snoozedAt?: unknown; readonly reopenedAt?: unknown };
  return (REOPEN_REASONS as readonly unknown[]).includes(r.reason) && isInstantOrNull(r.snoozedAt) && isInstant(r.reopenedAt);
}

function isRatingRequestOrNull(v: unknown): boolean {
  if (v === null) return true;
  if (typeof v !== 'object') return false;
  const r = v as { readonly requestedAt?: unknown; readonly teammate?: unknown; readonly contact?: unknown };
  return isInstant(r.requestedAt) && isId(r.teammate) && isId(r.contact);
}

function isRatingOrNull(v: unknown): boolean {
  if (v === null) return true;
  if (typeof v !== 'object') return false;
  const r = v as { readonly score?: unknown; readonly comment?: unknown; readonly ratedAt?: unknown; readonly updatedAt?: unknown };
  return Number.isInteger(r.score) && (r.score as number) >= 1 && (r.score as number) <= 5 && (r.comment === null || typeof r.comment === 'string') &&
    isInstant(r.ratedAt) && isInstant(r.updatedAt);
}

function allParts(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!isPart(v[i])) return false;
  return true;
}

function allReopenings(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!isReopening(v[i])) return false;
  return true;
}

/**
 * Whether `value` is a complete, valid {@link Conversation} (every field present and valid), with
 * no allocation. False sends a value to {@link createConversation}.
 * @internal
 */
export function isConversation(value: unknown): value is Conversation {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as { readonly [K in keyof Conversation]?: unknown };
  const { state, snoozedAt, snoozedUntil } = c;
  const snoozed = state === 'snoozed';
  return isId(c.id) && (snoozed || state === 'open' || state === 'closed') && isIdOrNull(c.team) && isIdOrNull(c.teammate) &&
    typeof c.priority === 'boolean' && (c.channel === 'messenger' || c.channel === 'email') && isInstant(c.createdAt) &&
    isIdOrNull(c.startedBy) && isInstantOrNull(c.waitingSince) && isInstantOrNull(c.teamSince) && typeof c.assignedManually === 'boolean' &&
    (snoozed ? isInstant(snoozedAt) && isInstant(snoozedUntil) : snoozedAt === null && snoozedUntil === null) &&
    isInstantOrNull(c.closedAt) && Number.isInteger(c.closeCount) && (c.closeCount as number) >= 0 &&
    isRatingRequestOrNull(c.ratingRequest) && isRatingOrNull(c.rating) &&
    isIdList(c.customers) && allParts(c.parts) && allReopenings(c.reopenings);
}

function validatePart(raw: unknown, where: string): Part {
  const p = assertRecord(raw, where);
  const type = assertOneOf(own(p, 'type'), PART_TYPES, `${where}.type`);
  const author = type === 'bot-reply' ? assertString(own(p, 'author') ?? 'bot', `${where}.author`) : assertId(own(p, 'author'), `${where}.author`);
  return { type, author, text: assertString(own(p, 'text'), `${where}.text`), at: assertInstant(own(p, 'at'), `${where}.at`) };
}

function validateRating(raw: unknown, where: string): Rating {
  const r = assertRecord(raw, where);
  const score = own(r, 'score');
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) {
    fail('invalid-score', `${where}.score must be an integer from 1 to 5, got ${show(score)}.`, { score });
  }
  const comment = own(r, 'comment') ?? null;
  return {
    score,
    comment: comment === null ? null : assertString(comment, `${where}.comment`),
    ratedAt: assertInstant(own(r, 'ratedAt'), `${where}.ratedAt`),
    updatedAt: assertInstant(own(r, 'updatedAt'), `${where}.updatedAt`),
  };
}

/**
 * Builds a {@link Conversation} with defaults (open, unassigned, no parts, not priority,
 * messenger, customer-started, never snoozed, closed or rated) and validates it.
 *
 * @param input - `id`, `createdAt` and any fields to set.
 * @returns a new conversation; the input is not mutated (arrays are copied).
 * @throws {@link InboxRuleError} `invalid-id`, `invalid-instant`, `invalid-score`, `invalid-channel`,
 * or `invalid-argument` (including a snooze time without the snoozed state, or the reverse).
 * @example
 * ```ts
 * import { createConversation } from 'inbox-rules';
 * const c = createConversation({ id: 'c1', createdAt: 0, state: 'snoozed', snoozedAt: 0, snoozedUntil: 60_000 });
 * c.snoozedUntil; // => 60000
 * ```
 * @category Model
 */
export function createConversation(input: ConversationInput): Conversation {
  const raw = assertRecord(input, 'conversation');
  const id = assertId(own(raw, 'id'), 'conversation.id');
  const where = `conversation ${show(id)}`;
  const get = (key: string): unknown => own(raw, key);
  const createdAt = assertInstant(get('createdAt'), `${where} createdAt`);
  const state = get('state') === undefined ? 'open' : assertOneOf(get('state'), CONVERSATION_STATES, `${where} state`);
  const optId = (key: string): string | null => (get(key) == null ? null : assertId(get(key), `${where} ${key}`));
  const optInstant = (key: string): Instant | null => (get(key) === undefined ? null : assertInstantOrNull(get(key), `${where} ${key}`));
  const team = optId('team');
  const snoozedAt = optInstant('snoozedAt');
  const snoozedUntil = optInstant('snoozedUntil');
  if ((state === 'snoozed') !== (snoozedUntil !== null) || (state === 'snoozed') !== (snoozedAt !== null)) {
    fail('invalid-argument', `${where}: snoozedAt and snoozedUntil must be set exactly when the state is "snoozed" (state is ${show(state)}).`, { conversation: id, state });
  }
  const customers = assertArray(get('customers') ?? [], `${where} customers`).map((c) => assertId(c, `${where} customer`));
  const parts = assertArray(get('parts') ?? [], `${where} parts`).map((p, i) => validatePart(p, `${where} parts[${i}]`));
  const reopenings = assertArray(get('reopenings') ?? [], `${where} reopenings`).map((r, i) => {
    const rec = assertRecord(r, `${where} reopenings[${i}]`);
    return {
      reason: assertOneOf(own(rec, 'reason'), REOPEN_REASONS, `${where} reopenings[${i}].reason`),
      snoozedAt: assertInstantOrNull(own(rec, 'snoozedAt') ?? null, `${where} reopenings[${i}].snoozedAt`),
      reopenedAt: assertInstant(own(rec, 'reopenedAt'), `${where} reopenings[${i}].reopenedAt`),
    };
  });
  const reqRaw = get('ratingRequest') ?? null;
  let ratingRequest: RatingRequest | null = null;
  if (reqRaw !== null) {
    const r = assertRecord(reqRaw, `${where} ratingRequest`);
    ratingRequest = {
      requestedAt: assertInstant(own(r, 'requestedAt'), `${where} ratingRequest.requestedAt`),
      teammate: assertId(own(r, 'teammate'), `${where} ratingRequest.teammate`),
      contact: assertId(own(r, 'contact'), `${where} ratingRequest.contact`),
    };
  }
  const ratingRaw = get('rating') ?? null;
  return makeConversation(
    id, state, team, optId('teammate'), customers, parts,
    get('priority') === undefined ? false : assertBoolean(get('priority'), `${where} priority`),
    get('channel') === undefined ? 'messenger' : assertOneOf(get('channel'), CHANNELS, `${where} channel`, 'invalid-channel'),
    createdAt, optId('startedBy'), optInstant('waitingSince'),
    get('teamSince') === undefined ? (team === null ? null : createdAt) : assertInstantOrNull(get('teamSince'), `${where} teamSince`),
    get('assignedManually') === undefined ? false : assertBoolean(get('assignedManually'), `${where} assignedManually`),
    snoozedAt, snoozedUntil, reopenings, optInstant('closedAt'),
    get('closeCount') === undefined ? 0 : assertCount(get('closeCount'), `${where} closeCount`),
    ratingRequest, ratingRaw === null ? null : validateRating(ratingRaw, `${where} rating`),
  );
}

/**
 * The one factory every conversation value goes through. No validation.
 * @internal
 */
export function makeConversation(
  id: ConversationId, state: ConversationState, team: TeamId | null, teammate: TeammateId | null, customers: readonly ContactId[],
  parts: readonly Part[], priority: boolean, channel: Channel, createdAt: Instant, startedBy: TeammateId | null,
  waitingSince: Instant | null, teamSince: Instant | null, assignedManually: boolean, snoozedAt: Instant | null,
  snoozedUntil: Instant | null, reopenings: readonly Reopening[], closedAt: Instant | null, closeCount: number,
  ratingRequest: RatingRequest | null, rating: Rating | null,
): Conversation {
  return {
    id, state, team, teammate, customers, parts, priority, channel, createdAt, startedBy, waitingSince, teamSince,
    assignedManually, snoozedAt, snoozedUntil, reopenings, closedAt, closeCount, ratingRequest, rating,
  };
}

/**
 * Returns a copy of `conversation` with some fields replaced, rebuilt through the one factory and
 * without re-validation: use it only with values already validated.
 * @internal
 */
export function withConversation(conversation: Conversation, changes: Partial<Conversation>): Conversation {
  // A factory copy, then the changed fields written over it (see withTeammate): one shape, and
  // several times faster than a hasOwnProperty read per field; this runs several times per
  // workspace event.
  const c = conversation;
  return Object.assign(makeConversation(
    c.id, c.state, c.team, c.teammate, c.customers, c.parts, c.priority, c.channel, c.createdAt, c.startedBy, c.waitingSince, c.teamSince,
    c.assignedManually, c.snoozedAt, c.snoozedUntil, c.reopenings, c.closedAt, c.closeCount, c.ratingRequest, c.rating,
  ), changes);
}
