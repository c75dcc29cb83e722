import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, createTeam, createTeammate, type Conversation, type Teammate } from '../../src/index.js';
import { applyManualAssignment, decideBalancedAssignee, drainBacklogs, type ManualAssignmentTarget } from '../../src/assignment/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { laterArb, worldArb, type World } from '../arbitraries/assignment.js';

const code = (c: string): Error => expect.objectContaining({ code: c }) as Error;
const NOW = 5_000_000;
const billing = createTeam({ id: 'billing', assignment: 'balanced', members: ['ana', 'ben'] });
const vip = createTeam({ id: 'vip', assignment: 'round-robin', members: ['ana', 'ben'] });
const support = createTeam({ id: 'support', members: ['ana', 'ben'] });
const teams = [billing, vip, support];
const ana = createTeammate({ id: 'ana', openCount: 1 });
const ben = createTeammate({ id: 'ben', openCount: 0 });
const conv = (extra: object = {}): Conversation => createConversation({ id: 'c1', createdAt: 1_000, ...extra });
const assign = (conversation: Conversation, to: ManualAssignmentTarget, teammates: Teammate[] = [ana, ben]) =>
  applyManualAssignment({ conversation, to, teammates, teams, now: NOW });

/** A world plus a conversation of it and a target teammate with a seat. */
const caseArb = worldArb({ teams: 2 })
  .filter((w) => w.conversations.length > 0 && w.teammates.some((t) => t.inboxSeat))
  .chain((w: World) => fc.record({
    w: fc.constant(w),
    c: fc.constantFrom(...w.conversations),
    target: fc.constantFrom(...w.teammates.filter((t) => t.inboxSeat)),
    team: fc.constantFrom(...w.teams),
    now: laterArb,
  }));

describe('applyManualAssignment', () => {
  test.prop([caseArb])('ASSIGN-1, ASSIGN-5, ASSIGN-6: assigning a teammate keeps the team (or no team) and sets the teammate', ({ w, c, target, now }) => {
    const r = applyManualAssignment(deepFreeze({ conversation: c, to: { teammate: target.id }, teammates: w.teammates, teams: w.teams, now }));
    expect([r.conversation.team, r.conversation.teammate]).toEqual([c.team, target.id]);
    expect(r.followUp).toEqual({ kind: 'with-teammate', teammate: target.id, team: c.team });
  });

  it('ASSIGN-5, ASSIGN-6: examples', () => {
    const busyBen = createTeammate({ id: 'ben', openCount: 1 });
    expect(assign(conv({ team: 'billing', teammate: 'ben' }), { teammate: 'ana' }, [ana, busyBen]).conversation).toMatchObject({ team: 'billing', teammate: 'ana', assignedManually: true });
    expect(assign(conv(), { teammate: 'ana' }).conversation).toMatchObject({ team: null, teamSince: null, teammate: 'ana' });
  });

  test.prop([caseArb])('ASSIGN-7: assigning a team clears the teammate; the conversation then follows that team’s method', ({ w, c, team, now }) => {
    const r = applyManualAssignment(deepFreeze({ conversation: c, to: { team: team.id }, teammates: w.teammates, teams: w.teams, now }));
    expect([r.conversation.team, r.conversation.teammate]).toEqual([team.id, null]);
    const expected = { balanced: { kind: 'queued', team: team.id }, 'round-robin': { kind: 'waits', team: team.id, reason: 'round-robin-arrival-only' }, manual: { kind: 'waits', team: team.id, reason: 'manual-method' } }[team.assignment];
    expect(r.followUp).toEqual(expected);
    expect(r.drain.includes(team.id)).toBe(team.assignment === 'balanced' && c.state === 'open' && (c.team !== team.id || c.teammate !== null));
  });

  it('ASSIGN-7: team X with teammate T, assigned to team Y: team Y, no teammate; balanced picks it up, round robin does not, manual waits', () => {
    const c = conv({ team: 'support', teammate: 'ana' });
    const toBalanced = assign(c, { team: 'billing' });
    expect([toBalanced.conversation.team, toBalanced.conversation.teammate, toBalanced.conversation.teamSince, toBalanced.followUp.kind]).toEqual(['billing', null, NOW, 'queued']);
    expect(toBalanced.drain).toEqual(['billing']);
    const picked = drainBacklogs({ teams: [billing], teammates: toBalanced.changedTeammates.concat(ben), conversations: [toBalanced.conversation], now: NOW });
    expect(picked.assignments.map((a) => a.teammate)).toEqual(['ana']);
    expect(assign(c, { team: 'vip' }).followUp).toEqual({ kind: 'waits', team: 'vip', reason: 'round-robin-arrival-only' });
    expect(assign(c, { team: 'support' }).followUp).toEqual({ kind: 'waits', team: 'support', reason: 'manual-method' });
    // Same team: the teammate goes, the place in the queue (teamSince) stays.
    expect(assign(conv({ team: 'support', teamSince: 7, teammate: 'ana' }), { team: 'support' }).conversation).toMatchObject({ team: 'support', teamSince: 7, teammate: null });
    expect(assign(conv({ team: 'support', teamSince: null, teammate: 'ana' }), { team: 'support' }).conversation).toMatchObject({ team: 'support', teamSince: NOW });
  });

  test.prop([caseArb])('ASSIGN-8, ASSIGN-9, STATUS-7, STATUS-13: a manual assignment ignores limits and status (away or away + reassign) but needs a seat', ({ w, c, target, now }) => {
    const r = applyManualAssignment({ conversation: c, to: { teammate: target.id }, teammates: w.teammates, teams: w.teams, now });
    expect(r.conversation.teammate).toBe(target.id);
    if (c.teammate !== target.id && c.state === 'open') expect(r.changedTeammates.find((t) => t.id === target.id)?.openCount).toBe(target.openCount + 1);
  });

  it('ASSIGN-8, ASSIGN-25: assigning a teammate at their limit pushes them over it; balanced then skips them until below it', () => {
    const full = createTeammate({ id: 'ana', assignmentLimit: 2, openCount: 2 });
    const r = assign(conv({ team: 'billing' }), { teammate: 'ana' }, [full, ben]);
    const over = r.changedTeammates[0]!;
    expect([over.openCount, over.assignmentLimit]).toEqual([3, 2]);
    expect(decideBalancedAssignee({ team: createTeam({ ...billing, members: ['ana'] }), teammates: [over] })).toMatchObject({ kind: 'unassigned', considered: [{ reasons: ['at-limit'] }] });
    expect(decideBalancedAssignee({ team: createTeam({ ...billing, members: ['ana'] }), teammates: [createTeammate({ ...over, openCount: 1 })] }).kind).toBe('assigned');
  });

  it('STATUS-7, STATUS-13: an away teammate, with or without reassign, can be assigned by hand; the assignment holds', () => {
    for (const mode of [{ status: 'away' }, { status: 'away', reassignReplies: true }] as const) {
      const away = createTeammate({ id: 'ana', ...mode });
      const r = assign(conv({ team: 'billing' }), { teammate: 'ana' }, [away, ben]);
      expect(r.conversation.teammate).toBe('ana');
      expect(r.followUp.kind).toBe('with-teammate');
    }
  });

  test.prop([caseArb])('ASSIGN-9, STATUS-15: a teammate without an inbox seat can never be assigned by hand', ({ w, c, target, now }) => {
    const seatless = createTeammate({ ...target, inboxSeat: false });
    const teammates = w.teammates.map((t) => (t.id === target.id ? seatless : t));
    expect(() => applyManualAssignment({ conversation: c, to: { teammate: target.id }, teammates, teams: w.teams, now })).toThrow(code('no-inbox-seat'));
  });

  test.prop([caseArb])('ASSIGN-10: reassignment is manual assignment: T then U is the same as U directly, counts included', ({ w, c, target, now }) => {
    const other = w.teammates.find((t) => t.inboxSeat && t.id !== target.id);
    if (other === undefined) return;
    const input = { teammates: w.teammates, teams: w.teams, now };
    const first = applyManualAssignment({ ...input, conversation: c, to: { teammate: target.id } });
    const merged = w.teammates.map((t) => first.changedTeammates.find((x) => x.id === t.id) ?? t);
    const second = applyManualAssignment({ ...input, teammates: merged, conversation: first.conversation, to: { teammate: other.id } });
    const direct = applyManualAssignment({ ...input, conversation: c, to: { teammate: other.id } });
    expect([second.conversation.team, second.conversation.teammate]).toEqual([direct.conversation.team, direct.conversation.teammate]);
    const counts = (changed: readonly Teammate[], base: readonly Teammate[]) => base.map((t) => (changed.find((x) => x.id === t.id) ?? t).openCount);
    expect(counts(second.changedTeammates, merged)).toEqual(counts(direct.changedTeammates, w.teammates));
  });

  test.prop([caseArb])('ASSIGN-11: unassigning the teammate keeps the team; unassigning both leaves neither', ({ w, c, now }) => {
    const input = { conversation: c, teammates: w.teammates, teams: w.teams, now };
    const one = applyManualAssignment(deepFreeze({ ...input, to: { teammate: null } }));
    expect([one.conversation.team, one.conversation.teammate]).toEqual([c.team, null]);
    const both = applyManualAssignment({ ...input, to: null });
    expect([both.conversation.team, both.conversation.teammate, both.followUp]).toEqual([null, null, { kind: 'unassigned' }]);
  });

  it('ASSIGN-11: unassigning the teammate keeps the team and returns the conversation to its open list; unassigning both leaves it fully unassigned', () => {
    const c = conv({ team: 'billing', teammate: 'ana' });
    const r = assign(c, { teammate: null });
    expect([r.conversation.team, r.conversation.teammate, r.followUp]).toEqual(['billing', null, { kind: 'queued', team: 'billing' }]);
    expect(r.changedTeammates).toMatchObject([{ id: 'ana', openCount: 0 }]);
    const both = assign(c, null);
    expect([both.conversation.team, both.conversation.teamSince, both.conversation.teammate, both.followUp]).toEqual([null, null, null, { kind: 'unassigned' }]);
  });

  it('ASSIGN-11, ASSIGN-34: unassigning in a round-robin inbox leaves it waiting there for good', () => {
    const r = assign(conv({ team: 'vip', teammate: 'ana' }), { teammate: null });
    expect(r.followUp).toEqual({ kind: 'waits', team: 'vip', reason: 'round-robin-arrival-only' });
    expect(drainBacklogs({ teams, teammates: [...r.changedTeammates, ben], conversations: [r.conversation], now: NOW }).assignments).toEqual([]);
  });

  test.prop([caseArb])('ASSIGN-16, ASSIGN-18: open conversations move counts from the old teammate to the new one, who gets lastAssignedAt = now', ({ w, c, target, now }) => {
    const r = applyManualAssignment({ conversation: c, to: { teammate: target.id }, teammates: w.teammates, teams: w.teams, now });
    if (c.teammate === target.id) {
      expect([r.conversation, r.changedTeammates, r.drain]).toEqual([c, [], []]);
      return;
    }
    const gained = r.changedTeammates.find((t) => t.id === target.id)!;
    expect(gained.lastAssignedAt).toBe(now);
    expect(gained.openCount - target.openCount).toBe(c.state === 'open' ? 1 : 0);
    if (c.teammate !== null) {
      const before = w.teammates.find((t) => t.id === c.teammate)!;
      const after = r.changedTeammates.find((t) => t.id === c.teammate);
      expect((after ?? before).openCount).toBe(before.openCount - (c.state === 'open' ? 1 : 0));
    }
  });

  test.prop([caseArb])('ASSIGN-22: drain lists the balanced inboxes a change may unblock: where it now waits, and those of an available teammate who lost an open conversation', ({ w, c, now }) => {
    const r = applyManualAssignment({ conversation: c, to: null, teammates: w.teammates, teams: w.teams, now });
    const loser = c.teammate === null || c.state !== 'open' ? undefined : w.teammates.find((t) => t.id === c.teammate);
    const freed = loser !== undefined && loser.status === 'active' && loser.inboxSeat;
    expect(r.drain).toEqual(w.teams.filter((t) => t.assignment === 'balanced' && freed && t.members.includes(loser.id)).map((t) => t.id));
  });

  it('assigning what is already there changes nothing and returns the same references', () => {
    const c = conv({ team: 'billing', teammate: 'ana' });
    const r = assign(c, { teammate: 'ana' });
    expect(r.conversation).toBe(c);
    expect([r.changedTeammates, r.drain]).toEqual([[], []]);
    const waitingInBilling = conv({ team: 'billing' });
    expect(assign(waitingInBilling, { team: 'billing' }).conversation).toBe(waitingInBilling);
    expect(assign(waitingInBilling, { teammate: null }).conversation).toBe(waitingInBilling);
    const nothing = conv();
    expect(assign(nothing, null).conversation).toBe(nothing);
  });

  test.prop([caseArb])('is deterministic and never mutates its input', ({ w, c, target, now }) => {
    const input = deepFreeze({ conversation: c, to: { teammate: target.id }, teammates: w.teammates, teams: w.teams, now });
    expect(applyManualAssignment(input)).toEqual(applyManualAssignment(input));
  });

  it('rejects unknown ids, a malformed target, a bad instant and inconsistent counts', () => {
    expect(() => assign(conv(), { teammate: 'ghost' })).toThrow(code('unknown-teammate'));
    expect(() => assign(conv(), { team: 'ghost' })).toThrow(code('unknown-team'));
    expect(() => assign(conv({ teammate: 'ghost' }), null)).toThrow(code('unknown-teammate'));
    expect(() => assign(conv({ team: 'ghost' }), null)).toThrow(code('unknown-team'));
    expect(() => assign(conv(), { teammate: 'ana', team: 'billing' })).toThrow(code('invalid-argument'));
    expect(() => assign(conv(), {} as never)).toThrow(code('invalid-argument'));
    expect(() => assign(conv(), 'ana' as never)).toThrow(code('invalid-argument'));
    expect(() => applyManualAssignment({ conversation: conv(), to: null, teammates: [], teams: [], now: Number.NaN })).toThrow(code('invalid-instant'));
    expect(() => assign(conv({ teammate: 'ben' }), { teammate: 'ana' })).toThrow(code('invalid-open-count'));
    expect(() => applyManualAssignment({ conversation: conv(), to: null, teammates: [], teams: [billing, billing], now: NOW })).toThrow(code('duplicate-id'));
    expect(() => assign(conv(), { teammate: 'ghost' })).toThrow(/to\.teammate is "ghost".*pass that teammate/);
  });
});
