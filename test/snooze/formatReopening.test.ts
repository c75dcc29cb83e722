import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { formatReopening } from '../../src/snooze/index.js';
import { instantArb } from '../arbitraries/model.js';
import { DISTINCT_OFFSET_ZONES } from '../arbitraries/conversation.js';
import { at } from './_wallClock.js';

const reopening = { reason: 'snooze-ended' as const, snoozedAt: at('2026-01-05T08:00:00Z'), reopenedAt: at('2026-01-06T08:00:00Z') };

describe('formatReopening', () => {
  it("SNOOZE-9: the audit trail shows when it was snoozed and when it reopened, in the viewer's zone", () => {
    expect(formatReopening({ reopening, timezone: 'Europe/Berlin' }))
      .toEqual({ reason: 'snooze-ended', snoozedAt: '2026-01-05 09:00 +01:00', reopenedAt: '2026-01-06 09:00 +01:00' });
    expect(formatReopening({ reopening, timezone: 'America/New_York' }))
      .toEqual({ reason: 'snooze-ended', snoozedAt: '2026-01-05 03:00 -05:00', reopenedAt: '2026-01-06 03:00 -05:00' });
    expect(formatReopening({ reopening: { reason: 'manual', snoozedAt: null, reopenedAt: 0 }, timezone: 'Asia/Tokyo', pattern: "d MMM yyyy 'at' HH:mm" }))
      .toEqual({ reason: 'manual', snoozedAt: null, reopenedAt: '1 Jan 1970 at 09:00' });
  });

  it('rejects a malformed reopening, zone or pattern', () => {
    expect(() => formatReopening({ reopening: { ...reopening, reason: 'timer' as never }, timezone: 'UTC' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => formatReopening({ reopening: { ...reopening, reopenedAt: Number.NaN }, timezone: 'UTC' })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    expect(() => formatReopening({ reopening, timezone: 'Europe/Atlantis' })).toThrow(expect.objectContaining({ code: 'invalid-time-zone' }));
    expect(() => formatReopening({ reopening, timezone: 'UTC', pattern: 'yyyy-MM-dd jour HH:mm' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  const twoZones = fc.uniqueArray(fc.constantFrom(...DISTINCT_OFFSET_ZONES), { minLength: 2, maxLength: 2 });
  test.prop([instantArb, twoZones])('SNOOZE-9: format(instant, tzA) !== format(instant, tzB) for zones with different offsets', (instant, [a, b]) => {
    const f = (timezone: string): string => formatReopening({ reopening: { reason: 'manual', snoozedAt: instant, reopenedAt: instant }, timezone, pattern: 'yyyy-MM-dd HH:mm' }).reopenedAt;
    expect(f(a!)).not.toBe(f(b!));
  });
});
