// Builds an event the workspace surely accepts from one random intent, and updates the model as
// the workspace will; null when the intent's event type has nothing to act on yet. Private.
import type { WorkspaceEvent } from '../../workspace/index.js';
import { AWKWARD_IDS, TEXTS } from './_shared.js';
import {
  addConversation, addHumanReply, afterTeammatePart, closeSendsRequest, stateAt, type Model, type ModelConversation, type ModelTeammate,
} from './_workspaceModel.js';

/** The random numbers one generated event is read from. */
export interface Intent {
  readonly type: WorkspaceEvent['type'];
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly flag: boolean;
  readonly text: number;
  readonly gap: number;
  readonly roll: number;
}

/** The `n`-th element, wrapping around; undefined for an empty list. */
export function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

export const textOf = (i: Intent): string => TEXTS[i.text % TEXTS.length] as string;

/**
 * The conversation an intent acts on, from `list` (in creation order): three times in four one of
 * the two latest, so conversations get long enough histories (replies, notes, closes, ratings).
 */
export function pickConversation<T>(list: readonly T[], i: Intent): T | undefined {
  const n = i.a >> 2;
  return i.a % 4 === 3 ? pick(list, n) : list[list.length - 1 - (n % Math.min(2, Math.max(1, list.length)))];
}

/** A fresh conversation id: `c1`, `c2`, ..., and now and then `__proto__` or `constructor`. */
function newConversationId(m: Model, i: Intent): string {
  const awkward = i.flag && i.b % 6 === 0 ? AWKWARD_IDS.find((id) => !m.usedIds.has(id)) : undefined;
  // `c<n>` with n one more than the number of conversations so far is never taken.
  return awkward ?? `c${m.conversations.length + 1}`;
}

/** One or two customers for a new conversation. */
export function customersFor(m: Model, i: Intent): string[] {
  const first = pick(m.contacts, i.a);
  if (first === undefined) return [];
  const second = pick(m.contacts, i.a + 1) as string;
  return i.c % 4 === 0 && second !== first ? [first, second] : [first];
}

const seatHolders = (m: Model): ModelTeammate[] => m.teammates.filter((t) => t.seat);
const notClosed = (m: Model, now: number): ModelConversation[] => m.conversations.filter((c) => stateAt(c, now) !== 'closed');

type Make = (m: Model, i: Intent, now: number) => WorkspaceEvent | null;

const created: Make = (m, i, now) => {
  const id = newConversationId(m, i);
  const customers = customersFor(m, i);
  const team = i.b % 3 === 0 ? undefined : pick(m.teams, i.b)?.id;
  const text = textOf(i);
  const c = addConversation(m, id, now, customers, null);
  if (customers.length > 0) addHumanReply(c, text, now);
  return {
    type: 'conversation.created', at: now, conversation: id, customers, text,
    ...(team === undefined ? {} : { team }), ...(i.c % 5 === 0 ? { via: 'manual' as const } : {}),
    ...(i.c % 7 === 0 ? { priority: true } : {}), ...(i.flag ? { channel: 'email' as const } : {}),
  };
};

const outbound: Make = (m, i, now) => {
  const sender = pick(m.teammates, i.a);
  if (sender === undefined) return null;
  const pool = [...m.contactByEmail.keys(), `lead${(i.b % 3) + 1}@example.test`, `lead${((i.b + 1) % 3) + 1}@example.test`]
    .filter((address) => !m.teammateEmails.has(address));
  const first = pick(pool, i.a) as string;
  const second = pick(pool, i.a + 1) as string;
  const to = i.c % 3 === 0 && second !== first ? [first, second] : [first];
  const channel = i.flag ? 'email' as const : 'messenger' as const;
  const from = channel === 'email' && m.customSender !== null && sender.canSendFromCustomAddresses && i.c % 2 === 0 ? m.customSender : undefined;
  const holders = seatHolders(m);
  const team = pick(m.teams, i.b);
  const assignTo = i.c % 4 === 1 ? null : i.c % 4 === 2 && team !== undefined ? { team: team.id } : i.c % 4 === 3 ? pick(holders, i.b) : undefined;
  const id = newConversationId(m, i);
  const text = textOf(i);
  const c = addConversation(m, id, now, to.map((address) => m.contactByEmail.get(address) ?? `new:${address}`), sender.id);
  addHumanReply(c, text, now);
  if (assignTo === undefined) sender.mayHold ||= sender.seat;
  else if (assignTo !== null && 'mayHold' in assignTo) assignTo.mayHold = true;
  return {
    type: 'conversation.outbound-started', at: now, conversation: id, teammate: sender.id, to, channel, text,
    ...(from === undefined ? {} : { from }),
    ...(assignTo === undefined ? {} : { assignTo: assignTo === null || 'team' in assignTo ? assignTo : { teammate: assignTo.id } }),
  };
};

const customerReplied: Make = (m, i, now) => {
  const c = pickConversation(m.conversations, i);
  if (c === undefined) return null;
  const explicit = i.flag || c.customers.size === 0 ? pick(m.contacts, i.b) : undefined;
  if (c.customers.size === 0 && explicit === undefined) return null;
  const text = textOf(i);
  c.state = 'open';
  addHumanReply(c, text, now);
  if (explicit !== undefined) c.customers.add(explicit);
  return { type: 'customer.replied', at: now, conversation: c.id, text, ...(explicit === undefined ? {} : { customer: explicit }) };
};

const teammateReplied: Make = (m, i, now) => {
  const c = pickConversation(m.conversations, i);
  const t = pick(m.teammates, i.b);
  if (c === undefined || t === undefined) return null;
  const text = textOf(i);
  afterTeammatePart(c, now);
  addHumanReply(c, text, now);
  c.hasTeammateReply = true;
  return { type: 'teammate.replied', at: now, conversation: c.id, teammate: t.id, text };
};

const noteAdded: Make = (m, i, now) => {
  const c = pickConversation(m.conversations, i);
  const author = pick(m.teammates, i.b);
  if (c === undefined || author === undefined) return null;
  const mentioned = i.flag ? pick(m.teammates.filter((t) => t.handle !== null), i.c) : undefined;
  afterTeammatePart(c, now);
  if (mentioned !== undefined) {
    c.possiblyMentioned.add(mentioned.id);
    if (mentioned !== author) c.surelyMentioned.add(mentioned.id);
  }
  const text = mentioned === undefined ? textOf(i) : `@${mentioned.handle as string} ${textOf(i)}`;
  return { type: 'note.added', at: now, conversation: c.id, teammate: author.id, text };
};

const assigned: Make = (m, i, now) => {
  const c = pickConversation(m.conversations, i);
  const by = pick(m.teammates, i.b);
  if (c === undefined || by === undefined) return null;
  const team = i.c % 3 === 1 ? pick(m.teams, i.b) : undefined;
  const teammate = i.c % 3 === 2 ? pick(seatHolders(m), i.a + i.b) : undefined;
  if (teammate !== undefined) teammate.mayHold = true;
  const to = team !== undefined ? { team: team.id } : teammate !== undefined ? { teammate: teammate.id } : null;
  return { type: 'conversation.assigned', at: now, conversation: c.id, by: by.id, to };
};

const PRESETS = ['tomorrow', 'next-week', 'next-month'] as const;
const HOUR = 3_600_000;

const snoozed: Make = (m, i, now) => {
  const c = pickConversation(notClosed(m, now), i);
  const t = pick(m.teammates, i.b);
  if (c === undefined || t === undefined) return null;
  const base = { type: 'conversation.snoozed' as const, at: now, conversation: c.id, teammate: t.id };
  const variant = i.c % 5;
  if (variant === 3) {
    c.state = 'open-or-snoozed';
    return { ...base, preset: PRESETS[i.b % PRESETS.length] };
  }
  c.state = 'snoozed';
  if (variant === 2) {
    c.until = now + HOUR * (1 + (i.b % 48));
    return { ...base, for: `PT${1 + (i.b % 48)}H` };
  }
  if (variant === 4) {
    c.until = now + 60_000 * (5 + (i.b % 120));
    return { ...base, for: `PT${5 + (i.b % 120)}M` };
  }
  c.until = now + HOUR * (1 + (i.b % 240));
  return { ...base, until: c.until };
};

const closed: Make = (m, i, now) => {
  // Half the time the open conversation with the longest history, so closes that send a rating request happen.
  const open = notClosed(m, now);
  const c = i.flag ? open.reduce<ModelConversation | undefined>((best, x) => (best === undefined || x.chars >= best.chars ? x : best), undefined) : pickConversation(open, i);
  const t = pick(m.teammates, i.b);
  if (c === undefined || t === undefined) return null;
  c.requested ||= closeSendsRequest(m, c, now);
  c.closeCount++;
  c.state = 'closed';
  return { type: 'conversation.closed', at: now, conversation: c.id, teammate: t.id };
};

const reopened: Make = (m, i, now) => {
  const c = pickConversation(m.conversations.filter((x) => stateAt(x, now) === 'closed' || stateAt(x, now) === 'snoozed'), i);
  const t = pick(m.teammates, i.b);
  if (c === undefined || t === undefined) return null;
  c.state = 'open';
  return { type: 'conversation.reopened', at: now, conversation: c.id, teammate: t.id };
};

const viewed: Make = (m, i, now) => {
  const c = pickConversation(m.conversations, i);
  const t = pick(m.teammates, i.b);
  return c === undefined || t === undefined ? null : { type: 'conversation.viewed', at: now, conversation: c.id, teammate: t.id };
};

const markedUnread: Make = (m, i, now) => {
  const pairs = m.conversations.flatMap((c) => [...c.surelyMentioned].map((t) => ({ c: c.id, t })));
  const p = pick(pairs, i.a);
  return p === undefined ? null : { type: 'mention.marked-unread', at: now, conversation: p.c, teammate: p.t };
};

const STATUS_CHANGES = [
  { status: 'active' }, { status: 'away' }, { status: 'away', awayReason: 'Lunch' }, { status: 'away', reassignReplies: true },
  { status: 'away', awayReason: null, reassignReplies: false },
] as const;

const statusChanged: Make = (m, i, now) => {
  const t = pick(m.teammates, i.a);
  return t === undefined ? null : { type: 'teammate.status-changed', at: now, teammate: t.id, ...(STATUS_CHANGES[i.c % STATUS_CHANGES.length] as (typeof STATUS_CHANGES)[number]) };
};

const ratingSubmitted: Make = (m, i, now) => {
  const c = pickConversation(m.conversations.filter((x) => x.requested && !x.locked), i);
  if (c === undefined) return null;
  c.locked = i.flag;
  return { type: 'rating.submitted', at: now, conversation: c.id, score: 1 + (i.b % 5), ...(i.flag ? { comment: 'Thanks, all sorted' } : {}) };
};

const priorityChanged: Make = (m, i, now) => {
  const c = pickConversation(m.conversations, i);
  const by = pick(m.teammates, i.b);
  return c === undefined || by === undefined ? null : { type: 'conversation.priority-changed', at: now, conversation: c.id, priority: i.flag, by: by.id };
};

const membersChanged: Make = (m, i, now) => {
  const team = pick(m.teams, i.a);
  if (team === undefined) return null;
  const chosen = m.teammates.filter((_t, k) => ((i.b >> k) & 1) === 1);
  const turn = chosen.length === 0 ? 0 : i.c % chosen.length;
  const members = [...chosen.slice(turn), ...chosen.slice(0, turn)];
  if (team.automatic) for (const t of members) t.mayHold = true;
  return { type: 'team.members-changed', at: now, team: team.id, members: members.map((t) => t.id) };
};

const teammateUpdated: Make = (m, i, now) => {
  const t = pick(m.teammates, i.a);
  if (t === undefined) return null;
  const base = { type: 'teammate.updated' as const, at: now, teammate: t.id };
  const variant = i.c % 4;
  if (variant === 2 || (variant === 3 && (!t.seat || !t.mayHold))) {
    t.seat = variant === 2;
    return { ...base, inboxSeat: t.seat };
  }
  return { ...base, assignmentLimit: variant === 0 ? null : 1 + (i.b % 5) };
};

const timePassed: Make = (_m, _i, now) => ({ type: 'time.passed', at: now });

const MAKERS: { readonly [T in WorkspaceEvent['type']]: Make } = {
  'conversation.created': created,
  'conversation.outbound-started': outbound,
  'customer.replied': customerReplied,
  'teammate.replied': teammateReplied,
  'bot.replied': (m, i, now) => {
    const c = pickConversation(m.conversations, i);
    return c === undefined ? null : { type: 'bot.replied', at: now, conversation: c.id, text: textOf(i), ...(i.flag ? { bot: 'fin' } : {}) };
  },
  'note.added': noteAdded,
  'conversation.assigned': assigned,
  'conversation.snoozed': snoozed,
  'conversation.closed': closed,
  'conversation.reopened': reopened,
  'conversation.viewed': viewed,
  'mention.marked-unread': markedUnread,
  'teammate.status-changed': statusChanged,
  'rating.submitted': ratingSubmitted,
  'conversation.priority-changed': priorityChanged,
  'team.members-changed': membersChanged,
  'teammate.updated': teammateUpdated,
  'time.passed': timePassed,
};

/** An event the workspace surely accepts, the model updated; a new conversation when the intent's type has nothing to act on. */
export function validEvent(m: Model, i: Intent, now: number): WorkspaceEvent {
  return MAKERS[i.type](m, i, now) ?? created(m, i, now) as WorkspaceEvent;
}
