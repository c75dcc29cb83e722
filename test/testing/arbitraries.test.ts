// The testing kit's arbitraries: they produce valid model values (the factories accept them
// unchanged), cover the cases the rules are about, and generate event sequences the workspace
// accepts (or rejects with the announced code) while its invariants hold.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createConversation, createTeam, createTeammate, decideBalancedAssignee, decideRoundRobinAssignee, isInboxRuleError,
  type Conversation,
} from '../../src/index.js';
import { apply, checkInvariants, createWorkspace, type Workspace, type WorkspaceConfig } from '../../src/workspace/index.js';
import {
  balancedInputArbitrary, conversationArbitrary, roundRobinInputArbitrary, teamArbitrary, teammateArbitrary, workspaceArbitrary,
  workspaceConfigArbitrary, workspaceEventsArbitrary, workspaceStepsArbitrary,
} from '../../src/testing/arbitraries/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const MIN = Date.UTC(2020, 0, 1);
const MAX = Date.UTC(2035, 0, 1);
const inRange = (ms: number | null): boolean => ms === null || (ms >= MIN && ms <= MAX);
const sample = <T>(arb: fc.Arbitrary<T>, seed = 1, numRuns = 400): T[] => fc.sample(arb, { seed, numRuns });
const invalid = (code: string): Error => expect.objectContaining({ code }) as Error;

describe('teammateArbitrary', () => {
  test.prop([teammateArbitrary()])('STATUS-1, STATUS-5, STATUS-6, ASSIGN-26: every teammate is valid: createTeammate returns it unchanged', (t) => {
    expect(createTeammate(deepFreeze(t))).toEqual(t);
    expect(t.awayReason === null || t.status === 'away').toBe(true);
    expect(!t.reassignReplies || t.status === 'away').toBe(true);
    expect(t.assignmentLimit === null || (Number.isInteger(t.assignmentLimit) && t.assignmentLimit >= 1)).toBe(true);
    expect(inRange(t.lastAssignedAt)).toBe(true);
  });

  it('STATUS-1, STATUS-15, ASSIGN-14, ASSIGN-17: covers every status mode, seats, loads at the limit, tied last assignments and awkward ids', () => {
    const all = sample(teammateArbitrary());
    expect(new Set(all.map((t) => `${t.status}/${t.reassignReplies}`))).toEqual(new Set(['active/false', 'away/false', 'away/true']));
    expect(all.some((t) => !t.inboxSeat)).toBe(true);
    expect(all.some((t) => t.assignmentLimit !== null && t.openCount === t.assignmentLimit)).toBe(true);
    expect(all.some((t) => t.assignmentLimit !== null && t.openCount === t.assignmentLimit - 1)).toBe(true);
    const times = all.flatMap((t) => (t.lastAssignedAt === null ? [] : [t.lastAssignedAt]));
    expect(new Set(times).size).toBeLessThan(times.length);
    expect(all.some((t) => t.lastAssignedAt === null)).toBe(true);
    expect(all.some((t) => t.id === '__proto__') && all.some((t) => t.id === 'constructor')).toBe(true);
    expect(all.filter((t) => t.id === '__proto__' || t.id === 'constructor').length).toBeLessThan(all.length / 5);
  });

  test.prop([fc.constantFrom('ana', '__proto__'), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 2 })])(
    'ASSIGN-26: options fix the id and bound the load and the limit',
    (id, maxOpenCount, maxAssignmentLimit) => {
      for (const t of sample(teammateArbitrary({ id, maxOpenCount, maxAssignmentLimit, timezones: ['Asia/Tokyo'] }), 3, 20)) {
        expect(t).toMatchObject({ id, timezone: 'Asia/Tokyo' });
        expect(t.openCount).toBeLessThanOrEqual(maxOpenCount);
        expect(t.assignmentLimit ?? 1).toBeLessThanOrEqual(maxAssignmentLimit);
      }
      expect(new Set(sample(teammateArbitrary({ ids: ['x', 'y'] }), 2, 50).map((t) => t.id))).toEqual(new Set(['x', 'y']));
      expect(new Set(sample(teammateArbitrary({ id: '--' }), 2, 50).map((t) => t.email))).toEqual(new Set([null, 'someone@acme.test']));
    },
  );

  it('rejects malformed options with a stable code', () => {
    expect(() => teammateArbitrary('ana' as never)).toThrow(invalid('invalid-argument'));
    expect(() => teammateArbitrary({ id: '' })).toThrow(invalid('invalid-id'));
    expect(() => teammateArbitrary({ ids: [] })).toThrow(invalid('invalid-argument'));
    expect(() => teammateArbitrary({ ids: ['a', 'a'] })).toThrow(invalid('duplicate-id'));
    expect(() => teammateArbitrary({ maxOpenCount: -1 })).toThrow(invalid('invalid-argument'));
    expect(() => teammateArbitrary({ maxAssignmentLimit: 0.5 })).toThrow(invalid('invalid-argument'));
    expect(() => teammateArbitrary({ timezones: ['Mars/Olympus'] })).toThrow(invalid('invalid-time-zone'));
    expect(() => teammateArbitrary({ timezones: [] })).toThrow(invalid('invalid-argument'));
  });
});

describe('teamArbitrary', () => {
  test.prop([teamArbitrary({ teamLimits: true })])('ASSIGN-3, ASSIGN-26: every team is valid: createTeam returns it unchanged', (team) => {
    expect(createTeam(deepFreeze(team))).toEqual(team);
    expect(new Set(team.members).size).toBe(team.members.length);
  });

  test.prop([fc.uniqueArray(fc.constantFrom<string>('ana', 'ben', 'cy', 'dee'), { minLength: 1 }), fc.constantFrom('balanced' as const, 'round-robin' as const)])(
    'ASSIGN-3, ASSIGN-28: members and the pointer come from the pool; methods and ids as asked; no inbox limit unless asked',
    (pool, method) => {
      for (const team of sample(teamArbitrary({ id: 'vip', members: pool, methods: [method] }), 4, 30)) {
        expect(team).toMatchObject({ id: 'vip', assignment: method, assignmentLimit: null });
        expect(team.members.every((m) => pool.includes(m))).toBe(true);
        expect(team.rotationCursor === null || pool.includes(team.rotationCursor)).toBe(true);
      }
    },
  );

  it('ASSIGN-21, ASSIGN-30, Beyond-1: covers empty teams, members out of sorted order, every method and inbox limits', () => {
    const all = sample(teamArbitrary({ teamLimits: true }));
    expect(all.some((t) => t.members.length === 0)).toBe(true);
    expect(all.some((t) => t.members.join() !== [...t.members].sort().join())).toBe(true);
    expect(new Set(all.map((t) => t.assignment)).size).toBe(3);
    expect(all.some((t) => t.assignmentLimit !== null)).toBe(true);
    expect(new Set(sample(teamArbitrary({ ids: ['t1', 't2'] }), 2, 40).map((t) => t.id))).toEqual(new Set(['t1', 't2']));
    expect(() => teamArbitrary({ methods: ['fifo'] as never })).toThrow(invalid('invalid-argument'));
    expect(() => teamArbitrary({ members: ['a', 'a'] })).toThrow(invalid('duplicate-id'));
    expect(() => teamArbitrary({ teamLimits: 'yes' as never })).toThrow(invalid('invalid-argument'));
  });
});

/** LIST-6, literally: the oldest customer message since the last teammate reply. */
function waitingSince(c: Conversation): number | null {
  let since: number | null = null;
  for (const p of c.parts) {
    if (p.type === 'teammate-reply') since = null;
    if (p.type === 'customer-reply' && since === null) since = p.at;
  }
  return since;
}

describe('conversationArbitrary', () => {
  test.prop([conversationArbitrary()])(
    'CONV-1, SNOOZE-1, LIST-6, RATING-13: every conversation is valid and consistent',
    (c) => {
      expect(createConversation(deepFreeze(c))).toEqual(c);
      expect(c.parts.every((p, i) => p.at >= c.createdAt && p.at >= (c.parts[i - 1]?.at ?? c.createdAt) && inRange(p.at))).toBe(true);
      expect(c.waitingSince).toBe(waitingSince(c));
      if (c.state === 'snoozed') expect(c.snoozedUntil).toBeGreaterThan(c.snoozedAt ?? Infinity);
      expect(c.state === 'closed').toBe(c.closedAt !== null);
      if (c.state === 'closed') expect(c.closeCount).toBeGreaterThanOrEqual(1);
      expect(c.reopenings).toHaveLength(c.closeCount - (c.state === 'closed' ? 1 : 0));
      if (c.ratingRequest !== null) expect(c.closeCount).toBeGreaterThanOrEqual(1);
      if (c.rating !== null) expect(c.ratingRequest).not.toBeNull();
      expect(inRange(c.snoozedUntil)).toBe(true);
    },
  );

  it('CONV-1, RATING-5, MENTION-1, OUT-12: covers every state, one and two customers, mentions in notes and teammate-started ones', () => {
    const all = sample(conversationArbitrary());
    expect(new Set(all.map((c) => c.state))).toEqual(new Set(['open', 'snoozed', 'closed']));
    expect(new Set(all.map((c) => c.customers.length))).toEqual(new Set([1, 2]));
    expect(all.some((c) => c.parts.some((p) => p.type === 'note' && p.text.startsWith('@')))).toBe(true);
    expect(all.some((c) => c.startedBy !== null) && all.some((c) => c.rating !== null)).toBe(true);
  });

  test.prop([fc.constantFrom('open' as const, 'closed' as const)])('CONV-1: options choose ids, pools and states; empty pools leave slots empty', (state) => {
    for (const c of sample(conversationArbitrary({ id: 'x1', states: [state], teammates: [], teams: [], contacts: [], maxParts: 2 }), 5, 30)) {
      expect(c).toMatchObject({ id: 'x1', state, team: null, teammate: null, customers: [], startedBy: null });
      expect(c.parts.length).toBeLessThanOrEqual(3);
      expect(c.parts.every((p) => p.type === 'bot-reply')).toBe(true);
    }
    expect(new Set(sample(conversationArbitrary({ ids: ['k'], teams: ['vip'] }), 6, 30).map((c) => c.team ?? 'vip'))).toEqual(new Set(['vip']));
    expect(() => conversationArbitrary({ states: [] })).toThrow(invalid('invalid-argument'));
    expect(() => conversationArbitrary({ maxParts: 101 })).toThrow(invalid('invalid-argument'));
  });
});

describe('balancedInputArbitrary', () => {
  test.prop([balancedInputArbitrary({ teamLimits: true })])(
    'ASSIGN-13, ASSIGN-16, Beyond-1: every input is accepted, and its open conversations agree with the loads',
    (input) => {
      const decision = decideBalancedAssignee(deepFreeze(input));
      expect(decision.considered.map((c) => c.teammate)).toEqual(input.teammates.map((t) => t.id));
      expect(input.team.assignment).toBe('balanced');
      expect(input.teammates.every((t) => createTeammate(t) !== t && JSON.stringify(createTeammate(t)) === JSON.stringify(t))).toBe(true);
      for (const t of input.teammates) {
        const here = (input.conversations ?? []).filter((c) => c.teammate === t.id && c.state === 'open').length;
        expect(here).toBeLessThanOrEqual(t.openCount);
        if (here > 0) expect(input.team.members).toContain(t.id);
      }
      expect(input.conversations === undefined).toBe(input.team.assignmentLimit === null);
    },
  );

  it('ASSIGN-14, ASSIGN-17, ASSIGN-21: produces every pick reason, both wait reasons, non-members and orders unrelated to ids', () => {
    const all = sample(balancedInputArbitrary(), 2, 600);
    const decisions = all.map((i) => decideBalancedAssignee(i));
    const outcomes = new Set(decisions.flatMap((d) => (d.kind === 'assigned' ? [d.reason] : d.reasons)));
    expect(outcomes).toEqual(new Set(['only-eligible', 'fewest-open', 'least-recently-assigned', 'lowest-id', 'no-members', 'no-eligible-teammate']));
    const reasons = new Set(decisions.flatMap((d) => d.considered.flatMap((c) => c.reasons)));
    expect(reasons).toEqual(new Set(['not-a-member', 'teammate-away', 'no-inbox-seat', 'at-limit', 'more-open', 'assigned-more-recently', 'higher-id']));
    expect(all.some((i) => i.teammates.map((t) => t.id).join() !== i.teammates.map((t) => t.id).sort().join())).toBe(true);
    const limited = sample(balancedInputArbitrary({ teamLimits: true }), 2, 600).map((i) => decideBalancedAssignee(i));
    expect(limited.some((d) => d.considered.some((c) => c.reasons.includes('at-team-limit')))).toBe(true);
  });

  test.prop([fc.integer({ min: 1, max: 4 }), fc.constantFrom('vip', '__proto__')])(
    'ASSIGN-13: options bound the size, name the team and can leave out non-members',
    (n, teamId) => {
      for (const input of sample(balancedInputArbitrary({ teamId, minTeammates: n, maxTeammates: n, nonMembers: false, ids: ['a', 'b', 'c', 'd'] }), n, 20)) {
        expect(input.teammates).toHaveLength(n);
        expect(input.team.id).toBe(teamId);
        expect(input.team.members).toHaveLength(n);
      }
    },
  );

  it('rejects malformed options', () => {
    expect(() => balancedInputArbitrary({ maxTeammates: 11 })).toThrow(invalid('invalid-argument'));
    expect(() => balancedInputArbitrary({ ids: ['a'], maxTeammates: 2 })).toThrow(invalid('invalid-argument'));
    expect(() => balancedInputArbitrary({ minTeammates: 5, maxTeammates: 3 })).toThrow(invalid('invalid-argument'));
    expect(() => balancedInputArbitrary({ teamId: '' })).toThrow(invalid('invalid-id'));
  });
});

describe('roundRobinInputArbitrary', () => {
  test.prop([roundRobinInputArbitrary()])('ASSIGN-28, ASSIGN-30: every input is accepted and names teammates out of id order', (input) => {
    const d = decideRoundRobinAssignee(deepFreeze(input));
    expect(input.team.assignment).toBe('round-robin');
    expect(d.kind === 'unassigned' || input.team.members.includes(d.teammate)).toBe(true);
    expect(input).not.toHaveProperty('conversations');
  });

  it('ASSIGN-28, ASSIGN-29, ASSIGN-30, ASSIGN-31: covers every kind of pointer, repeated names, away members and loads over limits', () => {
    const all = sample(roundRobinInputArbitrary(), 3, 600);
    const pointer = (i: (typeof all)[number]): string => {
      const c = i.team.rotationCursor;
      if (c === null) return 'none';
      if (i.team.members.includes(c)) return 'member';
      return i.teammates.some((t) => t.id === c) ? 'former member' : 'unknown';
    };
    expect(new Set(all.map(pointer))).toEqual(new Set(['none', 'member', 'former member', 'unknown']));
    expect(all.some((i) => new Set(i.teammates.map((t) => t.name.toLowerCase())).size < i.teammates.length)).toBe(true);
    expect(all.some((i) => i.teammates.some((t) => t.status === 'away' && i.team.members.includes(t.id)))).toBe(true);
    expect(all.some((i) => i.teammates.some((t) => t.assignmentLimit !== null && t.openCount > t.assignmentLimit))).toBe(true);
    const closed = sample(roundRobinInputArbitrary({ nonMembers: false }), 3, 200);
    expect(closed.every((i) => i.teammates.every((t) => i.team.members.includes(t.id)))).toBe(true);
    expect(closed.every((i) => i.team.rotationCursor === null || i.team.members.includes(i.team.rotationCursor))).toBe(true);
  });
});

/** Applies accepted events, checking the invariants after each. */
function run(config: WorkspaceConfig, events: readonly Parameters<typeof apply>[1][]): Workspace {
  let ws = createWorkspace(config);
  for (const event of events) {
    ws = apply(ws, event).workspace;
    expect(checkInvariants(ws)).toEqual([]);
  }
  return ws;
}

describe('workspaceConfigArbitrary', () => {
  test.prop([workspaceConfigArbitrary()])('STATUS-10, ASSIGN-3: every config is accepted by createWorkspace, with no invariant broken', (config) => {
    expect(checkInvariants(createWorkspace(deepFreeze(config)))).toEqual([]);
  });

  it('STATUS-10, RATING-7, OUT-3: covers every default assignee, both rating policies, custom senders and awkward ids', () => {
    const all = sample(workspaceConfigArbitrary());
    const kind = (c: WorkspaceConfig): string => (c.defaultAssignee === undefined ? 'absent' : c.defaultAssignee === null ? 'null' : Object.keys(c.defaultAssignee)[0] as string);
    expect(new Set(all.map(kind))).toEqual(new Set(['absent', 'null', 'team', 'teammate']));
    expect(new Set(all.map((c) => c.settings?.ratingRequest))).toEqual(new Set([undefined, 'first-close', 'until-sent']));
    expect(all.some((c) => (c.settings?.customSenderAddresses?.length ?? 0) > 0)).toBe(true);
    expect(all.some((c) => c.teams?.some((t) => t.id === '__proto__') ?? false)).toBe(true);
    expect(all.some((c) => c.teammates?.some((t) => t.id === 'constructor') ?? false)).toBe(true);
    for (const c of sample(workspaceConfigArbitrary({ minTeammates: 0, maxTeammates: 0, maxTeams: 0, maxContacts: 1 }), 5, 20)) {
      expect(c).toMatchObject({ teammates: [], teams: [], contacts: [{ id: 'u1', email: 'u1@example.test' }] });
    }
    expect(() => workspaceConfigArbitrary({ maxContacts: 0 })).toThrow(invalid('invalid-argument'));
  });
});

describe('workspaceEventsArbitrary', () => {
  const config: WorkspaceConfig = deepFreeze({
    teammates: [{ id: 'ana', email: 'ana@acme.test' }, { id: '__proto__', inboxSeat: false }, { id: 'ben', status: 'away', reassignReplies: true }],
    teams: [{ id: 'billing', assignment: 'balanced', members: ['ana', 'ben'] }, { id: 'vip', assignment: 'round-robin', members: ['ana', '__proto__'] }],
    contacts: [{ id: 'u1', email: 'u1@example.test' }, { id: 'u2', email: 'u2@example.test' }],
    defaultAssignee: { teammate: 'ana' },
  });

  test.prop([workspaceEventsArbitrary(config)])(
    'SNOOZE-4, SNOOZE-13, RATING-13, STATUS-15: every generated event is accepted in order and the invariants hold',
    (events) => {
      run(config, deepFreeze(events));
      expect(events.every((e, i) => inRange(e.at) && e.at >= (events[i - 1]?.at ?? e.at))).toBe(true);
    },
  );

  it('RATING-1, RATING-11, MENTION-5, SNOOZE-5: over many runs every event type occurs, including ratings and snoozes that end', () => {
    const lists = sample(workspaceEventsArbitrary(config, { maxEvents: 60 }), 4, 150);
    const types = new Set(lists.flat().map((e) => e.type));
    expect(types.size).toBe(18);
    let woke = 0;
    let rated = 0;
    for (const events of lists) {
      let ws = createWorkspace(config);
      for (const e of events) {
        const { workspace, effects } = apply(ws, e);
        ws = workspace;
        woke += effects.filter((f) => f.type === 'conversation.reopened' && f.reason === 'snooze-ended').length;
        rated += effects.filter((f) => f.type === 'rating.recorded').length;
      }
    }
    expect(woke).toBeGreaterThan(0);
    expect(rated).toBeGreaterThan(0);
  });

  it('options bound the number of events; an invalid config or options are rejected', () => {
    for (const events of sample(workspaceEventsArbitrary(config, { minEvents: 2, maxEvents: 3 }), 5, 30)) {
      expect(events.length).toBeGreaterThanOrEqual(2);
      expect(events.length).toBeLessThanOrEqual(3);
    }
    expect(sample(workspaceEventsArbitrary({}, { maxEvents: 0 }), 5, 5)).toEqual([[], [], [], [], []]);
    expect(() => workspaceEventsArbitrary({ teams: [{ id: 't', members: ['nobody'] }] })).toThrow(invalid('unknown-teammate'));
    expect(() => workspaceEventsArbitrary(config, { maxEvents: 201 })).toThrow(invalid('invalid-argument'));
  });

  test.prop([workspaceEventsArbitrary({ contacts: [{ id: 'u1', email: 'u1@example.test' }] }, { maxEvents: 10 })])(
    'CONV-1: without teammates or teams, only what needs neither is generated, and it is accepted',
    (events) => {
      run({ contacts: [{ id: 'u1', email: 'u1@example.test' }] }, events);
      expect(events.every((e) => ['conversation.created', 'customer.replied', 'bot.replied', 'time.passed'].includes(e.type))).toBe(true);
    },
  );
});

describe('workspaceStepsArbitrary', () => {
  const withSender: WorkspaceConfig = deepFreeze({
    teammates: [
      { id: 'ana', email: 'ana@acme.test', canSendFromCustomAddresses: true }, { id: 'ben', inboxSeat: false, email: 'ben@acme.test' },
      { id: 'constructor', handle: 'cy' }, { id: 'ghost', handle: 'Ana' }, { id: 'missing', handle: 'x.y' },
    ],
    teams: [{ id: 'sales', assignment: 'manual', members: ['ana'] }],
    contacts: [{ id: 'u1', email: 'u1@example.test' }],
    settings: { ratingRequest: 'until-sent', customSenderAddresses: [{ address: 'help@acme.test', forwarding: false }] },
  });

  test.prop([workspaceConfigArbitrary().chain((config) => workspaceStepsArbitrary(config, { invalidFrequency: 0.2 }).map((steps) => ({ config, steps })))])(
    'SNOOZE-4, SNOOZE-13, CONV-2, RATING-11, RATING-12, RATING-13, STATUS-5, STATUS-6, STATUS-15, ASSIGN-26, MENTION-5, OUT-7: accepted steps are accepted, rejected ones are rejected with their code',
    ({ config, steps }) => {
      let ws = createWorkspace(config);
      for (const { event, error } of deepFreeze(steps)) {
        if (error === null) {
          ws = apply(ws, event).workspace;
          expect(checkInvariants(ws)).toEqual([]);
        } else {
          let thrown: unknown = null;
          try {
            apply(ws, event);
          } catch (e) {
            thrown = e;
          }
          expect(isInboxRuleError(thrown, error), `${JSON.stringify(event)} should be rejected with ${error}, got ${String(thrown)}`).toBe(true);
        }
      }
    },
  );

  it('every announced code occurs over many runs', () => {
    const codes = new Set(sample(workspaceStepsArbitrary(withSender, { invalidFrequency: 0.3, maxEvents: 60 }), 6, 300).flat().map((s) => s.error));
    expect(codes).toEqual(new Set([
      null, 'unknown-conversation', 'unknown-teammate', 'duplicate-id', 'unknown-contact', 'unknown-team', 'snooze-in-the-past',
      'snooze-closed-conversation', 'invalid-transition', 'rating-not-requested', 'rating-locked', 'invalid-score', 'no-inbox-seat',
      'not-mentioned', 'away-reason-while-active', 'reassign-while-active', 'invalid-assignment-limit', 'teammate-recipient',
      'time-went-backwards', 'invalid-event',
    ]));
  });

  it('invalidFrequency 0 gives only accepted steps, 1 only rejected ones; other values are rejected', () => {
    expect(sample(workspaceStepsArbitrary(withSender, { invalidFrequency: 0 }), 7, 30).flat().every((s) => s.error === null)).toBe(true);
    const rejected = sample(workspaceStepsArbitrary({}, { invalidFrequency: 1 }), 7, 30).flat();
    expect(rejected.every((s) => s.error === 'unknown-conversation' || s.error === 'unknown-contact' || s.error === 'unknown-team')).toBe(true);
    expect(() => workspaceStepsArbitrary(withSender, { invalidFrequency: 1.5 })).toThrow(invalid('invalid-argument'));
    expect(() => workspaceStepsArbitrary(withSender, { invalidFrequency: Number.NaN })).toThrow(invalid('invalid-argument'));
    expect(() => workspaceStepsArbitrary(withSender, { invalidFrequency: 'often' as never })).toThrow(invalid('invalid-argument'));
  });
});

describe('workspaceArbitrary', () => {
  test.prop([workspaceArbitrary({ config: { maxTeams: 2 }, events: { maxEvents: 25 } })])(
    'ASSIGN-16, SNOOZE-15: every generated workspace applies in order with its invariants intact',
    ({ config, events }) => {
      const ws = run(config, events);
      expect(ws.clock).toBe(events.at(-1)?.at ?? null);
    },
  );

  it('rejects malformed options before generating anything', () => {
    expect(() => workspaceArbitrary({ events: { maxEvents: -1 } })).toThrow(invalid('invalid-argument'));
    expect(() => workspaceArbitrary({ config: { maxTeams: 99 } })).toThrow(invalid('invalid-argument'));
    expect(() => workspaceArbitrary(3 as never)).toThrow(invalid('invalid-argument'));
  });
});
