// Edge validation shared by the assignment functions: every field an assignment rule reads is
// checked once, before any logic, so a hand-built or untyped value fails with a stable code and a
// message that says what to fix, never with a wrong answer or a crash deep inside. No copies are
// made: valid values are returned as they are.
import {
  assertArray, assertBoolean, assertCount, assertId, assertIdOrNull, assertInstant, assertInstantOrNull, assertLimit, assertOneOf,
  assertRecord, assertString, fail, indexById, isId, isIdList, isIdOrNull, isInstant, isInstantOrNull, isLimit, own, show,
} from '../_internal/validate.js';
import {
  ASSIGNMENT_METHODS, CONVERSATION_STATES, TEAMMATE_STATUSES, checkedMembers, type Conversation, type Instant, type Team,
  type TeamId, type Teammate, type TeammateId,
} from '../model/index.js';
import { uniqueMembers } from '../model/team.js';
import { assertReassignWhileAway } from '../model/teammate.js';
import { teamOpenCounts } from './_pool.js';

/** The input object itself. */
export function checkInput(value: unknown, fn: string): Readonly<Record<string, unknown>> {
  return assertRecord(value, `${fn} input`);
}

/** `now`: a finite instant. */
export function checkNow(value: unknown, fn: string): Instant {
  return assertInstant(value, `${fn}: now`);
}

/** The optional `explain` flag (default true). */
export function checkExplain(value: unknown, fn: string): boolean {
  return value === undefined ? true : assertBoolean(value, `${fn}: explain`);
}

// Each check has a fast path (a plain predicate, no allocation, no message strings) and a slow
// path that runs only on a value the fast path rejects, to throw the precise error: validating a
// 1,000-member team must cost little next to the pick itself.

/** Any value's fields, read by name (fast, monomorphic property loads) before they are trusted. */
type Loose<T> = { readonly [K in keyof T]?: unknown };

/**
 * The fast check of a teammate's assignment fields (no allocation); false sends a value to the
 * slow path. `name` is checked only where it is read (`readsName`: round robin orders by it,
 * ASSIGN-30; the balanced pick never reads it, and reading it costs each teammate of a scan a visit
 * to its name string).
 */
export function looksLikeTeammate(v: unknown, readsName = true): v is Teammate {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Loose<Teammate>;
  const { status, reassignReplies, openCount } = t;
  return isId(t.id) && (!readsName || typeof t.name === 'string') && (status === 'active' || status === 'away') &&
    typeof reassignReplies === 'boolean' && (!reassignReplies || status === 'away') && typeof t.inboxSeat === 'boolean' &&
    isLimit(t.assignmentLimit) && Number.isInteger(openCount) && (openCount as number) >= 0 &&
    isInstantOrNull(t.lastAssignedAt);
}

/**
 * One field of a slow path: its name and its assert, which gets the field's value, the field named
 * for the message (`teammate "ana" openCount`), the record, and the record's name (`teammate "ana"`).
 */
type FieldCheck = readonly [key: string, check: (value: unknown, what: string, raw: Readonly<Record<string, unknown>>, where: string) => unknown];

/**
 * The slow path of every fast check: `value` must be an object with a valid id; then each field is
 * asserted in order, so the first bad one throws its precise error.
 */
function assertFields(value: unknown, what: string, kind: string, fields: readonly FieldCheck[]): void {
  const raw = assertRecord(value, what);
  const where = `${kind} ${show(assertId(own(raw, 'id'), `${what}.id`))}`;
  for (const [key, check] of fields) check(own(raw, key), `${where} ${key}`, raw, where);
}

/** The teammate fields the balanced pick reads, and STATUS-6, in the order they are checked. */
const BALANCED_TEAMMATE_FIELDS: readonly FieldCheck[] = [
  ['status', (v, what) => assertOneOf(v, TEAMMATE_STATUSES, what, 'invalid-status')],
  ['reassignReplies', (v, what, raw, where) => {
    assertReassignWhileAway(where, raw['id'] as TeammateId, raw['status'] as Teammate['status'], assertBoolean(v, what));
  }],
  ['inboxSeat', assertBoolean],
  ['assignmentLimit', assertLimit],
  ['openCount', assertCount],
  ['lastAssignedAt', assertInstantOrNull],
];

/**
 * The teammate fields assignment reads (the balanced ones, and the name round robin orders by).
 * A concat marked pure, not a spread (which a bundler must keep): a bundle of the balanced pick alone
 * drops this table and the name check.
 */
const TEAMMATE_FIELDS: readonly FieldCheck[] = /* @__PURE__ */ [['name', assertString] as FieldCheck].concat(BALANCED_TEAMMATE_FIELDS);

/** Validated teammates: the list in input order and an index by id. */
export interface CheckedTeammates {
  /** In input order. */
  readonly list: readonly Teammate[];
  /** By id. */
  readonly byId: ReadonlyMap<TeammateId, Teammate>;
}

/** The teammates list: valid teammates (the fields assignment reads, and STATUS-6) with unique ids. */
export function checkTeammates(value: unknown, fn: string): CheckedTeammates {
  return teammatesWith(value, fn, TEAMMATE_FIELDS);
}

/**
 * {@link checkTeammates} with `fields`, one of the tables above: the balanced pick passes the one
 * without the name, so a bundle of it holds no name check.
 */
function teammatesWith(value: unknown, fn: string, fields: readonly FieldCheck[]): CheckedTeammates {
  const readsName = fields !== BALANCED_TEAMMATE_FIELDS;
  const list = assertArray(value, `${fn}: teammates`);
  list.forEach((t, i) => {
    if (!looksLikeTeammate(t, readsName)) assertFields(t, `${fn}: teammates[${i}]`, 'teammate', fields);
  });
  return { list: list as readonly Teammate[], byId: indexById(list as readonly Teammate[], 'teammate') };
}

/** The fast check of a team's fields (no allocation); false sends a value to the slow path. */
export function looksLikeTeam(v: unknown): v is Team {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Loose<Team>;
  const { assignment, members } = t;
  return isId(t.id) && (assignment === 'manual' || assignment === 'round-robin' || assignment === 'balanced') &&
    Array.isArray(members) && isLimit(t.assignmentLimit) && isIdOrNull(t.rotationCursor) && (checkedMembers(v) !== null || isIdList(members));
}

/** The team fields assignment reads, in the order they are checked. */
const TEAM_FIELDS: readonly FieldCheck[] = [
  ['assignment', (v, what) => assertOneOf(v, ASSIGNMENT_METHODS, what, 'invalid-assignment-method')],
  ['members', (v, what, _raw, where) => {
    for (const m of assertArray(v, what)) assertId(m, `${where} member`);
  }],
  ['assignmentLimit', assertLimit],
  ['rotationCursor', assertIdOrNull],
];

/** A validated team and the set of its members. */
export interface CheckedTeam {
  /** The team, as given. */
  readonly team: Team;
  /** Its members. */
  readonly members: ReadonlySet<TeammateId>;
}

/** One team: method, unique members, inbox limit (ASSIGN-26 applies to it too), rotation pointer. */
export function checkTeam(value: unknown, what: string): CheckedTeam {
  if (!looksLikeTeam(value)) assertFields(value, what, 'team', TEAM_FIELDS);
  const team = value as Team;
  const index = checkedMembers(team);
  return { team, members: index !== null ? index.set : uniqueMembers(team.id, team.members) };
}

/** Validated teams: the list in input order, an index by id, and each team's members. */
export interface CheckedTeams {
  /** In input order. */
  readonly list: readonly Team[];
  /** By id. */
  readonly byId: ReadonlyMap<TeamId, Team>;
  /** Each team with its members, in input order. */
  readonly checked: readonly CheckedTeam[];
}

/** The teams list: valid teams with unique ids. */
export function checkTeams(value: unknown, fn: string): CheckedTeams {
  const checked = assertArray(value, `${fn}: teams`).map((t, i) => checkTeam(t, `${fn}: teams[${i}]`));
  const list = checked.map((c) => c.team);
  return { list, byId: indexById(list, 'team'), checked };
}

/** Every member of the team must be among the teammates (their status, seat and load are needed). */
export function checkMembersKnown(team: Team, teammates: ReadonlyMap<TeammateId, Teammate>): void {
  for (const member of team.members) {
    if (!teammates.has(member)) {
      fail('unknown-teammate', `Team ${show(team.id)} lists member ${show(member)}, who is not in teammates; pass every member's Teammate.`, { team: team.id, teammate: member });
    }
  }
}

/**
 * A team with the teammates of its members (a team's pool): the team checked, then the teammates,
 * then that every member is among them.
 */
export function checkPool(team: unknown, teammates: unknown, fn: string): CheckedPool {
  return poolWith(team, teammates, fn, TEAMMATE_FIELDS);
}

/** {@link checkPool} for the balanced pick, which reads no name (ASSIGN-30 is round robin's). */
export function checkBalancedPool(team: unknown, teammates: unknown, fn: string): CheckedPool {
  return poolWith(team, teammates, fn, BALANCED_TEAMMATE_FIELDS);
}

/** A validated pool: the team, its members, and the teammates. */
export type CheckedPool = CheckedTeam & { readonly teammates: CheckedTeammates };

function poolWith(team: unknown, teammates: unknown, fn: string, fields: readonly FieldCheck[]): CheckedPool {
  const checked = checkTeam(team, `${fn}: team`);
  const list = teammatesWith(teammates, fn, fields);
  checkMembersKnown(checked.team, list.byId);
  return { ...checked, teammates: list };
}

/**
 * Beyond-1: each member's open conversations in a team inbox with its own `assignmentLimit`
 * (`conversations` required then), or null when it has none.
 */
export function inboxOpenCounts(team: Team, conversations: readonly Conversation[] | undefined, fn: string): Map<TeammateId, number> | null {
  if (team.assignmentLimit === null) return null;
  if (conversations === undefined) {
    fail('invalid-argument', `${fn}: team ${show(team.id)} has its own assignmentLimit (Beyond-1); pass its conversations so each member's open conversations in it can be counted.`, { team: team.id });
  }
  return teamOpenCounts(team, conversations);
}

/** A teammate id that must be among the teammates. */
export function knownTeammate(teammates: ReadonlyMap<TeammateId, Teammate>, id: unknown, what: string): Teammate {
  const t = teammates.get(assertId(id, what));
  if (t === undefined) fail('unknown-teammate', `${what} is ${show(id)}, which is not in teammates; pass that teammate too.`, { teammate: id });
  return t;
}

/** A team id that must be among the teams. */
export function knownTeam(teams: ReadonlyMap<TeamId, Team>, id: unknown, what: string): Team {
  const t = teams.get(assertId(id, what));
  if (t === undefined) fail('unknown-team', `${what} is ${show(id)}, which is not in teams; pass that team too.`, { team: id });
  return t;
}

function looksLikeConversation(v: unknown): v is Conversation {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Loose<Conversation>;
  const { state } = c;
  return isId(c.id) && (state === 'open' || state === 'snoozed' || state === 'closed') &&
    isIdOrNull(c.team) && isIdOrNull(c.teammate) && typeof c.priority === 'boolean' &&
    typeof c.assignedManually === 'boolean' && isInstant(c.createdAt) &&
    isInstantOrNull(c.waitingSince) && isInstantOrNull(c.teamSince);
}

/** The conversation fields assignment reads, in the order they are checked. */
const CONVERSATION_FIELDS: readonly FieldCheck[] = [
  ['state', (v, what) => assertOneOf(v, CONVERSATION_STATES, what)],
  ['team', assertIdOrNull],
  ['teammate', assertIdOrNull],
  ['priority', assertBoolean],
  ['assignedManually', assertBoolean],
  ['createdAt', assertInstant],
  ['waitingSince', assertInstantOrNull],
  ['teamSince', assertInstantOrNull],
];

/** One conversation: the fields assignment reads. */
export function checkConversation(value: unknown, what: string): Conversation {
  if (!looksLikeConversation(value)) assertFields(value, what, 'conversation', CONVERSATION_FIELDS);
  return value as Conversation;
}

/** The conversations list: valid conversations with unique ids. */
export function checkConversations(value: unknown, fn: string): readonly Conversation[] {
  const list = assertArray(value, `${fn}: conversations`);
  list.forEach((c, i) => {
    if (!looksLikeConversation(c)) assertFields(c, `${fn}: conversations[${i}]`, 'conversation', CONVERSATION_FIELDS);
  });
  indexById(list as readonly Conversation[], 'conversation');
  return list as readonly Conversation[];
}
