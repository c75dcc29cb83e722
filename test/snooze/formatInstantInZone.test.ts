import { describe, expect, it, vi } from 'vitest';
import { test } from '@fast-check/vitest';
import { DEFAULT_INSTANT_PATTERN, formatInstantInZone } from '../../src/snooze/index.js';
import { instantArb } from '../arbitraries/model.js';
import { zoneArb } from '../arbitraries/conversation.js';
import { at, wallClock } from './_wallClock.js';

describe('formatInstantInZone', () => {
  it('SNOOZE-9: the same instant reads differently in Paris and in Chatham', () => {
    const instant = at('2026-01-05T09:00:00Z');
    expect(formatInstantInZone({ instant, timezone: 'Europe/Paris' })).toBe('2026-01-05 10:00 +01:00');
    expect(formatInstantInZone({ instant, timezone: 'Pacific/Chatham' })).toBe('2026-01-05 22:45 +13:45');
    expect(DEFAULT_INSTANT_PATTERN).toBe('yyyy-MM-dd HH:mm xxx');
  });

  it('refuses the Y and D tokens (week-year, day of year) instead of letting date-fns print a console warning', () => {
    const warn = vi.spyOn(console, 'warn');
    for (const pattern of ['YYYY-MM-dd', 'yyyy-MM-DD', 'Y', "'x' DDD"]) {
      expect(() => formatInstantInZone({ instant: 0, timezone: 'UTC', pattern })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    }
    expect(formatInstantInZone({ instant: 0, timezone: 'UTC', pattern: "'Day' d 'of' yyyy, 'YYYY'''" })).toBe("Day 1 of 1970, YYYY'");
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('rejects instants outside the Date range and bad patterns', () => {
    expect(() => formatInstantInZone({ instant: 1e16, timezone: 'UTC' })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    expect(() => formatInstantInZone({ instant: 0, timezone: 'UTC', pattern: 5 as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  test.prop([instantArb, zoneArb])('SNOOZE-9: the wall clock shown is the zone\'s own (agrees with Intl, whatever the host zone)', (instant, zone) => {
    const local = wallClock(instant, zone);
    expect(formatInstantInZone({ instant, timezone: zone, pattern: 'yyyy-MM-dd HH:mm' })).toBe(`${local.date} ${local.time}`);
  });
});
