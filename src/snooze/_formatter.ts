import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { assertString, assertTimeZone, fail, own, show } from '../_internal/validate.js';
import type { Instant } from '../model/index.js';
import { inRange } from './_zonedTime.js';

/** The default pattern of the formatting functions (exported publicly as DEFAULT_INSTANT_PATTERN). */
export const DEFAULT_PATTERN = 'yyyy-MM-dd HH:mm xxx';

/** Quoted literal text of a date-fns pattern (`'at'`, `''` for a quote; an unclosed quote runs to the end). */
const QUOTED = /'(?:[^']|'')*'?/g;

/**
 * Validates the `timezone` and optional `pattern` of a formatting input and returns a formatter
 * for instants on that zone's wall clock (date-fns `format` with `in: tz(zone)`, never the host zone).
 */
export function zonedFormatter(fn: string, raw: Readonly<Record<string, unknown>>): (instant: Instant) => string {
  const zone = assertTimeZone(own(raw, 'timezone'), `${fn} timezone`);
  const given = own(raw, 'pattern');
  const pattern = given === undefined ? DEFAULT_PATTERN : assertString(given, `${fn} pattern`);
  // date-fns console.warns (a side effect) on Y and D tokens, which are easily mistaken for y and d.
  if (/[YD]/.test(pattern.replace(QUOTED, ''))) {
    fail('invalid-argument', `${fn} pattern ${show(pattern)} uses Y (week-numbering year) or D (day of the year); use yyyy for the year and d or dd for the day of the month.`, { pattern });
  }
  return (instant) => {
    inRange(instant, `${fn}: the instant`);
    try {
      return format(instant, pattern, { in: tz(zone), useAdditionalWeekYearTokens: true, useAdditionalDayOfYearTokens: true });
    } catch (error) {
      return fail('invalid-argument', `${fn} cannot format ${show(instant)} with pattern ${show(pattern)}: ${(error as Error).message}. Use a date-fns format pattern and quote literal text, e.g. "yyyy-MM-dd 'at' HH:mm".`, { pattern, instant });
    }
  };
}
