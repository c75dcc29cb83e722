import { InboxRuleError, type InboxRuleErrorCode } from '../model/errors.js';

/** Renders a value for an error message without ever throwing (symbols, cycles, bigints). */
export function show(value: unknown): string {
  // JSON for all but numbers (NaN and Infinity would read as null); undefined for undefined, functions
  // and symbols, and a throw for bigints and cycles, fall back to the type's name.
  if (typeof value === 'number') return String(value);
  try {
    const text = JSON.stringify(value) as string | undefined;
    return text ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** Throws an {@link InboxRuleError}; typed `never` so callers can use it in expressions. */
export function fail(code: InboxRuleErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}): never {
  throw new InboxRuleError(code, message, details);
}

/**
 * Throws `code` with the one message shape of a bad field, "<what> must be <wanted>, got <value>.",
 * unless `ok`. Shared by the asserts below so each states only its test and what it wants.
 */
function expectField(ok: boolean, code: InboxRuleErrorCode, what: string, wanted: string, value: unknown): void {
  if (!ok) fail(code, `${what} must be ${wanted}, got ${show(value)}.`, { value, field: what });
}

// Plain predicates (no allocation, no message): the fast checks of the rule functions use them
// before falling back to the asserts below, which say what is wrong.

/** A non-empty string. */
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
/** An array of ids, every index included (`every` would skip the holes of a sparse array). */
export function isIdList(v: unknown): v is readonly string[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!isId(v[i])) return false;
  return true;
}
/** A non-empty string or null. */
export const isIdOrNull = (v: unknown): boolean => v === null || isId(v);
/** A finite number (an Instant). */
export const isInstant = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** An Instant or null. */
export const isInstantOrNull = (v: unknown): boolean => v === null || isInstant(v);
/** ASSIGN-26: a positive integer, or null for "no limit". */
export const isLimit = (v: unknown): boolean => v === null || (Number.isInteger(v) && (v as number) >= 1);

/** A non-empty string id. Any string is safe as a key, `__proto__` included: we only use Maps. */
export function assertId(value: unknown, what: string): string {
  expectField(isId(value), 'invalid-id', what, 'a non-empty string', value);
  return value as string;
}

/** A non-empty string id or null. */
export function assertIdOrNull(value: unknown, what: string): string | null {
  return value === null ? null : assertId(value, what);
}

/** A finite epoch-milliseconds number (an Instant). */
export function assertInstant(value: unknown, what: string): number {
  expectField(isInstant(value), 'invalid-instant', what, 'a finite number of epoch milliseconds', value);
  return value as number;
}

/** An Instant or null. */
export function assertInstantOrNull(value: unknown, what: string): number | null {
  return value === null ? null : assertInstant(value, what);
}

/** A boolean. */
export function assertBoolean(value: unknown, what: string): boolean {
  expectField(typeof value === 'boolean', 'invalid-argument', what, 'true or false', value);
  return value as boolean;
}

/** A string. */
export function assertString(value: unknown, what: string): string {
  expectField(typeof value === 'string', 'invalid-argument', what, 'a string', value);
  return value as string;
}

/** One of a closed set of string literals. */
export function assertOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string, code: InboxRuleErrorCode = 'invalid-argument'): T {
  // The list of allowed values is only rendered when the value is wrong.
  if (!(allowed as readonly unknown[]).includes(value)) expectField(false, code, what, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, value);
  return value as T;
}

/** ASSIGN-26: an assignment limit is a positive integer, or null for "no limit". */
export function assertLimit(value: unknown, what: string): number | null {
  expectField(isLimit(value), 'invalid-assignment-limit', what, 'a positive integer or null (no limit)', value);
  return value as number | null;
}

/** A non-negative integer count. */
export function assertCount(value: unknown, what: string): number {
  expectField(Number.isInteger(value) && (value as number) >= 0, 'invalid-open-count', what, 'a non-negative integer', value);
  return value as number;
}

// Zone names Intl accepted (an Intl.DateTimeFormat costs about 0.2 ms, more than a snooze). Only
// valid names are kept, and never more than ZONES_KEPT of them (Intl also accepts case variants
// such as "europe/PARIS"), so no input can grow it without bound; a pure function of a string.
const validZones = new Set<string>();
const ZONES_KEPT = 1024;
/** An IANA time-zone name that this runtime's Intl knows (e.g. "Europe/Paris", "UTC"). */
export function assertTimeZone(value: unknown, what: string): string {
  let ok = typeof value === 'string' && value.length > 0 && validZones.has(value);
  if (!ok && typeof value === 'string' && value.length > 0) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      ok = true;
      if (validZones.size >= ZONES_KEPT) validZones.clear();
      validZones.add(value);
    } catch {
      ok = false;
    }
  }
  expectField(ok, 'invalid-time-zone', what, 'an IANA time-zone name such as "Europe/Paris" or "UTC"', value);
  return value as string;
}

/** A plain object (not null, not an array). */
export function assertRecord(value: unknown, what: string): Readonly<Record<string, unknown>> {
  expectField(value !== null && typeof value === 'object' && !Array.isArray(value), 'invalid-argument', what, 'an object', value);
  return value as Readonly<Record<string, unknown>>;
}

/** An array. */
export function assertArray(value: unknown, what: string): readonly unknown[] {
  expectField(Array.isArray(value), 'invalid-argument', what, 'an array', value);
  return value as readonly unknown[];
}

/**
 * Indexes items by id in a Map (safe for any string id, `__proto__` included) and rejects
 * duplicates with `duplicate-id`.
 */
export function indexById<T extends { readonly id: string }>(items: readonly T[], what: string): ReadonlyMap<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    if (byId.has(item.id)) fail('duplicate-id', `Two ${what}s share the id ${show(item.id)}; ids must be unique.`, { id: item.id, kind: what });
    byId.set(item.id, item);
  }
  return byId;
}

/** Own-property read that ignores the prototype chain (so `__proto__` and `constructor` are plain keys). */
export function own(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
