import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { availableSnoozePresets, SNOOZE_PRESETS, snoozePresetTime } from '../../src/snooze/index.js';
import { nowArb, zoneArb } from '../arbitraries/conversation.js';
import { at, HOUR, wallClock } from './_wallClock.js';

describe('availableSnoozePresets', () => {
  it('SNOOZE-3: "later today" is offered while now + 3 h is still before local midnight (20:59 yes, 21:00 no)', () => {
    const early = availableSnoozePresets({ now: at('2026-01-05T20:59:00Z'), timezone: 'UTC' });
    expect(early.options.map((o) => o.preset)).toEqual(['later-today', 'tomorrow', 'next-week', 'next-month']);
    expect(early.options[0]).toEqual({ preset: 'later-today', until: at('2026-01-05T23:59:00Z') });
    expect(early.hidden).toEqual([]);
    const late = availableSnoozePresets({ now: at('2026-01-05T21:00:00Z'), timezone: 'UTC' });
    expect(late.options.map((o) => o.preset)).toEqual(['tomorrow', 'next-week', 'next-month']);
    expect(late.hidden).toEqual([{ preset: 'later-today', reason: 'crosses-local-midnight' }]);
  });

  it("SNOOZE-3: midnight is the teammate's, not UTC's: 14:00 UTC is 22:00 in Singapore", () => {
    const now = at('2026-01-05T14:00:00Z');
    expect(availableSnoozePresets({ now, timezone: 'UTC' }).hidden).toEqual([]);
    expect(availableSnoozePresets({ now, timezone: 'Asia/Singapore' }).hidden).toEqual([{ preset: 'later-today', reason: 'crosses-local-midnight' }]);
    expect(availableSnoozePresets({ now, timezone: 'Asia/Singapore', presets: { laterTodayMs: HOUR } }).hidden).toEqual([]);
  });

  test.prop([nowArb, zoneArb])(
    'SNOOZE-3: every preset is listed once, in order; later today is hidden exactly when now + 3 h is another local day; ends match snoozePresetTime',
    (now, zone) => {
      const menu = availableSnoozePresets({ now, timezone: zone });
      const listed = [...menu.options.map((o) => o.preset), ...menu.hidden.map((h) => h.preset)];
      expect([...listed].sort()).toEqual([...SNOOZE_PRESETS].sort());
      const crosses = wallClock(now, zone).date !== wallClock(now + 3 * HOUR, zone).date;
      expect(menu.hidden.length === 1).toBe(crosses);
      expect(menu.options.map((o) => o.preset)).toEqual(SNOOZE_PRESETS.filter((p) => !(crosses && p === 'later-today')));
      for (const o of menu.options) {
        expect(o.until).toBe(snoozePresetTime({ preset: o.preset, now, timezone: zone }));
        expect(o.until).toBeGreaterThan(now);
      }
    },
  );
});
