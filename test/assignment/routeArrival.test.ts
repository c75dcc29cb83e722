import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, createTeam, createTeammate, type Conversation, type Team, type Teammate } from '../../src/index.js';
import { applyManualAssignment, drainBacklogs, routeArrival } from '../../src/assignment/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { laterArb, rotationArb, worldArb } from '../arbitraries/assignment.js';
import { balancedOracle, roundRobinOracle } from './_oracle.js';

const code = (c: string): Error => expect.objectContaining({ code: c }) as Error;
const NOW = Date.parse('2026-01-05T09:00:00Z');
const fresh = (id = 'c1', extra: object = {}): Conversation => createConversation({ id, createdAt: NOW - 60_000, customers: ['u1'], ...extra });
const merge = (list: readonly Teammate[], changed: readonly Teammate[]): Teammate[] => list.map((t) => changed.find((c) => c.id === t.id) ?? t);

describe('routeArrival', () => {
  it('ASSIGN-2, ASSIGN-3: the workflow routes the conversation to a team, whose method (manual by default) picks', () => {
    const support = createTeam({ id: 'support', members: ['ana'] });
    expect(support.assignment).toBe('manual');
    const r = routeArrival({ conversation: fresh(), team: support, teammates: [createTeammate({ id: 'ana' })], now: NOW });
    expect([r.conversation.team, r.conversation.teamSince, r.conversation.teammate]).toEqual(['support', NOW, null]);
    expect(r.decision).toEqual({ kind: 'unassigned', reasons: ['manual-method'], considered: [] });
    const balanced = createTeam({ id: 'billing', assignment: 'balanced', members: ['ana'] });
    expect(routeArrival({ conversation: fresh(), team: balanced, teammates: [createTeammate({ id: 'ana' })], now: NOW }).conversation.teammate).toBe('ana');
  });

  test.prop([worldArb(), laterArb, fc.constantFrom('workflow' as const, 'manual' as const)])('ASSIGN-2: after arrival the conversation is in the team inbox, with a member as teammate or none', (w, now, via) => {
    const team = w.teams[0]!;
    const r = routeArrival(deepFreeze({ conversation: fresh('new'), team, teammates: w.teammates, conversations: w.conversations, via, now }));
    expect([r.conversation.team, r.conversation.teamSince]).toEqual([team.id, now]);
    if (r.conversation.teammate !== null) expect(team.members).toContain(r.conversation.teammate);
    expect(r.decision.kind === 'assigned' ? r.decision.teammate : null).toBe(r.conversation.teammate);
  });

  test.prop([worldArb({ method: 'round-robin' }), laterArb])('ASSIGN-33: a manual move into a round-robin inbox never assigns anyone and never moves the pointer', (w, now) => {
    const team = w.teams[0]!;
    for (const c of [fresh('new'), ...w.conversations.filter((x) => x.teammate === null)]) {
      const r = routeArrival({ conversation: c, team, teammates: w.teammates, via: 'manual', now });
      expect([r.conversation.teammate, r.team, r.assignments]).toEqual([null, team, []]);
    }
  });

  test.prop([worldArb({ method: 'manual' }), laterArb])('ASSIGN-4: a manual team inbox never gives an arriving conversation to anyone by itself', (w, now) => {
    const r = routeArrival(deepFreeze({ conversation: fresh('new'), team: w.teams[0]!, teammates: w.teammates, now }));
    expect([r.conversation.teammate, r.changedTeammates, r.assignments]).toEqual([null, [], []]);
  });

  it('ASSIGN-4: unless the workflow names a teammate, who then gets it regardless of status or limit, but needs a seat', () => {
    const team = createTeam({ id: 'support', members: [] });
    const ana = createTeammate({ id: 'ana', status: 'away', assignmentLimit: 1, openCount: 1 });
    const r = routeArrival({ conversation: fresh(), team, teammates: [ana], teammate: 'ana', now: NOW });
    expect(r.decision).toEqual({ kind: 'assigned', teammate: 'ana', reason: 'named-teammate', considered: [] });
    expect([r.conversation.teammate, r.conversation.assignedManually, r.changedTeammates[0]?.openCount, r.changedTeammates[0]?.lastAssignedAt]).toEqual(['ana', false, 2, NOW]);
    const seatless = createTeammate({ id: 'ana', inboxSeat: false });
    expect(() => routeArrival({ conversation: fresh(), team, teammates: [seatless], teammate: 'ana', now: NOW })).toThrow(code('no-inbox-seat'));
  });

  test.prop([worldArb({ method: 'round-robin' }), laterArb])('ASSIGN-28: arriving by workflow in a round-robin inbox goes to the next active member and moves the pointer', (w, now) => {
    const team = w.teams[0]!;
    const r = routeArrival(deepFreeze({ conversation: fresh('new'), team, teammates: w.teammates, now }));
    const expected = roundRobinOracle(team, w.teammates);
    expect(r.conversation.teammate).toBe(expected);
    expect(r.team.rotationCursor).toBe(expected ?? team.rotationCursor);
    if (expected === null) expect(r.team).toBe(team);
  });

  test.prop([rotationArb(), fc.integer({ min: 1, max: 30 })])('ASSIGN-36: over n workflow arrivals with k active members each receives floor(n/k) or ceil(n/k), never two in a row when k >= 2', ({ teammates, team, available }, n) => {
    let t = team;
    let people: Teammate[] = teammates;
    const got: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = routeArrival({ conversation: fresh(`c${i}`), team: t, teammates: people, now: NOW + i });
      got.push(r.conversation.teammate!);
      t = r.team;
      people = merge(people, r.changedTeammates);
    }
    const k = available.length;
    for (const m of available) expect([Math.floor(n / k), Math.ceil(n / k)]).toContain(got.filter((id) => id === m.id).length);
    if (k >= 2) for (let i = 1; i < n; i++) expect(got[i]).not.toBe(got[i - 1]);
    if (k === 1) expect(new Set(got)).toEqual(new Set([available[0]!.id]));
  });

  it('ASSIGN-32: with nobody active at arrival the conversation waits, and is not assigned later when members return', () => {
    const vip = createTeam({ id: 'vip', assignment: 'round-robin', members: ['ana'] });
    const awayAna = createTeammate({ id: 'ana', status: 'away' });
    const r = routeArrival({ conversation: fresh(), team: vip, teammates: [awayAna], now: NOW });
    expect(r.decision).toEqual({ kind: 'unassigned', reasons: ['no-eligible-teammate'], considered: [{ teammate: 'ana', eligible: false, reasons: ['teammate-away'] }] });
    const empty = routeArrival({ conversation: fresh(), team: createTeam({ id: 'vip', assignment: 'round-robin' }), teammates: [], now: NOW });
    expect(empty.decision.kind === 'unassigned' && empty.decision.reasons).toEqual(['no-members']);
    // Ana comes back: draining the inbox does not pick it up.
    const later = drainBacklogs({ teams: [vip], teammates: [createTeammate({ id: 'ana' })], conversations: [r.conversation], now: NOW + 1 });
    expect(later.assignments).toEqual([]);
    expect(later.waiting).toEqual([{ team: 'vip', conversations: ['c1'], reasons: ['round-robin-arrival-only'], considered: [] }]);
  });

  test.prop([worldArb({ method: 'round-robin' }), laterArb])('ASSIGN-32, ASSIGN-33: what round robin did not assign at arrival is never assigned by a later drain', (w, now) => {
    const drained = drainBacklogs({ teams: w.teams, teammates: w.teammates, conversations: w.conversations, now });
    expect(drained.assignments).toEqual([]);
    expect(drained.changedConversations).toEqual([]);
  });

  it('ASSIGN-33: a conversation moved into a round-robin inbox by hand is not auto-assigned', () => {
    const vip = createTeam({ id: 'vip', assignment: 'round-robin', members: ['ana'] });
    const r = routeArrival({ conversation: fresh(), team: vip, teammates: [createTeammate({ id: 'ana' })], via: 'manual', now: NOW });
    expect([r.conversation.team, r.conversation.teammate, r.team]).toEqual(['vip', null, vip]);
    expect(r.decision).toEqual({ kind: 'unassigned', reasons: ['round-robin-arrival-only'], considered: [] });
    const byHand = applyManualAssignment({ conversation: fresh(), to: { team: 'vip' }, teammates: [], teams: [vip], now: NOW });
    expect(byHand.followUp).toEqual({ kind: 'waits', team: 'vip', reason: 'round-robin-arrival-only' });
  });

  it('ASSIGN-12, ASSIGN-35: a workflow moving an open, unassigned conversation into another round-robin inbox gets it assigned there', () => {
    const rrB = createTeam({ id: 'b', assignment: 'round-robin', members: ['ben'] });
    const inA = fresh('c1', { team: 'a', teamSince: NOW - 30_000 });
    const r = routeArrival({ conversation: inA, team: rrB, teammates: [createTeammate({ id: 'ben' })], via: 'workflow', now: NOW });
    expect([r.conversation.team, r.conversation.teamSince, r.conversation.teammate, r.team.rotationCursor]).toEqual(['b', NOW, 'ben', 'ben']);
    expect(r.assignments).toEqual([{ conversation: 'c1', team: 'b', teammate: 'ben', reason: 'next-in-rotation', considered: [{ teammate: 'ben', eligible: true, reasons: [] }] }]);
  });

  it('ASSIGN-12, ASSIGN-24: a moved conversation that already has a teammate keeps them; no method runs', () => {
    const rrB = createTeam({ id: 'b', assignment: 'round-robin', members: ['ben'] });
    const r = routeArrival({ conversation: fresh('c1', { team: 'a', teammate: 'ana' }), team: rrB, teammates: [createTeammate({ id: 'ben' })], now: NOW });
    expect([r.conversation.team, r.conversation.teammate, r.team]).toEqual(['b', 'ana', rrB]);
    expect(r.decision).toEqual({ kind: 'unassigned', reasons: ['already-assigned'], considered: [] });
  });

  it('a snoozed or closed conversation moves but is not assigned', () => {
    const billing = createTeam({ id: 'billing', assignment: 'balanced', members: ['ana'] });
    const closed = fresh('c1', { state: 'closed' });
    const r = routeArrival({ conversation: closed, team: billing, teammates: [createTeammate({ id: 'ana' })], now: NOW });
    expect([r.conversation.team, r.conversation.teammate, r.decision.kind === 'unassigned' && r.decision.reasons]).toEqual(['billing', null, ['not-open']]);
  });

  test.prop([worldArb({ method: 'balanced' }), laterArb])('ASSIGN-22: arriving in a balanced inbox whose backlog is drained, the conversation goes to the balanced pick', (w, now) => {
    const team = w.teams[0]!;
    const settled = drainBacklogs({ teams: [team], teammates: w.teammates, conversations: w.conversations, now });
    const teammates = merge(w.teammates, settled.changedTeammates);
    const conversations = w.conversations.map((c) => settled.changedConversations.find((x) => x.id === c.id) ?? c);
    const expected = balancedOracle(team, teammates, conversations);
    const r = routeArrival(deepFreeze({ conversation: fresh('new'), team, teammates, conversations, now: now + 1 }));
    expect(r.conversation.teammate).toBe(expected);
    expect(r.decision.kind).toBe(expected === null ? 'unassigned' : 'assigned');
  });

  it('ASSIGN-22, ASSIGN-23: a balanced arrival joins the queue: an older waiting conversation is served first', () => {
    const billing = createTeam({ id: 'billing', assignment: 'balanced', members: ['ana'] });
    const ana = createTeammate({ id: 'ana', assignmentLimit: 1 });
    const older = fresh('old', { team: 'billing', createdAt: NOW - 3_600_000 });
    const r = routeArrival({ conversation: fresh('new'), team: billing, teammates: [ana], conversations: [older], now: NOW });
    expect(r.assignments.map((a) => [a.conversation, a.teammate])).toEqual([['old', 'ana']]);
    expect(r.decision).toEqual({ kind: 'unassigned', reasons: ['no-eligible-teammate'], considered: [{ teammate: 'ana', eligible: false, reasons: ['at-limit'] }] });
    expect([r.conversation.team, r.conversation.teammate]).toEqual(['billing', null]);
    expect(r.changedConversations.map((c) => [c.id, c.teammate])).toEqual([['old', 'ana']]);
  });

  it('a team with its own limit needs the conversations; a named teammate needs an unassigned conversation', () => {
    const limited = createTeam({ id: 'billing', assignment: 'balanced', members: [], assignmentLimit: 2 });
    expect(() => routeArrival({ conversation: fresh(), team: limited, teammates: [], now: NOW })).toThrow(code('invalid-argument'));
    const team = createTeam({ id: 'support' });
    const ana = createTeammate({ id: 'ana' });
    expect(() => routeArrival({ conversation: fresh('c1', { teammate: 'ben' }), team, teammates: [ana], teammate: 'ana', now: NOW })).toThrow(code('invalid-argument'));
    expect(() => routeArrival({ conversation: fresh(), team, teammates: [], teammate: 'ghost', now: NOW })).toThrow(code('unknown-teammate'));
    expect(() => routeArrival({ conversation: fresh(), team, teammates: [], via: 'email' as never, now: NOW })).toThrow(code('invalid-argument'));
    expect(() => routeArrival({ conversation: fresh(), team, teammates: [], now: Number.NaN })).toThrow(code('invalid-instant'));
    expect(() => routeArrival({ conversation: { ...fresh(), state: 'pending' } as never, team, teammates: [], now: NOW })).toThrow(code('invalid-argument'));
  });

  test.prop([worldArb(), laterArb])('is deterministic and never mutates its input', (w, now) => {
    const input = deepFreeze({ conversation: fresh('new'), team: w.teams[0]!, teammates: w.teammates, conversations: w.conversations, now });
    expect(routeArrival(input)).toEqual(routeArrival(input));
  });

  it('returns the same team reference when the pointer does not move', () => {
    const team: Team = createTeam({ id: 'billing', assignment: 'balanced', members: ['ana'] });
    expect(routeArrival({ conversation: fresh(), team, teammates: [createTeammate({ id: 'ana' })], now: NOW }).team).toBe(team);
  });
});
