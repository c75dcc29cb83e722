import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createConversation } from '../../src/index.js';
import { SNOOZE_GUIDANCE, SNOOZE_SHORTCUT, snoozeConversation, snoozePresetTime } from '../../src/snooze/index.js';
import { nowArb, zoneArb } from '../arbitraries/conversation.js';
import { daysBetween, wallClock } from './_wallClock.js';

describe('snooze guidance and shortcut', () => {
  it('SNOOZE-16: the seven tips of the course plus the guide\'s "add a note why", as unique kebab-case codes', () => {
    expect(SNOOZE_GUIDANCE).toEqual([
      'snooze-while-waiting', 'snooze-after-each-reply', 'close-only-when-resolved', 'do-not-snooze-to-avoid',
      'keep-snoozes-short', 'tell-customer-on-hold', 'review-snoozed-daily', 'note-why-snoozed',
    ]);
    expect(new Set(SNOOZE_GUIDANCE).size).toBe(SNOOZE_GUIDANCE.length);
    for (const code of SNOOZE_GUIDANCE) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('SNOOZE-17: Z snoozes until tomorrow (UI only): the key maps to the "tomorrow" preset', () => {
    expect(SNOOZE_SHORTCUT).toEqual({ key: 'Z', preset: 'tomorrow' });
    expect(Object.isFrozen(SNOOZE_SHORTCUT)).toBe(true);
    const now = Date.parse('2026-01-05T12:00:00Z');
    expect(snoozePresetTime({ preset: SNOOZE_SHORTCUT.preset, now, timezone: 'UTC' })).toBe(Date.parse('2026-01-06T09:00:00Z'));
  });

  test.prop([nowArb, zoneArb])("SNOOZE-17: pressing Z snoozes until 09:00 on the teammate's next local day, in any zone", (now, zone) => {
    const open = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana' });
    const until = snoozeConversation({ conversation: open, teammate: 'ana', now, timezone: zone, preset: SNOOZE_SHORTCUT.preset }).snoozedUntil ?? 0;
    expect(wallClock(until, zone).time).toBe('09:00');
    expect(daysBetween(wallClock(now, zone).date, wallClock(until, zone).date)).toBe(1);
  });
});
