import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, type Conversation } from '../../src/index.js';
import { snoozeConversation, type SnoozeConversationInput } from '../../src/snooze/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { authorArb, conversationInStateArb, nowArb } from '../arbitraries/conversation.js';
import { at, HOUR } from './_wallClock.js';

const open = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', team: 'billing' });
const now = at('2026-01-05T15:00:00Z');
const snooze = (target: Partial<SnoozeConversationInput>, conversation: Conversation = open): Conversation =>
  snoozeConversation({ conversation, teammate: 'ana', now, ...target } as SnoozeConversationInput);

describe('snoozeConversation', () => {
  it('SNOOZE-1: an open conversation snoozed until t is snoozed with snoozedUntil = t and leaves the Open list', () => {
    const c = snooze({ until: now + HOUR });
    expect([c.state, c.snoozedUntil, c.snoozedAt]).toEqual(['snoozed', now + HOUR, now]);
    expect(open.state).toBe('open');
  });

  it('SNOOZE-2: custom time, a length in ms, a duration object, an ISO-8601 duration, or a preset', () => {
    expect(snooze({ until: at('2026-01-07T10:30:00Z') }).snoozedUntil).toBe(at('2026-01-07T10:30:00Z'));
    expect(snooze({ for: 2 * HOUR }).snoozedUntil).toBe(now + 2 * HOUR);
    expect(snooze({ for: { hours: 1, minutes: 30 } }).snoozedUntil).toBe(now + 1.5 * HOUR);
    expect(snooze({ for: 'PT2H30M' }).snoozedUntil).toBe(now + 2.5 * HOUR);
    expect(snooze({ for: 'P1W', timezone: 'UTC' }).snoozedUntil).toBe(now + 7 * 24 * HOUR);
    expect(snooze({ preset: 'tomorrow', timezone: 'Europe/Paris' }).snoozedUntil).toBe(at('2026-01-06T09:00:00+01:00'));
    expect(snooze({ preset: 'next-week', timezone: 'UTC', presets: { nextWeekAt: '10:00' } }).snoozedUntil).toBe(at('2026-01-12T10:00:00Z'));
  });

  it("SNOOZE-3: calendar days are the teammate's wall-clock days: 1 day across the Berlin DST change is 23 h, 24 hours is 24 h", () => {
    const sat = at('2026-03-28T12:00:00+01:00');
    const c = (target: Partial<SnoozeConversationInput>): number | null => snoozeConversation({ conversation: open, teammate: 'ana', now: sat, timezone: 'Europe/Berlin', ...target }).snoozedUntil;
    expect(c({ for: { days: 1 } })).toBe(at('2026-03-29T12:00:00+02:00'));
    expect(c({ for: 'P1D' })).toBe(sat + 23 * HOUR);
    expect(c({ for: 'PT24H' })).toBe(sat + 24 * HOUR);
    expect(c({ for: { months: 1, hours: 1 } })).toBe(at('2026-04-28T13:00:00+02:00'));
  });

  it('SNOOZE-3: months clamp the day to the target month, like date-fns add', () => {
    const jan31 = at('2026-01-31T12:00:00Z');
    expect(snoozeConversation({ conversation: open, teammate: 'ana', now: jan31, timezone: 'UTC', for: { months: 1 } }).snoozedUntil).toBe(at('2026-02-28T12:00:00Z'));
    expect(snoozeConversation({ conversation: open, teammate: 'ana', now: jan31, timezone: 'UTC', for: 'P1Y1M1D' }).snoozedUntil).toBe(at('2027-03-01T12:00:00Z'));
  });

  it('SNOOZE-4: a custom time must be strictly in the future: now itself and the past are rejected', () => {
    for (const target of [{ until: now }, { until: now - 1 }, { for: 0 }, { for: 'PT0S' }]) {
      expect(() => snooze(target)).toThrow(expect.objectContaining({ code: 'snooze-in-the-past' }));
    }
    expect(snooze({ until: now + 1 }).snoozedUntil).toBe(now + 1);
  });

  it('SNOOZE-11: snoozing does not change the team or teammate assignee', () => {
    const c = snooze({ until: now + HOUR });
    expect([c.team, c.teammate]).toEqual(['billing', 'ana']);
  });

  it('SNOOZE-12: snoozing a snoozed conversation replaces snoozedUntil (and restarts snoozedAt)', () => {
    const first = snooze({ until: now + HOUR });
    const second = snoozeConversation({ conversation: first, teammate: 'ben', now: now + 10, until: now + 5 * HOUR });
    expect([second.state, second.snoozedUntil, second.snoozedAt, second.reopenings]).toEqual(['snoozed', now + 5 * HOUR, now + 10, []]);
  });

  it('SNOOZE-13: a closed conversation cannot be snoozed', () => {
    const closed = createConversation({ id: 'c1', createdAt: 0, state: 'closed', closedAt: 0, closeCount: 1 });
    expect(() => snooze({ until: now + HOUR }, closed)).toThrow(expect.objectContaining({ code: 'snooze-closed-conversation' }));
  });

  it("SNOOZE-16: the optional snoozeReason is the snoozer's own note and never reopens, even on a snoozed conversation of someone else", () => {
    const snoozed = snooze({ until: now + HOUR });
    const c = snoozeConversation({ conversation: snoozed, teammate: 'ben', now: now + 1, until: now + 2 * HOUR, snoozeReason: 'Waiting for the refund' });
    expect(c.parts).toEqual([{ type: 'note', author: 'ben', text: 'Waiting for the refund', at: now + 1 }]);
    expect([c.state, c.reopenings]).toEqual(['snoozed', []]);
  });

  it('needs exactly one of until, for or preset, and the zone for presets and calendar units', () => {
    expect(() => snooze({})).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => snooze({ until: now + 1, for: 1 } as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => snooze({ preset: 'tomorrow' } as never)).toThrow(expect.objectContaining({ code: 'invalid-time-zone' }));
    expect(() => snooze({ for: { days: 1 } })).toThrow(expect.objectContaining({ code: 'invalid-time-zone' }));
    expect(() => snooze({ for: 'P1D' })).toThrow(expect.objectContaining({ code: 'invalid-time-zone' }));
    expect(() => snooze({ for: HOUR, timezone: 'Nowhere/Land' })).toThrow(expect.objectContaining({ code: 'invalid-time-zone' }));
  });

  it('rejects a malformed length with invalid-duration', () => {
    for (const length of [-1, Number.NaN, Number.POSITIVE_INFINITY, 'P', 'PT', 'P1DT', '1D', 'P1.5D', 'p1d', [], null, { days: 1.5 }, { days: -1 }, { fortnights: 1 }, { hours: '2' }]) {
      expect(() => snooze({ for: length as never, timezone: 'UTC' })).toThrow(expect.objectContaining({ code: 'invalid-duration' }));
    }
    expect(snooze({ for: { days: undefined, hours: 1 }, timezone: 'UTC' }).snoozedUntil).toBe(now + HOUR);
  });

  it('rejects bad ids, instants and reasons', () => {
    expect(() => snoozeConversation({ conversation: open, teammate: '', now, until: now + 1 })).toThrow(expect.objectContaining({ code: 'invalid-id' }));
    expect(() => snoozeConversation({ conversation: open, teammate: 'ana', now, until: Number.NaN })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    expect(() => snoozeConversation({ conversation: open, teammate: 'ana', now, until: now + 1, snoozeReason: 42 as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  const lengthArb = fc.integer({ min: 1, max: 30 * 24 * HOUR });
  test.prop([conversationInStateArb(), authorArb, nowArb, lengthArb])(
    'SNOOZE-1, SNOOZE-11, SNOOZE-13: snoozing an open or snoozed conversation makes it snoozed until the end and never changes team or teammate; a closed one is refused',
    (c, who, t, length) => {
      const frozen = deepFreeze(c);
      if (c.state === 'closed') {
        expect(() => snoozeConversation({ conversation: frozen, teammate: who, now: t, for: length })).toThrow(expect.objectContaining({ code: 'snooze-closed-conversation' }));
        return;
      }
      const s = snoozeConversation({ conversation: frozen, teammate: who, now: t, for: length });
      expect([s.state, s.snoozedAt, s.snoozedUntil, s.team, s.teammate]).toEqual(['snoozed', t, t + length, c.team, c.teammate]);
    },
  );

  test.prop([conversationInStateArb('open'), nowArb, lengthArb, lengthArb])(
    'SNOOZE-12: re-snoozing replaces snoozedUntil, and snoozing twice to the same time is the same as once',
    (c, t, a, b) => {
      const once = snoozeConversation({ conversation: deepFreeze(c), teammate: 'ana', now: t, until: t + a });
      const again = snoozeConversation({ conversation: deepFreeze(once), teammate: 'ana', now: t, until: t + b });
      expect(again.snoozedUntil).toBe(t + b);
      expect(snoozeConversation({ conversation: once, teammate: 'ana', now: t, until: t + a })).toEqual(once);
    },
  );

  test.prop([conversationInStateArb('open'), nowArb, fc.integer({ min: -30 * 24 * HOUR, max: 0 })])(
    'SNOOZE-4: any end at or before now is rejected',
    (c, t, offset) => {
      expect(() => snoozeConversation({ conversation: deepFreeze(c), teammate: 'ana', now: t, until: t + offset })).toThrow(expect.objectContaining({ code: 'snooze-in-the-past' }));
    },
  );

  test.prop([conversationInStateArb(), authorArb, nowArb, lengthArb, fc.string()])(
    "SNOOZE-16: a snoozeReason becomes the snoozer's note at now and never reopens or records a reopening",
    (c, who, t, length, reason) => {
      if (c.state === 'closed') return;
      const s = snoozeConversation({ conversation: deepFreeze(c), teammate: who, now: t, for: length, snoozeReason: reason });
      expect(s.parts).toEqual([...c.parts, { type: 'note', author: who, text: reason, at: t }]);
      expect([s.state, s.reopenings]).toEqual(['snoozed', c.reopenings]);
    },
  );
});
