import { assertRecord, own } from '../_internal/validate.js';
import type { Instant } from '../model/index.js';
import { offeredPresetEnd, presetContext } from './_presetTime.js';
import type { SnoozePreset, SnoozePresetSettings } from './resolveSnoozePresets.js';

/**
 * Input of {@link snoozePresetTime}.
 *
 * @example
 * ```ts
 * import type { SnoozePresetTimeInput } from 'inbox-rules/snooze';
 * const input: SnoozePresetTimeInput = { preset: 'tomorrow', now: Date.parse('2026-03-28T12:00:00Z'), timezone: 'Europe/Berlin' };
 * ```
 * @category Snooze
 */
export interface SnoozePresetTimeInput {
  /** The preset. */
  readonly preset: SnoozePreset;
  /** The moment the teammate snoozes. */
  readonly now: Instant;
  /** The snoozing teammate's IANA time zone (`Teammate.timezone`). */
  readonly timezone: string;
  /** Overrides of {@link DEFAULT_SNOOZE_PRESETS}. */
  readonly presets?: Partial<SnoozePresetSettings> | null | undefined;
}

/**
 * When a snooze preset ends, computed on the snoozing teammate's wall clock (SNOOZE-3).
 *
 * With the defaults: "later-today" = now + 3 h (elapsed time); "tomorrow" = the next local day at
 * 09:00; "next-week" = the next Monday strictly after today at 09:00 (*Resolve*: on a Monday it is
 * the Monday a week later, on a Sunday it is the next day); "next-month" = the same day of next
 * month at 09:00, clamped to that month's length (31 January → 28 or 29 February). Local times are
 * wall-clock times, so across a DST change "tomorrow" is still 09:00 local (23 or 25 hours later,
 * not 24). A local time that a DST gap skips moves forward by the gap; one that occurs twice is
 * the earlier. "later-today" is refused when it would reach or cross local midnight (it is hidden,
 * see {@link availableSnoozePresets}). The result never depends on the host's time zone.
 *
 * @param input - the preset, `now`, the teammate's `timezone` and optional `presets` overrides.
 * @returns the instant the snooze ends.
 * @throws {@link InboxRuleError} `invalid-snooze-preset` for an unknown preset or a hidden
 * "later-today"; `invalid-time-zone`; `invalid-snooze-presets`; `invalid-instant`.
 * @example
 * ```ts
 * import { snoozePresetTime } from 'inbox-rules/snooze';
 * // Saturday noon in Berlin; clocks go forward that night, so tomorrow 09:00 is 09:00 CEST (UTC+2):
 * const now = Date.parse('2026-03-28T12:00:00Z');
 * new Date(snoozePresetTime({ preset: 'tomorrow', now, timezone: 'Europe/Berlin' })).toISOString();
 * // => '2026-03-29T07:00:00.000Z'
 * // Next week is Monday 09:00:
 * new Date(snoozePresetTime({ preset: 'next-week', now, timezone: 'Europe/Berlin' })).toISOString();
 * // => '2026-03-30T07:00:00.000Z'
 * ```
 * @category Snooze
 */
export function snoozePresetTime(input: SnoozePresetTimeInput): Instant {
  return offeredPresetEnd('snoozePresetTime', own(assertRecord(input, 'snoozePresetTime input'), 'preset'), presetContext('snoozePresetTime', input));
}
