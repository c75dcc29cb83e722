import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, type Conversation } from '../../src/index.js';
import { compareWaitingConversations } from '../../src/assignment/index.js';

const instant = fc.integer({ min: 0, max: 5 }).map((n) => n * 1_000);
const conversationArb: fc.Arbitrary<Conversation> = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd', '__proto__'),
    priority: fc.boolean(),
    createdAt: instant,
    waitingSince: fc.option(instant, { nil: null }),
    teamSince: fc.option(instant, { nil: null }),
  })
  .map((r) => createConversation({ ...r, team: 'billing' }));
const key = (c: Conversation) => c.waitingSince ?? c.teamSince ?? c.createdAt;
const sign = (n: number) => Math.sign(n);

describe('compareWaitingConversations', () => {
  it('ASSIGN-23: priority first, then oldest waitingSince, falling back to teamSince then createdAt, then id', () => {
    const mk = (id: string, extra: object) => createConversation({ id, createdAt: 5_000, team: 'billing', teamSince: null, ...extra });
    const list = [
      mk('d', { createdAt: 1_000 }),
      mk('c', { teamSince: 2_000 }),
      mk('b', { waitingSince: 3_000, createdAt: 0 }),
      mk('a', { createdAt: 1_000 }),
      mk('vip', { priority: true, createdAt: 9_000 }),
    ];
    expect([...list].sort(compareWaitingConversations).map((c) => c.id)).toEqual(['vip', 'a', 'd', 'c', 'b']);
  });

  test.prop([conversationArb, conversationArb])('ASSIGN-23, LIST-3: a priority conversation always comes before a non-priority one (priority is binary)', (a, b) => {
    if (a.priority && !b.priority) expect(compareWaitingConversations(a, b)).toBeLessThan(0);
    if (a.priority === b.priority && key(a) < key(b)) expect(compareWaitingConversations(a, b)).toBeLessThan(0);
  });

  test.prop([conversationArb, conversationArb, conversationArb])('ASSIGN-23: the order is total: antisymmetric, transitive, and 0 only for the same id', (a, b, c) => {
    expect(sign(compareWaitingConversations(a, b)) + sign(compareWaitingConversations(b, a))).toBe(0);
    expect(compareWaitingConversations(a, b) === 0).toBe(a.id === b.id && a.priority === b.priority && key(a) === key(b));
    if (compareWaitingConversations(a, b) < 0 && compareWaitingConversations(b, c) < 0) expect(compareWaitingConversations(a, c)).toBeLessThan(0);
  });

  test.prop([fc.uniqueArray(conversationArb, { selector: (c) => c.id }), fc.infiniteStream(fc.nat())])('ASSIGN-23: sorting never depends on the input order', (list, seeds) => {
    const shuffled = [...list].sort(() => (seeds.next().value % 3) - 1);
    expect([...shuffled].sort(compareWaitingConversations)).toEqual([...list].sort(compareWaitingConversations));
  });
});
