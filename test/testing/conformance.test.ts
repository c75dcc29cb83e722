// The conformance helpers: a correct, independently written policy conforms; deliberately wrong
// policies are each caught with a small, shrunk counterexample that shows the bug.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createTeam, createTeammate, decideBalancedAssignee, decideRoundRobinAssignee, type DecideBalancedAssigneeInput,
  type DecideRoundRobinAssigneeInput, type Teammate,
} from '../../src/index.js';
import { balancedInputArbitrary, roundRobinInputArbitrary } from '../../src/testing/arbitraries/index.js';
import {
  assertBalancedConformance, assertRoundRobinConformance, checkBalancedConformance, checkRoundRobinConformance,
  type BalancedConformanceReport, type CandidateAnswer, type RoundRobinConformanceReport,
} from '../../src/testing/conformance/index.js';

// ---- Independent restatements of the rules (no call into src/assignment) ----

const byUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** ASSIGN-13 (a)-(d), Beyond-1. */
function eligible(input: DecideBalancedAssigneeInput, t: Teammate): boolean {
  const { team } = input;
  const inTeam = (input.conversations ?? []).filter((c) => c.state === 'open' && c.team === team.id && c.teammate === t.id).length;
  return team.members.includes(t.id) && t.status === 'active' && t.inboxSeat &&
    (t.assignmentLimit === null || t.openCount < t.assignmentLimit) &&
    (team.assignmentLimit === null || inTeam < team.assignmentLimit);
}

/** ASSIGN-15, then ASSIGN-17 (never assigned is oldest), then the lowest id. */
function myBalanced(input: DecideBalancedAssigneeInput): string | null {
  const ranked = input.teammates.filter((t) => eligible(input, t)).slice().sort((a, b) =>
    a.openCount - b.openCount || (a.lastAssignedAt ?? -Infinity) - (b.lastAssignedAt ?? -Infinity) || byUnits(a.id, b.id));
  return ranked[0]?.id ?? null;
}

/** ASSIGN-30 order: name case-insensitively, then exactly, then id. */
const rotationOrder = (a: Teammate, b: Teammate): number =>
  byUnits(a.name.toLowerCase(), b.name.toLowerCase()) || byUnits(a.name, b.name) || byUnits(a.id, b.id);

/** ASSIGN-28, ASSIGN-29, ASSIGN-31, ASSIGN-37: the first available member after the pointer, wrapping. */
function myRoundRobin(input: DecideRoundRobinAssigneeInput): string | null {
  const { team, teammates } = input;
  const ring = teammates.filter((t) => team.members.includes(t.id)).sort(rotationOrder);
  const cursor = teammates.find((t) => t.id === team.rotationCursor);
  const after = cursor === undefined ? ring : [...ring.filter((t) => rotationOrder(t, cursor) > 0), ...ring.filter((t) => rotationOrder(t, cursor) <= 0)];
  return after.find((t) => t.status === 'active' && t.inboxSeat)?.id ?? null;
}

/** The failing report, or a test failure. */
function failed<R extends BalancedConformanceReport | RoundRobinConformanceReport>(report: R): Extract<R, { conforms: false }> {
  if (report.conforms) throw new Error(`expected a disagreement, got ${JSON.stringify(report)}`);
  return report as Extract<R, { conforms: false }>;
}

const find = (teammates: readonly Teammate[], id: unknown): Teammate => {
  const t = teammates.find((x) => x.id === id);
  if (t === undefined) throw new Error(`no teammate ${String(id)}`);
  return t;
};

describe('checkBalancedConformance', () => {
  it('ASSIGN-13, ASSIGN-14, ASSIGN-15, ASSIGN-17, ASSIGN-21: an independent balanced policy conforms', () => {
    const report = checkBalancedConformance(myBalanced, { seed: 11, numRuns: 500 });
    expect(report).toEqual({ conforms: true, runs: 500, seed: 11 });
  });

  it('Beyond-1: the independent policy also conforms with per-inbox limits', () => {
    expect(checkBalancedConformance(myBalanced, { seed: 12, numRuns: 300, inputs: balancedInputArbitrary({ teamLimits: true }) }).conforms).toBe(true);
  });

  it('ASSIGN-15: a candidate may answer with our decision shape', () => {
    const shaped = (input: DecideBalancedAssigneeInput): CandidateAnswer => {
      const id = myBalanced(input);
      return id === null ? { kind: 'unassigned' } : { kind: 'assigned', teammate: id };
    };
    expect(checkBalancedConformance(shaped, { seed: 13, numRuns: 200 }).conforms).toBe(true);
  });

  it('ASSIGN-13, ASSIGN-14: a policy that ignores limits is caught, with one teammate at its limit', () => {
    const ignoresLimits = (input: DecideBalancedAssigneeInput): string | null =>
      myBalanced({ ...input, teammates: input.teammates.map((t) => createTeammate({ ...t, assignmentLimit: null })) });
    const { counterexample: c, shrinks } = failed(checkBalancedConformance(ignoresLimits, { seed: 1, numRuns: 200 }));
    const picked = find(c.input.teammates, c.actual);
    expect(picked.openCount).toBeGreaterThanOrEqual(picked.assignmentLimit ?? Infinity);
    expect(c.explanation.considered.find((x) => x.teammate === picked.id)?.reasons).toContain('at-limit');
    expect(c.input.teammates).toHaveLength(1);
    expect(c.expected).toBeNull();
    expect(shrinks).toBeGreaterThan(0);
  });

  it('ASSIGN-17: a policy that breaks ties by array order is caught, with two tied teammates out of id order', () => {
    const arrayOrder = (input: DecideBalancedAssigneeInput): string | null => {
      const pool = input.teammates.filter((t) => eligible(input, t));
      const fewest = Math.min(...pool.map((t) => t.openCount));
      return pool.find((t) => t.openCount === fewest)?.id ?? null;
    };
    const { counterexample: c } = failed(checkBalancedConformance(arrayOrder, { seed: 2, numRuns: 200 }));
    const expected = find(c.input.teammates, c.expected);
    const actual = find(c.input.teammates, c.actual);
    expect(actual.openCount).toBe(expected.openCount);
    expect(c.input.teammates.indexOf(actual)).toBeLessThan(c.input.teammates.indexOf(expected));
    expect(c.input.teammates).toHaveLength(2);
    expect(c.explanation.kind === 'assigned' && c.explanation.reason).toMatch(/least-recently-assigned|lowest-id/);
  });

  it('ASSIGN-13, STATUS-3: a policy that picks away teammates is caught, with one away teammate', () => {
    const picksAway = (input: DecideBalancedAssigneeInput): string | null =>
      myBalanced({ ...input, teammates: input.teammates.map((t) => createTeammate({ ...t, status: 'active', awayReason: null, reassignReplies: false })) });
    const { counterexample: c } = failed(checkBalancedConformance(picksAway, { seed: 3, numRuns: 200 }));
    expect(find(c.input.teammates, c.actual).status).toBe('away');
    expect(c.input.teammates).toHaveLength(1);
    expect(c.explanation).toMatchObject({ kind: 'unassigned', reasons: ['no-eligible-teammate'] });
  });

  it('ASSIGN-13, STATUS-15: a policy that ignores seats is caught, with one teammate without a seat', () => {
    const ignoresSeats = (input: DecideBalancedAssigneeInput): string | null =>
      myBalanced({ ...input, teammates: input.teammates.map((t) => createTeammate({ ...t, inboxSeat: true })) });
    const { counterexample: c } = failed(checkBalancedConformance(ignoresSeats, { seed: 4, numRuns: 200 }));
    expect(find(c.input.teammates, c.actual).inboxSeat).toBe(false);
    expect(c.input.teammates).toHaveLength(1);
    expect(c.explanation.considered[0]?.reasons).toEqual(['no-inbox-seat']);
  });

  it('ASSIGN-13: a policy that ignores membership is caught, with one teammate who is not a member', () => {
    const ignoresMembership = (input: DecideBalancedAssigneeInput): string | null =>
      myBalanced({ ...input, team: createTeam({ ...input.team, members: input.teammates.map((t) => t.id) }) });
    const { counterexample: c } = failed(checkBalancedConformance(ignoresMembership, { seed: 5, numRuns: 200 }));
    expect(c.input.team.members).not.toContain(c.actual);
    expect(c.input.teammates).toHaveLength(1);
  });

  test.prop([fc.integer({ min: 0, max: 1_000 })])('ASSIGN-17: whatever the seed, a reported disagreement is real and explained by our decision', (seed) => {
    const neverAssignedLast = (input: DecideBalancedAssigneeInput): string | null => {
      const pool = input.teammates.filter((t) => eligible(input, t));
      return pool.sort((a, b) => a.openCount - b.openCount || (b.lastAssignedAt ?? -Infinity) - (a.lastAssignedAt ?? -Infinity))[0]?.id ?? null;
    };
    const report = checkBalancedConformance(neverAssignedLast, { seed, numRuns: 100 });
    if (report.conforms) return;
    const { input, expected, actual, explanation } = report.counterexample;
    expect(Object.isFrozen(input) && Object.isFrozen(input.teammates)).toBe(true);
    expect(actual).toBe(neverAssignedLast(input));
    expect(actual).not.toBe(expected);
    expect(explanation).toEqual(decideBalancedAssignee(input));
    expect(expected).toBe(myBalanced(input));
  });

  it('ASSIGN-15: a candidate that sorts its input in place gets a frozen input and is reported as throwing', () => {
    const sortsInPlace = (input: DecideBalancedAssigneeInput): string | null => {
      (input.teammates as Teammate[]).sort((a, b) => a.openCount - b.openCount);
      return myBalanced(input);
    };
    const { counterexample: c } = failed(checkBalancedConformance(sortsInPlace, { seed: 6, numRuns: 200 }));
    expect(c.actual).toMatchObject({ kind: 'threw', message: expect.stringMatching(/^TypeError: /) });
    expect(c.input.teammates.length).toBeLessThanOrEqual(2);
  });

  it('ASSIGN-15: a thrown non-error, and an answer of the wrong type, are disagreements', () => {
    const throwsString = failed(checkBalancedConformance(() => {
      throw 'nope'; // eslint-disable-line @typescript-eslint/only-throw-error
    }, { seed: 7, numRuns: 20 }));
    expect(throwsString.counterexample.actual).toEqual({ kind: 'threw', message: '"nope"', error: 'nope' });
    const numbers = failed(checkBalancedConformance((() => 42) as never, { seed: 7, numRuns: 20 }));
    expect(numbers.counterexample.actual).toEqual({ kind: 'invalid-answer', value: 42 });
    const wrongShape = failed(checkBalancedConformance((() => ({ kind: 'assigned', teammate: 7 })) as never, { seed: 7, numRuns: 20 }));
    expect(wrongShape.counterexample.actual).toEqual({ kind: 'invalid-answer', value: { kind: 'assigned', teammate: 7 } });
  });

  it('ASSIGN-15: the same seed gives the same report, and { seed, path } replays the shrunk counterexample at once', () => {
    const lowestIdOnly = (input: DecideBalancedAssigneeInput): string | null =>
      input.teammates.filter((t) => eligible(input, t)).map((t) => t.id).sort(byUnits)[0] ?? null;
    const first = failed(checkBalancedConformance(lowestIdOnly, { seed: 8, numRuns: 200 }));
    expect(checkBalancedConformance(lowestIdOnly, { seed: 8, numRuns: 200 })).toEqual(first);
    const replay = failed(checkBalancedConformance(lowestIdOnly, { seed: first.seed, path: first.path }));
    expect(replay.counterexample.input).toEqual(first.counterexample.input);
    expect(replay.runs).toBe(1);
  });

  it('ASSIGN-21: without a seed, the report names the seed fast-check chose, which reproduces it', () => {
    const nobody = (): null => null;
    const report = failed(checkBalancedConformance(nobody));
    expect(Number.isInteger(report.seed)).toBe(true);
    expect(checkBalancedConformance(nobody, { seed: report.seed })).toEqual(report);
  });

  it('rejects a candidate that is not a function, and malformed options, with invalid-argument', () => {
    const code = expect.objectContaining({ code: 'invalid-argument' });
    expect(() => checkBalancedConformance('ana' as never)).toThrow(code);
    expect(() => checkBalancedConformance(myBalanced, 'fast' as never)).toThrow(code);
    expect(() => checkBalancedConformance(myBalanced, { seed: 1.5 })).toThrow(code);
    expect(() => checkBalancedConformance(myBalanced, { numRuns: 0 })).toThrow(code);
    expect(() => checkBalancedConformance(myBalanced, { path: '0:1' })).toThrow(code);
    expect(() => checkBalancedConformance(myBalanced, { seed: 1, path: 3 as never })).toThrow(code);
    expect(() => checkBalancedConformance(myBalanced, { inputs: [] as never })).toThrow(code);
  });

  it('ASSIGN-13: inputs our decision rejects are reported as invalid-argument, naming the reason', () => {
    const broken = fc.constant({ team: createTeam({ id: 'billing', members: ['ghost'] }), teammates: [] });
    expect(() => checkBalancedConformance(myBalanced, { inputs: broken, seed: 1 })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', message: expect.stringContaining('unknown-teammate') }),
    );
  });
});

describe('assertBalancedConformance', () => {
  it('ASSIGN-13, ASSIGN-21, Beyond-1: the message shows every field a pick depends on', () => {
    const at = Date.UTC(2026, 0, 5, 9);
    const team = createTeam({ id: 'vip', assignment: 'balanced', members: ['ana', 'ben'], assignmentLimit: 2 });
    const teammates = [
      createTeammate({ id: 'ana', name: 'Ana', status: 'away', reassignReplies: true, inboxSeat: false, assignmentLimit: 3, openCount: 1, lastAssignedAt: at }),
      createTeammate({ id: 'ben', name: 'Ben', openCount: 2 }),
    ];
    const message = (inputs: fc.Arbitrary<DecideBalancedAssigneeInput>, candidate: () => CandidateAnswer): string => {
      try {
        assertBalancedConformance(candidate, { inputs, seed: 1, numRuns: 1 });
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    };
    const shown = message(fc.constant({ team, teammates, conversations: [] }), () => 'ana');
    expect(shown).toContain('  team "vip" (balanced): members ["ana","ben"], rotationCursor null, inbox limit 2');
    expect(shown).toContain('    "ana" (name "Ana"): away+reassign, NO seat, openCount 1, limit 3, lastAssignedAt 2026-01-05T09:00:00.000Z');
    expect(shown).toContain('    "ben" (name "Ben"): active, seat, openCount 2, limit none, lastAssignedAt never');
    expect(shown).toContain('  expected: "ben" (only-eligible); "ana": teammate-away, no-inbox-seat; "ben": chosen');
    expect(shown).toContain('  actual:   "ana"');
    const away = createTeammate({ id: 'cy', status: 'away' });
    expect(message(fc.constant({ team: createTeam({ id: 'empty' }), teammates: [] }), () => 'x')).toContain('  expected: nobody (no-members); no teammates');
    expect(message(fc.constant({ team: createTeam({ id: 't', members: ['cy'] }), teammates: [away] }), () => ({ kind: 'assigned', teammate: 'cy' })))
      .toContain('  expected: nobody (no-eligible-teammate); "cy": teammate-away');
  });

  it('ASSIGN-13: an input whose fields throw when read is reported as an input our decision rejects', () => {
    const hostile = { team: createTeam({ id: 't' }), get teammates(): never { throw new RangeError('no access'); } };
    expect(() => checkBalancedConformance(myBalanced, { inputs: fc.constant(hostile), seed: 1, numRuns: 1 })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', message: expect.stringContaining('(RangeError: no access)') }),
    );
  });

  it('ASSIGN-15: returns the passing report for a conforming policy', () => {
    expect(assertBalancedConformance(myBalanced, { seed: 21, numRuns: 50 })).toEqual({ conforms: true, runs: 50, seed: 21 });
  });

  it('ASSIGN-14: throws not-conforming with the shrunk input, both answers, our reasons and the replay', () => {
    const ignoresLimits = (input: DecideBalancedAssigneeInput): string | null =>
      myBalanced({ ...input, teammates: input.teammates.map((t) => createTeammate({ ...t, assignmentLimit: null })) });
    let error: unknown;
    try {
      assertBalancedConformance(ignoresLimits, { seed: 1, numRuns: 200 });
    } catch (e) {
      error = e;
    }
    const report = failed(checkBalancedConformance(ignoresLimits, { seed: 1, numRuns: 200 }));
    const id = JSON.stringify(report.counterexample.actual);
    expect(error).toMatchObject({ code: 'not-conforming', details: { report } });
    const message = (error as Error).message;
    expect(message).toContain('assertBalancedConformance: the candidate disagrees with decideBalancedAssignee');
    expect(message).toContain(`    ${id} (name `);
    expect(message).toContain(`  expected: nobody (no-eligible-teammate); ${id}: at-limit`);
    expect(message).toContain(`  actual:   ${id}`);
    expect(message).toContain(`Replay it with { seed: 1, path: ${JSON.stringify(report.path)} }.`);
  });

  it('ASSIGN-15: the message names a throwing candidate and an invalid answer', () => {
    const threw = (() => {
      try {
        assertBalancedConformance(() => {
          throw new RangeError('boom');
        }, { seed: 2, numRuns: 10 });
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(threw).toContain('  actual:   it threw RangeError: boom');
    expect(() => assertBalancedConformance((() => 7) as never, { seed: 2, numRuns: 10 })).toThrow(/actual: {3}an invalid answer 7/);
    expect(() => assertBalancedConformance('x' as never)).toThrow(expect.objectContaining({ code: 'invalid-argument', message: expect.stringMatching(/^assertBalancedConformance: /) }));
  });
});

describe('checkRoundRobinConformance', () => {
  it('ASSIGN-28, ASSIGN-29, ASSIGN-30, ASSIGN-31, ASSIGN-37: an independent rotation conforms', () => {
    expect(checkRoundRobinConformance(myRoundRobin, { seed: 31, numRuns: 500 })).toEqual({ conforms: true, runs: 500, seed: 31 });
  });

  it('ASSIGN-29: a rotation that does not skip away members is caught, with the away member picked', () => {
    const noSkip = (input: DecideRoundRobinAssigneeInput): string | null =>
      myRoundRobin({ ...input, teammates: input.teammates.map((t) => createTeammate({ ...t, status: 'active', awayReason: null, reassignReplies: false })) });
    const { counterexample: c } = failed(checkRoundRobinConformance(noSkip, { seed: 1, numRuns: 200 }));
    expect(find(c.input.teammates, c.actual).status).toBe('away');
    expect(c.input.teammates.length).toBeLessThanOrEqual(2);
    expect(c.explanation.considered.find((x) => x.teammate === c.actual)?.reasons).toEqual(['teammate-away']);
  });

  it('ASSIGN-37: a rotation that ignores seats is caught', () => {
    const noSeatCheck = (input: DecideRoundRobinAssigneeInput): string | null =>
      myRoundRobin({ ...input, teammates: input.teammates.map((t) => createTeammate({ ...t, inboxSeat: true })) });
    const { counterexample: c } = failed(checkRoundRobinConformance(noSeatCheck, { seed: 2, numRuns: 200 }));
    expect(find(c.input.teammates, c.actual).inboxSeat).toBe(false);
  });

  it('ASSIGN-31: a rotation that respects limits is caught, with a member at their limit passed over', () => {
    const respectsLimits = (input: DecideRoundRobinAssigneeInput): string | null =>
      myRoundRobin({ ...input, teammates: input.teammates.map((t) => (t.assignmentLimit !== null && t.openCount >= t.assignmentLimit ? createTeammate({ ...t, status: 'away' }) : t)) });
    const { counterexample: c } = failed(checkRoundRobinConformance(respectsLimits, { seed: 3, numRuns: 200 }));
    const expected = find(c.input.teammates, c.expected);
    expect(expected.openCount).toBeGreaterThanOrEqual(expected.assignmentLimit ?? Infinity);
  });

  it('ASSIGN-30: a rotation by id instead of name is caught, with two members whose names and ids sort differently', () => {
    const byId = (input: DecideRoundRobinAssigneeInput): string | null => {
      const { team, teammates } = input;
      const ring = teammates.filter((t) => team.members.includes(t.id) && t.status === 'active' && t.inboxSeat).sort((a, b) => byUnits(a.id, b.id));
      const at = ring.findIndex((t) => byUnits(t.id, team.rotationCursor ?? '') > 0);
      return (team.rotationCursor === null || at < 0 ? ring[0] : ring[at])?.id ?? null;
    };
    const { counterexample: c } = failed(checkRoundRobinConformance(byId, { seed: 4, numRuns: 200 }));
    expect(c.input.teammates.length).toBeLessThanOrEqual(3);
    expect(c.expected).not.toBe(c.actual);
    expect(c.explanation).toEqual(decideRoundRobinAssignee(c.input));
  });

  it('ASSIGN-28: a rotation that ignores the pointer is caught', () => {
    const ignoresPointer = (input: DecideRoundRobinAssigneeInput): string | null => myRoundRobin({ ...input, team: createTeam({ ...input.team, rotationCursor: null }) });
    const { counterexample: c } = failed(checkRoundRobinConformance(ignoresPointer, { seed: 5, numRuns: 200, inputs: roundRobinInputArbitrary({ nonMembers: false }) }));
    expect(c.input.team.rotationCursor).not.toBeNull();
    expect(c.input.team.members).toContain(c.input.team.rotationCursor);
  });
});

describe('assertRoundRobinConformance', () => {
  it('ASSIGN-28: passes for the independent rotation and throws not-conforming, showing names and the pointer, otherwise', () => {
    expect(assertRoundRobinConformance(myRoundRobin, { seed: 41, numRuns: 50 })).toEqual({ conforms: true, runs: 50, seed: 41 });
    const first = (input: DecideRoundRobinAssigneeInput): string | null => input.team.members[0] ?? null;
    expect(() => assertRoundRobinConformance(first, { seed: 41, numRuns: 200 })).toThrow(expect.objectContaining({
      code: 'not-conforming',
      message: expect.stringMatching(/^assertRoundRobinConformance: the candidate disagrees with decideRoundRobinAssignee[\s\S]*\(round-robin\): members [\s\S]*rotationCursor [\s\S]*expected: /),
    }));
  });
});
