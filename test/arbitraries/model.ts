// Shared fast-check generators for the model. Domain-specific arbitraries live beside this file
// (test/arbitraries/<domain>.ts) and build on these.
import { fc } from '@fast-check/vitest';
import {
  createConversation, createTeam, createTeammate, type Conversation, type Instant, type Team, type Teammate,
} from '../../src/index.js';

/** 2000-01-01 .. 2100-01-01, so shrunk counterexamples stay readable. */
export const MIN_INSTANT: Instant = Date.UTC(2000, 0, 1);
export const MAX_INSTANT: Instant = Date.UTC(2100, 0, 1);

export const instantArb: fc.Arbitrary<Instant> = fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT });

/** Ids, including the ones that break naive object maps. */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf') },
);

export const limitArb: fc.Arbitrary<number | null> = fc.option(fc.integer({ min: 1, max: 6 }), { nil: null });

const nameArb = fc.stringMatching(/^[A-Z][a-z]{0,4}$/);

/** A valid teammate with the given id (any status mode, limit, seat, load). */
export function teammateArb(id: string): fc.Arbitrary<Teammate> {
  return fc
    .record({
      away: fc.boolean(),
      reassign: fc.boolean(),
      limit: limitArb,
      seat: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      openCount: fc.integer({ min: 0, max: 8 }),
      lastAssignedAt: fc.option(instantArb, { nil: null }),
      name: nameArb,
    })
    .map((r) =>
      createTeammate({
        id, name: r.name, status: r.away ? 'away' : 'active', reassignReplies: r.away && r.reassign, assignmentLimit: r.limit,
        inboxSeat: r.seat, openCount: r.openCount, lastAssignedAt: r.lastAssignedAt,
      }),
    );
}

/** 0..maxLength teammates with unique ids. */
export function teammatesArb(maxLength = 8): fc.Arbitrary<Teammate[]> {
  return fc.uniqueArray(idArb, { maxLength }).chain((ids) => fc.tuple(...ids.map(teammateArb)));
}

/** A team whose members are drawn from the given teammate ids. */
export function teamArb(memberPool: readonly string[], id = 'team'): fc.Arbitrary<Team> {
  return fc
    .record({
      members: fc.subarray([...memberPool]),
      assignment: fc.constantFrom('manual' as const, 'round-robin' as const, 'balanced' as const),
    })
    .map((r) => createTeam({ id, members: r.members, assignment: r.assignment }));
}

/** An open conversation with the given id, created at an instant in range. */
export function conversationArb(id: string): fc.Arbitrary<Conversation> {
  return fc
    .record({ createdAt: instantArb, priority: fc.boolean() })
    .map((r) => createConversation({ id, createdAt: r.createdAt, priority: r.priority, customers: ['u1'] }));
}
