import { assertRecord, fail, own, show } from '../_internal/validate.js';

/**
 * The snooze presets (SNOOZE-2), in the order a snooze menu shows them. "Custom" is not a preset:
 * it is a snooze `until` an instant.
 *
 * @example
 * ```ts
 * import { SNOOZE_PRESETS } from 'inbox-rules/snooze';
 * SNOOZE_PRESETS; // => ['later-today', 'tomorrow', 'next-week', 'next-month']
 * ```
 * @category Snooze
 */
export const SNOOZE_PRESETS = ['later-today', 'tomorrow', 'next-week', 'next-month'] as const;

/**
 * One of {@link SNOOZE_PRESETS}.
 *
 * @example
 * ```ts
 * import type { SnoozePreset } from 'inbox-rules/snooze';
 * const preset: SnoozePreset = 'next-week';
 * ```
 * @category Snooze
 */
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];

/**
 * The times behind the snooze presets (SNOOZE-3), read in the snoozing teammate's time zone.
 * Local times are `'HH:mm'` strings (24-hour clock), so the settings are plain JSON.
 *
 * @example
 * ```ts
 * import type { SnoozePresetSettings } from 'inbox-rules/snooze';
 * const settings: SnoozePresetSettings = { laterTodayMs: 7_200_000, tomorrowAt: '08:30', nextWeekDay: 1, nextWeekAt: '08:30', nextMonthAt: '09:00' };
 * ```
 * @category Snooze
 */
export interface SnoozePresetSettings {
  /** "Later today" ends this many milliseconds after now; more than 0 and less than 24 h. */
  readonly laterTodayMs: number;
  /** "Tomorrow" ends at this local time on the next local day. */
  readonly tomorrowAt: string;
  /** "Next week" ends on the next such weekday strictly after today: 0 = Sunday, 1 = Monday, … 6 = Saturday. */
  readonly nextWeekDay: number;
  /** "Next week" ends at this local time. */
  readonly nextWeekAt: string;
  /** "Next month" ends at this local time on the same day of next month (clamped to its length). */
  readonly nextMonthAt: string;
}

/**
 * The defaults of SNOOZE-3: later today = now + 3 h; tomorrow = next local day 09:00; next week =
 * next Monday 09:00; next month = same day next month 09:00. Frozen.
 *
 * @example
 * ```ts
 * import { DEFAULT_SNOOZE_PRESETS } from 'inbox-rules/snooze';
 * DEFAULT_SNOOZE_PRESETS;
 * // => { laterTodayMs: 10800000, tomorrowAt: '09:00', nextWeekDay: 1, nextWeekAt: '09:00', nextMonthAt: '09:00' }
 * ```
 * @category Snooze
 */
export const DEFAULT_SNOOZE_PRESETS: SnoozePresetSettings = /* @__PURE__ */ Object.freeze({
  laterTodayMs: 3 * 3_600_000,
  tomorrowAt: '09:00',
  nextWeekDay: 1,
  nextWeekAt: '09:00',
  nextMonthAt: '09:00',
});

/**
 * Input of {@link resolveSnoozePresets}.
 *
 * @example
 * ```ts
 * import type { ResolveSnoozePresetsInput } from 'inbox-rules/snooze';
 * const input: ResolveSnoozePresetsInput = { presets: { tomorrowAt: '08:00' } };
 * ```
 * @category Snooze
 */
export interface ResolveSnoozePresetsInput {
  /** Settings to override; absent or null = the defaults. */
  readonly presets?: Partial<SnoozePresetSettings> | null | undefined;
}

const KEYS = /* @__PURE__ */ Object.keys(DEFAULT_SNOOZE_PRESETS) as readonly (keyof SnoozePresetSettings)[];
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const bad = (key: string, value: unknown, expected: string): never =>
  fail('invalid-snooze-presets', `Snooze preset setting ${key} must be ${expected}, got ${show(value)} (SNOOZE-3).`, { setting: key, value });

/**
 * Fills in and checks snooze preset settings (SNOOZE-3): every setting not given takes its value
 * from {@link DEFAULT_SNOOZE_PRESETS}.
 *
 * Checks: `laterTodayMs` is a number of milliseconds above 0 and below 24 h; `tomorrowAt`,
 * `nextWeekAt` and `nextMonthAt` are `'HH:mm'` from `'00:00'` to `'23:59'`; `nextWeekDay` is an
 * integer from 0 (Sunday) to 6 (Saturday). An unknown setting name is an error too (a typo would
 * otherwise silently keep a default). Use it to check a workspace's settings once, up front.
 *
 * @param input - the `presets` to override.
 * @returns the complete settings (a new frozen object, or the defaults themselves when nothing is given).
 * @throws {@link InboxRuleError} `invalid-snooze-presets` naming the setting to fix.
 * @example
 * ```ts
 * import { resolveSnoozePresets } from 'inbox-rules/snooze';
 * resolveSnoozePresets({ presets: { tomorrowAt: '08:00', nextWeekDay: 0 } });
 * // => { laterTodayMs: 10800000, tomorrowAt: '08:00', nextWeekDay: 0, nextWeekAt: '09:00', nextMonthAt: '09:00' }
 * ```
 * @category Snooze
 */
export function resolveSnoozePresets(input: ResolveSnoozePresetsInput): SnoozePresetSettings {
  const given = own(assertRecord(input, 'resolveSnoozePresets input'), 'presets') ?? null;
  if (given === null) return DEFAULT_SNOOZE_PRESETS;
  if (typeof given !== 'object' || Array.isArray(given)) return bad('presets', given, 'an object of settings');
  const raw = given as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(raw)) {
    if (!(KEYS as readonly string[]).includes(key)) bad(key, raw[key], `one of ${KEYS.join(', ')} (unknown setting)`);
  }
  const pick = <T>(key: keyof SnoozePresetSettings, ok: (v: unknown) => v is T, expected: string): T => {
    const value = own(raw, key) ?? DEFAULT_SNOOZE_PRESETS[key];
    return ok(value) ? value : bad(key, value, expected);
  };
  const isTime = (v: unknown): v is string => typeof v === 'string' && LOCAL_TIME.test(v);
  const time = (key: 'tomorrowAt' | 'nextWeekAt' | 'nextMonthAt'): string => pick(key, isTime, 'a local time "HH:mm" from "00:00" to "23:59"');
  return Object.freeze({
    laterTodayMs: pick('laterTodayMs', (v): v is number => typeof v === 'number' && v > 0 && v < 86_400_000, 'a number of milliseconds above 0 and below 86400000 (24 h)'),
    tomorrowAt: time('tomorrowAt'),
    nextWeekDay: pick('nextWeekDay', (v): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 6, 'an integer from 0 (Sunday) to 6 (Saturday)'),
    nextWeekAt: time('nextWeekAt'),
    nextMonthAt: time('nextMonthAt'),
  });
}
