// The faithful baseline (bench/faithful.ts) is the floor the workspace benchmark compares the library
// against, so it must do the library's event handling, not a simplification of it: on the benchmark
// stream it must return exactly the library's effects for every event (same order, same fields) and
// end in the same state (each conversation's state, slots and transcript length, each teammate's
// open count, last assignment and status).
import { isDeepStrictEqual } from 'node:util';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { BenchConfig } from '../../bench/config.js';
import { createFaithfulBaseline } from '../../bench/faithful.js';
import { createRandom } from '../../bench/prng.js';
import { generateStream } from '../../bench/stream.js';
import type { WorkspaceEvent } from '../../src/workspace/events.js';
import { apply, createWorkspace, listConversations, listTeammates, type Workspace } from '../../src/workspace/index.js';

describe('bench', () => {
  it('bench: the faithful baseline produces the library\'s effects on the benchmark stream', () => {
    const stream = generateStream(1000, 5000);
    let ws: Workspace = createWorkspace(stream.config);
    const faithful = createFaithfulBaseline(stream.config);
    const events = [...stream.prefill, ...stream.events];
    let firstDifference: { index: number; event: unknown; library: unknown; faithful: unknown } | null = null;
    for (let i = 0; i < events.length; i++) {
      const event = events[i]!;
      const r = apply(ws, event);
      ws = r.workspace;
      const effects = faithful.apply(event);
      if (firstDifference === null && !isDeepStrictEqual(effects, r.effects)) {
        firstDifference = { index: i, event, library: r.effects, faithful: effects };
      }
    }
    if (firstDifference !== null) {
      const { index, event, library } = firstDifference;
      const where = `first differing event: #${index} of ${events.length} (prefill ${stream.prefill.length}): ${JSON.stringify(event)}`;
      expect(firstDifference.faithful, where).toStrictEqual(library);
      expect.fail(where);
    }

    const conversations = listConversations(ws);
    expect(conversations.length).toBeGreaterThan(1000);
    expect(conversations.map((c) => faithful.conversation(c.id))).toEqual(
      conversations.map((c) => ({ state: c.state, team: c.team, teammate: c.teammate, parts: c.parts.length })),
    );
    const teammates = listTeammates(ws);
    expect(teammates.map((t) => faithful.teammate(t.id))).toEqual(
      teammates.map((t) => ({ openCount: t.openCount, lastAssignedAt: t.lastAssignedAt, status: t.status })),
    );
  }, 30_000);

  // The benchmark stream never leaves a conversation waiting in a backlog, so drains across teams,
  // the order within one drain, limits, teammates without a seat, ambiguous handles and rejected
  // events are checked here, on a small workspace driven at random.
  const NAMES = ['ana', 'Ben', 'bEn', 'Zoé', 'carl', 'Dana', 'ed', 'Éva', 'fay', 'gus'];
  const WORDS = ['hello', 'there', 'invoice', 'a much longer sentence about the refund that did not arrive yet', '<b>bold</b>', 'x'];
  const HANDLES = ['h0', 'H1', 'h2.', 'h3..', 'sam', 'h5', 'h6', 'h7', 'nobody', 'h9', 'h0', 'H8'];

  test.prop([fc.integer({ min: 1, max: 1_000_000 })], { numRuns: 40 })(
    'bench: the faithful baseline agrees with the library on random small workspaces (backlogs, drains, limits, rejected events)',
    (seed) => {
      const rnd = createRandom(seed);
      const teammates = NAMES.map((name, i): BenchConfig['teammates'][number] => ({
        id: `tm${i}`, name, email: `t${i}@x.test`, handle: i === 8 ? 'sam' : i === 9 ? 'SAM' : `h${i}`,
        status: (rnd.next() < 0.6 ? 'active' : 'away'),
        assignmentLimit: rnd.next() < 0.5 ? 1 + rnd.int(3) : null, inboxSeat: i !== 4, timezone: 'UTC',
      }));
      const teams = [
        { id: 'b1', assignment: 'balanced' as const, members: ['tm0', 'tm1', 'tm2', 'tm3', 'tm4'] },
        { id: 'b2', assignment: 'balanced' as const, members: ['tm3', 'tm5', 'tm6', 'tm7', 'tm2'] },
        { id: 'rr', assignment: 'round-robin' as const, members: ['tm1', 'tm2', 'tm5', 'tm8', 'tm4', 'tm9', 'tm7'] },
        { id: 'man', assignment: 'manual' as const, members: ['tm0', 'tm6'] },
      ];
      const config: BenchConfig = { timezone: 'UTC', defaultAssignee: null, teammates, teams, contacts: [0, 1, 2, 3, 4].map((i) => ({ id: `u${i}`, email: `u${i}@x.test` })) };
      let ws: Workspace = createWorkspace(config);
      const faithful = createFaithfulBaseline(config);
      const convs: string[] = [];
      const tmIds = teammates.map((t) => t.id).concat(rnd.next() < 0.5 ? ['nobody'] : []);
      const teamIds = ['b1', 'b2', 'rr', 'man'];
      const say = (): string => Array.from({ length: 1 + rnd.int(6) }, () => rnd.pick(WORDS)).join(' ');
      let at = 1_000_000;
      for (let step = 0; step < 400; step++) {
        at += rnd.next() < 0.3 ? 0 : rnd.int(5 * 60_000);
        const r = rnd.int(100);
        const c = convs.length > 0 ? rnd.pick(convs) : 'none';
        const tm = rnd.pick(tmIds);
        let e: Record<string, unknown>;
        if (r < 12 || convs.length === 0) {
          const id = `c${convs.length}`;
          convs.push(id);
          const k = rnd.int(10);
          const customers = k === 0 ? [] : k === 1 ? ['u1', 'u2'] : k === 2 ? ['u3', 'u3'] : [`u${rnd.int(5)}`];
          const tr = rnd.int(7);
          e = {
            type: 'conversation.created', at, conversation: id, customers, text: say(),
            ...(tr < 5 ? { team: teamIds[tr % 4] } : tr === 5 ? { team: null } : {}),
            ...(rnd.next() < 0.2 ? { via: 'manual' } : {}), ...(rnd.next() < 0.2 ? { priority: true } : {}),
          };
        } else if (r < 25) {
          e = { type: 'customer.replied', at, conversation: c, text: say(), ...(rnd.next() < 0.15 ? { customer: `u${rnd.int(6)}` } : {}) };
        } else if (r < 37) {
          e = { type: 'teammate.replied', at, conversation: c, teammate: tm, text: say() };
        } else if (r < 45) {
          e = { type: 'note.added', at, conversation: c, teammate: tm, text: `${say()} @${rnd.pick(HANDLES)} and @${rnd.pick(HANDLES)}. cc x@${rnd.pick(HANDLES)}` };
        } else if (r < 55) {
          e = { type: 'conversation.snoozed', at, conversation: c, teammate: tm, until: at + (rnd.next() < 0.05 ? 0 : rnd.int(20 * 60_000)) };
        } else if (r < 65) {
          e = { type: 'conversation.closed', at, conversation: c, teammate: tm };
        } else if (r < 70) {
          const k = rnd.int(4);
          e = { type: 'rating.submitted', at, conversation: c, score: rnd.int(7), ...(k === 0 ? { comment: 'great' } : k === 1 ? { comment: '  ' } : {}) };
        } else if (r < 80) {
          const k = rnd.int(8);
          e = k < 4
            ? { type: 'teammate.status-changed', at, teammate: tm, status: 'away', ...(k < 2 ? { reassignReplies: k === 0 } : {}), ...(k === 3 ? { awayReason: 'lunch' } : {}) }
            : { type: 'teammate.status-changed', at, teammate: tm, status: k === 7 ? 'gone' : 'active', ...(k === 6 ? { reassignReplies: rnd.next() < 0.5 } : {}) };
        } else if (r < 90) {
          const k = rnd.int(10);
          const to = k < 5 ? { teammate: tm } : k < 8 ? { team: rnd.pick(teamIds) } : k === 8 ? { teammate: null } : null;
          e = { type: 'conversation.assigned', at, conversation: c, by: rnd.pick(tmIds), to };
        } else if (r < 95) {
          e = { type: 'conversation.viewed', at, conversation: c, teammate: tm };
        } else {
          e = { type: 'time.passed', at: at + (rnd.next() < 0.05 ? -1 : 0) };
        }
        const event = e as unknown as WorkspaceEvent;
        let library: readonly unknown[] | null = null;
        try {
          const result = apply(ws, event);
          ws = result.workspace;
          library = result.effects;
        } catch {
          library = null;
        }
        let effects: readonly unknown[] | null = null;
        try {
          effects = faithful.apply(event);
        } catch {
          effects = null;
        }
        const where = `seed ${seed}, step ${step}: ${JSON.stringify(e)}`;
        // both reject the same events (the library with InboxRuleError, the baseline with an Error)
        expect(effects === null, where).toBe(library === null);
        if (library === null) {
          if (e['type'] === 'conversation.created' && convs[convs.length - 1] === e['conversation']) convs.pop();
          continue;
        }
        expect(effects, where).toStrictEqual(library);
      }
      for (const c of listConversations(ws)) {
        expect(faithful.conversation(c.id), `seed ${seed}: ${c.id}`).toEqual({ state: c.state, team: c.team, teammate: c.teammate, parts: c.parts.length });
      }
      for (const t of listTeammates(ws)) {
        expect(faithful.teammate(t.id), `seed ${seed}: ${t.id}`).toEqual({ openCount: t.openCount, lastAssignedAt: t.lastAssignedAt, status: t.status });
      }
    },
  );

  it('bench: the faithful baseline orders the picks within one drain as the library does', () => {
    // Four waiting conversations wake at once and are served in one drain by two teammates tied on
    // every criterion but the order in which this drain served them (ASSIGN-17 within ASSIGN-22).
    const mate = (id: string, name: string): BenchConfig['teammates'][number] => ({
      id, name, email: `${id}@x.test`, handle: id, status: 'away', assignmentLimit: null, inboxSeat: true, timezone: 'UTC',
    });
    const config: BenchConfig = {
      timezone: 'UTC', defaultAssignee: null, teammates: [mate('a', 'A'), mate('b', 'B')],
      teams: [{ id: 'bt', assignment: 'balanced', members: ['a', 'b'] }], contacts: [{ id: 'u', email: 'u@x.test' }],
    };
    const end = 10_000_000;
    const events: Record<string, unknown>[] = [];
    for (let i = 0; i < 4; i++) events.push({ type: 'conversation.created', at: 1000 + i, conversation: `c${i}`, customers: ['u'], text: 'hi', team: 'bt' });
    for (let i = 0; i < 4; i++) events.push({ type: 'conversation.snoozed', at: 2000, conversation: `c${i}`, teammate: 'a', until: end });
    events.push(
      { type: 'teammate.status-changed', at: 3000, teammate: 'a', status: 'active' },
      { type: 'teammate.status-changed', at: 3000, teammate: 'b', status: 'active' },
      { type: 'time.passed', at: end },
    );
    let ws: Workspace = createWorkspace(config);
    const faithful = createFaithfulBaseline(config);
    let last: { library: readonly unknown[]; faithful: readonly unknown[] } | null = null;
    for (const e of events) {
      const event = e as unknown as WorkspaceEvent;
      const r = apply(ws, event);
      ws = r.workspace;
      last = { library: r.effects, faithful: faithful.apply(event) };
      expect(last.faithful, JSON.stringify(e)).toStrictEqual(last.library);
    }
    // The last event's drain served all four, alternating a, b, a, b: the third pick is the case
    // this test is for (a and b equal on open count and last assignment; a was served first).
    expect(last?.library.filter((x) => (x as { type: string }).type === 'conversation.assigned').map((x) => (x as { teammate: string }).teammate))
      .toEqual(['a', 'b', 'a', 'b']);
  });
});
