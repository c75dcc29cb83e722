import { fail, show } from '../_internal/validate.js';
import type { Instant } from './ids.js';

/**
 * Converts an ISO-8601 string with an offset or `Z`, a `Date`, or epoch milliseconds to an
 * {@link Instant}, rejecting anything that is not a real point in time.
 *
 * An ISO string without an offset is rejected: its meaning would depend on the host's time zone.
 *
 * @param value - `"2026-01-05T09:00:00Z"`, a valid `Date`, or a finite number.
 * @returns epoch milliseconds.
 * @throws {@link InboxRuleError} `invalid-instant` for anything else.
 * @example
 * ```ts
 * import { toInstant } from 'inbox-rules';
 * toInstant('2026-01-05T09:00:00Z'); // => 1767603600000
 * toInstant('2026-01-05T10:00:00+01:00'); // => 1767603600000
 * ```
 * @category Model
 */
export function toInstant(value: string | number | Date): Instant {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.getTime();
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i.test(value)) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return ms;
  }
  return fail('invalid-instant', `Expected an ISO-8601 instant with an offset (e.g. "2026-01-05T09:00:00Z"), a valid Date or epoch milliseconds, got ${show(value)}.`, { value });
}
