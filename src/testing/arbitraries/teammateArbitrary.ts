import * as fc from 'fast-check';
import { assertId, own } from '../../_internal/validate.js';
import type { Teammate, TeammateId } from '../../model/index.js';
import { TEAMMATE_IDS, idFrom, optionalIds, readOptions } from './_shared.js';
import { buildTeammate, readTeammateShape, teammateFieldsArbitrary } from './_teammate.js';

/**
 * What {@link teammateArbitrary} accepts; every field is optional.
 *
 * @example
 * ```ts
 * import type { TeammateArbitraryOptions } from 'inbox-rules/testing';
 * const options: TeammateArbitraryOptions = { ids: ['ana', 'ben'], maxOpenCount: 3 };
 * ```
 * @category Testing
 */
export interface TeammateArbitraryOptions {
  /** Every generated teammate gets this id. Default: an id drawn from `ids`. */
  readonly id?: TeammateId | undefined;
  /**
   * The pool ids are drawn from. Default: `'ana'`, `'ben'`, `'cy'`, `'dee'`, `'eve'`, `'finn'`,
   * `'gus'`, `'hana'`, with `'__proto__'` and `'constructor'` at low weight (ids that break
   * plain-object maps).
   */
  readonly ids?: readonly TeammateId[] | undefined;
  /** The largest `openCount` (default 6). */
  readonly maxOpenCount?: number | undefined;
  /** Limits are `null` (no limit) or 1 to this (default 4), so loads at, under and over the limit all occur. */
  readonly maxAssignmentLimit?: number | undefined;
  /** The zones `timezone` is drawn from (default `UTC`, `Europe/Paris`, `America/New_York`, `Asia/Kolkata`, `Pacific/Chatham`). */
  readonly timezones?: readonly string[] | undefined;
}

/**
 * Generates valid teammates, each built through `createTeammate`.
 *
 * Covers the three status modes of STATUS-1 (active, away, away + reassign; an away reason only
 * while away, STATUS-5, STATUS-6), teammates without an inbox seat (STATUS-15), limits from 1 to
 * `maxAssignmentLimit` or none (ASSIGN-26) with loads at, under and over them (ASSIGN-14,
 * ASSIGN-25), and `lastAssignedAt` values that often tie (ASSIGN-17), all between 2020 and 2035.
 * Values shrink towards an active teammate with a plain id.
 *
 * @param options - the id or id pool, and the bounds of the generated fields; see
 * {@link TeammateArbitraryOptions}.
 * @returns a fast-check arbitrary of `Teammate` values.
 * @throws `InboxRuleError` (from `inbox-rules`) `invalid-argument`, `invalid-id`, `duplicate-id` or
 * `invalid-time-zone` for malformed options.
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { teammateArbitrary } from 'inbox-rules/testing';
 * const [ana] = fc.sample(teammateArbitrary({ id: 'ana' }), { numRuns: 1, seed: 42 });
 * ana?.id; // => 'ana'
 * fc.assert(fc.property(teammateArbitrary(), (t) => t.status === 'away' || !t.reassignReplies));
 * ```
 * @category Testing
 */
export function teammateArbitrary(options?: TeammateArbitraryOptions): fc.Arbitrary<Teammate> {
  const fn = 'teammateArbitrary';
  const raw = readOptions(options, fn);
  const id = own(raw, 'id') === undefined ? idFrom(optionalIds(raw, 'ids', fn), TEAMMATE_IDS) : fc.constant(assertId(own(raw, 'id'), `${fn}: options.id`));
  return fc.tuple(id, teammateFieldsArbitrary(readTeammateShape(raw, fn))).map(([i, f]) => buildTeammate(i, f));
}
