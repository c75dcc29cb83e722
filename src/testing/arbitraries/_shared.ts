// Building blocks shared by the public arbitraries: id pools (with the awkward ids that break
// naive object maps, at low weight), realistic instants, option readers. Private.
import * as fc from 'fast-check';
import { assertArray, assertBoolean, assertId, assertRecord, fail, own, show } from '../../_internal/validate.js';
import type { Instant } from '../../model/index.js';

/** 2020-01-01T00:00:00Z: the earliest instant any arbitrary generates. */
export const MIN_INSTANT: Instant = 1_577_836_800_000;
/** 2035-01-01T00:00:00Z: the latest instant any arbitrary generates. */
export const MAX_INSTANT: Instant = 2_051_222_400_000;
/** 2026-01-05T09:00:00Z: the anchor of the tie-friendly instants. */
const ANCHOR: Instant = 1_767_603_600_000;
const HOUR = 3_600_000;
/** One day in milliseconds. */
export const DAY = 24 * HOUR;

/** Ids that are plain keys in a Map but traps as plain-object keys. */
export const AWKWARD_IDS: readonly string[] = Object.freeze(['__proto__', 'constructor']);
/** Default teammate ids (readable, valid @handles). */
export const TEAMMATE_IDS: readonly string[] = Object.freeze(['ana', 'ben', 'cy', 'dee', 'eve', 'finn', 'gus', 'hana']);
/** Default team ids. */
export const TEAM_IDS: readonly string[] = Object.freeze(['billing', 'sales', 'vip', 'support']);
/** Default conversation ids. */
export const CONVERSATION_IDS: readonly string[] = Object.freeze(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']);
/** Default contact ids. */
export const CONTACT_IDS: readonly string[] = Object.freeze(['u1', 'u2', 'u3']);
/** Display names, with a case variant and an accent so rotation order (ASSIGN-30) is exercised. */
export const NAMES: readonly string[] = Object.freeze(['Ana', 'ana', 'Ben', 'Cy', 'Dee', 'Émile', 'Zoe']);
/** Time zones with whole, half and 45-minute offsets and DST. */
export const TIME_ZONES: readonly string[] = Object.freeze(['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham']);

/** Any instant from 2020 to 2035. */
export const instantArbitrary: fc.Arbitrary<Instant> = fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT });

/**
 * Instants that collide often (a few hours of one day), and sometimes any instant of the range:
 * ties are what tie-break rules are about (ASSIGN-17).
 */
export const tieFriendlyInstantArbitrary: fc.Arbitrary<Instant> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }).map((n) => ANCHOR + n * HOUR) },
  { weight: 1, arbitrary: instantArbitrary },
);

/**
 * An id from `pool` when one is given (uniformly), otherwise from `defaults` with the awkward ids
 * (`__proto__`, `constructor`) mixed in at low weight. Shrinks towards the first plain id.
 */
export function idFrom(pool: readonly string[] | undefined, defaults: readonly string[]): fc.Arbitrary<string> {
  if (pool !== undefined) return fc.constantFrom(...pool);
  return fc.oneof(
    { withCrossShrink: true },
    { weight: 12, arbitrary: fc.constantFrom(...defaults) },
    { weight: 1, arbitrary: fc.constantFrom(...AWKWARD_IDS) },
  );
}

/** The options object of an arbitrary (undefined = all defaults). */
export function readOptions(value: unknown, fn: string): Readonly<Record<string, unknown>> {
  return value === undefined ? {} : assertRecord(value, `${fn} options`);
}

/** An optional non-empty list of unique ids. */
export function optionalIds(options: Readonly<Record<string, unknown>>, key: string, fn: string): readonly string[] | undefined {
  const value = own(options, key);
  if (value === undefined) return undefined;
  const ids = assertArray(value, `${fn}: options.${key}`).map((id) => assertId(id, `${fn}: options.${key} entry`));
  if (ids.length === 0) fail('invalid-argument', `${fn}: options.${key} must list at least one id (or be left out for the default pool).`, { [key]: value });
  if (new Set(ids).size !== ids.length) fail('duplicate-id', `${fn}: options.${key} lists an id twice; list each id once.`, { [key]: value });
  return ids;
}

/** An optional list of ids that may be empty (a pool to draw members or slots from). */
export function optionalIdList(options: Readonly<Record<string, unknown>>, key: string, fn: string): readonly string[] | undefined {
  const value = own(options, key);
  if (value === undefined) return undefined;
  const ids = assertArray(value, `${fn}: options.${key}`).map((id) => assertId(id, `${fn}: options.${key} entry`));
  if (new Set(ids).size !== ids.length) fail('duplicate-id', `${fn}: options.${key} lists an id twice; list each id once.`, { [key]: value });
  return ids;
}

/** An optional integer in [min, max], or the default. */
export function optionalInteger(options: Readonly<Record<string, unknown>>, key: string, fn: string, min: number, max: number, fallback: number): number {
  const value = own(options, key);
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail('invalid-argument', `${fn}: options.${key} must be an integer from ${min} to ${max}, got ${show(value)}.`, { [key]: value });
  }
  return value;
}

/** An optional boolean, or the default. */
export function optionalBoolean(options: Readonly<Record<string, unknown>>, key: string, fn: string, fallback: boolean): boolean {
  const value = own(options, key);
  return value === undefined ? fallback : assertBoolean(value, `${fn}: options.${key}`);
}

/** An optional non-empty list of values from a closed set, or the default. */
export function optionalSubset<T extends string>(
  options: Readonly<Record<string, unknown>>, key: string, fn: string, allowed: readonly T[], fallback: readonly T[],
): readonly T[] {
  const value = own(options, key);
  if (value === undefined) return fallback;
  const list = assertArray(value, `${fn}: options.${key}`);
  if (list.length === 0 || !list.every((v) => typeof v === 'string' && (allowed as readonly string[]).includes(v))) {
    fail('invalid-argument', `${fn}: options.${key} must be a non-empty list of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${show(value)}.`, { [key]: value });
  }
  return list as readonly T[];
}

/** `fc.constantFrom` over a list that may be empty: `null` when it is. */
export function oneOfOrNull<T>(list: readonly T[]): fc.Arbitrary<T | null> {
  return list.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...list), { nil: null });
}

/** Message texts, short and long, so the 250-character rating threshold (RATING-4) is crossed either way. */
export const TEXTS: readonly string[] = Object.freeze([
  'Hi, my invoice is wrong',
  'Thanks!',
  'Could you check the charge from last week? It shows twice on my card and I only ordered once. The order number is 4411, placed on Monday.',
  'Sorry about that, I have refunded the duplicate charge. It will be back on your card within five working days; I will keep an eye on it.',
  'Any news?',
  'Here is the export you asked for, with every line of the March statement, including the ones that were voided or refunded in April.',
]);
