// The generated fields of one teammate, shared by every arbitrary that builds teammates, so they
// all cover the same cases (three status modes, seats, limits at and around the load, ties).
import * as fc from 'fast-check';
import { createTeammate, type Teammate, type TeammateId } from '../../model/index.js';
import { assertArray, assertTimeZone, fail, own } from '../../_internal/validate.js';
import { NAMES, TIME_ZONES, optionalInteger, tieFriendlyInstantArbitrary } from './_shared.js';

/** The bounds a teammate's generated fields stay within. */
export interface TeammateShape {
  /** Largest `openCount`. */
  readonly maxOpenCount: number;
  /** Largest `assignmentLimit` (limits go from 1 to this, or null). */
  readonly maxAssignmentLimit: number;
  /** Zones to pick `timezone` from. */
  readonly timezones: readonly string[];
}

/**
 * Reads the shape options every teammate-building arbitrary accepts: `maxOpenCount` (default 6),
 * `maxAssignmentLimit` (default 4) and `timezones` (default {@link TIME_ZONES}).
 */
export function readTeammateShape(options: Readonly<Record<string, unknown>>, fn: string): TeammateShape {
  const zones = own(options, 'timezones');
  let timezones = TIME_ZONES;
  if (zones !== undefined) {
    timezones = assertArray(zones, `${fn}: options.timezones`).map((z) => assertTimeZone(z, `${fn}: options.timezones entry`));
    if (timezones.length === 0) fail('invalid-argument', `${fn}: options.timezones must list at least one IANA zone (or be left out).`, { timezones: zones });
  }
  return {
    maxOpenCount: optionalInteger(options, 'maxOpenCount', fn, 0, 1000, 6),
    maxAssignmentLimit: optionalInteger(options, 'maxAssignmentLimit', fn, 1, 1000, 4),
    timezones,
  };
}

/** A teammate's fields, before the id is known. */
export interface TeammateFields {
  /** Display name. */
  readonly name: string;
  /** Active, away, or away and reassigning (STATUS-1). */
  readonly mode: 'active' | 'away' | 'away-reassign';
  /** An away reason, used only while away (STATUS-5). */
  readonly awayReason: string | null;
  /** Inbox seat (STATUS-15). */
  readonly inboxSeat: boolean;
  /** Assignment limit, or null (ASSIGN-26). */
  readonly assignmentLimit: number | null;
  /** Open conversations (ASSIGN-16). */
  readonly openCount: number;
  /** Last assignment, or null (ASSIGN-17, ASSIGN-18). */
  readonly lastAssignedAt: number | null;
  /** IANA zone. */
  readonly timezone: string;
  /** Whether the teammate has an e-mail address. */
  readonly hasEmail: boolean;
  /** OUT-3 permission. */
  readonly canSendFromCustomAddresses: boolean;
}

/** The generator of {@link TeammateFields}. */
export function teammateFieldsArbitrary(shape: TeammateShape): fc.Arbitrary<TeammateFields> {
  return fc.record({
    name: fc.constantFrom(...NAMES),
    mode: fc.oneof(
      { withCrossShrink: true },
      { weight: 3, arbitrary: fc.constant('active' as const) },
      { weight: 1, arbitrary: fc.constant('away' as const) },
      { weight: 1, arbitrary: fc.constant('away-reassign' as const) },
    ),
    awayReason: fc.option(fc.constantFrom('Lunch', 'Holiday', 'Meeting'), { nil: null }),
    inboxSeat: fc.oneof({ withCrossShrink: true }, { weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    assignmentLimit: fc.option(fc.integer({ min: 1, max: shape.maxAssignmentLimit }), { nil: null, freq: 3 }),
    openCount: fc.integer({ min: 0, max: shape.maxOpenCount }),
    lastAssignedAt: fc.option(tieFriendlyInstantArbitrary, { nil: null, freq: 3 }),
    timezone: fc.constantFrom(...shape.timezones),
    hasEmail: fc.boolean(),
    canSendFromCustomAddresses: fc.boolean(),
  });
}

/** An address derived from the id, for generated teammates and contacts. */
export function emailFor(id: string, domain: string): string {
  const local = id.replace(/[^a-z0-9]/gi, '').toLowerCase();
  return `${local === '' ? 'someone' : local}@${domain}`;
}

/** Builds the teammate through {@link createTeammate}, so it is valid by construction. */
export function buildTeammate(id: TeammateId, f: TeammateFields): Teammate {
  const away = f.mode !== 'active';
  return createTeammate({
    id, name: f.name, email: f.hasEmail ? emailFor(id, 'acme.test') : null, status: away ? 'away' : 'active',
    awayReason: away ? f.awayReason : null, reassignReplies: f.mode === 'away-reassign', assignmentLimit: f.assignmentLimit,
    inboxSeat: f.inboxSeat, timezone: f.timezone, openCount: f.openCount, lastAssignedAt: f.lastAssignedAt,
    canSendFromCustomAddresses: f.canSendFromCustomAddresses,
  });
}
