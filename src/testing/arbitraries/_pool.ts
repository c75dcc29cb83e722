// The team-plus-teammates input shared by the balanced and round-robin input arbitraries: one
// array of teammate records (id, fields, membership, position in the member list), so values
// shrink without `chain` and the teammates' order never matches their ids' order on purpose.
import * as fc from 'fast-check';
import { assertId, own } from '../../_internal/validate.js';
import { createConversation, createTeam, type AssignmentMethod, type Conversation, type Team, type Teammate } from '../../model/index.js';
import { AWKWARD_IDS, TEAMMATE_IDS, idFrom, optionalBoolean, optionalIds, optionalInteger, readOptions } from './_shared.js';
import { buildTeammate, readTeammateShape, teammateFieldsArbitrary, type TeammateShape } from './_teammate.js';

/** A generated pool input: the team, every teammate passed, and the team's open conversations (Beyond-1). */
export interface PoolInput {
  readonly team: Team;
  readonly teammates: readonly Teammate[];
  readonly conversations: readonly Conversation[];
}

/** The options both input arbitraries read. */
interface PoolOptions {
  readonly teamId: string;
  readonly ids: readonly string[] | undefined;
  readonly minTeammates: number;
  readonly maxTeammates: number;
  readonly nonMembers: boolean;
  readonly teamLimits: boolean;
  readonly shape: TeammateShape;
}

/** Reads and validates the options of the balanced and round-robin input arbitraries. */
function readPoolOptions(options: unknown, fn: string, teamLimitsAllowed: boolean): PoolOptions {
  const raw = readOptions(options, fn);
  const ids = optionalIds(raw, 'ids', fn);
  const available = ids?.length ?? TEAMMATE_IDS.length + AWKWARD_IDS.length;
  const maxTeammates = optionalInteger(raw, 'maxTeammates', fn, 0, available, Math.min(6, available));
  return {
    teamId: own(raw, 'teamId') === undefined ? 'billing' : assertId(own(raw, 'teamId'), `${fn}: options.teamId`),
    ids,
    minTeammates: optionalInteger(raw, 'minTeammates', fn, 0, maxTeammates, 0),
    maxTeammates,
    nonMembers: optionalBoolean(raw, 'nonMembers', fn, true),
    teamLimits: teamLimitsAllowed && optionalBoolean(raw, 'teamLimits', fn, false),
    shape: readTeammateShape(raw, fn),
  };
}

/** An id no generated teammate has: a pointer to someone who left the workspace. */
const GONE = 'former-teammate';

/** Generates a team with `method` and its teammates (see the two public arbitraries for what is covered). */
export function poolInputArbitrary(options: unknown, fn: string, method: AssignmentMethod): fc.Arbitrary<PoolInput> {
  const o = readPoolOptions(options, fn, method === 'balanced');
  const record = fc.record({
    id: idFrom(o.ids, TEAMMATE_IDS),
    fields: teammateFieldsArbitrary(o.shape),
    member: o.nonMembers ? fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) : fc.constant(true),
    rank: fc.nat(),
    inTeam: fc.nat({ max: 3 }),
  });
  const unknownCursor = o.nonMembers && !(o.ids ?? []).includes(GONE);
  return fc
    .record({
      records: fc.uniqueArray(record, { selector: (r) => r.id, minLength: o.minTeammates, maxLength: o.maxTeammates }),
      teamLimit: o.teamLimits ? fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }) : fc.constant(null),
      cursor: method !== 'round-robin'
        ? fc.constant(null)
        : fc.oneof(
          { weight: 4, arbitrary: fc.nat() },
          { weight: 1, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constant(unknownCursor ? GONE : null) },
        ),
    })
    .map(({ records, teamLimit, cursor }) => {
      const teammates = records.map((r) => buildTeammate(r.id, r.fields));
      const members = records
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.member)
        .sort((a, b) => a.r.rank - b.r.rank || a.i - b.i)
        .map(({ r }) => r.id);
      const rotationCursor = typeof cursor === 'number' ? (records[cursor % Math.max(1, records.length)]?.id ?? null) : cursor;
      const team = createTeam({ id: o.teamId, assignment: method, members, assignmentLimit: teamLimit, rotationCursor });
      const conversations = teamLimit === null ? [] : records.flatMap((r) =>
        Array.from({ length: r.member ? Math.min(r.inTeam, r.fields.openCount) : 0 }, (_unused, k) =>
          createConversation({ id: `${o.teamId}/${r.id}/${k}`, createdAt: 1_767_603_600_000, team: o.teamId, teammate: r.id })));
      return { team, teammates, conversations };
    });
}
