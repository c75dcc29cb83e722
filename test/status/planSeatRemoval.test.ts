import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, createTeammate, type Conversation, type Teammate } from '../../src/index.js';
import { decideAutoAssignmentAvailability, decideManualAssignability, planSeatRemoval } from '../../src/status/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { instantArb, teammateArb } from '../arbitraries/model.js';
import { conversationsArb } from '../arbitraries/status.js';

const now = Date.UTC(2026, 0, 5, 9);
const conv = (id: string, teammate: string | null, extra: Partial<Conversation> = {}): Conversation =>
  createConversation({ id, createdAt: 0, teammate, team: 'billing', customers: ['u1'], ...extra });
const openAssigned = (conversations: readonly Conversation[], id: string): number =>
  conversations.filter((c) => c.teammate === id && c.state === 'open').length;

/** A teammate 'ana' losing her seat, a seated successor 'ben', and conversations of ana, ben, cy or nobody, with consistent open counts. */
const seatRemovalArb = fc
  .tuple(conversationsArb(['ana', 'ben', 'cy']), teammateArb('ana'), teammateArb('ben'), instantArb)
  .map(([conversations, ana, ben, at]) => [
    createTeammate({ ...ana, openCount: openAssigned(conversations, 'ana') }),
    createTeammate({ ...ben, inboxSeat: true, openCount: openAssigned(conversations, 'ben') }),
    conversations,
    at,
  ] as const);

describe('planSeatRemoval', () => {
  it('STATUS-17: all the teammate\'s conversations, in any state, go to the successor; the teammate loses the seat', () => {
    const ana = createTeammate({ id: 'ana', openCount: 1, status: 'away', reassignReplies: true });
    const ben = createTeammate({ id: 'ben', openCount: 2, status: 'away' });
    const others = conv('c4', 'cy');
    const conversations = [
      conv('c1', 'ana'),
      conv('c2', 'ana', { state: 'snoozed', snoozedAt: 0, snoozedUntil: 1 }),
      conv('c3', 'ana', { state: 'closed', closedAt: 0, closeCount: 1 }),
      others,
      conv('c5', null),
    ];
    const plan = planSeatRemoval({ teammate: ana, successor: ben, conversations, now });
    expect(plan.handedOver).toEqual(['c1', 'c2', 'c3']);
    expect(plan.conversations.map((c) => [c.id, c.teammate, c.team, c.state])).toEqual([
      ['c1', 'ben', 'billing', 'open'], ['c2', 'ben', 'billing', 'snoozed'], ['c3', 'ben', 'billing', 'closed'], ['c4', 'cy', 'billing', 'open'], ['c5', null, 'billing', 'open'],
    ]);
    expect(plan.conversations[3]).toBe(others);
    expect(plan.conversations.slice(0, 3).every((c) => c.assignedManually)).toBe(true);
    expect([plan.teammate.inboxSeat, plan.teammate.openCount]).toEqual([false, 0]);
    expect([plan.successor.openCount, plan.successor.lastAssignedAt, plan.successor.status]).toEqual([3, now, 'away']);
    expect(decideManualAssignability(plan.teammate)).toEqual({ kind: 'rejected', reasons: ['no-inbox-seat'] });
  });

  it('STATUS-17: the successor must have a seat', () => {
    const ana = createTeammate({ id: 'ana' });
    const lee = createTeammate({ id: 'lee', inboxSeat: false });
    expect(() => planSeatRemoval({ teammate: ana, successor: lee, conversations: [], now })).toThrow(expect.objectContaining({ code: 'no-inbox-seat' }));
  });

  it('STATUS-17: the successor must be someone else', () => {
    const ana = createTeammate({ id: 'ana' });
    expect(() => planSeatRemoval({ teammate: ana, successor: ana, conversations: [], now })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('STATUS-17: nothing to do gives back the same references', () => {
    const lee = createTeammate({ id: 'lee', inboxSeat: false });
    const ben = createTeammate({ id: 'ben' });
    const conversations = [conv('c1', 'ben')];
    const plan = planSeatRemoval({ teammate: lee, successor: ben, conversations, now });
    expect(plan.teammate).toBe(lee);
    expect(plan.successor).toBe(ben);
    expect(plan.conversations[0]).toBe(conversations[0]);
    expect(plan.handedOver).toEqual([]);
  });

  it('rejects bad input: duplicate conversation ids, an openCount lower than the open conversations, bad now, non-conversations', () => {
    const ana = createTeammate({ id: 'ana', openCount: 1 });
    const ben = createTeammate({ id: 'ben' });
    const ok = { teammate: ana, successor: ben, now };
    expect(() => planSeatRemoval({ ...ok, conversations: [conv('c1', 'ana'), conv('c1', null)] })).toThrow(expect.objectContaining({ code: 'duplicate-id' }));
    expect(() => planSeatRemoval({ ...ok, conversations: [conv('c1', 'ana'), conv('c2', 'ana')] })).toThrow(expect.objectContaining({ code: 'invalid-open-count' }));
    expect(() => planSeatRemoval({ ...ok, conversations: [], now: Number.POSITIVE_INFINITY })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    expect(() => planSeatRemoval({ ...ok, conversations: [{ id: 'c1', teammate: 'ana', state: 'pending' }] as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => planSeatRemoval({ ...ok, conversations: [{ id: 'c1', teammate: '', state: 'open' }] as never })).toThrow(expect.objectContaining({ code: 'invalid-id' }));
    expect(() => planSeatRemoval({ ...ok, conversations: 'c1' as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => planSeatRemoval({ ...ok, successor: { ...ben, openCount: -1 }, conversations: [] })).toThrow(expect.objectContaining({ code: 'invalid-open-count' }));
  });

  test.prop([seatRemovalArb])('STATUS-17: afterwards nobody is assigned to the seatless teammate and exactly their conversations went to the successor', ([ana, ben, conversations, at]) => {
    const plan = planSeatRemoval(deepFreeze({ teammate: ana, successor: ben, conversations, now: at }));
    expect(plan.conversations.some((c) => c.teammate === 'ana')).toBe(false);
    expect(plan.handedOver).toEqual(conversations.filter((c) => c.teammate === 'ana').map((c) => c.id));
    plan.conversations.forEach((c, i) => {
      const before = conversations[i]!;
      if (before.teammate === 'ana') expect(c).toEqual({ ...before, teammate: 'ben', assignedManually: true });
      else expect(c).toBe(before);
    });
  });

  test.prop([seatRemovalArb])('STATUS-15, STATUS-17: the teammate ends without a seat (never assignable) and open counts stay consistent (ASSIGN-16)', ([ana, ben, conversations, at]) => {
    const plan = planSeatRemoval({ teammate: ana, successor: ben, conversations, now: at });
    expect(plan.teammate.inboxSeat).toBe(false);
    expect(decideAutoAssignmentAvailability(plan.teammate).kind).toBe('unavailable');
    expect(plan.teammate.openCount).toBe(openAssigned(plan.conversations, 'ana'));
    expect(plan.successor.openCount).toBe(openAssigned(plan.conversations, 'ben'));
    expect(plan.successor.lastAssignedAt).toBe(plan.handedOver.length > 0 ? at : ben.lastAssignedAt);
  });

  test.prop([seatRemovalArb])('STATUS-17: planning again on the result hands over nothing and changes nothing', ([ana, ben, conversations, at]) => {
    const once = planSeatRemoval({ teammate: ana, successor: ben, conversations, now: at });
    const twice = planSeatRemoval({ teammate: once.teammate, successor: once.successor, conversations: once.conversations, now: at });
    expect(twice.handedOver).toEqual([]);
    expect(twice.teammate).toBe(once.teammate);
    expect(twice.successor).toBe(once.successor);
    twice.conversations.forEach((c, i) => {
      expect(c).toBe(once.conversations[i]);
    });
  });

  test.prop([seatRemovalArb])('STATUS-17: a successor without a seat is always rejected', ([ana, ben, conversations, at]) => {
    const seatless: Teammate = createTeammate({ ...ben, inboxSeat: false });
    expect(() => planSeatRemoval({ teammate: ana, successor: seatless, conversations, now: at })).toThrow(expect.objectContaining({ code: 'no-inbox-seat' }));
  });
});
