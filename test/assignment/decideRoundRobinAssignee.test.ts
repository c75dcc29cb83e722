import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeam, createTeammate, type Team, type Teammate } from '../../src/index.js';
import { decideRoundRobinAssignee, decideBalancedAssignee, type RoundRobinAssigneeDecision } from '../../src/assignment/index.js';
import { decideAutoAssignmentAvailability } from '../../src/status/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { rotationArb, worldArb } from '../arbitraries/assignment.js';
import { rotation, roundRobinOracle } from './_oracle.js';

const code = (c: string): Error => expect.objectContaining({ code: c }) as Error;
const pick = (d: RoundRobinAssigneeDecision): string | null => (d.kind === 'assigned' ? d.teammate : null);
const rr = (members: string[], rotationCursor: string | null = null): Team => createTeam({ id: 'vip', assignment: 'round-robin', members, rotationCursor });
const rrWorld = worldArb({ method: 'round-robin' });

/** Runs n picks, moving the pointer each time; returns who got each. */
function run(team: Team, teammates: readonly Teammate[], n: number): string[] {
  const got: string[] = [];
  let t = team;
  for (let i = 0; i < n; i++) {
    const d = decideRoundRobinAssignee({ team: t, teammates });
    if (d.kind !== 'assigned') break;
    got.push(d.teammate);
    t = createTeam({ ...t, rotationCursor: d.teammate });
  }
  return got;
}

describe('decideRoundRobinAssignee', () => {
  it('ASSIGN-28, ASSIGN-30: members take turns in name order, whatever the order of the member list', () => {
    const teammates = [createTeammate({ id: 'z1', name: 'Cy' }), createTeammate({ id: 'z2', name: 'ana' }), createTeammate({ id: 'z3', name: 'Ben' })];
    expect(run(rr(['z1', 'z3', 'z2']), teammates, 5)).toEqual(['z2', 'z3', 'z1', 'z2', 'z3']);
  });

  it('ASSIGN-30: equal names are ordered by id', () => {
    const teammates = [createTeammate({ id: 'b', name: 'Sam' }), createTeammate({ id: 'a', name: 'Sam' })];
    expect(run(rr(['b', 'a']), teammates, 3)).toEqual(['a', 'b', 'a']);
  });

  test.prop([rrWorld])('ASSIGN-28, ASSIGN-29, ASSIGN-30: the pick is the first active seat-holder after the pointer in name order, wrapping', (w) => {
    const d = decideRoundRobinAssignee(deepFreeze({ team: w.teams[0]!, teammates: w.teammates }));
    expect(pick(d)).toBe(roundRobinOracle(w.teams[0]!, w.teammates));
  });

  test.prop([rrWorld])('ASSIGN-37, STATUS-3: round robin never picks an away teammate or one without a seat', (w) => {
    const d = decideRoundRobinAssignee({ team: w.teams[0]!, teammates: w.teammates });
    if (d.kind === 'assigned') {
      const t = w.teammates.find((x) => x.id === d.teammate)!;
      expect([t.status, t.inboxSeat, w.teams[0]!.members.includes(t.id)]).toEqual(['active', true, true]);
    }
  });

  test.prop([worldArb({ teamLimits: false })])('STATUS-3, STATUS-4, STATUS-15: the pools exclude exactly whom the status rules call unavailable, for the reasons they give', (w) => {
    const team = createTeam({ ...w.teams[0]!, members: w.teammates.map((t) => t.id) });
    const rr = decideRoundRobinAssignee({ team, teammates: w.teammates });
    const balanced = decideBalancedAssignee({ team, teammates: w.teammates.map((t) => createTeammate({ ...t, assignmentLimit: null })) });
    w.teammates.forEach((t, i) => {
      const status = decideAutoAssignmentAvailability(t);
      const expected = status.kind === 'available' ? [] : status.reasons;
      expect(rr.considered[i]!.eligible).toBe(status.kind === 'available');
      if (!rr.considered[i]!.eligible) expect(rr.considered[i]!.reasons).toEqual(expected);
      expect(balanced.considered[i]!.eligible).toBe(status.kind === 'available');
      if (!balanced.considered[i]!.eligible) expect(balanced.considered[i]!.reasons).toEqual(expected);
    });
  });

  test.prop([rotationArb()])('ASSIGN-31: limits play no part; members at or over their limit still take their turn', ({ teammates, team, available }) => {
    // Every generated member has 3 open conversations and a limit of 1, 2 or none.
    expect(new Set(run(team, teammates, available.length))).toEqual(new Set(available.map((t) => t.id)));
    const d = decideRoundRobinAssignee({ team, teammates });
    for (const c of d.considered) expect(c.reasons).not.toContain('at-limit');
  });

  it('ASSIGN-29: away members are skipped and the rotation carries on; back from away, a member waits for their turn', () => {
    const names = ['Ana', 'Ben', 'Cy', 'Dee'];
    const mk = (away: string[]) => names.map((n) => createTeammate({ id: n, name: n, status: away.includes(n) ? 'away' : 'active' }));
    let team = rr(names, 'Ana');
    const next = (teammates: Teammate[]): string => {
      const d = decideRoundRobinAssignee({ team, teammates });
      team = createTeam({ ...team, rotationCursor: pick(d) });
      return pick(d)!;
    };
    // Ben is away: Ana -> (Ben skipped) Cy -> Dee -> Ana
    expect([next(mk(['Ben'])), next(mk(['Ben'])), next(mk(['Ben']))]).toEqual(['Cy', 'Dee', 'Ana']);
    // Ben returns: no catch-up; his turn comes right after Ana, where the pointer now is.
    expect(next(mk([]))).toBe('Ben');
    // Ben away again just before Cy's turn: Cy's turn is unaffected.
    expect([next(mk(['Ben'])), next(mk(['Ben']))]).toEqual(['Cy', 'Dee']);
  });

  it('ASSIGN-29: a member returning from away does not jump the queue', () => {
    const teammates = ['Ana', 'Ben', 'Cy'].map((n) => createTeammate({ id: n, name: n }));
    // The pointer is on Ben (Ana was away and missed her turn): next is Cy, not Ana.
    expect(pick(decideRoundRobinAssignee({ team: rr(['Ana', 'Ben', 'Cy'], 'Ben'), teammates }))).toBe('Cy');
  });

  it('ASSIGN-32, ASSIGN-37: nobody active or nobody with a seat, or no members: nobody, with reasons', () => {
    const teammates = [createTeammate({ id: 'a', status: 'away' }), createTeammate({ id: 'b', inboxSeat: false }), createTeammate({ id: 'c' })];
    expect(decideRoundRobinAssignee({ team: rr(['a', 'b']), teammates })).toEqual({
      kind: 'unassigned', reasons: ['no-eligible-teammate'], considered: [
        { teammate: 'a', eligible: false, reasons: ['teammate-away'] },
        { teammate: 'b', eligible: false, reasons: ['no-inbox-seat'] },
        { teammate: 'c', eligible: false, reasons: ['not-a-member'] },
      ],
    });
    expect(decideRoundRobinAssignee({ team: rr([]), teammates: [] })).toEqual({ kind: 'unassigned', reasons: ['no-members'], considered: [] });
  });

  it('ASSIGN-28: every other available member is told it was not their turn', () => {
    const teammates = [createTeammate({ id: 'a', name: 'A' }), createTeammate({ id: 'b', name: 'B' })];
    expect(decideRoundRobinAssignee({ team: rr(['a', 'b'], 'a'), teammates }).considered).toEqual([
      { teammate: 'a', eligible: true, reasons: ['not-their-turn'] },
      { teammate: 'b', eligible: true, reasons: [] },
    ]);
    expect(decideRoundRobinAssignee({ team: rr(['a', 'b'], 'a'), teammates, explain: false }).considered).toEqual([]);
  });

  it('ASSIGN-28: a pointer on a teammate who left the team keeps its place when the teammate is passed; unknown, it restarts', () => {
    const teammates = ['Ana', 'Ben', 'Cy'].map((n) => createTeammate({ id: n, name: n }));
    expect(pick(decideRoundRobinAssignee({ team: rr(['Ana', 'Cy'], 'Ben'), teammates }))).toBe('Cy');
    expect(pick(decideRoundRobinAssignee({ team: rr(['Ana', 'Cy'], 'Bob'), teammates }))).toBe('Ana');
  });

  test.prop([rotationArb(), fc.integer({ min: 0, max: 40 })])('ASSIGN-36: over n picks with k available members each gets floor(n/k) or ceil(n/k); k >= 2 never twice in a row; k = 1 gets all', ({ teammates, team, available }, n) => {
    const got = run(team, teammates, n);
    const k = available.length;
    expect(got).toHaveLength(n);
    for (const t of available) {
      const count = got.filter((id) => id === t.id).length;
      expect([Math.floor(n / k), Math.ceil(n / k)]).toContain(count);
    }
    if (k >= 2) for (let i = 1; i < got.length; i++) expect(got[i]).not.toBe(got[i - 1]);
    else expect(got.every((id) => id === available[0]!.id)).toBe(true);
    // And the order is the rotation's (ASSIGN-30), without the unavailable members (ASSIGN-29, ASSIGN-37).
    expect(got.slice(0, k)).toEqual(rotation(team, available).map((t) => t.id).slice(0, Math.min(n, k)));
  });

  test.prop([rrWorld])('is deterministic and never mutates its input', (w) => {
    const input = deepFreeze({ team: w.teams[0]!, teammates: w.teammates });
    expect(decideRoundRobinAssignee(input)).toEqual(decideRoundRobinAssignee(input));
  });

  it('rejects unknown members and duplicate ids', () => {
    expect(() => decideRoundRobinAssignee({ team: rr(['ghost']), teammates: [] })).toThrow(code('unknown-teammate'));
    const a = createTeammate({ id: 'a' });
    expect(() => decideRoundRobinAssignee({ team: rr(['a']), teammates: [a, a] })).toThrow(code('duplicate-id'));
    expect(() => decideRoundRobinAssignee({ team: { ...rr(['a']), rotationCursor: '' }, teammates: [a] })).toThrow(code('invalid-id'));
  });
});
