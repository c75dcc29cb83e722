// Properties of the whole workspace over generated configurations and timelines (up to 60 events,
// some of them rejected): JSON round-trip, invariants after every event, immutability, determinism,
// rejected events leave the workspace as it was, and the effect contract of SCENARIOS.md.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Conversation } from '../../src/index.js';
import {
  WORKSPACE_EVENT_TYPES, checkInvariants, createWorkspace, getConversation, getTeammate, listConversations, listTeammates,
  listTeams, waitingConversations, type Workspace, type WorkspaceEvent,
} from '../../src/workspace/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { workspaceRunArb, type WorkspaceWorld } from '../arbitraries/workspace.js';
import { observe, run, step, type Outcome } from './_run.js';

const runArb = workspaceRunArb(60);
/** Timelines of up to 60 events are heavy: half the configured runs (FC_NUM_RUNS, default 200), and room to run them. */
const heavy = { numRuns: Math.max(1, Math.round((fc.readConfigureGlobal().numRuns ?? 200) / 2)) };
const TIMEOUT = 60_000;

/** The ids of every conversation an event can touch (all those created so far, and then some). */
const conversationIds = (events: readonly WorkspaceEvent[]): string[] => [
  ...new Set(events.flatMap((e) => ('conversation' in e ? [e.conversation] : []))),
];

describe('workspace properties', () => {
  test.prop([runArb, fc.nat()], heavy)(
    'JSON round-trip: the rest of the timeline applied to JSON.parse(JSON.stringify(ws)) gives the same effects, rejections and query results as applied to ws',
    ({ world, events }, cut) => {
      const k = cut % (events.length + 1);
      const prefix = run(createWorkspace(world.config), events.slice(0, k)).workspace;
      const copy = JSON.parse(JSON.stringify(prefix)) as Workspace;
      expect(observe(copy, world.teammates, world.teams)).toEqual(observe(prefix, world.teammates, world.teams));
      let a = prefix;
      let b = copy;
      for (const e of events.slice(k)) {
        const ra = step(a, e);
        const rb = step(b, e);
        expect(rb.outcome).toEqual(ra.outcome);
        a = ra.workspace;
        b = rb.workspace;
      }
      expect(observe(b, world.teammates, world.teams)).toEqual(observe(a, world.teammates, world.teams));
      expect(checkInvariants(b)).toEqual(checkInvariants(a));
    },
    TIMEOUT,
  );

  test.prop([runArb], heavy)(
    'ASSIGN-13, ASSIGN-16, ASSIGN-22, ASSIGN-23, SNOOZE-5, SNOOZE-15, STATUS-15: after every event of a timeline checkInvariants is empty',
    ({ world, events }) => {
      let ws = createWorkspace(world.config);
      expect(checkInvariants(ws)).toEqual([]);
      for (const e of events) {
        ws = step(ws, e).workspace;
        expect(checkInvariants(ws)).toEqual([]);
      }
    },
    TIMEOUT,
  );

  test.prop([runArb], heavy)(
    'immutability: with the workspace and the event deep-frozen before each apply, nothing throws a TypeError, the old state stays byte-for-byte the same, and the frozen run ends where an unfrozen one does',
    ({ world, events }) => {
      let ws = deepFreeze(createWorkspace(world.config));
      for (const e of events) {
        const before = JSON.stringify(ws);
        const next = step(ws, deepFreeze(structuredClone(e))).workspace;
        expect(JSON.stringify(ws)).toBe(before);
        ws = deepFreeze(next);
      }
      expect(observe(ws, world.teammates, world.teams)).toEqual(observe(run(createWorkspace(world.config), events).workspace, world.teammates, world.teams));
    },
    TIMEOUT,
  );

  test.prop([runArb], heavy)('determinism: the same config and timeline give deep-equal outcomes and states', ({ world, events }) => {
    const first = run(createWorkspace(world.config), events);
    const second = run(createWorkspace(world.config), events);
    expect(second.outcomes).toEqual(first.outcomes);
    expect(second.workspace).toEqual(first.workspace);
  }, TIMEOUT);

  test.prop([runArb], heavy)(
    'rejections: an event that throws InboxRuleError (and any event dated before the clock: time-went-backwards) leaves the workspace byte-for-byte and query-for-query as it was',
    ({ world, events }) => {
      let ws = createWorkspace(world.config);
      for (const e of events) {
        const json = JSON.stringify(ws);
        if (ws.clock !== null) expect(step(ws, { type: e.type, at: ws.clock - 1 } as WorkspaceEvent).outcome).toEqual({ error: 'time-went-backwards' });
        const r = step(ws, e);
        if ('error' in r.outcome) {
          expect(r.workspace).toBe(ws);
          expect(JSON.stringify(ws)).toBe(json);
          expect(observe(ws, world.teammates, world.teams)).toEqual(observe(JSON.parse(json) as Workspace, world.teammates, world.teams));
        }
        ws = r.workspace;
      }
    },
    TIMEOUT,
  );

  test.prop([runArb], heavy)(
    'effects contract (SCENARIOS.md): one conversation.assigned per conversation whose team or teammate slot changed, naming the slots after the event, and none for the others',
    ({ world, events }) => {
      let ws = createWorkspace(world.config);
      const ids = conversationIds(events);
      for (const e of events) {
        const r = step(ws, e);
        if ('effects' in r.outcome) {
          const assigned = r.outcome.effects.filter((x) => x.type === 'conversation.assigned');
          const changed = ids.filter((id) => {
            const before = getConversation(ws, id);
            const after = getConversation(r.workspace, id);
            if (after === undefined) return false;
            return before === undefined ? after.team !== null || after.teammate !== null : before.team !== after.team || before.teammate !== after.teammate;
          });
          expect(assigned.map((x) => x.conversation).sort()).toEqual([...changed].sort());
          for (const x of assigned) {
            const after = getConversation(r.workspace, x.conversation) as Conversation;
            expect([x.team, x.teammate]).toEqual([after.team, after.teammate]);
          }
        }
        ws = r.workspace;
      }
    },
    TIMEOUT,
  );

  test.prop([runArb], heavy)(
    'SNOOZE-5, SNOOZE-10, CONV-2: every conversation that goes from snoozed or closed to open gets a conversation.reopened effect, and every such effect is for one that was not open before',
    ({ world, events }) => {
      let ws = createWorkspace(world.config);
      const ids = conversationIds(events);
      for (const e of events) {
        const r = step(ws, e);
        if ('effects' in r.outcome) {
          const reopened = new Set(r.outcome.effects.flatMap((x) => (x.type === 'conversation.reopened' ? [x.conversation] : [])));
          for (const id of ids) {
            const before = getConversation(ws, id);
            const after = getConversation(r.workspace, id);
            if (before !== undefined && before.state !== 'open' && after?.state === 'open') expect(reopened.has(id)).toBe(true);
          }
          for (const id of reopened) expect(getConversation(ws, id)?.state).not.toBe('open');
          // the clock moved first: nothing is left snoozed past the event's instant
          for (const id of ids) {
            const c = getConversation(r.workspace, id);
            if (c?.state === 'snoozed') expect(c.snoozedUntil).toBeGreaterThan(e.at);
          }
        }
        ws = r.workspace;
      }
    },
    TIMEOUT,
  );

  /** Runs a timeline, calling `check` with the state before and after each accepted event. */
  const eachAccepted = (world: WorkspaceWorld, events: readonly WorkspaceEvent[], check: (before: Workspace, after: Workspace, e: WorkspaceEvent) => void): void => {
    let ws = createWorkspace(world.config);
    for (const e of events) {
      const r = step(ws, e);
      if ('effects' in r.outcome) check(ws, r.workspace, e);
      ws = r.workspace;
    }
  };

  test.prop([runArb], heavy)('ASSIGN-16, SNOOZE-15: every teammate\'s openCount is the number of open conversations assigned to them, across all inboxes', ({ world, events }) => {
    eachAccepted(world, events, (_, ws) => {
      const conversations = listConversations(ws);
      for (const t of listTeammates(ws)) expect([t.id, t.openCount]).toEqual([t.id, conversations.filter((c) => c.state === 'open' && c.teammate === t.id).length]);
    });
  }, TIMEOUT);

  test.prop([runArb], heavy)(
    'ASSIGN-13, ASSIGN-21, ASSIGN-22: while a conversation waits in a balanced inbox, no member is eligible (active, with a seat, below their limit and below the inbox\'s own limit)',
    ({ world, events }) => {
      eachAccepted(world, events, (_, ws) => {
        const conversations = listConversations(ws);
        for (const team of listTeams(ws)) {
          if (team.assignment !== 'balanced' || waitingConversations(ws, team.id).length === 0) continue;
          const eligible = team.members.map((m) => getTeammate(ws, m)!).filter((t) =>
            t.status === 'active' && t.inboxSeat
            && (t.assignmentLimit === null || conversations.filter((c) => c.state === 'open' && c.teammate === t.id).length < t.assignmentLimit)
            && (team.assignmentLimit === null || conversations.filter((c) => c.state === 'open' && c.teammate === t.id && c.team === team.id).length < team.assignmentLimit));
          expect([team.id, eligible.map((t) => t.id)]).toEqual([team.id, []]);
        }
      });
    },
    TIMEOUT,
  );

  test.prop([runArb], heavy)(
    'ASSIGN-23: a balanced inbox\'s queue is exactly its open conversations without a teammate: priority first, then waitingSince (else the time it entered the inbox, else createdAt), then id',
    ({ world, events }) => {
      const key = (c: Conversation): number => c.waitingSince ?? c.teamSince ?? c.createdAt;
      eachAccepted(world, events, (_, ws) => {
        for (const team of listTeams(ws)) {
          if (team.assignment !== 'balanced') continue;
          const expected = listConversations(ws)
            .filter((c) => c.team === team.id && c.state === 'open' && c.teammate === null)
            .sort((a, b) => Number(b.priority) - Number(a.priority) || key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
            .map((c) => c.id);
          expect(waitingConversations(ws, team.id)).toEqual(expected);
        }
      });
    },
    TIMEOUT,
  );

  test.prop([runArb], heavy)(
    'ASSIGN-24, STATUS-11, STATUS-12: a conversation that has a teammate only changes hands through an event about that very conversation (no rebalancing, no bulk unassignment)',
    ({ world, events }) => {
      eachAccepted(world, events, (before, after, e) => {
        for (const c of listConversations(before)) {
          if (c.teammate === null) continue;
          const now = getConversation(after, c.id)!;
          if (now.teammate !== c.teammate) expect([c.id, 'conversation' in e ? e.conversation : e.type]).toEqual([c.id, c.id]);
        }
      });
    },
    TIMEOUT,
  );

  it('the generator exercises the workspace: every event type is generated and accepted, and some events are rejected', () => {
    const accepted = new Map<string, number>();
    let total = 0;
    let rejected = 0;
    for (const { world, events } of fc.sample(runArb, { numRuns: 100, seed: 20260105 })) {
      const { outcomes } = run(createWorkspace(world.config), events);
      outcomes.forEach((o: Outcome, n) => {
        total++;
        if ('error' in o) rejected++;
        else accepted.set(events[n]!.type, (accepted.get(events[n]!.type) ?? 0) + 1);
      });
    }
    expect([...accepted.keys()].sort()).toEqual([...WORKSPACE_EVENT_TYPES].sort());
    expect(rejected / total).toBeGreaterThan(0.03);
    expect(rejected / total).toBeLessThan(0.4);
  });
});
