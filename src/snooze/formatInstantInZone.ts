import { assertInstant, assertRecord, own } from '../_internal/validate.js';
import type { Instant } from '../model/index.js';
import { DEFAULT_PATTERN, zonedFormatter } from './_formatter.js';

/**
 * The pattern {@link formatInstantInZone} uses by default: ISO-like date, 24-hour time and the
 * zone's UTC offset, e.g. `'2026-03-29 09:00 +02:00'`.
 *
 * @example
 * ```ts
 * import { DEFAULT_INSTANT_PATTERN } from 'inbox-rules/snooze';
 * DEFAULT_INSTANT_PATTERN; // => 'yyyy-MM-dd HH:mm xxx'
 * ```
 * @category Snooze
 */
export const DEFAULT_INSTANT_PATTERN: string = DEFAULT_PATTERN;

/**
 * Input of {@link formatInstantInZone}.
 *
 * @example
 * ```ts
 * import type { FormatInstantInZoneInput } from 'inbox-rules/snooze';
 * const input: FormatInstantInZoneInput = { instant: 0, timezone: 'Asia/Tokyo', pattern: 'HH:mm' };
 * ```
 * @category Snooze
 */
export interface FormatInstantInZoneInput {
  /** The instant to show. */
  readonly instant: Instant;
  /** The viewing teammate's IANA time zone. */
  readonly timezone: string;
  /** A date-fns `format` pattern; default {@link DEFAULT_INSTANT_PATTERN}. */
  readonly pattern?: string | undefined;
}

/**
 * Formats an instant on the wall clock of a time zone (SNOOZE-9: times are shown in the viewing
 * teammate's local time zone).
 *
 * Uses date-fns `format` with the `in: tz(timezone)` context of `@date-fns/tz`, never the host's
 * zone, so the same instant reads differently for teammates in different zones. Month and day
 * names, if the pattern asks for them, are English (date-fns' default locale).
 *
 * @param input - the instant, the viewer's `timezone` and an optional date-fns `pattern`.
 * @returns the formatted text.
 * @throws {@link InboxRuleError} `invalid-time-zone`, `invalid-instant`, or `invalid-argument` for a
 * pattern date-fns rejects (for example an unescaped letter such as `'a'`-`'z'` it does not know).
 * @example
 * ```ts
 * import { formatInstantInZone } from 'inbox-rules/snooze';
 * const instant = Date.parse('2026-01-05T09:00:00Z');
 * formatInstantInZone({ instant, timezone: 'Europe/Paris' }); // => '2026-01-05 10:00 +01:00'
 * formatInstantInZone({ instant, timezone: 'Pacific/Chatham' }); // => '2026-01-05 22:45 +13:45'
 * ```
 * @category Snooze
 */
export function formatInstantInZone(input: FormatInstantInZoneInput): string {
  const raw = assertRecord(input, 'formatInstantInZone input');
  const instant = assertInstant(own(raw, 'instant'), 'formatInstantInZone instant');
  return zonedFormatter('formatInstantInZone', raw)(instant);
}
