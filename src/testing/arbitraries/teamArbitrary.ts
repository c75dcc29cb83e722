import * as fc from 'fast-check';
import { assertId, own } from '../../_internal/validate.js';
import { ASSIGNMENT_METHODS, createTeam, type AssignmentMethod, type Team, type TeamId, type TeammateId } from '../../model/index.js';
import {
  AWKWARD_IDS, TEAMMATE_IDS, TEAM_IDS, idFrom, oneOfOrNull, optionalBoolean, optionalIdList, optionalIds, optionalSubset, readOptions,
} from './_shared.js';

/**
 * What {@link teamArbitrary} accepts; every field is optional.
 *
 * @example
 * ```ts
 * import type { TeamArbitraryOptions } from 'inbox-rules/testing';
 * const options: TeamArbitraryOptions = { id: 'billing', members: ['ana', 'ben', 'cy'], methods: ['balanced'] };
 * ```
 * @category Testing
 */
export interface TeamArbitraryOptions {
  /** Every generated team gets this id. Default: an id drawn from `ids`. */
  readonly id?: TeamId | undefined;
  /**
   * The pool ids are drawn from. Default: `'billing'`, `'sales'`, `'vip'`, `'support'`, with
   * `'__proto__'` and `'constructor'` at low weight.
   */
  readonly ids?: readonly TeamId[] | undefined;
  /**
   * The teammate ids members are drawn from: any subset, in any order (possibly none). Default:
   * `'ana'` to `'hana'` plus `'__proto__'` and `'constructor'`.
   */
  readonly members?: readonly TeammateId[] | undefined;
  /** The assignment methods to draw from (default all three, ASSIGN-3). */
  readonly methods?: readonly AssignmentMethod[] | undefined;
  /** Whether a team may have its own `assignmentLimit` of 1 to 3 (Beyond-1). Default `false`. */
  readonly teamLimits?: boolean | undefined;
}

/**
 * Generates valid team inboxes, each built through `createTeam`.
 *
 * Members are a subset of the `members` pool in a random order (never in a sorted order on
 * purpose, since rotation order must not depend on it, ASSIGN-30), possibly empty (ASSIGN-21);
 * the method is any of `methods`; `rotationCursor` is null or a pool id, member or not (the
 * member who got the last round-robin conversation may have left, ASSIGN-28).
 *
 * @param options - ids, the member pool, methods and team limits; see {@link TeamArbitraryOptions}.
 * @returns a fast-check arbitrary of `Team` values.
 * @throws `InboxRuleError` (from `inbox-rules`) `invalid-argument`, `invalid-id` or `duplicate-id` for malformed
 * options.
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { teamArbitrary } from 'inbox-rules/testing';
 * const [team] = fc.sample(teamArbitrary({ id: 'billing', members: ['ana'], methods: ['balanced'] }), { numRuns: 1, seed: 7 });
 * team?.assignment; // => 'balanced'
 * fc.assert(fc.property(teamArbitrary({ members: ['ana', 'ben'] }), (t) => t.members.every((m) => m === 'ana' || m === 'ben')));
 * ```
 * @category Testing
 */
export function teamArbitrary(options?: TeamArbitraryOptions): fc.Arbitrary<Team> {
  const fn = 'teamArbitrary';
  const raw = readOptions(options, fn);
  const id = own(raw, 'id') === undefined ? idFrom(optionalIds(raw, 'ids', fn), TEAM_IDS) : fc.constant(assertId(own(raw, 'id'), `${fn}: options.id`));
  const pool = optionalIdList(raw, 'members', fn) ?? [...TEAMMATE_IDS, ...AWKWARD_IDS];
  const methods = optionalSubset(raw, 'methods', fn, ASSIGNMENT_METHODS, ASSIGNMENT_METHODS);
  const limits = optionalBoolean(raw, 'teamLimits', fn, false);
  return fc
    .record({
      id,
      members: fc.shuffledSubarray([...pool]),
      assignment: fc.constantFrom(...methods),
      assignmentLimit: limits ? fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }) : fc.constant(null),
      rotationCursor: oneOfOrNull(pool),
    })
    .map((r) => createTeam(r));
}
