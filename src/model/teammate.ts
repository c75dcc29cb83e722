import {
  assertBoolean, assertCount, assertId, assertInstantOrNull, assertLimit, assertOneOf, assertRecord, assertString,
  assertTimeZone, fail, own, show,
} from '../_internal/validate.js';
import type { Instant, TeammateId } from './ids.js';

/**
 * The two statuses a teammate can have (STATUS-1). Away may carry `reassignReplies`, which gives
 * three effective modes: Active, Away, and Away + reassign.
 *
 * @example
 * ```ts
 * import { TEAMMATE_STATUSES } from 'inbox-rules';
 * TEAMMATE_STATUSES; // => ['active', 'away']
 * ```
 * @category Model
 */
export const TEAMMATE_STATUSES = ['active', 'away'] as const;

/**
 * A teammate's status: `'active'` or `'away'` (STATUS-1).
 *
 * @example
 * ```ts
 * import type { TeammateStatus } from 'inbox-rules';
 * const status: TeammateStatus = 'away';
 * ```
 * @category Model
 */
export type TeammateStatus = (typeof TEAMMATE_STATUSES)[number];

/**
 * A teammate of the workspace, as every rule function reads it. Build one with
 * {@link createTeammate}, which fills the defaults and validates the invariants below.
 *
 * Invariants: `awayReason` is null and `reassignReplies` is false unless `status` is `'away'`
 * (STATUS-5, STATUS-6); `assignmentLimit` is a positive integer or null (ASSIGN-26); `openCount`
 * is the number of `open` conversations whose teammate slot is this teammate (ASSIGN-16).
 *
 * @example
 * ```ts
 * import { createTeammate } from 'inbox-rules';
 * const ana = createTeammate({ id: 'ana', name: 'Ana', assignmentLimit: 3 });
 * ana.status; // => 'active'
 * ```
 * @category Model
 */
export interface Teammate {
  /** Unique id. */
  readonly id: TeammateId;
  /** Display name; round robin rotates by it (ASSIGN-30). Defaults to the id. */
  readonly name: string;
  /** E-mail address, or null. Outbound messages can never be addressed to it (OUT-7). */
  readonly email: string | null;
  /** The `@handle` used in mentions (without the `@`). Defaults to the id. */
  readonly handle: string;
  /** `'active'` or `'away'` (STATUS-1). A new teammate is active (STATUS-2). */
  readonly status: TeammateStatus;
  /** Why the teammate is away; only while away (STATUS-5). */
  readonly awayReason: string | null;
  /** Away + reassign: a customer reply unassigns them (STATUS-9, STATUS-10). Only while away (STATUS-6). */
  readonly reassignReplies: boolean;
  /** Balanced assignment stops at this many open conversations (ASSIGN-13); null = no limit. */
  readonly assignmentLimit: number | null;
  /** Without an inbox seat a teammate cannot be assigned conversations (STATUS-15). */
  readonly inboxSeat: boolean;
  /** IANA time zone, used for snooze presets (SNOOZE-3) and display (SNOOZE-9). Defaults to `'UTC'`. */
  readonly timezone: string;
  /** Open conversations assigned to this teammate, across all team inboxes (ASSIGN-16). */
  readonly openCount: number;
  /** When the teammate last got a conversation, by any assignment (ASSIGN-18); null = never. */
  readonly lastAssignedAt: Instant | null;
  /** Permission "Can send outbound emails from custom addresses" (OUT-3). */
  readonly canSendFromCustomAddresses: boolean;
}

/**
 * What {@link createTeammate} accepts: an `id` and any fields of {@link Teammate} to override the
 * defaults.
 *
 * @example
 * ```ts
 * import type { TeammateInput } from 'inbox-rules';
 * const input: TeammateInput = { id: 'ben', status: 'away', reassignReplies: true };
 * ```
 * @category Model
 */
export type TeammateInput = {
  /** Unique id. */
  readonly id: TeammateId;
} & { readonly [K in Exclude<keyof Teammate, 'id'>]?: Teammate[K] | undefined };

/**
 * Builds a {@link Teammate} with defaults (active, no reason, no reassign, no limit, a seat, UTC,
 * nothing open, never assigned) and validates every field.
 *
 * @param input - the id plus any fields to set.
 * @returns a new teammate; the input is not mutated.
 * @throws {@link InboxRuleError} `invalid-id`, `invalid-status`, `away-reason-while-active`
 * (STATUS-5), `reassign-while-active` (STATUS-6), `invalid-assignment-limit` (ASSIGN-26),
 * `invalid-open-count`, `invalid-instant`, `invalid-time-zone`, or `invalid-argument`.
 * @example
 * ```ts
 * import { createTeammate } from 'inbox-rules';
 * createTeammate({ id: 'ana' });
 * // => { id: 'ana', name: 'ana', email: null, handle: 'ana', status: 'active', awayReason: null,
 * //      reassignReplies: false, assignmentLimit: null, inboxSeat: true, timezone: 'UTC',
 * //      openCount: 0, lastAssignedAt: null, canSendFromCustomAddresses: false }
 * ```
 * @category Model
 */
export function createTeammate(input: TeammateInput): Teammate {
  const raw = assertRecord(input, 'teammate');
  const id = assertId(own(raw, 'id'), 'teammate.id');
  const get = (key: string): unknown => own(raw, key);
  const status = get('status') === undefined ? 'active' : assertOneOf(get('status'), TEAMMATE_STATUSES, `teammate ${show(id)} status`, 'invalid-status');
  const awayReason = get('awayReason') ?? null;
  if (awayReason !== null) assertString(awayReason, `teammate ${show(id)} awayReason`);
  const reassignReplies = get('reassignReplies') === undefined ? false : assertBoolean(get('reassignReplies'), `teammate ${show(id)} reassignReplies`);
  assertAwayOnlyFields(`teammate ${show(id)}`, id, status, awayReason, reassignReplies);
  const text = (key: string, fallback: string): string => (get(key) === undefined ? fallback : assertString(get(key), `teammate ${show(id)} ${key}`));
  const email = get('email') ?? null;
  return makeTeammate(
    id,
    text('name', id),
    email === null ? null : assertString(email, `teammate ${show(id)} email`),
    text('handle', id),
    status,
    awayReason as string | null,
    reassignReplies,
    get('assignmentLimit') === undefined ? null : assertLimit(get('assignmentLimit'), `teammate ${show(id)} assignmentLimit`),
    get('inboxSeat') === undefined ? true : assertBoolean(get('inboxSeat'), `teammate ${show(id)} inboxSeat`),
    get('timezone') === undefined ? 'UTC' : assertTimeZone(get('timezone'), `teammate ${show(id)} timezone`),
    get('openCount') === undefined ? 0 : assertCount(get('openCount'), `teammate ${show(id)} openCount`),
    get('lastAssignedAt') === undefined ? null : assertInstantOrNull(get('lastAssignedAt'), `teammate ${show(id)} lastAssignedAt`),
    get('canSendFromCustomAddresses') === undefined ? false : assertBoolean(get('canSendFromCustomAddresses'), `teammate ${show(id)} canSendFromCustomAddresses`),
  );
}

/**
 * STATUS-5 and STATUS-6: an away reason and `reassignReplies` only while away. The one check, and
 * the one wording, for every reader of a teammate value; `where` names it (`teammate "ana"`).
 * @internal
 */
export function assertAwayOnlyFields(where: string, id: TeammateId, status: TeammateStatus, awayReason: unknown, reassignReplies: unknown): void {
  if (status === 'active' && awayReason !== null) fail('away-reason-while-active', `${where} is active but has an away reason; a reason is only valid while away (STATUS-5).`, { teammate: id });
  assertReassignWhileAway(where, id, status, reassignReplies);
}

/**
 * STATUS-6 alone (for readers that do not read the away reason): `reassignReplies` only while away.
 * @internal
 */
export function assertReassignWhileAway(where: string, id: TeammateId, status: TeammateStatus, reassignReplies: unknown): void {
  if (status === 'active' && reassignReplies === true) fail('reassign-while-active', `${where} is active but has reassignReplies on; it is only valid while away (STATUS-6).`, { teammate: id });
}

/**
 * The one factory every teammate value goes through (fixed property order keeps V8 shapes stable,
 * which keeps scans fast; see DESIGN.md). No validation: callers validate first.
 * @internal
 */
export function makeTeammate(
  id: TeammateId, name: string, email: string | null, handle: string, status: TeammateStatus, awayReason: string | null,
  reassignReplies: boolean, assignmentLimit: number | null, inboxSeat: boolean, timezone: string, openCount: number,
  lastAssignedAt: Instant | null, canSendFromCustomAddresses: boolean,
): Teammate {
  return { id, name, email, handle, status, awayReason, reassignReplies, assignmentLimit, inboxSeat, timezone, openCount, lastAssignedAt, canSendFromCustomAddresses };
}

/**
 * Returns a copy of `teammate` with some fields replaced, rebuilt through the same factory (no
 * spreads) and without re-validation: use it only with values already validated.
 * @internal
 */
export function withTeammate(teammate: Teammate, changes: Partial<Teammate>): Teammate {
  // A factory copy (one V8 shape for every teammate, so the balanced scan stays monomorphic), then
  // the changed fields written over it: every key of `changes` is a Teammate field, so no shape
  // changes. About 7x faster than reading each field through hasOwnProperty; the workspace writes
  // a teammate on every assignment. (exactOptionalPropertyTypes: no change is ever `undefined`.)
  const t = teammate;
  return Object.assign(makeTeammate(
    t.id, t.name, t.email, t.handle, t.status, t.awayReason, t.reassignReplies, t.assignmentLimit, t.inboxSeat, t.timezone, t.openCount,
    t.lastAssignedAt, t.canSendFromCustomAddresses,
  ), changes);
}
