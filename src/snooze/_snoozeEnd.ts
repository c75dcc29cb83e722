import { assertInstant, assertTimeZone, fail, own, show } from '../_internal/validate.js';
import type { Instant } from '../model/index.js';
import { offeredPresetEnd, presetContext } from './_presetTime.js';
import { daysInMonth, fromWallClock, toWallClock } from './_zonedTime.js';

const UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
type Unit = (typeof UNITS)[number];
const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

const badLength = (fn: string, value: unknown, why: string): never =>
  fail('invalid-duration', `${fn} for must be milliseconds (a number >= 0), a duration object or an ISO-8601 duration such as "PT2H"; ${why}, got ${show(value)}.`, { value });

/** A snooze length as whole units: ms numbers, ISO-8601 strings and duration objects alike. */
function toUnits(fn: string, value: unknown): Readonly<Record<Unit, number>> & { readonly ms: number } {
  const zero = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0, ms: 0 };
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? { ...zero, ms: value } : badLength(fn, value, 'a number must be finite and not negative');
  if (typeof value === 'string') {
    const m = ISO_DURATION.exec(value);
    if (m === null || value === 'P') return badLength(fn, value, 'the string is not an ISO-8601 duration with whole numbers');
    const units = { ...zero };
    for (const [i, unit] of UNITS.entries()) units[unit] = Number(m[i + 1] ?? 0);
    return units;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return badLength(fn, value, 'unknown kind of value');
  const raw = value as Readonly<Record<string, unknown>>;
  const units = { ...zero };
  for (const key of Object.keys(raw)) {
    const n = raw[key];
    if (!(UNITS as readonly string[]).includes(key)) badLength(fn, value, `${show(key)} is not one of ${UNITS.join(', ')}`);
    if (n === undefined) continue;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) badLength(fn, value, `${key} must be a whole number >= 0`);
    units[key as Unit] = n as number;
  }
  return units;
}

/**
 * The end of a snooze of `length` from `now`: calendar units (years, months, weeks, days) move the
 * wall clock in `zone` the way date-fns `add` does (months first, clamping the day, then days),
 * then the elapsed units are added.
 */
function endAfter(fn: string, length: unknown, now: Instant, zone: string | null): Instant {
  const u = toUnits(fn, length);
  const elapsed = u.ms + ((u.hours * 60 + u.minutes) * 60 + u.seconds) * 1000;
  if (u.years === 0 && u.months === 0 && u.weeks === 0 && u.days === 0) return now + elapsed;
  if (zone === null) {
    fail('invalid-time-zone', `${fn}: a snooze of calendar years, months, weeks or days needs the snoozing teammate's timezone (Teammate.timezone) to know when a day ends.`, { for: length });
  }
  const t = toWallClock(now, zone);
  const month = t.month + u.years * 12 + u.months;
  const day = Math.min(t.day, daysInMonth(t.year, month)) + u.weeks * 7 + u.days;
  return fromWallClock(zone, t.year, month, day, t.hour, t.minute, t.second, t.millisecond) + elapsed;
}

/**
 * Resolves the end of a snooze from exactly one of `until`, `for` or `preset` of a snooze
 * command's input (already known to be a record).
 */
export function snoozeEnd(fn: string, raw: Readonly<Record<string, unknown>>, now: Instant): Instant {
  const given = (['until', 'for', 'preset'] as const).filter((key) => own(raw, key) !== undefined);
  const zoneRaw = own(raw, 'timezone');
  const zone = zoneRaw === undefined ? null : assertTimeZone(zoneRaw, `${fn} timezone`);
  const [target] = given;
  if (given.length !== 1 || target === undefined) {
    return fail('invalid-argument', `${fn} needs exactly one of until, for or preset; got ${given.length === 0 ? 'none' : given.join(' and ')}.`, { given });
  }
  switch (target) {
    case 'until':
      return assertInstant(own(raw, 'until'), `${fn} until`);
    case 'for':
      return endAfter(fn, own(raw, 'for'), now, zone);
    case 'preset':
      return offeredPresetEnd(fn, own(raw, 'preset'), presetContext(fn, raw));
  }
}
