import { describe, expect, it } from 'vitest';
import { DEFAULT_SNOOZE_PRESETS, resolveSnoozePresets } from '../../src/snooze/index.js';

const bad = (presets: unknown): void => {
  expect(() => resolveSnoozePresets({ presets: presets as never })).toThrow(expect.objectContaining({ code: 'invalid-snooze-presets' }));
};

describe('resolveSnoozePresets', () => {
  it('SNOOZE-3: the documented defaults: +3 h, tomorrow 09:00, next Monday 09:00, next month 09:00', () => {
    expect(DEFAULT_SNOOZE_PRESETS).toEqual({ laterTodayMs: 10_800_000, tomorrowAt: '09:00', nextWeekDay: 1, nextWeekAt: '09:00', nextMonthAt: '09:00' });
    expect(Object.isFrozen(DEFAULT_SNOOZE_PRESETS)).toBe(true);
    expect(resolveSnoozePresets({})).toBe(DEFAULT_SNOOZE_PRESETS);
    expect(resolveSnoozePresets({ presets: null })).toBe(DEFAULT_SNOOZE_PRESETS);
  });

  it('SNOOZE-3: the defaults are configurable one by one', () => {
    expect(resolveSnoozePresets({ presets: { tomorrowAt: '08:00', nextWeekDay: 0 } }))
      .toEqual({ laterTodayMs: 10_800_000, tomorrowAt: '08:00', nextWeekDay: 0, nextWeekAt: '09:00', nextMonthAt: '09:00' });
  });

  it('SNOOZE-3: boundaries of each setting', () => {
    expect(resolveSnoozePresets({ presets: { laterTodayMs: 86_399_999, nextMonthAt: '23:59', nextWeekAt: '00:00', nextWeekDay: 6 } }).laterTodayMs).toBe(86_399_999);
    for (const laterTodayMs of [0, -1, 86_400_000, Number.NaN, '3h']) bad({ laterTodayMs });
    for (const tomorrowAt of ['24:00', '9:00', '09:60', '09:00:00', 900]) bad({ tomorrowAt });
    for (const nextWeekDay of [7, -1, 1.5, '1']) bad({ nextWeekDay });
  });

  it('SNOOZE-3: an unknown setting name (a typo) or a non-object is rejected, naming the setting', () => {
    expect(() => resolveSnoozePresets({ presets: { tomorow: '08:00' } as never })).toThrow(expect.objectContaining({ code: 'invalid-snooze-presets', details: { setting: 'tomorow', value: '08:00' } }));
    bad(['09:00']);
    bad('09:00');
  });
});
