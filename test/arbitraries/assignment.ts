// Generators for the assignment rules (ASSIGN, and the assignment side of STATUS-7 to STATUS-15).
// A "world" is a small workspace: teammates, one team inbox (or several) and conversations, with
// every teammate's openCount at least the number of open conversations assigned to them here (the
// rest are open elsewhere), so the inputs are always consistent.
import { fc } from '@fast-check/vitest';
import {
  createConversation, createTeam, createTeammate, type AssignmentMethod, type Conversation, type Team, type Teammate,
} from '../../src/index.js';
import { idArb } from './model.js';

/** The fields of a teammate that assignment reads, without the id. */
const teammateFieldsArb = fc.record({
  name: fc.constantFrom('Ana', 'ana', 'Ben', 'Cy', 'Dee', 'Zoe', 'Émile'),
  mode: fc.constantFrom('active' as const, 'active' as const, 'away' as const, 'away-reassigning' as const),
  limit: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  seat: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  elsewhere: fc.integer({ min: 0, max: 4 }),
  lastAssignedAt: fc.option(fc.integer({ min: 0, max: 5 }).map((n) => 1_000_000 + n * 1_000), { nil: null }),
});

type TeammateFields = typeof teammateFieldsArb extends fc.Arbitrary<infer T> ? T : never;

function buildTeammate(id: string, f: TeammateFields, openHere: number): Teammate {
  return createTeammate({
    id, name: f.name, status: f.mode === 'active' ? 'active' : 'away', reassignReplies: f.mode === 'away-reassigning',
    assignmentLimit: f.limit, inboxSeat: f.seat, openCount: openHere + f.elsewhere, lastAssignedAt: f.lastAssignedAt,
  });
}

/** What a generated world looks like. */
export interface World {
  /** Unique ids; openCount covers the open conversations below. */
  readonly teammates: readonly Teammate[];
  /** Team inboxes; the first is "the" team of single-team properties. */
  readonly teams: readonly Team[];
  /** Conversations of those teams (and some with no team). */
  readonly conversations: readonly Conversation[];
}

/** Options for {@link worldArb}. */
export interface WorldOptions {
  /** The method of every team (default: any). */
  readonly method?: AssignmentMethod;
  /** How many teams (default 1). */
  readonly teams?: number;
  /** Whether teams may have their own limit (Beyond-1; default true). */
  readonly teamLimits?: boolean;
  /** Max teammates (default 7). */
  readonly maxTeammates?: number;
  /** Max conversations (default 10). */
  readonly maxConversations?: number;
}

const conversationFieldsArb = fc.record({
  team: fc.nat(),
  teammate: fc.nat(),
  assigned: fc.boolean(),
  state: fc.constantFrom('open' as const, 'open' as const, 'open' as const, 'snoozed' as const, 'closed' as const),
  priority: fc.boolean(),
  createdAt: fc.integer({ min: 0, max: 20 }).map((n) => 900_000 + n * 1_000),
  waitingSince: fc.option(fc.integer({ min: 0, max: 20 }).map((n) => 900_000 + n * 1_000), { nil: null }),
});

/** A small consistent workspace. */
export function worldArb(options: WorldOptions = {}): fc.Arbitrary<World> {
  const teamCount = options.teams ?? 1;
  return fc
    .record({
      ids: fc.uniqueArray(idArb, { maxLength: options.maxTeammates ?? 7 }),
      fields: fc.array(teammateFieldsArb, { minLength: options.maxTeammates ?? 7, maxLength: options.maxTeammates ?? 7 }),
      teams: fc.array(
        fc.record({
          members: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
          shuffle: fc.integer({ min: 0, max: 7 }),
          method: options.method === undefined ? fc.constantFrom('manual' as const, 'round-robin' as const, 'balanced' as const) : fc.constant(options.method),
          limit: options.teamLimits === false ? fc.constant(null) : fc.option(fc.integer({ min: 1, max: 3 }), { nil: null, freq: 3 }),
          cursor: fc.option(fc.nat(), { nil: null }),
        }),
        { minLength: teamCount, maxLength: teamCount },
      ),
      conversations: fc.array(conversationFieldsArb, { maxLength: options.maxConversations ?? 10 }),
    })
    .map(({ ids, fields, teams: teamSpecs, conversations: convSpecs }) => {
      const teams = teamSpecs.map((s, k) => {
        const picked = ids.filter((_id, i) => s.members[i]);
        const members = [...picked.slice(s.shuffle % (picked.length || 1)), ...picked.slice(0, s.shuffle % (picked.length || 1))];
        return createTeam({
          id: `team${k}`, assignment: s.method, members, assignmentLimit: s.limit,
          rotationCursor: s.cursor === null || ids.length === 0 ? null : ids[s.cursor % ids.length],
        });
      });
      const conversations = convSpecs.map((s, i) => {
        const team = s.team % (teams.length + 1) === teams.length ? null : `team${s.team % (teams.length + 1)}`;
        const teammate = s.assigned && ids.length > 0 ? ids[s.teammate % ids.length]! : null;
        return createConversation({
          id: `c${i}`, createdAt: s.createdAt, team, teammate, state: s.state, priority: s.priority, waitingSince: s.waitingSince,
          ...(s.state === 'snoozed' ? { snoozedAt: s.createdAt, snoozedUntil: s.createdAt + 3_600_000 } : {}),
        });
      });
      const openHere = (id: string): number => conversations.filter((c) => c.state === 'open' && c.teammate === id).length;
      const teammates = ids.map((id, i) => buildTeammate(id, fields[i]!, openHere(id)));
      return { teammates, teams, conversations };
    });
}

/**
 * A round-robin team with no pointer yet: members with distinct names, at or over their limits,
 * some of them (never all) away or without a seat for the whole run. `available` lists the ones
 * round robin can pick (active, with a seat).
 */
export function rotationArb(maxMembers = 6): fc.Arbitrary<{ teammates: Teammate[]; team: Team; available: Teammate[] }> {
  return fc
    .uniqueArray(fc.stringMatching(/^[A-Za-z][a-z]{0,4}$/), { minLength: 1, maxLength: maxMembers, selector: (n) => n.toLowerCase() })
    .chain((names) =>
      fc.record({
        order: fc.shuffledSubarray(names.map((_n, i) => i), { minLength: names.length, maxLength: names.length }),
        limits: fc.array(fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }), { minLength: names.length, maxLength: names.length }),
        out: fc.array(fc.constantFrom('in' as const, 'in' as const, 'away' as const, 'no-seat' as const), { minLength: names.length, maxLength: names.length }),
      }).map(({ order, limits, out }) => {
        const teammates = names.map((name, i) => createTeammate({
          id: `t${i}`, name, assignmentLimit: limits[i] ?? null, openCount: 3,
          status: i > 0 && out[i] === 'away' ? 'away' : 'active', inboxSeat: !(i > 0 && out[i] === 'no-seat'),
        }));
        const available = teammates.filter((t) => t.status === 'active' && t.inboxSeat);
        return { teammates, available, team: createTeam({ id: 'rr', assignment: 'round-robin', members: order.map((i) => `t${i}`) }) };
      }),
    );
}

/** An instant after every generated lastAssignedAt / createdAt. */
export const laterArb: fc.Arbitrary<number> = fc.integer({ min: 2_000_000, max: 3_000_000 });

