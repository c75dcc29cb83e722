// The fast paths of the assignment checks (issue 7): remembered duplicate-free id sequences, the
// Map of teammates built only on demand, membership by position, and the facts one check hands to
// the next within a call. None may change a result: every decision must equal the rule's oracle
// whichever path it took, and any in-place edit between calls must be caught as before.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeam, createTeammate, type Teammate } from '../../src/index.js';
import { decideBalancedAssignee, decideRoundRobinAssignee, withOpenCounts, type BalancedAssigneeDecision } from '../../src/assignment/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { worldArb, type World } from '../arbitraries/assignment.js';
import { balancedOracle, balancedReasonOracle, roundRobinOracle } from '../assignment/_oracle.js';

const code = (c: string): Error => expect.objectContaining({ code: c }) as Error;
const summary = (d: BalancedAssigneeDecision): unknown => (d.kind === 'assigned' ? [d.teammate, d.reason] : d.reasons);

/** The team's members' teammates, in member order (the fast path). */
const inMemberOrder = (w: World): Teammate[] => w.teams[0]!.members.map((id) => w.teammates.find((t) => t.id === id)!);

describe('assignment fast paths', () => {
  test.prop([worldArb({ method: 'balanced' })])(
    'ASSIGN-13, ASSIGN-15, ASSIGN-17: cold, warm and member-ordered calls all give the oracle’s pick',
    (w) => {
      const team = w.teams[0]!;
      const input = { team, conversations: w.conversations };
      const expected = [balancedOracle(team, w.teammates, w.conversations), balancedReasonOracle(team, w.teammates, w.conversations)];
      const ordered = inMemberOrder(w);
      for (const teammates of [w.teammates, w.teammates, ordered, ordered, [...ordered], [...ordered].reverse()]) {
        const d = decideBalancedAssignee(deepFreeze({ ...input, teammates }));
        const pick = d.kind === 'assigned' ? [d.teammate, d.reason] : [null, null];
        expect(pick).toEqual(expected);
        const explained = decideBalancedAssignee({ ...input, teammates, explain: false });
        expect(summary(explained)).toEqual(summary(d));
      }
    },
  );

  test.prop([worldArb({ method: 'balanced' }), fc.infiniteStream(fc.nat())])(
    'ASSIGN-13: every teammate’s reasons are the same on the fast path and on the Map path',
    (w, seeds) => {
      const team = w.teams[0]!;
      const ordered = inMemberOrder(w);
      const shuffled = [...ordered].sort(() => (seeds.next().value % 3) - 1);
      const byId = (d: BalancedAssigneeDecision): Map<string, unknown> => new Map(d.considered.map((c) => [c.teammate, c]));
      const fast = decideBalancedAssignee({ team, teammates: ordered, conversations: w.conversations });
      const slow = decideBalancedAssignee({ team, teammates: shuffled, conversations: w.conversations });
      expect(summary(fast)).toEqual(summary(slow));
      expect(byId(fast)).toEqual(byId(slow));
    },
  );

  test.prop([worldArb({ method: 'round-robin' })])('ASSIGN-28: round robin picks the oracle’s teammate on warm calls too', (w) => {
    const team = w.teams[0]!;
    const expected = roundRobinOracle(team, w.teammates);
    for (const teammates of [w.teammates, w.teammates, [...w.teammates]]) {
      const d = decideRoundRobinAssignee({ team, teammates });
      expect(d.kind === 'assigned' ? d.teammate : null).toBe(expected);
    }
  });

  it('ASSIGN-13: a checked member list cannot be edited in place, and a replaced one is checked again (duplicate, unknown member)', () => {
    const ids = ['a', 'b', 'c'];
    const teammates = ids.map((id) => createTeammate({ id }));
    const team = createTeam({ id: 'billing', assignment: 'balanced', members: ids });
    expect(decideBalancedAssignee({ team, teammates })).toMatchObject({ kind: 'assigned', teammate: 'a' });
    expect(() => {
      (team.members as string[])[2] = 'a';
    }).toThrow(TypeError);
    expect(ids).toEqual(['a', 'b', 'c']); // the caller's array was copied, not frozen
    ids[2] = 'z';
    expect(team.members).toEqual(['a', 'b', 'c']);
    expect(() => decideBalancedAssignee({ team: { ...team, members: ['a', 'b', 'a'] }, teammates })).toThrow(code('duplicate-id'));
    expect(() => decideBalancedAssignee({ team: { ...team, members: ['a', 'b', 'zed'] }, teammates })).toThrow(code('unknown-teammate'));
    expect(decideBalancedAssignee({ team, teammates })).toMatchObject({ kind: 'assigned', teammate: 'a' });
  });

  it('ASSIGN-13, ASSIGN-15: a teammates array edited in place after a decision is checked again', () => {
    const ids = ['a', 'b', 'c'];
    const team = createTeam({ id: 'billing', assignment: 'balanced', members: ids });
    const teammates = ids.map((id, i) => createTeammate({ id, openCount: 3 - i }));
    expect(decideBalancedAssignee({ team, teammates })).toMatchObject({ teammate: 'c', reason: 'fewest-open' });
    teammates[1] = createTeammate({ id: 'c' });
    expect(() => decideBalancedAssignee({ team, teammates })).toThrow(code('duplicate-id'));
    expect(() => withOpenCounts({ teammates, conversations: [] })).toThrow(code('duplicate-id'));
    teammates[1] = { ...createTeammate({ id: 'b' }), openCount: -1 };
    expect(() => decideBalancedAssignee({ team, teammates })).toThrow(code('invalid-open-count'));
    teammates[1] = createTeammate({ id: 'b', openCount: 0 });
    expect(decideBalancedAssignee({ team, teammates })).toMatchObject({ teammate: 'b', reason: 'fewest-open' });
  });

  test.prop([fc.uniqueArray(fc.stringMatching(/^[a-e]{1,2}$/), { minLength: 2, maxLength: 12 }), fc.nat(), fc.nat()])(
    'ASSIGN-13: a repeated id anywhere in a remembered sequence is found on the next call',
    (ids, from, to) => {
      const team = createTeam({ id: 'billing', assignment: 'balanced', members: ids });
      const teammates = ids.map((id) => createTeammate({ id }));
      decideBalancedAssignee({ team, teammates });
      const i = from % ids.length;
      const j = to % ids.length;
      const edited = [...teammates];
      edited[j] = teammates[i]!;
      const call = (): unknown => decideBalancedAssignee({ team, teammates: edited });
      if (i === j) expect(call()).toMatchObject({ kind: 'assigned' });
      else expect(call).toThrow(code('duplicate-id'));
    },
  );
});
