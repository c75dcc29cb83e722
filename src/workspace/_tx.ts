// The working copy of one event's application: reads come from the state as it stands so far,
// writes replace entries in the persistent structures (never mutating any earlier version), and
// every conversation write keeps the derived data in step: open counts (ASSIGN-16), last
// assignment times (ASSIGN-18), the snooze queue and the balanced backlogs (ASSIGN-22, ASSIGN-23).
import { fail, show } from '../_internal/validate.js';
import {
  EMPTY_SORTED_LIST, compareEntries, sortedDelete, sortedFirst, sortedInsert, type SortedEntry, type SortedList,
} from '../_internal/sortedList.js';
import { tableGet, tableSet, tableValues } from '../_internal/table.js';
import { pickBalancedChunked, roundOrder, teamOpenCounts } from '../assignment/_pool.js';
import {
  withConversation, withTeammate, type Conversation, type ConversationId, type Instant, type Team, type TeamId, type Teammate,
  type TeammateId,
} from '../model/index.js';
import type { AssignedEffectReason, WorkspaceEffect } from './effects.js';
import { rosterMembers, rosterWith } from './_roster.js';
import type { Workspace } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A conversation's slots before the event, and the latest cause of their change. */
interface SlotsBefore {
  readonly team: TeamId | null;
  readonly teammate: TeammateId | null;
  readonly reason: AssignedEffectReason;
}

/** One event's working copy of the state. */
export interface Tx {
  readonly ws: Mutable<Workspace>;
  readonly now: Instant;
  /** Effects other than `conversation.assigned`, in order. */
  readonly effects: WorkspaceEffect[];
  /** Conversations whose slots changed: their slots before the event and the latest cause. */
  assigned: Map<ConversationId, SlotsBefore> | null;
  /** Balanced teams whose backlog may now drain (ASSIGN-22), each once (a few at most: an array). */
  readonly dirtyTeams: TeamId[];
  /** Teammates given a conversation during this event, oldest first (ASSIGN-17 within one drain). */
  readonly round: TeammateId[];
}

export function beginTx(ws: Workspace, now: Instant): Tx {
  // (the assignment map is made on first use: most events assign nothing)
  return { ws: copyWorkspace(ws, now), now, effects: [], assigned: null, dirtyTeams: [], round: [] };
}

/**
 * A copy of the workspace with the clock at `clock`, always built in the same property order (one
 * V8 shape for every state, so the copy is a plain allocation, not the generic object-spread path).
 */
export function copyWorkspace(ws: Workspace, clock: Instant | null): Mutable<Workspace> {
  return {
    format: ws.format, clock, timezone: ws.timezone, defaultAssignee: ws.defaultAssignee, settings: ws.settings,
    teammates: ws.teammates, directory: ws.directory, teams: ws.teams, rosters: ws.rosters, memberships: ws.memberships,
    contacts: ws.contacts, contactsByEmail: ws.contactsByEmail, conversations: ws.conversations, snoozes: ws.snoozes,
    backlogs: ws.backlogs, mentions: ws.mentions, handles: ws.handles,
  };
}

export function getConversationOrFail(tx: Tx, id: unknown): Conversation {
  const c = typeof id === 'string' ? tableGet(tx.ws.conversations, id) : undefined;
  return c ?? fail('unknown-conversation', `No conversation ${show(id)} in this workspace; create it first (conversation.created).`, { conversation: id });
}

export function getTeammateOrFail(tx: Tx, id: unknown, role = 'teammate'): Teammate {
  const t = typeof id === 'string' ? tableGet(tx.ws.teammates, id) : undefined;
  return t ?? fail('unknown-teammate', `No teammate ${show(id)} (${role}) in this workspace; add them to the config's teammates.`, { teammate: id });
}

export function getTeamOrFail(tx: Tx, id: unknown): Team {
  const t = typeof id === 'string' ? tableGet(tx.ws.teams, id) : undefined;
  return t ?? fail('unknown-team', `No team ${show(id)} in this workspace; add it to the config's teams.`, { team: id });
}

/** The members of a team as teammate values, in member order (a new array). */
export function rosterOf(tx: Tx, team: TeamId): Teammate[] {
  return rosterMembers(tableGet(tx.ws.rosters, team));
}

/**
 * Whether a teammate's change may let a waiting conversation be assigned (ASSIGN-22). While one
 * waits, no member of its inbox is eligible (the drain's own invariant), so only this teammate can
 * change that, and only if they are now available and under their own limit (ASSIGN-13) and were
 * not, or now hold fewer conversations (which may also bring them under an inbox's own limit,
 * Beyond-1). Anything else (a new conversation, a new last-assignment time, going away) can only
 * keep waiting conversations waiting, so it costs no scan.
 */
function mayFreeUp(prev: Teammate | undefined, next: Teammate): boolean {
  if (!underOwnLimit(next)) return false;
  return prev === undefined || !underOwnLimit(prev) || next.openCount < prev.openCount;
}

/** Active, with a seat, and below their own assignment limit. */
function underOwnLimit(t: Teammate): boolean {
  return t.status === 'active' && t.inboxSeat && (t.assignmentLimit === null || t.openCount < t.assignmentLimit);
}

/** Marks a balanced team for draining at the end of the event (once). */
export function markDirty(tx: Tx, team: TeamId): void {
  if (!tx.dirtyTeams.includes(team)) tx.dirtyTeams.push(team);
}

/**
 * Replaces a teammate and every roster it appears in; marks its balanced teams for draining when it
 * may have freed up. `prev`: the teammate as the state holds it now, when the caller has just read it.
 */
export function putTeammate(tx: Tx, next: Teammate, prev: Teammate | undefined = tableGet(tx.ws.teammates, next.id)): void {
  if (prev === next) return;
  tx.ws.teammates = tableSet(tx.ws.teammates, next);
  const freed = mayFreeUp(prev, next);
  for (const teamId of tableGet(tx.ws.memberships, next.id)?.teams ?? []) {
    const roster = tableGet(tx.ws.rosters, teamId);
    const updated = roster === undefined ? null : rosterWith(roster, prev, next);
    if (updated === null) continue;
    tx.ws.rosters = tableSet(tx.ws.rosters, updated);
    if (freed) markDirty(tx, teamId);
  }
}

function countsAsOpen(c: Conversation | undefined): TeammateId | null {
  return c !== undefined && c.state === 'open' ? c.teammate : null;
}

/** ASSIGN-23's queue key. */
export function backlogKey(c: Conversation): SortedEntry {
  return { a: c.priority ? 0 : 1, b: c.waitingSince ?? c.teamSince ?? c.createdAt, id: c.id };
}

function waitingIn(tx: Tx, c: Conversation | undefined): TeamId | null {
  if (c === undefined || c.state !== 'open' || c.teammate !== null || c.team === null) return null;
  return tableGet(tx.ws.teams, c.team)?.assignment === 'balanced' ? c.team : null;
}

/**
 * Writes a conversation and keeps everything derived from it in step. `reason` names the cause
 * when the team or teammate slot changes (one `conversation.assigned` effect per conversation per
 * event, with the latest cause and the slots as they end up).
 */
export function putConversation(tx: Tx, conversation: Conversation, reason: AssignedEffectReason | null = null): void {
  const prev = tableGet(tx.ws.conversations, conversation.id);
  if (prev === conversation) return;
  // STATUS-15, STATUS-17: a teammate without a seat cannot hold an open conversation. A closed one
  // they kept when their seat went reopens without them, back to its team's method.
  let next = conversation;
  // (only a new holder, or a conversation leaving the closed state, can break it: a seat is removed
  // only from a teammate who holds no open or snoozed conversation)
  const holderMayLackSeat = prev === undefined || prev.teammate !== next.teammate || prev.state === 'closed';
  if (holderMayLackSeat && next.state !== 'closed' && next.teammate !== null && tableGet(tx.ws.teammates, next.teammate)?.inboxSeat === false) {
    next = withConversation(next, { teammate: null, assignedManually: false });
    reason = 'seat-removed';
  }
  tx.ws.conversations = tableSet(tx.ws.conversations, next);

  // open counts (ASSIGN-16, SNOOZE-15) and last assignment (ASSIGN-18: every assignment, whatever
  // its cause), one teammate write each
  const before = countsAsOpen(prev);
  const after = countsAsOpen(next);
  const assignee = next.teammate !== null && next.teammate !== (prev?.teammate ?? null) ? next.teammate : null;
  if (before !== after && before !== null) adjustTeammate(tx, before, -1, false);
  const gains = before !== after ? after : null;
  if (gains !== null) adjustTeammate(tx, gains, 1, gains === assignee);
  if (assignee !== null) {
    if (assignee !== gains) adjustTeammate(tx, assignee, 0, true);
    const i = tx.round.indexOf(assignee);
    if (i >= 0) tx.round.splice(i, 1);
    tx.round.push(assignee);
  }
  // snooze queue
  if (prev?.state === 'snoozed' && prev.snoozedUntil !== null) tx.ws.snoozes = sortedDelete(tx.ws.snoozes, { a: prev.snoozedUntil, b: 0, id: prev.id });
  if (next.state === 'snoozed' && next.snoozedUntil !== null) tx.ws.snoozes = sortedInsert(tx.ws.snoozes, { a: next.snoozedUntil, b: 0, id: next.id });
  // balanced backlogs
  // (a conversation that keeps waiting in the same inbox under the same key, say after a reply,
  // stays where it is, and needs no drain: nobody became eligible)
  const wasWaiting = waitingIn(tx, prev);
  const isWaiting = waitingIn(tx, next);
  const oldKey = wasWaiting !== null && prev ? backlogKey(prev) : null;
  const newKey = isWaiting !== null ? backlogKey(next) : null;
  const stays = wasWaiting === isWaiting && oldKey !== null && newKey !== null && compareEntries(oldKey, newKey) === 0;
  if (!stays) {
    if (wasWaiting !== null && oldKey !== null) updateBacklog(tx, wasWaiting, (q) => sortedDelete(q, oldKey));
    if (isWaiting !== null && newKey !== null) updateBacklog(tx, isWaiting, (q) => sortedInsert(q, newKey));
  }
  if (isWaiting !== null && wasWaiting !== isWaiting) markDirty(tx, isWaiting);
  // the assignment effect
  if (prev === undefined || prev.team !== next.team || prev.teammate !== next.teammate) {
    const assigned = (tx.assigned ??= new Map<ConversationId, SlotsBefore>());
    const seen = assigned.get(next.id);
    const cause = reason ?? seen?.reason ?? 'manual';
    assigned.set(next.id, { team: seen ? seen.team : (prev?.team ?? null), teammate: seen ? seen.teammate : (prev?.teammate ?? null), reason: cause });
  }
}

/** One write of a teammate: the open count moved by `delta` (never below 0), and stamped as just assigned. */
function adjustTeammate(tx: Tx, id: TeammateId, delta: number, assigned: boolean): void {
  const t = tableGet(tx.ws.teammates, id);
  if (!t) return;
  const openCount = Math.max(0, t.openCount + delta);
  putTeammate(tx, withTeammate(t, assigned ? { openCount, lastAssignedAt: tx.now } : { openCount }), t);
}

function updateBacklog(tx: Tx, team: TeamId, f: (q: SortedList) => SortedList): void {
  const queue = tableGet(tx.ws.backlogs, team)?.queue ?? EMPTY_SORTED_LIST;
  const next = f(queue);
  if (next !== queue) tx.ws.backlogs = tableSet(tx.ws.backlogs, { id: team, queue: next });
}

/**
 * ASSIGN-22 and ASSIGN-27: serves the dirty balanced teams' waiting conversations one at a time,
 * always the first in ASSIGN-23 order across those teams, re-reading the counts after each, until
 * nobody eligible is left for any of them. Each pick is `decideBalancedAssignee`'s (the same scan).
 */
export function drain(tx: Tx): void {
  if (tx.dirtyTeams.length === 0) return;
  const live = new Set<TeamId>();
  for (const id of tx.dirtyTeams) if ((tableGet(tx.ws.backlogs, id)?.queue.size ?? 0) > 0) live.add(id);
  tx.dirtyTeams.length = 0;
  while (live.size > 0) {
    let best: { team: TeamId; head: SortedEntry } | null = null;
    for (const team of live) {
      const head = sortedFirst(tableGet(tx.ws.backlogs, team)?.queue ?? EMPTY_SORTED_LIST);
      if (!head) continue;
      if (!best || compareEntries(head, best.head) < 0) best = { team, head };
    }
    if (!best) break;
    const team = tableGet(tx.ws.teams, best.team) as Team;
    const teamCounts = team.assignmentLimit === null ? null : teamOpenCounts(team, conversationsOfTeam(tx, team.id));
    const sequence = roundOrder(tx.round);
    // The state was validated when it was built and by every event since, and a roster is exactly
    // its team's members in member order: the pick runs without decideBalancedAssignee's checks.
    const chosen = pickBalancedChunked(tableGet(tx.ws.rosters, team.id)?.chunks ?? [], { team, members: null, teamCounts, sequence });
    if (chosen === null) {
      live.delete(best.team);
      continue;
    }
    const c = tableGet(tx.ws.conversations, best.head.id) as Conversation;
    putConversation(tx, withConversation(c, { teammate: chosen.id, assignedManually: false }), 'balanced');
    // a drain can only lower eligibility; the teams it dirtied need no second look
    tx.dirtyTeams.length = 0;
  }
}

/** Every conversation of a team (for a team with its own limit, Beyond-1): O(conversations). */
function conversationsOfTeam(tx: Tx, team: TeamId): Conversation[] {
  return [...tableValues(tx.ws.conversations)].filter((c) => c.team === team);
}

/** Closes the transaction: drains, then emits one assignment effect per changed conversation. */
export function commitTx(tx: Tx): { workspace: Workspace; effects: readonly WorkspaceEffect[] } {
  drain(tx);
  const effects = tx.effects;
  for (const [id, before] of tx.assigned ?? []) {
    const c = tableGet(tx.ws.conversations, id) as Conversation;
    if (c.team === before.team && c.teammate === before.teammate) continue;
    effects.push({ type: 'conversation.assigned', conversation: id, teammate: c.teammate, team: c.team, reason: before.reason });
  }
  return { workspace: tx.ws, effects };
}
