import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, createTeam, createTeammate, type Conversation, type Teammate } from '../../src/index.js';
import {
  compareWaitingConversations, decideBalancedAssignee, drainBacklog, drainBacklogs, type BacklogDrain,
} from '../../src/assignment/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { laterArb, worldArb } from '../arbitraries/assignment.js';
import { balancedOracle, isBalancedEligible } from './_oracle.js';

const code = (c: string): Error => expect.objectContaining({ code: c }) as Error;
const at = (hhmm: string) => Date.parse(`2026-01-05T${hhmm}:00Z`);
const waiting = (id: string, createdAt: number, extra: object = {}): Conversation =>
  createConversation({ id, createdAt, team: 'billing', customers: ['u1'], ...extra });
const apply = <T extends { id: string }>(list: readonly T[], changed: readonly T[]): T[] => list.map((x) => changed.find((c) => c.id === x.id) ?? x);
const who = (r: BacklogDrain) => r.assignments.map((a) => [a.conversation, a.teammate]);

describe('drainBacklog', () => {
  it('ASSIGN-19: limit 3, A has 3 open, B has 1: B receives the next 2 before A receives any; A receives nothing until below 3', () => {
    const team = createTeam({ id: 'billing', assignment: 'balanced', members: ['A', 'B'] });
    const A = createTeammate({ id: 'A', assignmentLimit: 3, openCount: 3 });
    const B = createTeammate({ id: 'B', assignmentLimit: 3, openCount: 1 });
    const queue = [waiting('c1', at('08:00')), waiting('c2', at('08:01')), waiting('c3', at('08:02'))];
    const first = drainBacklog({ team, teammates: [A, B], conversations: queue, now: at('09:00') });
    expect(who(first)).toEqual([['c1', 'B'], ['c2', 'B']]);
    expect(first.waiting).toEqual([{
      team: 'billing', conversations: ['c3'], reasons: ['no-eligible-teammate'],
      considered: [{ teammate: 'A', eligible: false, reasons: ['at-limit'] }, { teammate: 'B', eligible: false, reasons: ['at-limit'] }],
    }]);
    // A closes one: now below 3, A gets c3.
    const teammates = apply([A, B], first.changedTeammates).map((t) => (t.id === 'A' ? createTeammate({ ...t, openCount: 2 }) : t));
    const second = drainBacklog({ team, teammates, conversations: apply(queue, first.changedConversations), now: at('09:30') });
    expect(who(second)).toEqual([['c3', 'A']]);
  });

  it('ASSIGN-20: the derived example, step by step in one drain', () => {
    const team = createTeam({ id: 'billing', assignment: 'balanced', members: ['A', 'B'] });
    const A = createTeammate({ id: 'A', assignmentLimit: 3, openCount: 0, lastAssignedAt: at('10:00') });
    const B = createTeammate({ id: 'B', assignmentLimit: 3, openCount: 2, lastAssignedAt: at('09:00') });
    const queue = [1, 2, 3, 4, 5].map((n) => waiting(`c${n}`, at(`08:0${n}`)));
    const r = drainBacklog({ team, teammates: [A, B], conversations: queue, now: at('11:00') });
    expect(r.assignments.map((a) => [a.conversation, a.teammate, a.reason])).toEqual([
      ['c1', 'A', 'fewest-open'], // A=0, B=2
      ['c2', 'A', 'fewest-open'], // A=1, B=2
      ['c3', 'B', 'least-recently-assigned'], // A=2, B=2: B last assigned 09:00; B now at its limit
      ['c4', 'A', 'only-eligible'], // A=2, B=3: B ineligible
    ]);
    expect(r.changedTeammates.map((t) => [t.id, t.openCount, t.lastAssignedAt])).toEqual([['A', 3, at('11:00')], ['B', 3, at('11:00')]]);
    // Both end at 3; the 5th stays in the team inbox.
    expect(r.waiting.map((w) => [w.conversations, w.reasons])).toEqual([[['c5'], ['no-eligible-teammate']]]);
    expect(r.changedConversations.map((c) => [c.id, c.team, c.teammate, c.assignedManually])).toEqual([
      ['c1', 'billing', 'A', false], ['c2', 'billing', 'A', false], ['c3', 'billing', 'B', false], ['c4', 'billing', 'A', false],
    ]);
  });

  it('ASSIGN-21: nothing eligible: everything waits, no error', () => {
    const team = createTeam({ id: 'billing', assignment: 'balanced', members: ['a'] });
    const r = drainBacklog({ team, teammates: [createTeammate({ id: 'a', status: 'away' })], conversations: [waiting('c1', 0)], now: 1 });
    expect(r).toEqual({
      assignments: [], changedConversations: [], changedTeammates: [],
      waiting: [{ team: 'billing', conversations: ['c1'], reasons: ['no-eligible-teammate'], considered: [{ teammate: 'a', eligible: false, reasons: ['teammate-away'] }] }],
    });
  });

  test.prop([worldArb({ method: 'balanced' }), laterArb])('ASSIGN-22: after a drain, nothing waits in the inbox or nobody in it is eligible', (w, now) => {
    const team = w.teams[0]!;
    const r = drainBacklog(deepFreeze({ team, teammates: w.teammates, conversations: w.conversations, now }));
    const teammates = apply(w.teammates, r.changedTeammates);
    const conversations = apply(w.conversations, r.changedConversations);
    const stillWaiting = conversations.filter((c) => c.team === team.id && c.state === 'open' && c.teammate === null);
    if (stillWaiting.length > 0) expect(teammates.some((t) => isBalancedEligible(team, t, conversations))).toBe(false);
    expect(r.waiting.flatMap((x) => x.conversations)).toEqual([...stillWaiting].sort(compareWaitingConversations).map((c) => c.id));
  });

  test.prop([worldArb({ method: 'balanced' }), laterArb])('ASSIGN-22: one at a time, re-counting after each: every assignment is the balanced pick for the counts at that moment', (w, now) => {
    const team = w.teams[0]!;
    const r = drainBacklog({ team, teammates: w.teammates, conversations: w.conversations, now });
    let teammates: Teammate[] = [...w.teammates];
    let conversations: Conversation[] = [...w.conversations];
    let seq = 0;
    for (const a of r.assignments) {
      expect(a.teammate).toBe(balancedOracle(team, teammates, conversations));
      // Assignments of this drain all happen at `now`, the earlier one first: model that order
      // with a sub-millisecond offset (every generated lastAssignedAt is before `now`).
      seq++;
      teammates = teammates.map((t) => (t.id === a.teammate ? createTeammate({ ...t, openCount: t.openCount + 1, lastAssignedAt: now + seq / 1_000 }) : t));
      conversations = conversations.map((c) => (c.id === a.conversation ? createConversation({ ...c, teammate: a.teammate }) : c));
    }
    // It stops only when nobody is eligible for what still waits.
    if (r.waiting.length > 0) expect(balancedOracle(team, teammates, conversations)).toBeNull();
    expect(teammates.map((t) => t.openCount)).toEqual(apply(w.teammates, r.changedTeammates).map((t) => t.openCount));
  });

  it('ASSIGN-22: between teammates assigned in the same drain, the one assigned earlier counts as less recently assigned', () => {
    const team = createTeam({ id: 'billing', assignment: 'balanced', members: ['a', 'b', 'c'] });
    // c was assigned long ago, b never, a never: b and a go first (by id: a then b), then c.
    const teammates = [createTeammate({ id: 'c', lastAssignedAt: 5 }), createTeammate({ id: 'b' }), createTeammate({ id: 'a' })];
    const queue = [1, 2, 3, 4, 5].map((n) => waiting(`c${n}`, n));
    const r = drainBacklog({ team, teammates, conversations: queue, now: 100 });
    expect(r.assignments.map((x) => x.teammate)).toEqual(['a', 'b', 'c', 'a', 'b']);
    expect(r.assignments.map((x) => x.reason)).toEqual(['lowest-id', 'least-recently-assigned', 'fewest-open', 'least-recently-assigned', 'least-recently-assigned']);
  });

  test.prop([worldArb({ method: 'balanced' }), laterArb])('STATUS-4, ASSIGN-22: a member turning active re-enters the pool and the backlog moves to them if they are the pick', (w, now) => {
    const team = w.teams[0]!;
    const back = w.teammates.find((t) => t.status === 'away' && t.inboxSeat && team.members.includes(t.id));
    if (back === undefined) return;
    const settled = drainBacklog({ team, teammates: w.teammates, conversations: w.conversations, now });
    const teammates = apply(w.teammates, settled.changedTeammates).map((t) => (t.id === back.id ? createTeammate({ ...t, status: 'active', reassignReplies: false }) : t));
    const conversations = apply(w.conversations, settled.changedConversations);
    const r = drainBacklog({ team, teammates, conversations, now: now + 1 });
    if (r.assignments.length > 0) expect(r.assignments.map((a) => a.teammate)).toContain(back.id);
    expect(r.assignments[0]?.teammate ?? null).toBe(settled.waiting.length === 0 ? null : balancedOracle(team, teammates, conversations));
  });

  it('ASSIGN-23: priority first, then the longest waiting, then id', () => {
    const team = createTeam({ id: 'billing', assignment: 'balanced', members: ['a'] });
    const queue = [
      waiting('z', 100),
      waiting('late-vip', 500, { priority: true }),
      waiting('old', 900, { waitingSince: 50 }),
      waiting('y', 100),
    ];
    const r = drainBacklog({ team, teammates: [createTeammate({ id: 'a' })], conversations: queue, now: 1_000 });
    expect(r.assignments.map((a) => a.conversation)).toEqual(['late-vip', 'old', 'y', 'z']);
  });

  test.prop([worldArb({ method: 'balanced', teams: 3 }), laterArb])('ASSIGN-23, ASSIGN-27: assignments across inboxes are made in queue order', (w, now) => {
    const r = drainBacklogs(deepFreeze({ teams: w.teams, teammates: w.teammates, conversations: w.conversations, now }));
    const byId = new Map(w.conversations.map((c) => [c.id, c]));
    const order = r.assignments.map((a) => byId.get(a.conversation)!);
    for (let i = 1; i < order.length; i++) expect(compareWaitingConversations(order[i - 1]!, order[i]!)).toBeLessThan(0);
  });

  test.prop([worldArb({ teams: 2 }), laterArb])('ASSIGN-24: balanced never moves a conversation that already has a teammate', (w, now) => {
    const r = drainBacklogs(deepFreeze({ teams: w.teams, teammates: w.teammates, conversations: w.conversations, now }));
    const before = new Map(w.conversations.map((c) => [c.id, c]));
    for (const c of r.changedConversations) {
      const old = before.get(c.id)!;
      expect([old.teammate, old.state]).toEqual([null, 'open']);
      expect(c.team).toBe(old.team);
    }
  });

  test.prop([worldArb({ method: 'balanced', teams: 2 }), laterArb])('ASSIGN-25, ASSIGN-14: nobody at or over their limit receives a conversation', (w, now) => {
    const r = drainBacklogs({ teams: w.teams, teammates: w.teammates, conversations: w.conversations, now });
    for (const t of r.changedTeammates) if (t.assignmentLimit !== null) expect(t.openCount).toBeLessThanOrEqual(Math.max(t.assignmentLimit, w.teammates.find((x) => x.id === t.id)!.openCount));
    const full = new Set(w.teammates.filter((t) => t.assignmentLimit !== null && t.openCount >= t.assignmentLimit).map((t) => t.id));
    for (const a of r.assignments) expect(full.has(a.teammate)).toBe(false);
  });

  test.prop([worldArb({ teams: 2 }), laterArb])('STATUS-9, STATUS-12: a drain never picks an away teammate and never unassigns anyone (only a customer reply does)', (w, now) => {
    const r = drainBacklogs({ teams: w.teams, teammates: w.teammates, conversations: w.conversations, now });
    const away = new Set(w.teammates.filter((t) => t.status === 'away').map((t) => t.id));
    for (const a of r.assignments) expect(away.has(a.teammate)).toBe(false);
    for (const c of r.changedConversations) expect(c.teammate).not.toBeNull();
  });

  test.prop([worldArb({ method: 'balanced', teams: 2 }), laterArb])('ASSIGN-18: everyone who gets a conversation has lastAssignedAt = now and one more open conversation per assignment', (w, now) => {
    const r = drainBacklogs({ teams: w.teams, teammates: w.teammates, conversations: w.conversations, now });
    for (const t of r.changedTeammates) {
      const before = w.teammates.find((x) => x.id === t.id)!;
      expect(t.lastAssignedAt).toBe(now);
      expect(t.openCount - before.openCount).toBe(r.assignments.filter((a) => a.teammate === t.id).length);
    }
  });

  it('ASSIGN-27: a teammate in two balanced inboxes gets the next conversation across both by queue order', () => {
    const billing = createTeam({ id: 'billing', assignment: 'balanced', members: ['ana'] });
    const sales = createTeam({ id: 'sales', assignment: 'balanced', members: ['ana'] });
    const ana = createTeammate({ id: 'ana', assignmentLimit: 2 });
    const conversations = [
      createConversation({ id: 'b1', createdAt: 300, team: 'billing' }),
      createConversation({ id: 's1', createdAt: 100, team: 'sales' }),
      createConversation({ id: 'b2', createdAt: 200, team: 'billing' }),
    ];
    const r = drainBacklogs({ teams: [billing, sales], teammates: [ana], conversations, now: 1_000 });
    expect(r.assignments.map((a) => [a.conversation, a.team])).toEqual([['s1', 'sales'], ['b2', 'billing']]);
    expect(r.waiting.map((x) => [x.team, x.conversations])).toEqual([['billing', ['b1']]]);
    expect(r.changedTeammates).toMatchObject([{ id: 'ana', openCount: 2 }]);
  });

  test.prop([worldArb({ method: 'balanced', teams: 2 }), laterArb])('ASSIGN-27: one limit and one global count: across inboxes nobody ends above their limit by a drain', (w, now) => {
    const r = drainBacklogs({ teams: w.teams, teammates: w.teammates, conversations: w.conversations, now });
    for (const t of r.changedTeammates) if (t.assignmentLimit !== null) expect(t.openCount).toBeLessThanOrEqual(t.assignmentLimit);
  });

  it('ASSIGN-13: the inbox limit (Beyond-1) counts conversations assigned during the drain', () => {
    const team = createTeam({ id: 'billing', assignment: 'balanced', members: ['a', 'b'], assignmentLimit: 1 });
    const r = drainBacklog({ team, teammates: [createTeammate({ id: 'a' }), createTeammate({ id: 'b' })], conversations: [waiting('c1', 1), waiting('c2', 2), waiting('c3', 3)], now: 10 });
    expect(who(r)).toEqual([['c1', 'a'], ['c2', 'b']]);
    expect(r.waiting[0]?.considered.map((c) => c.reasons)).toEqual([['at-team-limit'], ['at-team-limit']]);
  });

  test.prop([worldArb({ method: 'balanced' }), laterArb])('draining twice assigns nothing the second time', (w, now) => {
    const team = w.teams[0]!;
    const r = drainBacklog({ team, teammates: w.teammates, conversations: w.conversations, now });
    const again = drainBacklog({ team, teammates: apply(w.teammates, r.changedTeammates), conversations: apply(w.conversations, r.changedConversations), now });
    expect(again.assignments).toEqual([]);
  });

  test.prop([worldArb({ method: 'balanced' }), laterArb])('the first assignment is decideBalancedAssignee’s pick', (w, now) => {
    const team = w.teams[0]!;
    const r = drainBacklog({ team, teammates: w.teammates, conversations: w.conversations, now });
    const d = decideBalancedAssignee({ team, teammates: w.teammates, conversations: w.conversations });
    if (r.assignments.length > 0) expect(d).toMatchObject({ kind: 'assigned', teammate: r.assignments[0]!.teammate, reason: r.assignments[0]!.reason, considered: r.assignments[0]!.considered });
  });

  it('round-robin and manual inboxes drain nothing and say why', () => {
    const rr = createTeam({ id: 'rr', assignment: 'round-robin', members: ['a'] });
    const manual = createTeam({ id: 'm', members: ['a'] });
    const r = drainBacklogs({
      teams: [rr, manual], teammates: [createTeammate({ id: 'a' })],
      conversations: [createConversation({ id: 'x', createdAt: 0, team: 'rr' }), createConversation({ id: 'y', createdAt: 0, team: 'm' })], now: 1,
    });
    expect(r.assignments).toEqual([]);
    expect(r.waiting.map((x) => [x.team, x.reasons])).toEqual([['rr', ['round-robin-arrival-only']], ['m', ['manual-method']]]);
  });

  it('explain: false drops the explanations', () => {
    const team = createTeam({ id: 'billing', assignment: 'balanced', members: ['a'] });
    const r = drainBacklog({ team, teammates: [createTeammate({ id: 'a', assignmentLimit: 1 })], conversations: [waiting('c1', 1), waiting('c2', 2)], now: 10, explain: false });
    expect(r.assignments[0]?.considered).toEqual([]);
    expect(r.waiting[0]?.considered).toEqual([]);
  });

  it('rejects bad input at the edge', () => {
    const team = createTeam({ id: 'billing', assignment: 'balanced', members: ['a'] });
    const a = createTeammate({ id: 'a' });
    expect(() => drainBacklog({ team, teammates: [a], conversations: [], now: Number.POSITIVE_INFINITY })).toThrow(code('invalid-instant'));
    expect(() => drainBacklog({ team, teammates: [], conversations: [], now: 0 })).toThrow(code('unknown-teammate'));
    expect(() => drainBacklog({ team, teammates: [a], conversations: [waiting('c', 0), waiting('c', 1)], now: 0 })).toThrow(code('duplicate-id'));
    expect(() => drainBacklogs({ teams: [team, team], teammates: [a], conversations: [], now: 0 })).toThrow(code('duplicate-id'));
    expect(() => drainBacklogs({ teams: [{ ...team, assignmentLimit: 0 }], teammates: [a], conversations: [], now: 0 })).toThrow(code('invalid-assignment-limit'));
    expect(() => drainBacklog({ team, teammates: [a], conversations: [{ ...waiting('c', 0), createdAt: Number.NaN }], now: 0 })).toThrow(code('invalid-instant'));
    expect(() => drainBacklog({ team: null as never, teammates: [a], conversations: [], now: 0 })).toThrow(/drainBacklog: team/);
  });

  test.prop([fc.constantFrom('__proto__', 'constructor', 'toString')])('ids that break object maps are ordinary ids', (id) => {
    const team = createTeam({ id, assignment: 'balanced', members: [id] });
    const r = drainBacklog({ team, teammates: [createTeammate({ id })], conversations: [createConversation({ id, createdAt: 0, team: id })], now: 1 });
    expect(who(r)).toEqual([[id, id]]);
  });
});
