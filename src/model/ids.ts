/**
 * A teammate's id. Any non-empty string; `__proto__` and `constructor` are safe, because every
 * collection in this library is an array or a `Map`.
 *
 * @example
 * ```ts
 * import type { TeammateId } from 'inbox-rules';
 * const ana: TeammateId = 'ana';
 * ```
 * @category Model
 */
export type TeammateId = string;

/**
 * A team (team inbox) id. Any non-empty string.
 *
 * @example
 * ```ts
 * import type { TeamId } from 'inbox-rules';
 * const billing: TeamId = 'billing';
 * ```
 * @category Model
 */
export type TeamId = string;

/**
 * A conversation id. Any non-empty string.
 *
 * @example
 * ```ts
 * import type { ConversationId } from 'inbox-rules';
 * const c1: ConversationId = 'c1';
 * ```
 * @category Model
 */
export type ConversationId = string;

/**
 * A contact (customer: user or lead) id. Any non-empty string.
 *
 * @example
 * ```ts
 * import type { ContactId } from 'inbox-rules';
 * const u1: ContactId = 'u1';
 * ```
 * @category Model
 */
export type ContactId = string;

/**
 * A point in time as epoch milliseconds (UTC). Every function that depends on time takes it as
 * input (`now`); nothing in this library reads the clock.
 *
 * @example
 * ```ts
 * import type { Instant } from 'inbox-rules';
 * const now: Instant = Date.parse('2026-01-05T09:00:00Z'); // => 1767603600000
 * ```
 * @category Model
 */
export type Instant = number;
