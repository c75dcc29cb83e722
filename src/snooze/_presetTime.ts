import { assertInstant, assertOneOf, assertRecord, assertTimeZone, fail, own, show } from '../_internal/validate.js';
import type { Instant } from '../model/index.js';
import { SNOOZE_PRESETS, resolveSnoozePresets, type SnoozePreset, type SnoozePresetSettings } from './resolveSnoozePresets.js';
import { daysInMonth, fromWallClock, isSameWallDay, toWallClock } from './_zonedTime.js';

/** The validated inputs every preset computation needs. */
export interface PresetContext {
  readonly now: Instant;
  readonly zone: string;
  readonly settings: SnoozePresetSettings;
}

/** Validates `now`, `timezone` and `presets` of a preset function's input. */
export function presetContext(fn: string, input: unknown): PresetContext {
  const raw = assertRecord(input, `${fn} input`);
  return {
    now: assertInstant(own(raw, 'now'), `${fn} now`),
    zone: assertTimeZone(own(raw, 'timezone'), `${fn} timezone (the snoozing teammate's zone)`),
    settings: resolveSnoozePresets({ presets: own(raw, 'presets') as Partial<SnoozePresetSettings> | undefined }),
  };
}

/** The instant of local time `hhmm` on a (possibly rolled-over) calendar day in `zone`. */
function at(zone: string, year: number, month: number, day: number, hhmm: string): Instant {
  return fromWallClock(zone, year, month, day, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5)));
}

/** The end of a preset, "later today" included even when it would cross local midnight. */
export function presetEnd(preset: SnoozePreset, { now, zone, settings }: PresetContext): Instant {
  const { year, month, day, weekday } = toWallClock(now, zone);
  switch (preset) {
    case 'later-today':
      return now + settings.laterTodayMs;
    case 'tomorrow':
      return at(zone, year, month, day + 1, settings.tomorrowAt);
    case 'next-week': // strictly after today: on the weekday itself, a week later
      return at(zone, year, month, day + ((settings.nextWeekDay - weekday + 7) % 7 || 7), settings.nextWeekAt);
    case 'next-month':
      return at(zone, year, month + 1, Math.min(day, daysInMonth(year, month + 1)), settings.nextMonthAt);
  }
}

/** SNOOZE-3: "later today" is hidden when it would reach or cross the next local midnight. */
export function isHidden(preset: SnoozePreset, end: Instant, { now, zone }: PresetContext): boolean {
  return preset === 'later-today' && !isSameWallDay(now, end, zone);
}

/** Validates a preset name and returns its end, refusing a hidden "later today". */
export function offeredPresetEnd(fn: string, preset: unknown, context: PresetContext): Instant {
  const name = assertOneOf(preset, SNOOZE_PRESETS, `${fn} preset`, 'invalid-snooze-preset');
  const end = presetEnd(name, context);
  if (isHidden(name, end, context)) {
    fail('invalid-snooze-preset', `${fn}: "later-today" is not offered now: it would end after local midnight in ${show(context.zone)} (SNOOZE-3); use "tomorrow" or a custom time.`, { preset: name, reason: 'crosses-local-midnight' });
  }
  return end;
}
