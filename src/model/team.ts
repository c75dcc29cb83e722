import { assertArray, assertId, assertLimit, assertOneOf, assertRecord, assertString, fail, own, show } from '../_internal/validate.js';
import type { TeamId, TeammateId } from './ids.js';

/**
 * The assignment methods a team inbox can use (ASSIGN-3). A new team inbox uses `'manual'`.
 *
 * @example
 * ```ts
 * import { ASSIGNMENT_METHODS } from 'inbox-rules';
 * ASSIGNMENT_METHODS; // => ['manual', 'round-robin', 'balanced']
 * ```
 * @category Model
 */
export const ASSIGNMENT_METHODS = ['manual', 'round-robin', 'balanced'] as const;

/**
 * How a team inbox picks the teammate for its conversations (ASSIGN-3): `'manual'`,
 * `'round-robin'` or `'balanced'` (workload management).
 *
 * @example
 * ```ts
 * import type { AssignmentMethod } from 'inbox-rules';
 * const method: AssignmentMethod = 'balanced';
 * ```
 * @category Model
 */
export type AssignmentMethod = (typeof ASSIGNMENT_METHODS)[number];

/**
 * A team inbox. Build one with {@link createTeam}.
 *
 * @example
 * ```ts
 * import { createTeam } from 'inbox-rules';
 * const billing = createTeam({ id: 'billing', assignment: 'balanced', members: ['ana', 'ben'] });
 * billing.members; // => ['ana', 'ben']
 * ```
 * @category Model
 */
export interface Team {
  /** Unique id. */
  readonly id: TeamId;
  /** Display name. Defaults to the id. */
  readonly name: string;
  /** The team inbox's assignment method (ASSIGN-3). Defaults to `'manual'`. */
  readonly assignment: AssignmentMethod;
  /** Member teammate ids, unique, in the order given (round robin sorts by name itself, ASSIGN-30). */
  readonly members: readonly TeammateId[];
  /** Beyond-1: the inbox's own limit on a member's open conversations in this inbox; null = none. */
  readonly assignmentLimit: number | null;
  /** Round robin's rotation pointer: the member who got this inbox's last round-robin conversation (ASSIGN-28). */
  readonly rotationCursor: TeammateId | null;
}

/**
 * What {@link createTeam} accepts: an `id` and any fields of {@link Team} to set.
 *
 * @example
 * ```ts
 * import type { TeamInput } from 'inbox-rules';
 * const input: TeamInput = { id: 'vip', assignment: 'round-robin', members: ['ana'] };
 * ```
 * @category Model
 */
export type TeamInput = {
  /** Unique id. */
  readonly id: TeamId;
} & { readonly [K in Exclude<keyof Team, 'id'>]?: Team[K] | undefined };

/**
 * Builds a {@link Team} with defaults (manual assignment, no members, no inbox limit, no rotation
 * yet) and validates it.
 *
 * @param input - the id plus any fields to set.
 * @returns a new team.
 * @throws {@link InboxRuleError} `invalid-id`, `invalid-assignment-method`, `duplicate-id` (a
 * member listed twice), `invalid-assignment-limit`, or `invalid-argument`.
 * @example
 * ```ts
 * import { createTeam } from 'inbox-rules';
 * createTeam({ id: 'support' }).assignment; // => 'manual'
 * ```
 * @category Model
 */
export function createTeam(input: TeamInput): Team {
  const raw = assertRecord(input, 'team');
  const id = assertId(own(raw, 'id'), 'team.id');
  const membersRaw = own(raw, 'members') ?? [];
  const members = assertArray(membersRaw, `team ${show(id)} members`).map((m) => assertId(m, `team ${show(id)} member`));
  uniqueMembers(id, members);
  const cursor = own(raw, 'rotationCursor') ?? null;
  return makeTeam(
    id,
    own(raw, 'name') === undefined ? id : assertString(own(raw, 'name'), `team ${show(id)} name`),
    own(raw, 'assignment') === undefined ? 'manual' : assertOneOf(own(raw, 'assignment'), ASSIGNMENT_METHODS, `team ${show(id)} assignment`, 'invalid-assignment-method'),
    members,
    own(raw, 'assignmentLimit') === undefined ? null : assertLimit(own(raw, 'assignmentLimit'), `team ${show(id)} assignmentLimit`),
    cursor === null ? null : assertId(cursor, `team ${show(id)} rotationCursor`),
  );
}

/**
 * The members of team `id` as a set; `duplicate-id` when one is listed twice. The one check, and
 * the one wording, of `createTeam` and of the rule functions reading a team they did not build.
 * @internal
 */
export function uniqueMembers(id: TeamId, members: readonly TeammateId[]): Set<TeammateId> {
  const seen = new Set<TeammateId>();
  for (const m of members) {
    if (seen.has(m)) fail('duplicate-id', `Team ${show(id)} lists member ${show(m)} twice; list each member once.`, { team: id, teammate: m });
    seen.add(m);
  }
  return seen;
}

/** Where a member list built by {@link makeTeam} keeps its index; module-private, not enumerable. */
const CHECKED: unique symbol = Symbol('inbox-rules.checked-members');

/**
 * What a checked member list knows about itself: its members as a plain (unfrozen) array, because
 * V8 reads a frozen array's elements several times slower in a hot loop, and as a set.
 * @internal
 */
export interface MemberIndex {
  /** The members in order, a private plain copy. */
  readonly order: readonly TeammateId[];
  /** The members as a set. */
  readonly set: ReadonlySet<TeammateId>;
}

/**
 * The one factory every team value goes through. No validation: callers validate first (members
 * valid and unique).
 *
 * The member list is frozen (a caller's array is copied, never frozen) and carries a private index
 * of itself, so a list that is known valid and unique is checked only once, whatever team holds it:
 * the rule functions skip the duplicate check and the set building for it (for a 1,000-member team
 * they cost more than the balanced pick itself). Any other list (a copy, a JSON round trip, a
 * hand-built team) is validated in full, as before; a team reusing a checked list reuses its index.
 * @internal
 */
export function makeTeam(
  id: TeamId, name: string, assignment: AssignmentMethod, members: readonly TeammateId[], assignmentLimit: number | null,
  rotationCursor: TeammateId | null,
): Team {
  return { id, name, assignment, members: checkedList(members), assignmentLimit, rotationCursor };
}

/** A frozen member list with its index: the same list when it is one already. */
function checkedList(members: readonly TeammateId[]): readonly TeammateId[] {
  if (indexOf(members) !== null) return members;
  const order = [...members]; // (spread: `slice()` of a frozen array takes a slow generic path in V8)
  const list = order.slice();
  const index: MemberIndex = { order, set: new Set(order) };
  Object.defineProperty(list, CHECKED, { value: index });
  return Object.freeze(list);
}

function indexOf(list: unknown): MemberIndex | null {
  return Array.isArray(list) ? ((list as { readonly [CHECKED]?: MemberIndex })[CHECKED] ?? null) : null;
}

/**
 * The index of a team's member list when the list was built by {@link makeTeam} (so its members
 * are valid and unique, and it is frozen); null for any other value.
 * @internal
 */
export function checkedMembers(team: unknown): MemberIndex | null {
  return typeof team === 'object' && team !== null ? indexOf((team as { readonly members?: unknown }).members) : null;
}
