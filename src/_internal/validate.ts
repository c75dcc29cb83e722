import { InboxRuleError, type InboxRuleErrorCode } from '../model/errors.js';

/** Renders a value for an error message without ever throwing (symbols, cycles, bigints). */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  try {
    const text = JSON.stringify(value) as string | undefined; // undefined for functions and symbols
    return text ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** Throws an {@link InboxRuleError}; typed `never` so callers can use it in expressions. */
export function fail(code: InboxRuleErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}): never {
  throw new InboxRuleError(code, message, details);
}

/** Exhaustiveness guard for switches over closed unions arriving from untyped callers. */
export function assertNever(value: never, what: string): never {
  return fail('invalid-argument', `Unknown ${what} ${show(value)}.`, { value });
}

/** A non-empty string id. Any string is safe as a key, `__proto__` included: we only use Maps. */
export function assertId(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    fail('invalid-id', `${what} must be a non-empty string, got ${show(value)}.`, { value, field: what });
  }
  return value;
}

/** A finite epoch-milliseconds number (an Instant). */
export function assertInstant(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail('invalid-instant', `${what} must be a finite number of epoch milliseconds, got ${show(value)}.`, { value, field: what });
  }
  return value;
}

/** An Instant or null. */
export function assertInstantOrNull(value: unknown, what: string): number | null {
  return value === null ? null : assertInstant(value, what);
}

/** A boolean. */
export function assertBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') fail('invalid-argument', `${what} must be true or false, got ${show(value)}.`, { value, field: what });
  return value;
}

/** A string. */
export function assertString(value: unknown, what: string): string {
  if (typeof value !== 'string') fail('invalid-argument', `${what} must be a string, got ${show(value)}.`, { value, field: what });
  return value;
}

/** One of a closed set of string literals. */
export function assertOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string, code: InboxRuleErrorCode = 'invalid-argument'): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(code, `${what} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${show(value)}.`, { value, field: what });
  }
  return value as T;
}

/** ASSIGN-26: an assignment limit is a positive integer, or null for "no limit". */
export function assertLimit(value: unknown, what: string): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    fail('invalid-assignment-limit', `${what} must be a positive integer or null (no limit), got ${show(value)}.`, { value, field: what });
  }
  return value;
}

/** A non-negative integer count. */
export function assertCount(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail('invalid-open-count', `${what} must be a non-negative integer, got ${show(value)}.`, { value, field: what });
  }
  return value;
}

const validZones = new Map<string, boolean>();
/** An IANA time-zone name that this runtime's Intl knows (e.g. "Europe/Paris", "UTC"). */
export function assertTimeZone(value: unknown, what: string): string {
  if (typeof value === 'string' && value.length > 0) {
    let ok = validZones.get(value);
    if (ok === undefined) {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: value });
        ok = true;
      } catch {
        ok = false;
      }
      validZones.set(value, ok);
    }
    if (ok) return value;
  }
  return fail('invalid-time-zone', `${what} must be an IANA time-zone name such as "Europe/Paris" or "UTC", got ${show(value)}.`, { value, field: what });
}

/** A plain object (not null, not an array). */
export function assertRecord(value: unknown, what: string): Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('invalid-argument', `${what} must be an object, got ${show(value)}.`, { value, field: what });
  }
  return value as Readonly<Record<string, unknown>>;
}

/** An array. */
export function assertArray(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) fail('invalid-argument', `${what} must be an array, got ${show(value)}.`, { value, field: what });
  return value;
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
