import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { SNOOZE_PRESETS, snoozePresetTime } from '../../src/snooze/index.js';
import { nowArb, zoneArb } from '../arbitraries/conversation.js';
import { at, daysBetween, HOUR, wallClock } from './_wallClock.js';

const iso = (ms: number): string => new Date(ms).toISOString();
const tomorrow = (now: number, timezone: string): number => snoozePresetTime({ preset: 'tomorrow', now, timezone });

describe('snoozePresetTime', () => {
  it('SNOOZE-2, SNOOZE-3: the four presets with the default times (UTC, Monday 2026-01-05 12:00)', () => {
    const now = at('2026-01-05T12:00:00Z');
    const ends = SNOOZE_PRESETS.map((preset) => iso(snoozePresetTime({ preset, now, timezone: 'UTC' })));
    // later today = +3 h; tomorrow = Tue 09:00; next week = next Mon 09:00; next month = 5 Feb 09:00
    expect(ends).toEqual(['2026-01-05T15:00:00.000Z', '2026-01-06T09:00:00.000Z', '2026-01-12T09:00:00.000Z', '2026-02-05T09:00:00.000Z']);
  });

  describe('daylight-saving days: "tomorrow 09:00" is 09:00 local, 23 or 25 hours later', () => {
    it('SNOOZE-3: Europe/Berlin, Saturday 2026-03-28 09:00 CET -> Sunday 09:00 CEST (+02:00), 23 h later', () => {
      const now = at('2026-03-28T09:00:00+01:00');
      expect(tomorrow(now, 'Europe/Berlin')).toBe(at('2026-03-29T09:00:00+02:00'));
      expect(tomorrow(now, 'Europe/Berlin') - now).toBe(23 * HOUR);
    });

    it('SNOOZE-3: America/New_York on the fall-back day: Saturday 2026-10-31 09:00 EDT -> Sunday 09:00 EST, 25 h later', () => {
      const now = at('2026-10-31T09:00:00-04:00');
      expect(tomorrow(now, 'America/New_York')).toBe(at('2026-11-01T09:00:00-05:00'));
      expect(tomorrow(now, 'America/New_York') - now).toBe(25 * HOUR);
    });

    it('SNOOZE-3: Pacific/Chatham (+13:45 -> +12:45 on 2026-04-05, +12:45 -> +13:45 on 2026-09-27)', () => {
      const april = at('2026-04-04T09:00:00+13:45');
      expect(tomorrow(april, 'Pacific/Chatham')).toBe(at('2026-04-05T09:00:00+12:45'));
      expect(tomorrow(april, 'Pacific/Chatham') - april).toBe(25 * HOUR);
      const september = at('2026-09-26T09:00:00+12:45');
      expect(tomorrow(september, 'Pacific/Chatham')).toBe(at('2026-09-27T09:00:00+13:45'));
      expect(tomorrow(september, 'Pacific/Chatham') - september).toBe(23 * HOUR);
    });

    it('SNOOZE-3: Australia/Lord_Howe shifts by 30 minutes (2026-04-05): tomorrow is 24.5 h later', () => {
      const now = at('2026-04-04T09:00:00+11:00');
      expect(tomorrow(now, 'Australia/Lord_Howe')).toBe(at('2026-04-05T09:00:00+10:30'));
      expect(tomorrow(now, 'Australia/Lord_Howe') - now).toBe(24.5 * HOUR);
    });

    it('SNOOZE-3: a configured time skipped by the DST gap moves forward by the gap; a repeated one is the earlier', () => {
      const presets = { tomorrowAt: '02:30' };
      // Berlin 2026-03-29: 02:00 CET -> 03:00 CEST, so 02:30 does not exist: 03:30 CEST.
      expect(snoozePresetTime({ preset: 'tomorrow', now: at('2026-03-28T12:00:00Z'), timezone: 'Europe/Berlin', presets })).toBe(at('2026-03-29T03:30:00+02:00'));
      // Berlin 2026-10-25: 03:00 CEST -> 02:00 CET, so 02:30 happens twice: the first, 02:30 CEST.
      expect(snoozePresetTime({ preset: 'tomorrow', now: at('2026-10-24T12:00:00Z'), timezone: 'Europe/Berlin', presets })).toBe(at('2026-10-25T02:30:00+02:00'));
    });
  });

  it("SNOOZE-3: 'tomorrow' is the next day on the teammate's wall clock, not in UTC", () => {
    const now = at('2026-01-05T20:00:00Z'); // Mon 20:00 UTC = Tue 09:45 in Chatham = Mon 09:00 in Pago Pago
    expect(iso(tomorrow(now, 'UTC'))).toBe('2026-01-06T09:00:00.000Z');
    expect(tomorrow(now, 'Pacific/Chatham')).toBe(at('2026-01-07T09:00:00+13:45'));
    expect(tomorrow(now, 'Pacific/Pago_Pago')).toBe(at('2026-01-06T09:00:00-11:00'));
  });

  it('SNOOZE-3: next week is the next Monday strictly after today (on a Monday, a week later, even before 09:00)', () => {
    const nextWeek = (iso8601: string): string => iso(snoozePresetTime({ preset: 'next-week', now: at(iso8601), timezone: 'UTC' }));
    expect(nextWeek('2026-01-05T08:00:00Z')).toBe('2026-01-12T09:00:00.000Z'); // Monday
    expect(nextWeek('2026-01-10T12:00:00Z')).toBe('2026-01-12T09:00:00.000Z'); // Saturday
    expect(nextWeek('2026-01-11T23:59:00Z')).toBe('2026-01-12T09:00:00.000Z'); // Sunday
    expect(iso(snoozePresetTime({ preset: 'next-week', now: at('2026-01-05T12:00:00Z'), timezone: 'UTC', presets: { nextWeekDay: 5, nextWeekAt: '17:30' } })))
      .toBe('2026-01-09T17:30:00.000Z'); // configurable: Friday 17:30
  });

  it('SNOOZE-3: next month keeps the day of the month, clamped to the month length, and rolls over the year', () => {
    const nextMonth = (iso8601: string): string => iso(snoozePresetTime({ preset: 'next-month', now: at(iso8601), timezone: 'UTC' }));
    expect(nextMonth('2026-01-31T10:00:00Z')).toBe('2026-02-28T09:00:00.000Z');
    expect(nextMonth('2028-01-31T10:00:00Z')).toBe('2028-02-29T09:00:00.000Z');
    expect(nextMonth('2026-03-31T10:00:00Z')).toBe('2026-04-30T09:00:00.000Z');
    expect(nextMonth('2026-12-15T10:00:00Z')).toBe('2027-01-15T09:00:00.000Z');
  });

  it('SNOOZE-3: later today is now + 3 h by default, configurable, and refused when it would cross local midnight', () => {
    const now = at('2026-01-05T12:00:00Z');
    expect(snoozePresetTime({ preset: 'later-today', now, timezone: 'UTC' })).toBe(now + 3 * HOUR);
    expect(snoozePresetTime({ preset: 'later-today', now, timezone: 'UTC', presets: { laterTodayMs: HOUR } })).toBe(now + HOUR);
    expect(() => snoozePresetTime({ preset: 'later-today', now: at('2026-01-05T21:00:00Z'), timezone: 'UTC' }))
      .toThrow(expect.objectContaining({ code: 'invalid-snooze-preset', details: { preset: 'later-today', reason: 'crosses-local-midnight' } }));
  });

  it('rejects an unknown preset, an unknown zone, bad settings and instants outside the Date range', () => {
    const now = at('2026-01-05T12:00:00Z');
    expect(() => snoozePresetTime({ preset: 'someday' as never, now, timezone: 'UTC' })).toThrow(expect.objectContaining({ code: 'invalid-snooze-preset' }));
    expect(() => snoozePresetTime({ preset: 'tomorrow', now, timezone: 'Mars/Olympus_Mons' })).toThrow(expect.objectContaining({ code: 'invalid-time-zone' }));
    expect(() => snoozePresetTime({ preset: 'tomorrow', now, timezone: undefined as never })).toThrow(expect.objectContaining({ code: 'invalid-time-zone' }));
    expect(() => snoozePresetTime({ preset: 'tomorrow', now, timezone: 'UTC', presets: { tomorrowAt: '9am' } })).toThrow(expect.objectContaining({ code: 'invalid-snooze-presets' }));
    expect(() => snoozePresetTime({ preset: 'tomorrow', now: 1e16, timezone: 'UTC' })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    expect(() => snoozePresetTime({ preset: 'tomorrow', now: 8.64e15, timezone: 'UTC' })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
  });

  test.prop([nowArb, zoneArb])('SNOOZE-3: tomorrow is strictly after now, at 09:00 on the next local day, in any zone', (now, zone) => {
    const end = tomorrow(now, zone);
    expect(end).toBeGreaterThan(now);
    expect(wallClock(end, zone).time).toBe('09:00');
    expect(daysBetween(wallClock(now, zone).date, wallClock(end, zone).date)).toBe(1);
  });

  const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  test.prop([nowArb, zoneArb, fc.integer({ min: 0, max: 6 })])(
    'SNOOZE-3: next week is strictly after now, at 09:00 on the configured weekday, 1 to 7 local days ahead',
    (now, zone, nextWeekDay) => {
      const end = snoozePresetTime({ preset: 'next-week', now, timezone: zone, presets: { nextWeekDay } });
      const local = wallClock(end, zone);
      expect(end).toBeGreaterThan(now);
      expect([local.time, local.weekday]).toEqual(['09:00', WEEKDAYS[nextWeekDay]]);
      const days = daysBetween(wallClock(now, zone).date, local.date);
      expect(days >= 1 && days <= 7).toBe(true);
    },
  );

  test.prop([nowArb, zoneArb])('SNOOZE-3: next month is at 09:00 on the same local day of next month, clamped to its length', (now, zone) => {
    const end = snoozePresetTime({ preset: 'next-month', now, timezone: zone });
    const from = wallClock(now, zone);
    const to = wallClock(end, zone);
    const month = (from.month % 12) + 1;
    const year = from.month === 12 ? from.year + 1 : from.year;
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    expect(end).toBeGreaterThan(now);
    expect([to.year, to.month, to.day, to.time]).toEqual([year, month, Math.min(from.day, length), '09:00']);
  });
});
