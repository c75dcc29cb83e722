// Wall-clock arithmetic in an IANA time zone, independent of the host's zone.
//
// Why not `new TZDate(y, m, d, h, min, zone)` or date-fns `set(..., { in: tz(zone) })`? For a wall
// time that occurs twice (the hour repeated when DST ends), @date-fns/tz 1.5.0 picks one or the
// other depending on the HOST zone (measured: Europe/Berlin 2026-10-25 02:30 is 00:30Z under
// TZ=Pacific/Chatham and 01:30Z under TZ=UTC). So wall times are resolved here, from the zone's
// offsets as `tzOffset` (Intl-based, host-independent) reports them, with one documented rule.
import { tzOffset } from '@date-fns/tz';
import { fail, show } from '../_internal/validate.js';
import type { Instant } from '../model/index.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** The range of a JavaScript Date (±100,000,000 days around 1970). */
const MAX_DATE = 8.64e15;

/** A wall-clock reading in some zone. `month` is 0-11, `weekday` 0 (Sunday) to 6 (Saturday). */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

function offsetMs(zone: string, instant: Instant): number {
  return Math.round(tzOffset(zone, new Date(instant)) * MINUTE);
}

/** Epoch ms of a UTC calendar reading; out-of-range fields roll over (day 32, month 12, day 0). */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.setUTCHours(hour, minute, second, millisecond);
}

/** Rejects an instant outside the range of a JavaScript Date with `invalid-instant`. */
export function inRange(instant: Instant, what: string): Instant {
  if (!(Math.abs(instant) <= MAX_DATE)) {
    fail('invalid-instant', `${what} (${show(instant)}) is outside the range of dates (±8.64e15 ms around 1970).`, { value: instant });
  }
  return instant;
}

/** The wall clock in `zone` at `instant`. */
export function toWallClock(instant: Instant, zone: string): WallClock {
  const d = new Date(inRange(instant, 'The instant') + offsetMs(zone, instant));
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds(),
  };
}

/** How many days the month has (month may roll over: 12 is January of the next year). */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/**
 * The instant at which `zone`'s clocks read the given wall time (fields may roll over).
 * A wall time that occurs twice (DST ends) resolves to the EARLIER instant; one that never
 * occurs (DST starts) is read with the offset before the gap, i.e. moved forward by the gap
 * (02:30 on a 02:00→03:00 night becomes 03:30), as @date-fns/tz does.
 */
export function fromWallClock(
  zone: string, year: number, month: number, day: number, hour: number, minute: number, second = 0, millisecond = 0,
): Instant {
  const wall = utcMs(year, month, day, hour, minute, second, millisecond);
  const before = wall - offsetMs(zone, wall - DAY);
  const after = wall - offsetMs(zone, wall + DAY);
  const fits = (t: Instant): boolean => t + offsetMs(zone, t) === wall;
  const candidates = [before, after].filter(fits);
  return inRange(candidates.length === 0 ? before : Math.min(...candidates), 'The computed time');
}

/** Whether two instants fall on the same calendar day in `zone`. */
export function isSameWallDay(a: Instant, b: Instant, zone: string): boolean {
  const x = toWallClock(a, zone);
  const y = toWallClock(b, zone);
  return x.year === y.year && x.month === y.month && x.day === y.day;
}
