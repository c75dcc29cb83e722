// Edge validation shared by the assignment functions: every field an assignment rule reads is
// checked once, before any logic, so a hand-built or untyped value fails with a stable code and a
// message that says what to fix, never with a wrong answer or a crash deep inside. No copies are
// made: valid values are returned as they are.
import {
  assertArray, assertBoolean, assertCount, assertId, assertInstant, assertInstantOrNull, assertLimit, assertOneOf,
  assertRecord, assertString, fail, indexById, isId, isInstantOrNull, isLimit, own, show,
} from '../_internal/validate.js';
import {
  ASSIGNMENT_METHODS, CONVERSATION_STATES, TEAMMATE_STATUSES, checkedMembers, type Conversation, type Instant, type Team,
  type TeamId, type Teammate, type TeammateId,
} from '../model/index.js';

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

/** The fast check of a teammate's assignment fields (no allocation); false sends a value to the slow path. */
export function looksLikeTeammate(v: unknown): v is Teammate {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Loose<Teammate>;
  const { status, reassignReplies, openCount } = t;
  return isId(t.id) && typeof t.name === 'string' && (status === 'active' || status === 'away') &&
    typeof reassignReplies === 'boolean' && (!reassignReplies || status === 'away') && typeof t.inboxSeat === 'boolean' &&
    isLimit(t.assignmentLimit) && typeof openCount === 'number' && Number.isInteger(openCount) && openCount >= 0 &&
    isInstantOrNull(t.lastAssignedAt);
}

/** The slow path: throws the precise error for the first bad field. */
function assertTeammateFields(value: unknown, what: string): void {
  const raw = assertRecord(value, what);
  const id = assertId(own(raw, 'id'), `${what}.id`);
  const where = `teammate ${show(id)}`;
  assertString(own(raw, 'name'), `${where} name`);
  const status = assertOneOf(own(raw, 'status'), TEAMMATE_STATUSES, `${where} status`, 'invalid-status');
  if (assertBoolean(own(raw, 'reassignReplies'), `${where} reassignReplies`) && status !== 'away') {
    fail('reassign-while-active', `${where} is active but has reassignReplies on; it is only valid while away (STATUS-6).`, { teammate: id });
  }
  assertBoolean(own(raw, 'inboxSeat'), `${where} inboxSeat`);
  assertLimit(own(raw, 'assignmentLimit'), `${where} assignmentLimit`);
  assertCount(own(raw, 'openCount'), `${where} openCount`);
  assertInstantOrNull(own(raw, 'lastAssignedAt'), `${where} lastAssignedAt`);
}

/** Validated teammates: the list in input order and an index by id. */
export interface CheckedTeammates {
  /** In input order. */
  readonly list: readonly Teammate[];
  /** By id. */
  readonly byId: ReadonlyMap<TeammateId, Teammate>;
}

/** The teammates list: valid teammates (the fields assignment reads, and STATUS-6) with unique ids. */
export function checkTeammates(value: unknown, fn: string): CheckedTeammates {
  const list = assertArray(value, `${fn}: teammates`);
  list.forEach((t, i) => {
    if (!looksLikeTeammate(t)) assertTeammateFields(t, `${fn}: teammates[${i}]`);
  });
  return { list: list as readonly Teammate[], byId: indexById(list as readonly Teammate[], 'teammate') };
}

/** The fast check of a team's fields (no allocation); false sends a value to the slow path. */
export function looksLikeTeam(v: unknown): v is Team {
  return looksLikeTeamFields(v) && (checkedMembers(v) !== null || (v.members as unknown[]).every(isId));
}

/** The fast check of a team's fields other than its members' ids. */
function looksLikeTeamFields(v: unknown): v is Team {
  if (typeof v !== 'object' || v === null) return false;
  const { assignment, members, rotationCursor } = v as Loose<Team>;
  return isId((v as Loose<Team>).id) && (assignment === 'manual' || assignment === 'round-robin' || assignment === 'balanced') &&
    Array.isArray(members) && isLimit((v as Loose<Team>).assignmentLimit) && (rotationCursor === null || isId(rotationCursor));
}

/** The slow path: throws the precise error for the first bad field. */
function assertTeamFields(value: unknown, what: string): void {
  const raw = assertRecord(value, what);
  const where = `team ${show(assertId(own(raw, 'id'), `${what}.id`))}`;
  assertOneOf(own(raw, 'assignment'), ASSIGNMENT_METHODS, `${where} assignment`, 'invalid-assignment-method');
  for (const m of assertArray(own(raw, 'members'), `${where} members`)) assertId(m, `${where} member`);
  assertLimit(own(raw, 'assignmentLimit'), `${where} assignmentLimit`);
  const cursor = own(raw, 'rotationCursor');
  if (cursor !== null) assertId(cursor, `${where} rotationCursor`);
}

/** A validated team and the set of its members. */
export interface CheckedTeam {
  /** The team, as given. */
  readonly team: Team;
  /** Its members. */
  readonly members: ReadonlySet<TeammateId>;
}

/** One team: method, unique members, inbox limit (ASSIGN-26 applies to it too), rotation pointer. */
export function checkTeam(value: unknown, what: string): CheckedTeam {
  if (!looksLikeTeam(value)) assertTeamFields(value, what);
  const team = value as Team;
  const index = checkedMembers(team);
  if (index !== null) return { team, members: index.set };
  const members = new Set<TeammateId>();
  for (const member of team.members) {
    if (members.has(member)) fail('duplicate-id', `Team ${show(team.id)} lists member ${show(member)} twice; list each member once.`, { team: team.id, teammate: member });
    members.add(member);
  }
  return { team, members };
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
  const { state, team, teammate, createdAt } = c;
  return isId(c.id) && (state === 'open' || state === 'snoozed' || state === 'closed') &&
    (team === null || isId(team)) && (teammate === null || isId(teammate)) && typeof c.priority === 'boolean' &&
    typeof c.assignedManually === 'boolean' && typeof createdAt === 'number' && Number.isFinite(createdAt) &&
    isInstantOrNull(c.waitingSince) && isInstantOrNull(c.teamSince);
}

/** The slow path: throws the precise error for the first bad field. */
function assertConversationFields(value: unknown, what: string): void {
  const raw = assertRecord(value, what);
  const where = `conversation ${show(assertId(own(raw, 'id'), `${what}.id`))}`;
  assertOneOf(own(raw, 'state'), CONVERSATION_STATES, `${where} state`);
  for (const slot of ['team', 'teammate']) {
    const v = own(raw, slot);
    if (v !== null) assertId(v, `${where} ${slot}`);
  }
  assertBoolean(own(raw, 'priority'), `${where} priority`);
  assertBoolean(own(raw, 'assignedManually'), `${where} assignedManually`);
  assertInstant(own(raw, 'createdAt'), `${where} createdAt`);
  assertInstantOrNull(own(raw, 'waitingSince'), `${where} waitingSince`);
  assertInstantOrNull(own(raw, 'teamSince'), `${where} teamSince`);
}

/** One conversation: the fields assignment reads. */
export function checkConversation(value: unknown, what: string): Conversation {
  if (!looksLikeConversation(value)) assertConversationFields(value, what);
  return value as Conversation;
}

/** The conversations list: valid conversations with unique ids. */
export function checkConversations(value: unknown, fn: string): readonly Conversation[] {
  const list = assertArray(value, `${fn}: conversations`);
  list.forEach((c, i) => {
    if (!looksLikeConversation(c)) assertConversationFields(c, `${fn}: conversations[${i}]`);
  });
  indexById(list as readonly Conversation[], 'conversation');
  return list as readonly Conversation[];
}
