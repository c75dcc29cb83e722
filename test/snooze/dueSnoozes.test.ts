import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, type Conversation } from '../../src/index.js';
import { dueSnoozes } from '../../src/snooze/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { idArb } from '../arbitraries/model.js';

const snoozed = (id: string, until: number): Conversation => createConversation({ id, createdAt: 0, state: 'snoozed', snoozedAt: 0, snoozedUntil: until });

describe('dueSnoozes', () => {
  it('SNOOZE-5: returns the snoozed conversations with snoozedUntil <= now, earliest first, ties by id', () => {
    const open = createConversation({ id: 'e', createdAt: 0 });
    const closed = createConversation({ id: 'f', createdAt: 0, state: 'closed', closedAt: 0, closeCount: 1 });
    const due = dueSnoozes({ conversations: [snoozed('b', 20), open, snoozed('c', 21), snoozed('a', 20), closed, snoozed('d', 10)], now: 20 });
    expect(due.map((c) => c.id)).toEqual(['d', 'a', 'b']);
  });

  it('orders ids by code units, not by locale ("B" before "a", "__proto__" is an ordinary id)', () => {
    expect(dueSnoozes({ conversations: [snoozed('a', 1), snoozed('__proto__', 1), snoozed('B', 1)], now: 1 }).map((c) => c.id)).toEqual(['B', '__proto__', 'a']);
  });

  it('rejects duplicate ids and malformed input', () => {
    expect(() => dueSnoozes({ conversations: [snoozed('a', 1), snoozed('a', 2)], now: 5 })).toThrow(expect.objectContaining({ code: 'duplicate-id' }));
    expect(() => dueSnoozes({ conversations: 'all' as never, now: 5 })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => dueSnoozes({ conversations: [], now: Number.NaN })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
  });

  const itemsArb = fc.uniqueArray(
    fc.record({ id: idArb, state: fc.constantFrom('open' as const, 'snoozed' as const, 'closed' as const), until: fc.integer({ min: 0, max: 100 }) }),
    { selector: (r) => r.id, maxLength: 12 },
  );
  const build = (r: { id: string; state: 'open' | 'snoozed' | 'closed'; until: number }): Conversation =>
    r.state === 'snoozed' ? snoozed(r.id, r.until) : createConversation({ id: r.id, createdAt: 0, state: r.state });

  test.prop([itemsArb, fc.integer({ min: 0, max: 100 }), fc.func(fc.integer())])(
    'SNOOZE-5: exactly the ended snoozes, ordered by (snoozedUntil, id), whatever the input order',
    (items, now, key) => {
      const conversations = deepFreeze(items.map(build));
      const shuffled = [...conversations].sort((a, b) => key(a.id) - key(b.id));
      const due = dueSnoozes({ conversations, now });
      const want = items.filter((r) => r.state === 'snoozed' && r.until <= now)
        .sort((a, b) => a.until - b.until || (a.id < b.id ? -1 : 1)).map((r) => r.id);
      expect(due.map((c) => c.id)).toEqual(want);
      expect(dueSnoozes({ conversations: shuffled, now }).map((c) => c.id)).toEqual(want);
    },
  );
});
