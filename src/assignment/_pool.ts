// The two automatic pickers, shared by every assignment function. Both are one or two linear scans
// over the teammates with no sorting (the performance model of DESIGN.md: O(team size)), and
// allocate nothing per teammate except, unless `explain` is off, one explanation entry; reason
// lists are frozen constants shared by all calls.
import type { Conversation, Team, Teammate, TeammateId } from '../model/index.js';
import { INELIGIBILITY_REASONS, type BalancedPickReason, type CandidateReason, type PickReason, type PoolWaitReason } from './reasons.js';
import type { ConsideredTeammate, NobodyPicked, TeammatePicked } from './types.js';

const NOT_MEMBER = 1;
const AWAY = 2;
const NO_SEAT = 4;
const AT_LIMIT = 8;
const AT_TEAM_LIMIT = 16;

// Frozen reason lists, one per combination of the five ineligibility bits (32), built once at
// load and shared by every call: constants, not a cache.
const EXCLUSIONS: readonly (readonly CandidateReason[])[] = /* @__PURE__ */ Array.from({ length: 32 }, (_, mask) =>
  Object.freeze(INELIGIBILITY_REASONS.filter((_r, bit) => (mask & (1 << bit)) !== 0)));
function exclusionReasons(mask: number): readonly CandidateReason[] {
  return EXCLUSIONS[mask] as readonly CandidateReason[];
}
const NONE: readonly CandidateReason[] = /* @__PURE__ */ Object.freeze([]);
const MORE_OPEN: readonly CandidateReason[] = /* @__PURE__ */ Object.freeze(['more-open']);
const MORE_RECENT: readonly CandidateReason[] = /* @__PURE__ */ Object.freeze(['assigned-more-recently']);
const HIGHER_ID: readonly CandidateReason[] = /* @__PURE__ */ Object.freeze(['higher-id']);
const NOT_THEIR_TURN: readonly CandidateReason[] = /* @__PURE__ */ Object.freeze(['not-their-turn']);
const EMPTY: readonly ConsideredTeammate[] = /* @__PURE__ */ Object.freeze([]);

/** The criterion at which an eligible balanced candidate loses to another: none, count, recency, id. */
type LossLevel = 0 | 1 | 2 | 3;
const LOST_AT = [NONE, MORE_OPEN, MORE_RECENT, HIGHER_ID] as const;
const PICKED_BY = ['only-eligible', 'fewest-open', 'least-recently-assigned', 'lowest-id'] as const;

/**
 * The automatic-assignment availability of STATUS-3 and STATUS-15 (the status rules'
 * `decideAutoAssignmentAvailability`) as bits: away, and no inbox seat. Computed inline rather than
 * by calling the status function for every teammate on every pick, which re-validates the teammate
 * each time; a property test checks that the two always agree.
 */
function availability(teammate: Teammate): number {
  return (teammate.status === 'active' ? 0 : AWAY) | (teammate.inboxSeat ? 0 : NO_SEAT);
}

/** The teammates of `after` that are not the same values as in `before`, in order. */
export function changedTeammates(before: readonly Teammate[], after: readonly Teammate[]): readonly Teammate[] {
  return after.filter((t, i) => t !== before[i]);
}

/** The open conversations of one team inbox per teammate (Beyond-1 needs them). */
export function teamOpenCounts(team: Team, conversations: readonly Conversation[]): Map<TeammateId, number> {
  const counts = new Map<TeammateId, number>();
  for (const c of conversations) {
    if (c.state === 'open' && c.team === team.id && c.teammate !== null) counts.set(c.teammate, (counts.get(c.teammate) ?? 0) + 1);
  }
  return counts;
}

/** Each teammate's place in a round of assignments (1, 2, ...), as `BalancedScope.sequence`; null for none. */
export function roundOrder(round: readonly TeammateId[]): Map<TeammateId, number> | null {
  return round.length === 0 ? null : new Map(round.map((id, i) => [id, i + 1]));
}

/** What a balanced pick needs besides the teammates. */
export interface BalancedScope {
  /** The team inbox. */
  readonly team: Team;
  /** Its members; null when every teammate passed is a member (a roster in member order). */
  readonly members: ReadonlySet<TeammateId> | null;
  /** Open conversations per member in this inbox, when the inbox has its own limit (Beyond-1). */
  readonly teamCounts: ReadonlyMap<TeammateId, number> | null;
  /** Order of assignments made earlier in the same drain (1, 2, ...), to order equal `lastAssignedAt`s. */
  readonly sequence: ReadonlyMap<TeammateId, number> | null;
}

/** A pick: the decision, and the chosen teammate when there is one. */
export type PoolPick<R extends PickReason> =
  | { readonly chosen: Teammate; readonly decision: TeammatePicked<R> }
  | { readonly chosen: null; readonly decision: NobodyPicked<PoolWaitReason> };

function nobody(members: number, considered: readonly ConsideredTeammate[]): PoolPick<never> {
  return { chosen: null, decision: { kind: 'unassigned', reasons: [members === 0 ? 'no-members' : 'no-eligible-teammate'], considered } };
}

/**
 * ASSIGN-13, ASSIGN-14, ASSIGN-15, ASSIGN-17 (and Beyond-1): the eligible teammate with the fewest
 * open conversations, then the oldest last assignment (never = oldest; within one drain, earlier
 * first), then the lowest id (code-unit order).
 */
export function pickBalanced(teammates: readonly Teammate[], scope: BalancedScope, explain: boolean): PoolPick<BalancedPickReason> {
  return settle(teammates, scope, explain, scan([teammates], scope));
}

/**
 * {@link pickBalanced}'s pick alone (no decision, no explanation) among teammates kept in chunks,
 * in member order: the workspace's rosters, where a teammate's update copies one chunk.
 */
export function pickBalancedChunked(chunks: readonly (readonly Teammate[])[], scope: BalancedScope): Teammate | null {
  return scan(chunks, scope).best;
}

/**
 * {@link pickBalanced} with validation fused into the same single pass, for the fast path of
 * `decideBalancedAssignee`: `teammates` must be valid teammates for exactly `order`, the members
 * of a trusted team with no limit of its own (`scope.members` null, no `teamCounts`), in member
 * order. Returns null as soon as one is not, and the caller validates in full (which throws the
 * precise error).
 */
export function pickBalancedInOrder(
  teammates: unknown, order: readonly TeammateId[], scope: BalancedScope, explain: boolean,
): PoolPick<BalancedPickReason> | null {
  if (!Array.isArray(teammates) || teammates.length !== order.length) return null;
  const result = scanChecked(teammates, order, scope.sequence);
  return result === null ? null : settle(teammates as readonly Teammate[], scope, explain, result);
}

/** The outcome of one pass: the best eligible teammate, how many were eligible, the decisive criterion. */
interface Tally {
  best: Teammate | null;
  eligible: number;
  decisive: LossLevel;
}

/**
 * Enters an eligible teammate into a pass: the closest rival is always the previous best, so when
 * a new best appears the decisive criterion is the one it won on.
 */
function enter(tally: Tally, t: Teammate, sequence: ReadonlyMap<TeammateId, number> | null): void {
  tally.eligible++;
  const best = tally.best;
  if (best === null) {
    tally.best = t;
    return;
  }
  const lost = lossAt(t, best, sequence);
  if (lost === 0) {
    tally.decisive = lossAt(best, t, sequence);
    tally.best = t;
  } else if (lost > tally.decisive) {
    tally.decisive = lost;
  }
}

/**
 * One pass (over one list, or a roster's chunks in order) finds the pick and the criterion that
 * decided it. Everything inline in one indexed loop: this is the hot loop of every balanced
 * assignment, and the eligibility tests are {@link exclusion}'s (a property test checks they agree).
 */
function scan(chunks: readonly (readonly Teammate[])[], scope: BalancedScope): Tally {
  const { members, teamCounts, sequence } = scope;
  const teamLimit = scope.team.assignmentLimit;
  const tally: Tally = { best: null, eligible: 0, decisive: 0 };
  for (let c = 0; c < chunks.length; c++) {
    const teammates = chunks[c] as readonly Teammate[];
    for (let i = 0; i < teammates.length; i++) {
      const t = teammates[i] as Teammate;
      if (t.status !== 'active' || !t.inboxSeat || (t.assignmentLimit !== null && t.openCount >= t.assignmentLimit)) continue;
      if (members !== null && !members.has(t.id)) continue;
      if (teamLimit !== null && (teamCounts?.get(t.id) ?? 0) >= teamLimit) continue;
      enter(tally, t, sequence);
    }
  }
  return tally;
}

/**
 * {@link scan} for the fast path (every entry a member, no team limit), with each entry also
 * checked to be a valid teammate (each field `checkTeammates` checks for a balanced pick, which
 * reads no name, folded into the eligibility tests) whose id is `order[i]`: null as soon as one is
 * not. A loop of its own rather than a flag
 * in `scan`: the decision benchmark's hot loop, about 15 % faster without the per-entry branches.
 */
function scanChecked(teammates: readonly unknown[], order: readonly TeammateId[], sequence: ReadonlyMap<TeammateId, number> | null): Tally | null {
  const tally: Tally = { best: null, eligible: 0, decisive: 0 };
  for (let i = 0; i < teammates.length; i++) {
    const t = teammates[i] as Loose<Teammate> | null | undefined;
    // (a primitive has no `id`, so only null and undefined need their own test)
    if (t === null || t === undefined || t.id !== order[i]) return null;
    const { status, inboxSeat: seat, assignmentLimit: limit, openCount: open, lastAssignedAt: last, reassignReplies: reassign } = t;
    if (status === 'active' ? reassign !== false : status !== 'away' || (reassign !== true && reassign !== false)) return null;
    if ((seat !== true && seat !== false) || !Number.isInteger(open) || (open as number) < 0) return null;
    if ((limit !== null && !(Number.isInteger(limit) && (limit as number) >= 1)) || (last !== null && !Number.isFinite(last))) return null;
    if (status !== 'active' || !seat || (limit !== null && (open as number) >= (limit as number))) continue;
    enter(tally, t as Teammate, sequence);
  }
  return tally;
}

/** Any value's fields, read by name before they are trusted. */
type Loose<T> = { readonly [K in keyof T]?: unknown };

/** The decision of a pass, with the per-teammate explanation when asked for. */
function settle(teammates: readonly Teammate[], scope: BalancedScope, explain: boolean, { best, eligible, decisive }: Tally): PoolPick<BalancedPickReason> {
  // One explanation for both outcomes: with nobody eligible every teammate has exclusion bits (the
  // pass's eligibility tests are `exclusion`'s), so `best` is only read when there is one.
  const considered = !explain ? EMPTY : teammates.map((t): ConsideredTeammate => {
    const mask = exclusion(t, scope);
    return { teammate: t.id, eligible: mask === 0, reasons: mask !== 0 ? exclusionReasons(mask) : LOST_AT[t === best ? 0 : lossAt(t, best as Teammate, scope.sequence)] };
  });
  if (best === null) return nobody(scope.members === null ? teammates.length : scope.members.size, considered);
  return { chosen: best, decision: { kind: 'assigned', teammate: best.id, reason: eligible === 1 ? 'only-eligible' : PICKED_BY[decisive], considered } };
}

/** The ineligibility bits of one teammate for a balanced pick (0 = eligible). */
function exclusion(t: Teammate, scope: BalancedScope): number {
  let mask = availability(t);
  if (scope.members !== null && !scope.members.has(t.id)) mask |= NOT_MEMBER;
  if (t.assignmentLimit !== null && t.openCount >= t.assignmentLimit) mask |= AT_LIMIT;
  const teamLimit = scope.team.assignmentLimit;
  if (teamLimit !== null && (scope.teamCounts?.get(t.id) ?? 0) >= teamLimit) mask |= AT_TEAM_LIMIT;
  return mask;
}

/** Never assigned counts as longest ago. */
function recency(t: Teammate): number {
  return t.lastAssignedAt ?? Number.NEGATIVE_INFINITY;
}

/** The criterion at which eligible `t` loses to `best` (0: it does not lose). */
function lossAt(t: Teammate, best: Teammate, sequence: ReadonlyMap<TeammateId, number> | null): LossLevel {
  if (t.openCount !== best.openCount) return t.openCount < best.openCount ? 0 : 1;
  const a = recency(t);
  const b = recency(best);
  if (a !== b) return a < b ? 0 : 2;
  if (sequence !== null) {
    const x = sequence.get(t.id) ?? 0;
    const y = sequence.get(best.id) ?? 0;
    if (x !== y) return x < y ? 0 : 2;
  }
  return t.id < best.id ? 0 : 3;
}

/**
 * Rotation order (ASSIGN-30): the name compared case-insensitively (per UTF-16 code unit, by its
 * Unicode lowercase), then the name exactly, then the id, all by code units. No allocation for
 * ASCII names. (Exported for the benchmark's faithful baseline, which sorts by it once.)
 */
export function rotationOrder(a: Pick<Teammate, 'id' | 'name'>, b: Pick<Teammate, 'id' | 'name'>): number {
  const x = a.name;
  const y = b.name;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const cx = x.charCodeAt(i);
    const cy = y.charCodeAt(i);
    if (cx !== cy) {
      const d = fold(cx) - fold(cy);
      if (d !== 0) return d;
    }
  }
  if (x.length !== y.length) return x.length - y.length;
  if (x !== y) return x < y ? -1 : 1;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

/** The lowercase of one UTF-16 code unit. */
function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * ASSIGN-28 to ASSIGN-31, ASSIGN-37: the first active, seat-holding member after the rotation
 * pointer in rotation order, wrapping around; limits play no part.
 */
export function pickRoundRobin(teammates: readonly Teammate[], team: Team, members: ReadonlySet<TeammateId>, explain: boolean): PoolPick<'next-in-rotation'> {
  const cursor = team.rotationCursor === null ? undefined : teammates.find((t) => t.id === team.rotationCursor);
  let first: Teammate | null = null;
  let next: Teammate | null = null;
  for (const t of teammates) {
    if (availability(t) !== 0 || !members.has(t.id)) continue;
    if (first === null || rotationOrder(t, first) < 0) first = t;
    if (cursor !== undefined && rotationOrder(t, cursor) > 0 && (next === null || rotationOrder(t, next) < 0)) next = t;
  }
  const chosen = next ?? first;
  const considered = !explain ? EMPTY : teammates.map((t): ConsideredTeammate => {
    const mask = availability(t) | (members.has(t.id) ? 0 : NOT_MEMBER);
    return { teammate: t.id, eligible: mask === 0, reasons: mask !== 0 ? exclusionReasons(mask) : t === chosen ? NONE : NOT_THEIR_TURN };
  });
  if (chosen === null) return nobody(members.size, considered);
  return { chosen, decision: { kind: 'assigned', teammate: chosen.id, reason: 'next-in-rotation', considered } };
}
