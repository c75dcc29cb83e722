// The faithful baseline (bench/faithful.ts) is the floor the workspace benchmark compares the library
// against, so it must do the library's event handling, not a simplification of it: on the benchmark
// stream it must return exactly the library's effects for every event (same order, same fields) and
// end in the same state (each conversation's state, slots and transcript length, each teammate's
// open count, last assignment and status).
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createFaithfulBaseline } from '../../bench/faithful.js';
import { generateStream } from '../../bench/stream.js';
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
});
