import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, createTeam, createTeammate, type Conversation, type Teammate } from '../../src/index.js';
import { CONVERSATION_ACTIVITY_TYPES, applyStatusChange } from '../../src/status/index.js';
import {
  applyManualAssignment, decideReassignOnReply, drainBacklogs, type DefaultAssignee, type ReassignOnReplyDecision,
} from '../../src/assignment/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { laterArb, worldArb } from '../arbitraries/assignment.js';

const code = (c: string): Error => expect.objectContaining({ code: c }) as Error;
const NOW = 5_000_000;
const billing = createTeam({ id: 'billing', assignment: 'balanced', members: ['tom', 'ana'] });
const vip = createTeam({ id: 'vip', assignment: 'round-robin', members: ['tom', 'ana'] });
const support = createTeam({ id: 'support', members: ['tom', 'ana'] });
const teams = [billing, vip, support];
const tom = createTeammate({ id: 'tom', status: 'away', reassignReplies: true, openCount: 1 });
const ana = createTeammate({ id: 'ana' });
const conv = (extra: object = {}): Conversation => createConversation({ id: 'c1', createdAt: 1_000, teammate: 'tom', ...extra });
const reply = (conversation: Conversation, defaultAssignee: DefaultAssignee = null, teammates: Teammate[] = [tom, ana], replyType: (typeof CONVERSATION_ACTIVITY_TYPES)[number] = 'customer-reply'): ReassignOnReplyDecision =>
  decideReassignOnReply({ conversation, replyType, teammates, teams, defaultAssignee, now: NOW });

const modeArb = fc.constantFrom('active' as const, 'away' as const, 'away-reassigning' as const);
const withMode = (t: Teammate, mode: 'active' | 'away' | 'away-reassigning'): Teammate =>
  applyStatusChange({ teammate: t, status: mode === 'active' ? 'active' : 'away', reassignReplies: mode === 'away-reassigning' });

describe('decideReassignOnReply', () => {
  it('STATUS-8: away without reassign: a customer reply leaves the conversation with the teammate', () => {
    const awayTom = createTeammate({ id: 'tom', status: 'away', openCount: 1 });
    const c = conv({ team: 'billing' });
    const d = reply(c, null, [awayTom, ana]);
    expect(d).toEqual({ kind: 'keep', reason: 'assignee-away-without-reassign', reasons: ['assignee-away-without-reassign'], conversation: c, changedTeammates: [], followUp: { kind: 'with-teammate', teammate: 'tom', team: 'billing' }, drain: [] });
    expect(d.conversation).toBe(c);
  });

  it('STATUS-9: away + reassign with a balanced team: the teammate is cleared, the team kept, and balanced re-assigns it to someone else', () => {
    const d = reply(conv({ team: 'billing' }));
    expect(d).toMatchObject({ kind: 'unassign', reason: 'assignee-away-reassigning', destination: { kind: 'team-inbox', team: 'billing' }, followUp: { kind: 'queued', team: 'billing' }, drain: ['billing'] });
    expect([d.conversation.team, d.conversation.teammate, d.conversation.state]).toEqual(['billing', null, 'open']);
    expect(d.changedTeammates).toMatchObject([{ id: 'tom', openCount: 0 }]);
    const next = drainBacklogs({ teams: [billing], teammates: [...d.changedTeammates, ana], conversations: [d.conversation], now: NOW });
    expect(next.assignments.map((a) => a.teammate)).toEqual(['ana']);
    expect(next.assignments[0]?.considered.find((c) => c.teammate === 'tom')?.reasons).toEqual(['teammate-away']);
  });

  it('STATUS-9, ASSIGN-34: with a round-robin team it waits in the team inbox; with a manual team it waits for someone', () => {
    const rr = reply(conv({ team: 'vip' }));
    expect([rr.conversation.teammate, rr.followUp, rr.drain]).toEqual([null, { kind: 'waits', team: 'vip', reason: 'round-robin-arrival-only' }, []]);
    expect(drainBacklogs({ teams, teammates: [ana, ...rr.changedTeammates], conversations: [rr.conversation], now: NOW }).assignments).toEqual([]);
    const manual = reply(conv({ team: 'support' }));
    expect([manual.conversation.team, manual.conversation.teammate, manual.followUp]).toEqual(['support', null, { kind: 'waits', team: 'support', reason: 'manual-method' }]);
  });

  test.prop([worldArb({ method: 'balanced', teams: 2 }), laterArb])('STATUS-9: after the reply, the balanced drain never picks the away teammate', (w, now) => {
    const awayT = w.teammates.find((t) => t.status === 'away' && t.reassignReplies);
    const c = w.conversations.find((x) => x.teammate === awayT?.id && x.team !== null);
    if (awayT === undefined || c === undefined) return;
    const d = decideReassignOnReply({ conversation: c, replyType: 'customer-reply', teammates: w.teammates, teams: w.teams, defaultAssignee: null, now });
    expect(d.conversation.teammate).toBeNull();
    const teammates = w.teammates.map((t) => d.changedTeammates.find((x) => x.id === t.id) ?? t);
    const conversations = w.conversations.map((x) => (x.id === c.id ? d.conversation : x));
    const drained = drainBacklogs({ teams: w.teams, teammates, conversations, now });
    for (const a of drained.assignments) expect(a.teammate).not.toBe(awayT.id);
  });

  it('STATUS-10: no team: the conversation goes to the default assignee, a team or a teammate; unset leaves it unassigned', () => {
    const toTeam = reply(conv(), { team: 'billing' });
    expect(toTeam).toMatchObject({ destination: { kind: 'default-team', team: 'billing' }, followUp: { kind: 'queued', team: 'billing' }, drain: ['billing'] });
    expect([toTeam.conversation.team, toTeam.conversation.teamSince, toTeam.conversation.teammate]).toEqual(['billing', NOW, null]);
    expect(reply(conv(), { team: 'vip' }).followUp).toEqual({ kind: 'waits', team: 'vip', reason: 'round-robin-arrival-only' });
    const toAna = reply(conv(), { teammate: 'ana' });
    expect(toAna).toMatchObject({ destination: { kind: 'default-teammate', teammate: 'ana' }, followUp: { kind: 'with-teammate', teammate: 'ana', team: null }, drain: [] });
    expect([toAna.conversation.team, toAna.conversation.teammate, toAna.conversation.assignedManually]).toEqual([null, 'ana', false]);
    expect(toAna.changedTeammates.map((t) => [t.id, t.openCount, t.lastAssignedAt])).toEqual([['tom', 0, tom.lastAssignedAt], ['ana', 1, NOW]]);
    const unset = reply(conv(), null);
    expect([unset.conversation.team, unset.conversation.teammate, unset.followUp]).toEqual([null, null, { kind: 'unassigned' }]);
    expect(unset).toMatchObject({ destination: { kind: 'unassigned', reason: 'no-default-assignee' } });
  });

  it('STATUS-10: the default assignee being the same teammate, or another away + reassign one, leaves it unassigned rather than loop', () => {
    expect(reply(conv(), { teammate: 'tom' })).toMatchObject({ destination: { kind: 'unassigned', reason: 'default-assignee-is-assignee' }, conversation: { teammate: null, team: null } });
    const bea = createTeammate({ id: 'bea', status: 'away', reassignReplies: true });
    expect(reply(conv(), { teammate: 'bea' }, [tom, ana, bea])).toMatchObject({ destination: { kind: 'unassigned', reason: 'default-assignee-away-reassigning' }, conversation: { teammate: null } });
    // Away without reassign does not loop: like a manual assignment it is allowed (STATUS-7).
    const awayBea = createTeammate({ id: 'bea', status: 'away' });
    expect(reply(conv(), { teammate: 'bea' }, [tom, ana, awayBea]).conversation.teammate).toBe('bea');
  });

  test.prop([modeArb, fc.boolean(), fc.constantFrom('tom', 'ana', 'bea'), fc.constantFrom('open' as const, 'snoozed' as const, 'closed' as const)])(
    'STATUS-10: with no team the conversation goes to the default teammate unless that would loop or lack a seat, and never back to the away teammate',
    (beaMode, beaSeat, fallback, state) => {
      const bea = createTeammate({ ...withMode(createTeammate({ id: 'bea' }), beaMode), inboxSeat: beaSeat });
      const c = conv(state === 'snoozed' ? { state, snoozedAt: 1, snoozedUntil: 9_000_000 } : { state });
      const d = decideReassignOnReply(deepFreeze({ conversation: c, replyType: 'customer-reply', teammates: [tom, ana, bea], teams, defaultAssignee: { teammate: fallback }, now: NOW }));
      const target = [tom, ana, bea].find((t) => t.id === fallback)!;
      const usable = fallback !== 'tom' && !(target.status === 'away' && target.reassignReplies) && target.inboxSeat;
      expect(d.conversation.teammate).toBe(usable ? fallback : null);
      expect(d.conversation.teammate).not.toBe('tom');
      expect(d.conversation.team).toBeNull();
    },
  );

  test.prop([modeArb, fc.constantFrom('open' as const, 'snoozed' as const, 'closed' as const), fc.option(fc.constantFrom('billing', 'vip', 'support'), { nil: null })])(
    'STATUS-14: the decision is the same whatever the conversation’s state; only the counts follow the state',
    (mode, state, team) => {
      const t = withMode(createTeammate({ id: 'tom', openCount: 1 }), mode);
      const c = conv({ team, state, ...(state === 'snoozed' ? { snoozedAt: 1, snoozedUntil: 9_000_000 } : {}) });
      const open = conv({ team });
      const args = { replyType: 'customer-reply' as const, teammates: [t, ana], teams, defaultAssignee: { teammate: 'ana' }, now: NOW };
      const d = decideReassignOnReply({ ...args, conversation: c });
      const o = decideReassignOnReply({ ...args, conversation: open });
      expect([d.kind, d.conversation.team, d.conversation.teammate, d.conversation.state]).toEqual([o.kind, o.conversation.team, o.conversation.teammate, state]);
    },
  );

  it('STATUS-10, STATUS-15: a default teammate without an inbox seat is not used', () => {
    const seatless = createTeammate({ id: 'sam', inboxSeat: false });
    expect(reply(conv(), { teammate: 'sam' }, [tom, ana, seatless])).toMatchObject({ destination: { kind: 'unassigned', reason: 'default-assignee-no-seat' }, conversation: { teammate: null } });
  });

  test.prop([fc.constantFrom(...CONVERSATION_ACTIVITY_TYPES), modeArb, fc.option(fc.constantFrom('billing', 'vip', 'support'), { nil: null })])(
    'STATUS-11, STATUS-8: only a customer reply to an away + reassign teammate’s conversation unassigns; nothing else does',
    (activity, mode, team) => {
      const t = withMode(createTeammate({ id: 'tom', openCount: 1 }), mode);
      const c = conv({ team });
      const d = decideReassignOnReply(deepFreeze({ conversation: c, replyType: activity, teammates: [t, ana], teams, defaultAssignee: { teammate: 'ana' }, now: NOW }));
      const unassigns = activity === 'customer-reply' && mode === 'away-reassigning';
      expect(d.kind).toBe(unassigns ? 'unassign' : 'keep');
      if (!unassigns) expect([d.conversation, d.changedTeammates]).toEqual([c, []]);
      else expect(d.conversation.teammate).not.toBe('tom');
    },
  );

  test.prop([worldArb({ teams: 2 }), laterArb])('STATUS-12: switching reassign on unassigns nothing: conversations keep the teammate through drains until a customer reply', (w, now) => {
    const teammates = w.teammates.map((t) => withMode(t, 'away-reassigning'));
    const drained = drainBacklogs({ teams: w.teams, teammates, conversations: w.conversations, now });
    expect(drained.changedConversations).toEqual([]);
    for (const c of w.conversations.filter((x) => x.teammate !== null)) {
      const note = decideReassignOnReply({ conversation: c, replyType: 'note', teammates, teams: w.teams, defaultAssignee: null, now });
      expect(note.conversation).toBe(c);
      const customer = decideReassignOnReply({ conversation: c, replyType: 'customer-reply', teammates, teams: w.teams, defaultAssignee: null, now });
      expect(customer.conversation.teammate).toBeNull();
    }
  });

  it('STATUS-13: a manual assignment to an away + reassign teammate holds until the next customer reply, which then applies STATUS-9 or STATUS-10', () => {
    const m = applyManualAssignment({ conversation: conv({ teammate: null, team: 'billing' }), to: { teammate: 'tom' }, teammates: [createTeammate({ ...tom, openCount: 0 }), ana], teams, now: NOW });
    expect(m.conversation.teammate).toBe('tom');
    const tomNow = m.changedTeammates[0]!;
    for (const activity of ['teammate-reply', 'note', 'mention', 'assignment', 'snooze-ended'] as const) {
      expect(decideReassignOnReply({ conversation: m.conversation, replyType: activity, teammates: [tomNow, ana], teams, defaultAssignee: null, now: NOW }).kind).toBe('keep');
    }
    const d = decideReassignOnReply({ conversation: m.conversation, replyType: 'customer-reply', teammates: [tomNow, ana], teams, defaultAssignee: null, now: NOW });
    expect(d).toMatchObject({ kind: 'unassign', destination: { kind: 'team-inbox', team: 'billing' } });
    const noTeam = applyManualAssignment({ conversation: conv({ teammate: null }), to: { teammate: 'tom' }, teammates: [createTeammate({ ...tom, openCount: 0 }), ana], teams, now: NOW });
    expect(decideReassignOnReply({ conversation: noTeam.conversation, replyType: 'customer-reply', teammates: [noTeam.changedTeammates[0]!, ana], teams, defaultAssignee: { teammate: 'ana' }, now: NOW }).conversation.teammate).toBe('ana');
  });

  it('STATUS-14: a snoozed or closed conversation of an away + reassign teammate is unassigned the same way on a customer reply', () => {
    const snoozed = conv({ team: 'billing', state: 'snoozed', snoozedAt: 1_000, snoozedUntil: 9_000_000 });
    const d = reply(snoozed);
    expect([d.kind, d.conversation.teammate, d.conversation.team, d.conversation.state]).toEqual(['unassign', null, 'billing', 'snoozed']);
    // Not open: nothing to count, nothing to drain until it reopens.
    expect([d.changedTeammates, d.drain]).toEqual([[], []]);
    const closed = reply(conv({ state: 'closed' }), { teammate: 'ana' });
    expect([closed.conversation.teammate, closed.changedTeammates.map((t) => [t.id, t.openCount, t.lastAssignedAt])]).toEqual(['ana', [['ana', 0, NOW]]]);
    // Reopened first (as the lifecycle does), it is counted and drained like STATUS-9.
    const reopened = reply(conv({ team: 'billing' }));
    expect([reopened.conversation.teammate, reopened.drain]).toEqual([null, ['billing']]);
  });

  it('keeps a conversation with no teammate', () => {
    const c = createConversation({ id: 'c1', createdAt: 0, team: 'vip' });
    expect(reply(c)).toMatchObject({ kind: 'keep', reason: 'no-assignee', conversation: c, followUp: { kind: 'waits', team: 'vip' } });
  });

  test.prop([worldArb({ teams: 2 }), laterArb, fc.constantFrom(...CONVERSATION_ACTIVITY_TYPES)])('is deterministic and never mutates its input', (w, now, replyType) => {
    for (const c of w.conversations) {
      const input = deepFreeze({ conversation: c, replyType, teammates: w.teammates, teams: w.teams, defaultAssignee: null, now });
      expect(decideReassignOnReply(input)).toEqual(decideReassignOnReply(input));
    }
  });

  it('rejects unknown ids, a malformed default assignee and a bad activity', () => {
    expect(() => reply(conv(), { team: 'ghost' })).toThrow(code('unknown-team'));
    expect(() => reply(conv(), { teammate: 'ghost' })).toThrow(code('unknown-teammate'));
    expect(() => reply(conv({ teammate: 'ghost' }))).toThrow(code('unknown-teammate'));
    expect(() => reply(conv({ team: 'ghost' }))).toThrow(code('unknown-team'));
    expect(() => reply(conv(), { team: 'billing', teammate: 'ana' })).toThrow(code('invalid-argument'));
    expect(() => reply(conv(), 'billing' as never)).toThrow(code('invalid-argument'));
    expect(() => reply(conv(), null, [tom, ana], 'phone-call' as never)).toThrow(code('invalid-argument'));
    expect(() => decideReassignOnReply({ conversation: conv(), replyType: 'customer-reply', teammates: [tom], teams, defaultAssignee: null, now: Number.NaN })).toThrow(code('invalid-instant'));
    expect(() => reply(conv(), null, [createTeammate({ ...tom, openCount: 0 }), ana])).toThrow(code('invalid-open-count'));
  });
});
