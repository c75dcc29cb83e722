import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, createTeam, createTeammate, type Teammate } from '../../src/index.js';
import { decideBalancedAssignee, decideRoundRobinAssignee, INELIGIBILITY_REASONS, type BalancedAssigneeDecision } from '../../src/assignment/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { worldArb } from '../arbitraries/assignment.js';
import { balancedOracle, balancedReasonOracle, isBalancedEligible, openInTeam } from './_oracle.js';

const code = (c: string): Error => expect.objectContaining({ code: c }) as Error;
const team = (members: string[], extra: Parameters<typeof createTeam>[0] | object = {}) =>
  createTeam({ id: 'billing', assignment: 'balanced', members, ...extra });
const pick = (d: BalancedAssigneeDecision): string | null => (d.kind === 'assigned' ? d.teammate : null);
const reasonsOf = (d: BalancedAssigneeDecision, id: string) => d.considered.find((c) => c.teammate === id)?.reasons;

const balancedWorld = worldArb({ method: 'balanced' });

describe('decideBalancedAssignee', () => {
  it('ASSIGN-13: only a member who is active, has a seat and is under their limit is eligible', () => {
    const teammates = [
      createTeammate({ id: 'ok', openCount: 0 }),
      createTeammate({ id: 'outsider' }),
      createTeammate({ id: 'away', status: 'away' }),
      createTeammate({ id: 'seatless', inboxSeat: false }),
      createTeammate({ id: 'full', assignmentLimit: 2, openCount: 2 }),
    ];
    const d = decideBalancedAssignee({ team: team(['ok', 'away', 'seatless', 'full']), teammates });
    expect(d).toEqual({
      kind: 'assigned', teammate: 'ok', reason: 'only-eligible', considered: [
        { teammate: 'ok', eligible: true, reasons: [] },
        { teammate: 'outsider', eligible: false, reasons: ['not-a-member'] },
        { teammate: 'away', eligible: false, reasons: ['teammate-away'] },
        { teammate: 'seatless', eligible: false, reasons: ['no-inbox-seat'] },
        { teammate: 'full', eligible: false, reasons: ['at-limit'] },
      ],
    });
  });

  it('ASSIGN-13: every failing criterion is reported, not just the first', () => {
    const t = createTeammate({ id: 'x', status: 'away', inboxSeat: false, assignmentLimit: 1, openCount: 1 });
    const d = decideBalancedAssignee({ team: team([]), teammates: [t] });
    expect(d).toEqual({ kind: 'unassigned', reasons: ['no-members'], considered: [{ teammate: 'x', eligible: false, reasons: ['not-a-member', 'teammate-away', 'no-inbox-seat', 'at-limit'] }] });
  });

  test.prop([balancedWorld])('ASSIGN-13: a teammate is marked eligible exactly when all four criteria (and the inbox limit) hold', (w) => {
    const [t0] = w.teams;
    const d = decideBalancedAssignee(deepFreeze({ team: t0!, teammates: w.teammates, conversations: w.conversations }));
    expect(d.considered.map((c) => c.eligible)).toEqual(w.teammates.map((t) => isBalancedEligible(t0!, t, w.conversations)));
  });

  it('ASSIGN-14: openCount = limit - 1 is eligible; = limit and > limit are not', () => {
    const at = (openCount: number) => pick(decideBalancedAssignee({ team: team(['a']), teammates: [createTeammate({ id: 'a', assignmentLimit: 3, openCount })] }));
    expect([at(2), at(3), at(4)]).toEqual(['a', null, null]);
  });

  test.prop([fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 25 })])('ASSIGN-14: eligible iff openCount < limit', (limit, openCount) => {
    const d = decideBalancedAssignee({ team: team(['a']), teammates: [createTeammate({ id: 'a', assignmentLimit: limit, openCount })] });
    expect(d.kind === 'assigned').toBe(openCount < limit);
    if (d.kind === 'unassigned') expect(reasonsOf(d, 'a')).toEqual(['at-limit']);
  });

  test.prop([balancedWorld])('ASSIGN-15: the chosen teammate has no more open conversations than any other eligible teammate', (w) => {
    const d = decideBalancedAssignee(deepFreeze({ team: w.teams[0]!, teammates: w.teammates, conversations: w.conversations }));
    if (d.kind !== 'assigned') return;
    const chosen = w.teammates.find((t) => t.id === d.teammate)!;
    for (const t of w.teammates) if (isBalancedEligible(w.teams[0]!, t, w.conversations)) expect(chosen.openCount).toBeLessThanOrEqual(t.openCount);
  });

  test.prop([balancedWorld])('ASSIGN-15, ASSIGN-17: the pick is the rule’s (fewest open, oldest last assignment with never = oldest, then lowest id)', (w) => {
    const d = decideBalancedAssignee(deepFreeze({ team: w.teams[0]!, teammates: w.teammates, conversations: w.conversations }));
    expect(pick(d)).toBe(balancedOracle(w.teams[0]!, w.teammates, w.conversations));
    expect(d.kind === 'assigned' ? d.reason : null).toBe(balancedReasonOracle(w.teams[0]!, w.teammates, w.conversations));
  });

  test.prop([balancedWorld, fc.infiniteStream(fc.nat())])('ASSIGN-17: the decision never depends on the order of teammates or members', (w, seeds) => {
    const shuffled = [...w.teammates].sort(() => (seeds.next().value % 3) - 1);
    const t0 = w.teams[0]!;
    const reordered = createTeam({ ...t0, members: [...t0.members].reverse() });
    const a = decideBalancedAssignee({ team: t0, teammates: w.teammates, conversations: w.conversations });
    const b = decideBalancedAssignee({ team: reordered, teammates: shuffled, conversations: w.conversations });
    expect(b.kind === 'assigned' ? [b.teammate, b.reason] : b.reasons).toEqual(a.kind === 'assigned' ? [a.teammate, a.reason] : a.reasons);
  });

  it('ASSIGN-17: equal counts go to the least recently assigned; never assigned counts oldest; then the lowest id', () => {
    const mk = (id: string, lastAssignedAt: number | null) => createTeammate({ id, openCount: 1, lastAssignedAt });
    const d1 = decideBalancedAssignee({ team: team(['a', 'b']), teammates: [mk('a', 2_000), mk('b', 1_000)] });
    expect([pick(d1), d1.kind === 'assigned' && d1.reason, reasonsOf(d1, 'a')]).toEqual(['b', 'least-recently-assigned', ['assigned-more-recently']]);
    const d2 = decideBalancedAssignee({ team: team(['a', 'b']), teammates: [mk('a', 1), mk('b', null)] });
    expect(pick(d2)).toBe('b');
    const d3 = decideBalancedAssignee({ team: team(['b', 'a']), teammates: [mk('b', null), mk('a', null)] });
    expect([pick(d3), d3.kind === 'assigned' && d3.reason, reasonsOf(d3, 'b')]).toEqual(['a', 'lowest-id', ['higher-id']]);
  });

  it('ASSIGN-15, ASSIGN-17: the reason names the criterion that decided against the closest rival', () => {
    const d = decideBalancedAssignee({
      team: team(['a', 'b', 'c']),
      teammates: [createTeammate({ id: 'a', openCount: 1, lastAssignedAt: 5 }), createTeammate({ id: 'b', openCount: 1, lastAssignedAt: 9 }), createTeammate({ id: 'c', openCount: 4 })],
    });
    expect(d).toMatchObject({ teammate: 'a', reason: 'least-recently-assigned' });
    expect(d.considered.map((c) => c.reasons)).toEqual([[], ['assigned-more-recently'], ['more-open']]);
  });

  it('ASSIGN-19: limit 3, A has 3 open and B has 1: B is picked, and A only once below 3', () => {
    const A = (openCount: number) => createTeammate({ id: 'A', assignmentLimit: 3, openCount });
    const B = (openCount: number) => createTeammate({ id: 'B', assignmentLimit: 3, openCount });
    const t = team(['A', 'B']);
    expect(pick(decideBalancedAssignee({ team: t, teammates: [A(3), B(1)] }))).toBe('B');
    expect(pick(decideBalancedAssignee({ team: t, teammates: [A(3), B(2)] }))).toBe('B');
    expect(pick(decideBalancedAssignee({ team: t, teammates: [A(3), B(3)] }))).toBeNull();
    expect(pick(decideBalancedAssignee({ team: t, teammates: [A(2), B(3)] }))).toBe('A');
  });

  it('ASSIGN-20: the derived example, one decision at a time', () => {
    const t = team(['A', 'B']);
    const at = (hhmm: string) => Date.parse(`2026-01-05T${hhmm}:00Z`);
    const mk = (id: string, openCount: number, last: string) => createTeammate({ id, assignmentLimit: 3, openCount, lastAssignedAt: at(last) });
    // 1st: A=0, B=2 -> fewest open -> A
    const d1 = decideBalancedAssignee({ team: t, teammates: [mk('A', 0, '10:00'), mk('B', 2, '09:00')] });
    expect(d1).toMatchObject({ teammate: 'A', reason: 'fewest-open' });
    // 2nd: A=1, B=2 -> fewest open -> A
    const d2 = decideBalancedAssignee({ team: t, teammates: [mk('A', 1, '11:00'), mk('B', 2, '09:00')] });
    expect(d2).toMatchObject({ teammate: 'A', reason: 'fewest-open' });
    // 3rd: A=2, B=2 -> tie, B assigned least recently (09:00) -> B, now at its limit
    const d3 = decideBalancedAssignee({ team: t, teammates: [mk('A', 2, '11:01'), mk('B', 2, '09:00')] });
    expect(d3).toMatchObject({ teammate: 'B', reason: 'least-recently-assigned' });
    // 4th: A=2, B=3 -> B ineligible -> A
    const d4 = decideBalancedAssignee({ team: t, teammates: [mk('A', 2, '11:01'), mk('B', 3, '11:02')] });
    expect(d4).toMatchObject({ teammate: 'A', reason: 'only-eligible' });
    expect(reasonsOf(d4, 'B')).toEqual(['at-limit']);
    // Both end at 3: a 5th waits.
    const d5 = decideBalancedAssignee({ team: t, teammates: [mk('A', 3, '11:03'), mk('B', 3, '11:02')] });
    expect(d5).toMatchObject({ kind: 'unassigned', reasons: ['no-eligible-teammate'] });
  });

  it('ASSIGN-21: zero members, everyone away, everyone at the limit, nobody with a seat: unassigned, no error', () => {
    const cases: [string[], Teammate[]][] = [
      [[], [createTeammate({ id: 'a' })]],
      [['a', 'b'], [createTeammate({ id: 'a', status: 'away' }), createTeammate({ id: 'b', status: 'away', reassignReplies: true })]],
      [['a'], [createTeammate({ id: 'a', assignmentLimit: 1, openCount: 1 })]],
      [['a'], [createTeammate({ id: 'a', inboxSeat: false })]],
    ];
    expect(cases.map(([members, teammates]) => decideBalancedAssignee({ team: team(members), teammates }).kind)).toEqual(['unassigned', 'unassigned', 'unassigned', 'unassigned']);
    expect(decideBalancedAssignee({ team: team([]), teammates: [] })).toEqual({ kind: 'unassigned', reasons: ['no-members'], considered: [] });
  });

  test.prop([balancedWorld])('ASSIGN-21: with nobody eligible the decision is unassigned with reasons, and every teammate says why', (w) => {
    const d = decideBalancedAssignee({ team: w.teams[0]!, teammates: w.teammates, conversations: w.conversations });
    const anyEligible = w.teammates.some((t) => isBalancedEligible(w.teams[0]!, t, w.conversations));
    expect(d.kind === 'unassigned').toBe(!anyEligible);
    if (d.kind === 'unassigned') {
      expect(d.reasons).toEqual([w.teams[0]!.members.length === 0 ? 'no-members' : 'no-eligible-teammate']);
      for (const c of d.considered) expect(c.reasons.length).toBeGreaterThan(0);
    }
  });

  test.prop([balancedWorld])('ASSIGN-21, ASSIGN-13: every teammate not chosen has at least one reason; the chosen one has none', (w) => {
    const d = decideBalancedAssignee({ team: w.teams[0]!, teammates: w.teammates, conversations: w.conversations });
    for (const c of d.considered) {
      const chosen = d.kind === 'assigned' && c.teammate === d.teammate;
      expect(c.reasons.length === 0).toBe(chosen);
      if (!c.eligible) for (const r of c.reasons) expect(INELIGIBILITY_REASONS).toContain(r);
    }
  });

  test.prop([balancedWorld])('STATUS-3, STATUS-15: balanced never picks an away teammate or one without a seat', (w) => {
    const d = decideBalancedAssignee({ team: w.teams[0]!, teammates: w.teammates, conversations: w.conversations });
    if (d.kind === 'assigned') {
      const t = w.teammates.find((x) => x.id === d.teammate)!;
      expect([t.status, t.inboxSeat]).toEqual(['active', true]);
    }
  });

  test.prop([fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 6 })])('ASSIGN-25: a teammate pushed to or over the limit by hand is never picked until below it', (limit, over) => {
    const pushed = createTeammate({ id: 'a', assignmentLimit: limit, openCount: limit + over });
    const idle = createTeammate({ id: 'b', assignmentLimit: limit, openCount: limit + over });
    expect(decideBalancedAssignee({ team: team(['a']), teammates: [pushed] }).kind).toBe('unassigned');
    expect(decideBalancedAssignee({ team: team(['a', 'b']), teammates: [pushed, idle] }).kind).toBe('unassigned');
    expect(pick(decideBalancedAssignee({ team: team(['a']), teammates: [createTeammate({ id: 'a', assignmentLimit: limit, openCount: limit - 1 })] }))).toBe('a');
  });

  it('ASSIGN-13: the team inbox’s own limit (Beyond-1) also applies, counting open conversations in that inbox only', () => {
    const t = team(['a', 'b'], { assignmentLimit: 1 });
    const teammates = [createTeammate({ id: 'a', openCount: 1 }), createTeammate({ id: 'b', openCount: 2 })];
    const conversations = [
      createConversation({ id: 'c1', createdAt: 0, team: 'billing', teammate: 'a' }),
      createConversation({ id: 'c2', createdAt: 0, team: 'other', teammate: 'b' }),
      createConversation({ id: 'c3', createdAt: 0, team: 'billing', teammate: 'b', state: 'closed' }),
      createConversation({ id: 'c4', createdAt: 0, teammate: 'b' }),
    ];
    const d = decideBalancedAssignee({ team: t, teammates, conversations });
    expect(d).toMatchObject({ kind: 'assigned', teammate: 'b', reason: 'only-eligible' });
    expect(reasonsOf(d, 'a')).toEqual(['at-team-limit']);
    expect(openInTeam(t, 'b', conversations)).toBe(0);
  });

  it('explain: false skips the per-teammate explanation and keeps the decision', () => {
    const teammates = [createTeammate({ id: 'a', openCount: 2 }), createTeammate({ id: 'b', openCount: 1 })];
    expect(decideBalancedAssignee({ team: team(['a', 'b']), teammates, explain: false })).toEqual({ kind: 'assigned', teammate: 'b', reason: 'fewest-open', considered: [] });
    expect(decideBalancedAssignee({ team: team(['x']), teammates: [createTeammate({ id: 'x', status: 'away' })], explain: false })).toEqual({ kind: 'unassigned', reasons: ['no-eligible-teammate'], considered: [] });
  });

  test.prop([balancedWorld])('is deterministic and never mutates its input', (w) => {
    const input = deepFreeze({ team: w.teams[0]!, teammates: w.teammates, conversations: w.conversations });
    expect(decideBalancedAssignee(input)).toEqual(decideBalancedAssignee(input));
  });

  it('ids like __proto__ are ordinary ids', () => {
    const teammates = [createTeammate({ id: '__proto__' }), createTeammate({ id: 'constructor', openCount: 1 })];
    expect(pick(decideBalancedAssignee({ team: team(['constructor', '__proto__']), teammates }))).toBe('__proto__');
  });

  test.prop([fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }), fc.constantFrom('3', true, Number.POSITIVE_INFINITY))])('ASSIGN-26: any limit that is not a positive integer (or null) is rejected at the edge', (limit) => {
    const bad = { ...createTeammate({ id: 'a' }), assignmentLimit: limit as number };
    expect(() => decideBalancedAssignee({ team: team(['a']), teammates: [bad] })).toThrow(code('invalid-assignment-limit'));
  });

  describe('bad input', () => {
    it('ASSIGN-26: a limit of 0, negative or fractional on a teammate or a team inbox is rejected', () => {
      for (const limit of [0, -1, 1.5, Number.NaN]) {
        const bad = { ...createTeammate({ id: 'a' }), assignmentLimit: limit };
        expect(() => decideBalancedAssignee({ team: team(['a']), teammates: [bad] })).toThrow(code('invalid-assignment-limit'));
        const badTeam = { ...team(['a']), assignmentLimit: limit };
        expect(() => decideBalancedAssignee({ team: badTeam, teammates: [createTeammate({ id: 'a' })], conversations: [] })).toThrow(code('invalid-assignment-limit'));
      }
    });

    it('rejects unknown members, duplicate ids, bad counts and a team limit without conversations', () => {
      expect(() => decideBalancedAssignee({ team: team(['ghost']), teammates: [] })).toThrow(code('unknown-teammate'));
      const a = createTeammate({ id: 'a' });
      expect(() => decideBalancedAssignee({ team: team(['a']), teammates: [a, a] })).toThrow(code('duplicate-id'));
      expect(() => decideBalancedAssignee({ team: { ...team([]), members: ['a', 'a'] }, teammates: [a] })).toThrow(code('duplicate-id'));
      expect(() => decideBalancedAssignee({ team: team(['a']), teammates: [{ ...a, openCount: -1 }] })).toThrow(code('invalid-open-count'));
      expect(() => decideBalancedAssignee({ team: team(['a']), teammates: [{ ...a, lastAssignedAt: Number.POSITIVE_INFINITY }] })).toThrow(code('invalid-instant'));
      expect(() => decideBalancedAssignee({ team: team(['a'], { assignmentLimit: 2 }), teammates: [a] })).toThrow(code('invalid-argument'));
      expect(() => decideBalancedAssignee({ team: { ...team(['a']), assignment: 'fifo' } as never, teammates: [a] })).toThrow(code('invalid-assignment-method'));
      expect(() => decideBalancedAssignee({ team: team(['a']), teammates: [{ ...a, status: 'busy' }] as never })).toThrow(code('invalid-status'));
      expect(() => decideBalancedAssignee({ team: team(['a']), teammates: [{ ...a, reassignReplies: true }] })).toThrow(code('reassign-while-active'));
      expect(() => decideBalancedAssignee(null as never)).toThrow(code('invalid-argument'));
      expect(() => decideBalancedAssignee({ team: team(['a']), teammates: [a], explain: 'yes' as never })).toThrow(code('invalid-argument'));
      expect(() => decideBalancedAssignee({ team: team(['a']), teammates: [a], conversations: [createConversation({ id: 'c', createdAt: 0 }), createConversation({ id: 'c', createdAt: 0 })] })).toThrow(code('duplicate-id'));
    });

    it('names what to fix in the message', () => {
      expect(() => decideBalancedAssignee({ team: team(['ghost']), teammates: [] })).toThrow(/member "ghost".*pass every member/);
    });
  });
});

describe('decideBalancedAssignee assignedEarlier', () => {
  it('ASSIGN-17: within one round at the same instant, the teammate assigned earlier counts as assigned longer ago', () => {
    const team = createTeam({ id: 'b', assignment: 'balanced', members: ['ana', 'ben'] });
    const teammates = [createTeammate({ id: 'ana', openCount: 1, lastAssignedAt: 5 }), createTeammate({ id: 'ben', openCount: 1, lastAssignedAt: 5 })];
    // Same load and same instant: without the round order the id decides (ana); ben was served first in this round.
    expect(decideBalancedAssignee({ team, teammates, explain: false })).toMatchObject({ teammate: 'ana', reason: 'lowest-id' });
    expect(decideBalancedAssignee({ team, teammates, explain: false, assignedEarlier: ['ben', 'ana'] })).toMatchObject({ teammate: 'ben' });
    expect(() => decideBalancedAssignee({ team, teammates, assignedEarlier: [3 as never] })).toThrow(expect.objectContaining({ code: 'invalid-id' }) as Error);
  });

  it('a hole in a sparse assignedEarlier is a missing id (invalid-id naming its index), on the fast path and off it', () => {
    const team = createTeam({ id: 'b', assignment: 'balanced', members: ['ana', 'ben'] });
    const teammates = [createTeammate({ id: 'ana' }), createTeammate({ id: 'ben' })];
    const sparse: string[] = ['ana'];
    sparse.length = 3; // indexes 1 and 2 are holes, which every() and map() skip
    for (const t of [team, { ...team, members: [...team.members] }]) {
      expect(() => decideBalancedAssignee({ team: t, teammates, assignedEarlier: sparse })).toThrow(
        expect.objectContaining({ code: 'invalid-id', message: expect.stringContaining('assignedEarlier[1]') as string }) as Error,
      );
    }
  });
});

// A team built by createTeam with exactly its members' teammates in member order takes a fast path
// (validation fused into the pick's single pass, no index built); anything else (here: the same
// team as a spread copy, whose member list is no longer the checked one) is validated in full.
// Both must always agree: on the decision, and on the error for a bad input.
describe('decideBalancedAssignee fast path', () => {
  const world = worldArb({ method: 'balanced', teamLimits: false });
  const inMemberOrder = (t0: ReturnType<typeof createTeam>, teammates: readonly Teammate[]): Teammate[] =>
    t0.members.map((id) => teammates.find((t) => t.id === id)!);
  const unchecked = (t0: ReturnType<typeof createTeam>) => ({ ...t0, members: [...t0.members] });
  const outcome = (f: () => BalancedAssigneeDecision): unknown => {
    try {
      return f();
    } catch (error) {
      return { threw: (error as { code?: unknown }).code, message: (error as Error).message };
    }
  };

  test.prop([world, fc.boolean(), fc.infiniteStream(fc.nat())])('ASSIGN-15, ASSIGN-17: factory-built team, members in order: the same decision as full validation, and the rule’s pick', (w, explain, seeds) => {
    const t0 = w.teams[0]!;
    const teammates = inMemberOrder(t0, w.teammates);
    const earlier = t0.members.filter(() => seeds.next().value % 3 === 0);
    const fast = decideBalancedAssignee(deepFreeze({ team: t0, teammates, explain, assignedEarlier: earlier }));
    expect(fast).toEqual(decideBalancedAssignee({ team: unchecked(t0), teammates, explain, assignedEarlier: earlier }));
    if (earlier.length === 0) expect(pick(fast)).toBe(balancedOracle(t0, teammates, []));
  });

  const corruptions: readonly [string, (t: Teammate, other: Teammate | undefined) => unknown][] = [
    ['openCount -1', (t) => ({ ...t, openCount: -1 })],
    ['openCount 1.5', (t) => ({ ...t, openCount: 1.5 })],
    ['status busy', (t) => ({ ...t, status: 'busy' })],
    ['reassign while active', (t) => ({ ...t, status: 'active', reassignReplies: true })],
    ['reassignReplies "no"', (t) => ({ ...t, reassignReplies: 'no' })],
    ['inboxSeat "yes"', (t) => ({ ...t, inboxSeat: 'yes' })],
    ['assignmentLimit 0', (t) => ({ ...t, assignmentLimit: 0 })],
    ['lastAssignedAt NaN', (t) => ({ ...t, lastAssignedAt: Number.NaN })],
    ['null', () => null],
    ['a string', () => 'ana'],
    ['another member twice', (t, other) => other ?? t],
    ['an outsider', (t) => ({ ...t, id: `${t.id}-outsider` })],
  ];

  test.prop([world, fc.nat(), fc.constantFrom(...corruptions)])('a bad teammate in member order gets the same error as with full validation', (w, at, [, corrupt]) => {
    const t0 = w.teams[0]!;
    fc.pre(t0.members.length > 0);
    const teammates: unknown[] = inMemberOrder(t0, w.teammates);
    const i = at % teammates.length;
    teammates[i] = corrupt(teammates[i] as Teammate, teammates[(i + 1) % teammates.length] as Teammate);
    const fast = outcome(() => decideBalancedAssignee({ team: t0, teammates: teammates as Teammate[] }));
    expect(fast).toEqual(outcome(() => decideBalancedAssignee({ team: unchecked(t0), teammates: teammates as Teammate[] })));
    if (teammates.length > 1 || corrupt !== corruptions[10]![1]) expect(fast).toHaveProperty('threw');
  });

  it('the balanced pick checks the teammate fields it reads, not the name (only round robin orders by name, ASSIGN-30)', () => {
    const t0 = team(['ana', 'ben']);
    const teammates = [{ ...createTeammate({ id: 'ana', openCount: 1 }), name: 5 }, createTeammate({ id: 'ben' })] as unknown as Teammate[];
    for (const t of [t0, unchecked(t0)]) expect(pick(decideBalancedAssignee({ team: t, teammates }))).toBe('ben');
    const rotation = createTeam({ id: 'rr', assignment: 'round-robin', members: ['ana', 'ben'] });
    expect(() => decideRoundRobinAssignee({ team: rotation, teammates })).toThrow(code('invalid-argument'));
  });

  it('a factory-built team’s member list is frozen; a copy with a duplicate member is still rejected', () => {
    const t0 = team(['ana', 'ben']);
    expect(Object.isFrozen(t0.members)).toBe(true);
    const teammates = [createTeammate({ id: 'ana' }), createTeammate({ id: 'ana' })];
    expect(() => decideBalancedAssignee({ team: { ...t0, members: ['ana', 'ana'] }, teammates })).toThrow(code('duplicate-id'));
  });
});
