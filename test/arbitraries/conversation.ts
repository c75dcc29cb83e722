// Generators for the conversation lifecycle and snooze tests (CONV, SNOOZE).
import { fc } from '@fast-check/vitest';
import { createConversation, type Conversation, type Instant } from '../../src/index.js';
import { instantArb, MAX_INSTANT, MIN_INSTANT } from './model.js';

/**
 * Zones that make wall-clock arithmetic hard: DST in both hemispheres, 30- and 45-minute offsets
 * and a 30-minute DST shift (Lord Howe), DST changes at midnight (Santiago, Tehran until 2022),
 * the extremes of the offset range (Kiritimati +14, Pago Pago -11), and UTC.
 */
export const ZONES = [
  'UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Asia/Kolkata',
  'America/St_Johns', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Santiago', 'Asia/Tehran', 'Asia/Tokyo',
] as const;

export const zoneArb: fc.Arbitrary<string> = fc.constantFrom(...ZONES);

/** Zones whose offsets never coincide (no DST, or Chatham's +12:45/+13:45), for SNOOZE-9. */
export const DISTINCT_OFFSET_ZONES = ['UTC', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Tokyo', 'America/Phoenix', 'Pacific/Chatham'] as const;

/** Teammate ids used as assignees and authors; `__proto__` proves ids are compared, not looked up. */
export const TEAMMATES = ['ana', 'ben', '__proto__'] as const;
export const authorArb: fc.Arbitrary<string> = fc.constantFrom(...TEAMMATES);
export const assigneeArb: fc.Arbitrary<string | null> = fc.option(authorArb, { nil: null });

/** Instants up to ten years before MAX_INSTANT, so "now + a few days" stays in range. */
export const nowArb: fc.Arbitrary<Instant> = fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT - 10 * 365 * 86_400_000 });

/** A conversation in the given state (or any state), valid by construction, with an optional assignee. */
export function conversationInStateArb(state?: 'open' | 'snoozed' | 'closed'): fc.Arbitrary<Conversation> {
  return fc
    .record({
      state: state === undefined ? fc.constantFrom('open' as const, 'snoozed' as const, 'closed' as const) : fc.constant(state),
      createdAt: instantArb,
      snoozeStart: fc.integer({ min: 0, max: 30 * 86_400_000 }),
      snoozeLength: fc.integer({ min: 1, max: 30 * 86_400_000 }),
      teammate: assigneeArb,
      team: fc.option(fc.constantFrom('billing', 'support'), { nil: null }),
      waitingSince: fc.option(instantArb, { nil: null }),
    })
    .map((r) => {
      const snoozedAt = r.createdAt + r.snoozeStart;
      return createConversation({
        id: 'c1', createdAt: r.createdAt, state: r.state, teammate: r.teammate, team: r.team, customers: ['u1'],
        waitingSince: r.waitingSince,
        ...(r.state === 'snoozed' ? { snoozedAt, snoozedUntil: snoozedAt + r.snoozeLength } : {}),
        ...(r.state === 'closed' ? { closedAt: snoozedAt, closeCount: 1 } : {}),
      });
    });
}

/** One lifecycle command of the model-based test, `dt` ms after the previous one. */
export type LifecycleCommand =
  | { readonly kind: 'customer-reply'; readonly dt: number }
  | { readonly kind: 'teammate-reply'; readonly dt: number; readonly who: string }
  | { readonly kind: 'bot-reply'; readonly dt: number }
  | { readonly kind: 'note'; readonly dt: number; readonly who: string }
  | { readonly kind: 'snooze'; readonly dt: number; readonly who: string; readonly forMs: number }
  | { readonly kind: 'close'; readonly dt: number }
  | { readonly kind: 'reopen'; readonly dt: number; readonly who: string }
  | { readonly kind: 'wake'; readonly dt: number }
  | { readonly kind: 'send-and-close'; readonly dt: number; readonly who: string }
  | { readonly kind: 'send-and-snooze'; readonly dt: number; readonly who: string; readonly forMs: number };

const dtArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * 3_600_000 }));
/** Snooze lengths, 0 included (rejected: SNOOZE-4). */
const forMsArb = fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.integer({ min: 1, max: 6 * 3_600_000 }) });

export const lifecycleCommandArb: fc.Arbitrary<LifecycleCommand> = fc.oneof(
  fc.record({ kind: fc.constant('customer-reply' as const), dt: dtArb }),
  fc.record({ kind: fc.constant('teammate-reply' as const), dt: dtArb, who: authorArb }),
  fc.record({ kind: fc.constant('bot-reply' as const), dt: dtArb }),
  fc.record({ kind: fc.constant('note' as const), dt: dtArb, who: authorArb }),
  fc.record({ kind: fc.constant('snooze' as const), dt: dtArb, who: authorArb, forMs: forMsArb }),
  fc.record({ kind: fc.constant('close' as const), dt: dtArb }),
  fc.record({ kind: fc.constant('reopen' as const), dt: dtArb, who: authorArb }),
  fc.record({ kind: fc.constant('wake' as const), dt: dtArb }),
  fc.record({ kind: fc.constant('send-and-close' as const), dt: dtArb, who: authorArb }),
  fc.record({ kind: fc.constant('send-and-snooze' as const), dt: dtArb, who: authorArb, forMs: forMsArb }),
);
