import { sortedFirst } from '../_internal/sortedList.js';
import { tableGet, tableSet, tableValues, type Table } from '../_internal/table.js';
import {
  assertArray, assertBoolean, assertId, assertInstant, assertLimit, assertOneOf, assertRecord, assertString, fail, own, show,
} from '../_internal/validate.js';
import { decideReassignOnReply } from '../assignment/index.js';
import { checkTarget, manualNext } from '../assignment/applyManualAssignment.js';
import { arrival } from '../assignment/routeArrival.js';
import {
  addBotReply, reopenConversation,
} from '../conversation/index.js';
import { customerReplyReopens } from '../conversation/addCustomerReply.js';
import { noteReopens } from '../conversation/addNote.js';
import { teammateReplyReopens } from '../conversation/addTeammateReply.js';
import { applyPart } from '../conversation/_lifecycle.js';
import { assertCloseable, close } from '../conversation/closeConversation.js';
import type { HandleIndex } from '../mentions/_handles.js';
import { setUnread } from '../mentions/_readFlag.js';
import type { MentionLists } from '../mentions/_state.js';
import type { Mention } from '../mentions/index.js';
import { recordNote } from '../mentions/recordMentions.js';
import {
  CHANNELS, checkedMembers, createTeam, createTeammate, makeConversation, withConversation, type Conversation, type Part, type Reopening, type Team,
  type Teammate,
} from '../model/index.js';
import { emailKey } from '../outbound/_email.js';
import { startOutboundConversation, type KnownContact } from '../outbound/index.js';
import { applyRatingDecision } from '../ratings/applyRatingRequest.js';
import { rate } from '../ratings/submitRating.js';
import { snoozeEnd } from '../snooze/_snoozeEnd.js';
import { snoozeUntil } from '../snooze/snoozeConversation.js';
import { wake } from '../snooze/wakeConversation.js';
import { applyStatusChange, teammateMode } from '../status/index.js';
import type { AssignedEffectReason } from './effects.js';
import { WORKSPACE_EVENT_TYPES, type WorkspaceEvent } from './events.js';
import {
  beginTx, commitTx, getConversationOrFail, getTeamOrFail, getTeammateOrFail, markDirty, putConversation, putTeammate, rosterOf, type Tx,
} from './_tx.js';
import { makeRoster } from './_roster.js';
import type { ApplyResult, MentionEntry, Workspace } from './types.js';

/**
 * Applies one event to a workspace: the pure transition `(workspace, event) -> { workspace,
 * effects }` of the whole inbox. It never performs an effect and never changes its input.
 *
 * Before the event, the clock moves to `event.at` and every snooze that has ended by then
 * (`snoozedUntil <= at`, SNOOZE-5) reopens, with a `conversation.reopened` effect (SNOOZE-10).
 * Then the event applies through the rule functions of each area (assignment, status, snooze,
 * mentions, ratings, outbound), and finally every balanced team inbox whose backlog may have
 * become assignable drains (ASSIGN-22, ASSIGN-27). Each conversation whose team or teammate slot
 * changed gets exactly one `conversation.assigned` effect, naming the slots as they end up and the
 * latest cause.
 *
 * *Decisions*: a rejected event **throws** {@link InboxRuleError} (the workspace you hold is
 * unchanged, since it is immutable); events may not go back in time (`time-went-backwards`);
 * customers of a new conversation must be known contacts (`unknown-contact`); a teammate's seat
 * can only be removed once they hold no open or snoozed conversation (STATUS-17: hand them over
 * first, `invalid-event`); the workspace's default assignee is used only by reassign-on-reply
 * (STATUS-10), never for new conversations.
 *
 * Cost: independent of the number of conversations (persistent two-level tables; see
 * docs/performance.md), linear in the size of the teams involved.
 *
 * @param workspace - the current state.
 * @param event - the event, with `at` in epoch milliseconds.
 * @returns the next state and the effects, in order (assignment effects last).
 * @throws {@link InboxRuleError} with the code of the rule the event breaks.
 * @example
 * ```ts
 * import { apply, createWorkspace, getConversation } from 'inbox-rules/workspace';
 * const ws0 = createWorkspace({
 *   teammates: [{ id: 'ana' }, { id: 'ben' }],
 *   teams: [{ id: 'billing', assignment: 'balanced', members: ['ana', 'ben'] }],
 *   contacts: [{ id: 'u1', email: 'u1@example.test' }],
 * });
 * const { workspace, effects } = apply(ws0, {
 *   type: 'conversation.created', at: Date.parse('2026-01-05T09:00:00Z'),
 *   conversation: 'c1', customers: ['u1'], team: 'billing', text: 'Hi, my invoice is wrong',
 * });
 * getConversation(workspace, 'c1')?.teammate; // => 'ana'
 * effects; // => [{ type: 'conversation.assigned', conversation: 'c1', teammate: 'ana', team: 'billing', reason: 'balanced' }]
 * ```
 * @category Workspace
 */
export function apply(workspace: Workspace, event: WorkspaceEvent): ApplyResult {
  const e = assertRecord(event, 'event');
  // (the type is checked by looking its handler up: a scan of the type list cost more per event)
  const type = own(e, 'type') as WorkspaceEvent['type'];
  // (every listed type has a handler, so assertOneOf is reached only to throw)
  const handler = HANDLER_OF.get(type) ?? assertOneOf(type, WORKSPACE_EVENT_TYPES, 'event.type', 'invalid-event') as never;
  const at = assertInstant(own(e, 'at'), `${type} event's at`);
  if (workspace.clock !== null && at < workspace.clock) {
    fail('time-went-backwards', `The ${type} event at ${new Date(at).toISOString()} is earlier than the workspace clock (${new Date(workspace.clock).toISOString()}); apply events in time order.`, { at, clock: workspace.clock });
  }
  const tx = beginTx(workspace, at);
  wakeEndedSnoozes(tx);
  handler(tx, event as never);
  return commitTx(tx);
}

/** SNOOZE-5, SNOOZE-10: every snooze that ended by now reopens, in order of its end. */
function wakeEndedSnoozes(tx: Tx): void {
  for (let head = sortedFirst(tx.ws.snoozes); head !== undefined && head.a <= tx.now; head = sortedFirst(tx.ws.snoozes)) {
    const c = getConversationOrFail(tx, head.id);
    const woken = wake(c, tx.now);
    putConversation(tx, woken.conversation);
    reopened(tx, c, woken.reopened);
  }
}

function reopened(tx: Tx, c: Conversation, r: Reopening | null): void {
  if (r) tx.effects.push({ type: 'conversation.reopened', conversation: c.id, reason: r.reason, snoozedAt: r.snoozedAt, reopenedAt: r.reopenedAt });
}

/** The workspace's mention lists: one table entry per teammate (see MentionEntry). */
const EMPTY_MENTIONS: readonly Mention[] = /* @__PURE__ */ Object.freeze([]);
const MENTION_TABLE: MentionLists<Table<MentionEntry>> = {
  read: (table, teammate) => tableGet(table, teammate)?.mentions ?? EMPTY_MENTIONS,
  write: (table, teammate, mentions) => tableSet(table, { id: teammate, mentions }),
};

type Handler<T extends WorkspaceEvent['type']> = (tx: Tx, event: Extract<WorkspaceEvent, { type: T }>) => void;
type Handlers = { readonly [T in WorkspaceEvent['type']]: Handler<T> };

const str = (e: object, key: string, what: string): string => assertString(own(e as Record<string, unknown>, key), what);
const id = (e: object, key: string, what: string): string => assertId(own(e as Record<string, unknown>, key), what);

/** Members of a team plus any extra teammates, as the assignment functions want them. */
function teammatesFor(tx: Tx, team: Team | null, ...extra: (string | null | undefined)[]): Teammate[] {
  const list = team ? rosterOf(tx, team.id) : [];
  for (const x of extra) {
    if (typeof x !== 'string' || list.some((t) => t.id === x)) continue;
    const t = tableGet(tx.ws.teammates, x);
    if (t) list.push(t);
  }
  return list;
}

/** Puts a conversation that has just been given a team through that team's method (ASSIGN-2). */
function arrive(tx: Tx, c: Conversation, team: Team, via: 'workflow' | 'manual', reason: AssignedEffectReason): void {
  if (team.assignment === 'balanced') {
    // Joins the backlog; the drain at the end of the event picks (ASSIGN-22 a).
    putConversation(tx, withConversation(c, { team: team.id, teamSince: c.team === team.id ? c.teamSince : tx.now }), reason);
    return;
  }
  // routeArrival's own rules, without re-validating the workspace's teammates (a team built by
  // createTeam carries its member set; after a JSON round trip it is rebuilt)
  const members = checkedMembers(team)?.set ?? new Set(team.members);
  const r = arrival(c, { team, members }, teammatesFor(tx, team, team.rotationCursor), via, null, undefined, tx.now, false);
  if (r.team !== team) tx.ws.teams = tableSet(tx.ws.teams, r.team);
  putConversation(tx, r.conversation, r.decision.kind === 'assigned' ? 'round-robin' : reason);
}

function addPart(tx: Tx, c: Conversation, result: { conversation: Conversation; reopened: Reopening | null }): Conversation {
  putConversation(tx, result.conversation);
  reopened(tx, c, result.reopened);
  return result.conversation;
}

const HANDLERS: Handlers = {
  'conversation.created': (tx, e) => {
    const cid = id(e, 'conversation', 'conversation.created conversation');
    if (tableGet(tx.ws.conversations, cid)) fail('duplicate-id', `Conversation ${show(cid)} already exists; conversation ids are never reused.`, { conversation: cid });
    const customers = assertArray(e.customers, 'conversation.created customers').map((u) => assertId(u, 'customer'));
    for (const u of customers) {
      if (!tableGet(tx.ws.contacts, u)) fail('unknown-contact', `Customer ${show(u)} of conversation ${show(cid)} is not a contact of this workspace; add it to the config's contacts.`, { contact: u });
    }
    const text = str(e, 'text', 'conversation.created text');
    const first: Part | null = customers[0] === undefined ? null : { type: 'customer-reply', author: customers[0], text, at: tx.now };
    const priority = e.priority === undefined ? false : assertBoolean(e.priority, 'conversation.created priority');
    const channel = e.channel === undefined ? 'messenger' : assertOneOf(e.channel, CHANNELS, 'conversation.created channel', 'invalid-channel');
    // (every other field is built here from checked values: the factory, without createConversation's re-validation)
    const c = makeConversation(
      cid, 'open', null, null, customers, first ? [first] : [], priority, channel, tx.now, null, first ? tx.now : null, null, false, null, null,
      [], null, 0, null, null,
    );
    const teamId = own(e as unknown as Record<string, unknown>, 'team') ?? null; // null is accepted from untyped callers
    if (teamId === null) {
      putConversation(tx, c);
      return;
    }
    const via = e.via === undefined ? 'workflow' : assertOneOf(e.via, ['workflow', 'manual'] as const, 'conversation.created via', 'invalid-event');
    arrive(tx, c, getTeamOrFail(tx, teamId), via, via === 'workflow' ? 'workflow' : 'manual');
  },

  'conversation.outbound-started': (tx, e) => {
    const cid = id(e, 'conversation', 'outbound conversation');
    if (tableGet(tx.ws.conversations, cid)) fail('duplicate-id', `Conversation ${show(cid)} already exists; conversation ids are never reused.`, { conversation: cid });
    const sender = getTeammateOrFail(tx, e.teammate, 'sender');
    const to = assertArray(e.to, 'conversation.outbound-started to');
    const contacts: KnownContact[] = [];
    for (const address of to) {
      const known = typeof address === 'string' ? tableGet(tx.ws.contactsByEmail, emailKey(address)) : undefined;
      const contact = known ? tableGet(tx.ws.contacts, known.contact) : undefined;
      if (contact && !contacts.includes(contact)) contacts.push(contact);
    }
    const assignTo = e.assignTo;
    const targetTeam = assignTo && 'team' in assignTo ? getTeamOrFail(tx, assignTo.team) : null;
    const started = startOutboundConversation({
      id: cid,
      draft: { teammate: sender.id, channel: e.channel, to: to as string[], text: e.text, from: e.from ?? null, ...(assignTo === undefined ? {} : { assignTo }) },
      teammates: tx.ws.directory.map((t) => tableGet(tx.ws.teammates, t.id) ?? t),
      teams: targetTeam ? [targetTeam] : [],
      contacts,
      workspace: { customSenderAddresses: tx.ws.settings.customSenderAddresses },
      now: tx.now,
    });
    for (const created of started.createdContacts) {
      tx.ws.contacts = tableSet(tx.ws.contacts, { id: created.id, email: created.email });
      tx.ws.contactsByEmail = tableSet(tx.ws.contactsByEmail, { id: emailKey(created.email), contact: created.id });
      tx.effects.push({ type: 'contact.created', email: created.email, contact: created.id });
    }
    const c = started.conversation;
    const manual = c.teammate !== null ? withConversation(c, { assignedManually: true }) : c;
    putConversation(tx, manual, 'outbound');
  },

  'customer.replied': (tx, e) => {
    const c = getConversationOrFail(tx, e.conversation);
    const customer = e.customer === undefined ? (c.customers[0] ?? fail('invalid-event', `Conversation ${show(c.id)} has no customer; name the replying customer.`, { conversation: c.id })) : assertId(e.customer, 'customer');
    if (!tableGet(tx.ws.contacts, customer)) fail('unknown-contact', `Customer ${show(customer)} is not a contact of this workspace.`, { contact: customer });
    let next = addPart(tx, c, applyPart(c, { type: 'customer-reply', author: customer, text: str(e, 'text', 'customer.replied text'), at: tx.now }, customerReplyReopens));
    if (!next.customers.includes(customer)) {
      next = withConversation(next, { customers: [...next.customers, customer] });
      putConversation(tx, next);
    }
    // STATUS-8 to STATUS-14: an away + reassign assignee is unassigned by a customer reply. For any
    // other assignee (or none) decideReassignOnReply keeps the conversation as it is, so it is
    // asked only then (most replies: no team lists to gather, nothing to re-validate).
    const assignee = next.teammate === null ? undefined : tableGet(tx.ws.teammates, next.teammate);
    if (assignee === undefined || teammateMode(assignee) !== 'away-reassigning') return;
    const teams: Team[] = [];
    const own = next.team === null ? undefined : tableGet(tx.ws.teams, next.team);
    if (own) teams.push(own);
    const d = tx.ws.defaultAssignee;
    const defaultTeam = d !== null && 'team' in d ? tableGet(tx.ws.teams, d.team) : undefined;
    if (defaultTeam && defaultTeam !== own) teams.push(defaultTeam);
    const decision = decideReassignOnReply({
      conversation: next, replyType: 'customer-reply', teams, defaultAssignee: d, now: tx.now,
      teammates: teammatesFor(tx, null, next.teammate, d !== null && 'teammate' in d ? d.teammate : null),
    });
    if (decision.kind === 'unassign') {
      putConversation(tx, decision.conversation, decision.destination.kind === 'team-inbox' ? 'reassign-on-reply' : 'default-assignee');
    }
  },

  'teammate.replied': (tx, e) => {
    const c = getConversationOrFail(tx, e.conversation);
    const t = getTeammateOrFail(tx, e.teammate);
    addPart(tx, c, applyPart(c, { type: 'teammate-reply', author: t.id, text: str(e, 'text', 'teammate.replied text'), at: tx.now }, teammateReplyReopens(false)));
  },

  'bot.replied': (tx, e) => {
    const c = getConversationOrFail(tx, e.conversation);
    addPart(tx, c, addBotReply({ conversation: c, bot: e.bot ?? 'bot', text: str(e, 'text', 'bot.replied text'), now: tx.now }));
  },

  'note.added': (tx, e) => {
    const c = getConversationOrFail(tx, e.conversation);
    const t = getTeammateOrFail(tx, e.teammate);
    const text = str(e, 'text', 'note.added text');
    addPart(tx, c, applyPart(c, { type: 'note', author: t.id, text, at: tx.now }, noteReopens));
    // The workspace's own handle index (built once, from its teammates) instead of re-indexing
    // every teammate on every note, as recordMentions does from a list.
    const handles = tx.ws.handles;
    const teammates = tx.ws.teammates;
    const index: HandleIndex = { lookup: (key) => tableGet(handles, key)?.teammates, has: (who) => tableGet(teammates, who) !== undefined };
    const r = recordNote(MENTION_TABLE, tx.ws.mentions, c.id, t.id, text, index, tx.now, 'ignore');
    tx.ws.mentions = r.state;
    for (const n of r.notified) tx.effects.push({ type: 'mention.notified', conversation: c.id, teammate: n.teammate, by: n.by });
  },

  'conversation.assigned': (tx, e) => {
    const c = getConversationOrFail(tx, e.conversation);
    getTeammateOrFail(tx, e.by, 'by');
    // applyManualAssignment's own rule (manualNext), on the workspace's teammates and teams
    const to = checkTarget(own(e as unknown as Record<string, unknown>, 'to'), 'conversation.assigned');
    if (to !== null && 'team' in to) getTeamOrFail(tx, to.team);
    const target = to !== null && 'teammate' in to && to.teammate !== null ? getTeammateOrFail(tx, to.teammate) : null;
    putConversation(tx, manualNext(c, to, target, tx.now), 'manual');
  },

  'conversation.snoozed': (tx, e) => {
    const c = getConversationOrFail(tx, e.conversation);
    const t = getTeammateOrFail(tx, e.teammate);
    const given = [e.until, e.for, e.preset].filter((x) => x !== undefined).length;
    if (given !== 1) fail('invalid-event', `conversation.snoozed needs exactly one of until, for, preset; got ${given}.`, { conversation: c.id });
    // (the end as snoozeConversation reads it, in the snoozing teammate's zone; the rest unchecked)
    const until = snoozeEnd('conversation.snoozed', { until: e.until, for: e.for, preset: e.preset, now: tx.now, timezone: t.timezone, presets: tx.ws.settings.snoozePresets }, tx.now);
    putConversation(tx, snoozeUntil(c, t.id, tx.now, until, null));
  },

  'conversation.closed': (tx, e) => {
    const c = getConversationOrFail(tx, e.conversation);
    getTeammateOrFail(tx, e.teammate);
    assertCloseable(c); // before the rating decision, which must see the conversation as it was before the close
    const rated = applyRatingDecision(c, tx.now, tx.ws.settings.ratingRequest);
    const closed = close(rated.conversation, tx.now);
    putConversation(tx, closed);
    const d = rated.decision;
    tx.effects.push(d.kind === 'request'
      ? { type: 'rating.requested', conversation: c.id, teammate: d.teammate }
      : { type: 'rating.not-requested', conversation: c.id, reasons: d.reasons });
  },

  'conversation.reopened': (tx, e) => {
    const c = getConversationOrFail(tx, e.conversation);
    const t = getTeammateOrFail(tx, e.teammate);
    addPart(tx, c, reopenConversation({ conversation: c, teammate: t.id, now: tx.now }));
  },

  'conversation.viewed': (tx, e) => {
    const c = getConversationOrFail(tx, e.conversation);
    const t = getTeammateOrFail(tx, e.teammate);
    tx.ws.mentions = setUnread(MENTION_TABLE, tx.ws.mentions, t.id, c.id, false, false);
  },

  'mention.marked-unread': (tx, e) => {
    const c = getConversationOrFail(tx, e.conversation);
    const t = getTeammateOrFail(tx, e.teammate);
    tx.ws.mentions = setUnread(MENTION_TABLE, tx.ws.mentions, t.id, c.id, true, true); // markMentionUnread's default: reject
  },

  'teammate.status-changed': (tx, e) => {
    const t = getTeammateOrFail(tx, e.teammate);
    putTeammate(tx, applyStatusChange({
      teammate: t, status: e.status,
      ...(e.awayReason === undefined ? {} : { awayReason: e.awayReason }),
      ...(e.reassignReplies === undefined ? {} : { reassignReplies: e.reassignReplies }),
    }));
  },

  'rating.submitted': (tx, e) => {
    const c = getConversationOrFail(tx, e.conversation);
    const r = rate(c, e.score, e.comment ?? null, tx.now);
    putConversation(tx, r.conversation);
    tx.effects.push({ type: 'rating.recorded', conversation: c.id, score: r.conversation.rating?.score ?? e.score, changed: r.changed });
  },

  'conversation.priority-changed': (tx, e) => {
    const c = getConversationOrFail(tx, e.conversation);
    getTeammateOrFail(tx, e.by, 'by');
    const priority = assertBoolean(e.priority, 'conversation.priority-changed priority');
    if (priority !== c.priority) putConversation(tx, withConversation(c, { priority }));
  },

  'team.members-changed': (tx, e) => {
    const team = getTeamOrFail(tx, e.team);
    const members = assertArray(e.members, 'team.members-changed members').map((m) => getTeammateOrFail(tx, m, 'member').id);
    const next = createTeam({ ...team, members });
    tx.ws.teams = tableSet(tx.ws.teams, next);
    tx.ws.rosters = tableSet(tx.ws.rosters, makeRoster(team.id, members.map((m) => tableGet(tx.ws.teammates, m) as Teammate)));
    for (const m of new Set([...team.members, ...members])) {
      const teams = (tableGet(tx.ws.memberships, m)?.teams ?? []).filter((x) => x !== team.id);
      tx.ws.memberships = tableSet(tx.ws.memberships, { id: m, teams: members.includes(m) ? [...teams, team.id] : teams });
    }
    markDirty(tx, team.id);
  },

  'teammate.updated': (tx, e) => {
    const t = getTeammateOrFail(tx, e.teammate);
    const limit = e.assignmentLimit === undefined ? t.assignmentLimit : assertLimit(e.assignmentLimit, `teammate ${show(t.id)} assignmentLimit`);
    const seat = e.inboxSeat === undefined ? t.inboxSeat : assertBoolean(e.inboxSeat, `teammate ${show(t.id)} inboxSeat`);
    if (t.inboxSeat && !seat && holdsConversations(tx, t.id)) {
      fail('invalid-event', `Teammate ${show(t.id)} still holds open or snoozed conversations; hand them over (planSeatRemoval) before removing the seat (STATUS-17).`, { teammate: t.id });
    }
    putTeammate(tx, createTeammate({ ...t, assignmentLimit: limit, inboxSeat: seat }));
  },

  'time.passed': () => undefined,
};

/** The handlers by event type, in a Map (so no type string reaches an object's prototype). */
const HANDLER_OF: ReadonlyMap<string, (tx: Tx, event: never) => void> = /* @__PURE__ */ new Map(Object.entries(HANDLERS));

/** Whether a teammate is the assignee of any open or snoozed conversation (rare path: a scan). */
function holdsConversations(tx: Tx, teammate: string): boolean {
  for (const c of tableValues(tx.ws.conversations)) if (c.teammate === teammate && c.state !== 'closed') return true;
  return false;
}

