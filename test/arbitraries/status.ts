// Generators for the status rules (STATUS). Build on the shared model arbitraries.
import { fc } from '@fast-check/vitest';
import { createConversation, createTeammate, type Conversation, type Teammate } from '../../src/index.js';
import { CONVERSATION_ACTIVITY_TYPES, type StatusChangeInput } from '../../src/status/index.js';
import { idArb, instantArb, teammateArb } from './model.js';

/**
 * Any valid teammate (any mode, seat, load), with an id that may be `__proto__` and friends.
 * Built once and re-keyed with `map`: `idArb.chain(teammateArb)` would rebuild the arbitrary (and
 * its regex-based name generator) for every sample, about 100 times slower.
 */
export const anyTeammateArb: fc.Arbitrary<Teammate> = fc.tuple(idArb, teammateArb('id')).map(([id, t]) => createTeammate({ ...t, id, handle: id }));

/** An away reason, including empty and odd strings. */
export const awayReasonArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Lunch', 'Holiday', 'In a meeting', '', '__proto__'),
  fc.string({ maxLength: 12 }),
);

/** The fields of a status change, without the teammate: always valid (STATUS-5, STATUS-6). */
export type StatusChange = Omit<StatusChangeInput, 'teammate'>;

/** A valid status change: reasons and reassign only with `away`; fields may be omitted. */
export const statusChangeArb: fc.Arbitrary<StatusChange> = fc.oneof(
  fc.record(
    { status: fc.constant('active' as const), awayReason: fc.constant(null), reassignReplies: fc.constant(false) },
    { requiredKeys: ['status'] },
  ),
  fc.record(
    { status: fc.constant('away' as const), awayReason: fc.option(awayReasonArb, { nil: null }), reassignReplies: fc.boolean() },
    { requiredKeys: ['status'] },
  ),
);

/** Any activity on a conversation. */
export const activityArb = fc.constantFrom(...CONVERSATION_ACTIVITY_TYPES);

/** A teammate in a given mode (seat and load arbitrary). */
export function teammateInModeArb(mode: 'active' | 'away' | 'away-reassigning', id = 'ana'): fc.Arbitrary<Teammate> {
  return fc.record({ seat: fc.boolean(), reason: fc.option(awayReasonArb, { nil: null }) }).map((r) =>
    createTeammate({
      id,
      status: mode === 'active' ? 'active' : 'away',
      reassignReplies: mode === 'away-reassigning',
      awayReason: mode === 'active' ? null : r.reason,
      inboxSeat: r.seat,
    }),
  );
}

/** A conversation in any state (open, snoozed, closed), with a team or not, assigned to one of `pool` or to nobody. */
export function anyConversationArb(id: string, pool: readonly string[]): fc.Arbitrary<Conversation> {
  return fc
    .record({
      state: fc.constantFrom('open' as const, 'snoozed' as const, 'closed' as const),
      createdAt: instantArb,
      teammate: pool.length > 0 ? fc.option(fc.constantFrom(...pool), { nil: null }) : fc.constant(null),
      team: fc.option(fc.constantFrom('billing', 'sales'), { nil: null }),
    })
    .map((r) =>
      createConversation({
        id, createdAt: r.createdAt, state: r.state, teammate: r.teammate, team: r.team, customers: ['u1'],
        ...(r.state === 'snoozed' ? { snoozedAt: r.createdAt, snoozedUntil: r.createdAt + 3_600_000 } : {}),
        ...(r.state === 'closed' ? { closedAt: r.createdAt, closeCount: 1 } : {}),
      }),
    );
}

/** 0..maxLength conversations with unique ids, each assigned to one of `pool` or to nobody. */
export function conversationsArb(pool: readonly string[], maxLength = 8): fc.Arbitrary<Conversation[]> {
  return fc.uniqueArray(idArb, { maxLength }).chain((ids) => fc.tuple(...ids.map((id) => anyConversationArb(id, pool))));
}
