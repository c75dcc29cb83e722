// The reference event handling used by the two comparison points of the workspace benchmark: the
// hand-written mutable baseline (bench/baseline.ts, Maps mutated in place: the floor) and the naive
// immer version (bench/naive.ts, immer over flat Records: what a user would write first). Both run
// this same code against a different Store, so they do the same work per event as each other, and
// the same kinds of work as the library: a balanced scan over the team's members on arrival and on
// reassignment, open counts, a snooze queue woken by the clock, a backlog drained when a teammate
// frees up, a mention scan of every note, a rating decision on every close.
//
// It is a simplified reading of RULES.md (a floor to compare against, not a specification): ties,
// reasons and validation are reduced to what costs time.
import type { WorkspaceEvent } from '../src/workspace/events.js';

/** A teammate as the reference keeps it. */
export interface RefTeammate {
  id: string;
  handle: string;
  status: 'active' | 'away';
  reassignReplies: boolean;
  inboxSeat: boolean;
  assignmentLimit: number | null;
  openCount: number;
  lastAssignedAt: number | null;
}

/** A team inbox as the reference keeps it. */
export interface RefTeam {
  id: string;
  assignment: 'manual' | 'round-robin' | 'balanced';
  members: string[];
  rotationCursor: string | null;
}

/** A conversation as the reference keeps it (running totals instead of parts). */
export interface RefConversation {
  id: string;
  state: 'open' | 'snoozed' | 'closed';
  team: string | null;
  teammate: string | null;
  customers: string[];
  snoozedAt: number | null;
  snoozedUntil: number | null;
  /** Characters of teammate and customer replies (RATING-4). */
  chars: number;
  /** Time of the latest teammate or customer reply (RATING-6). */
  lastReplyAt: number;
  /** Whether a teammate replied (RATING-2), and who last did (RATING-10). */
  lastTeammateReplier: string | null;
  closedOnce: boolean;
  ratingRequested: boolean;
  rating: { score: number; comment: string | null } | null;
}

/** One snooze queue entry; stale entries (the conversation moved on) are skipped when popped. */
export interface SnoozeEntry {
  until: number;
  id: string;
}

/** Where the reference keeps its state: Maps in place (baseline) or an immer draft (naive). */
export interface Store {
  clock(): number;
  setClock(at: number): void;
  teammate(id: string): RefTeammate | undefined;
  team(id: string): RefTeam | undefined;
  conversation(id: string): RefConversation | undefined;
  addConversation(c: RefConversation): void;
  /** The team's members, in member order, for the balanced scan. */
  members(team: RefTeam): readonly RefTeammate[];
  /** The balanced teams this teammate is a member of. */
  balancedTeamsOf(teammate: string): readonly string[];
  byHandle(handle: string): RefTeammate | undefined;
  /** The team's waiting conversations (FIFO). */
  waiting(team: string): string[];
  /** The snooze queue, a binary min-heap on `until`. */
  snoozes(): SnoozeEntry[];
  addUnread(teammate: string, conversation: string): void;
  removeUnread(teammate: string, conversation: string): void;
}

/** An effect, in the library's shape (so the reference allocates what the library returns). */
export type RefEffect = Readonly<Record<string, unknown>> & { readonly type: string };

const WEEK = 7 * 24 * 3600 * 1000;

function heapPush(heap: SnoozeEntry[], entry: SnoozeEntry): void {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as SnoozeEntry;
    if (p.until <= entry.until) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = entry;
}

function heapPop(heap: SnoozeEntry[]): void {
  const last = heap.pop();
  if (last === undefined || heap.length === 0) return;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= heap.length) break;
    const r = l + 1;
    const c = r < heap.length && (heap[r] as SnoozeEntry).until < (heap[l] as SnoozeEntry).until ? r : l;
    if ((heap[c] as SnoozeEntry).until >= last.until) break;
    heap[i] = heap[c] as SnoozeEntry;
    i = c;
  }
  heap[i] = last;
}

const isHandleChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 45;

/** The `@handle` tokens of a note, in one charCodeAt pass. */
export function scanMentions(text: string): string[] {
  const found: string[] = [];
  for (let i = text.indexOf('@'); i !== -1; i = text.indexOf('@', i + 1)) {
    if (i > 0 && isHandleChar(text.charCodeAt(i - 1))) continue;
    let j = i + 1;
    while (j < text.length && isHandleChar(text.charCodeAt(j))) j++;
    if (j > i + 1) found.push(text.slice(i + 1, j).toLowerCase());
    i = j - 1;
  }
  return found;
}

/** What the hand-written balanced pick reads of a teammate. */
export type BalancedFields = Pick<RefTeammate, 'id' | 'status' | 'inboxSeat' | 'assignmentLimit' | 'openCount' | 'lastAssignedAt'>;

function eligible(t: BalancedFields): boolean {
  return t.status === 'active' && t.inboxSeat && (t.assignmentLimit === null || t.openCount < t.assignmentLimit);
}

/** ASSIGN-13 to ASSIGN-17: the eligible member with the fewest open, then oldest last assignment, then lowest id. */
export function pickBalanced<T extends BalancedFields>(members: readonly T[]): T | null {
  let best: T | null = null;
  for (const t of members) {
    if (!eligible(t)) continue;
    if (best === null || t.openCount < best.openCount) {
      best = t;
      continue;
    }
    if (t.openCount > best.openCount) continue;
    const a = t.lastAssignedAt ?? -Infinity;
    const b = best.lastAssignedAt ?? -Infinity;
    if (a < b || (a === b && t.id < best.id)) best = t;
  }
  return best;
}

/** ASSIGN-28: the next available member after the rotation cursor (member order stands in for name order). */
function pickRoundRobin(team: RefTeam, members: readonly RefTeammate[]): RefTeammate | null {
  const start = team.rotationCursor === null ? 0 : team.members.indexOf(team.rotationCursor) + 1;
  for (let k = 0; k < members.length; k++) {
    const t = members[(start + k) % members.length] as RefTeammate;
    if (t.status === 'active' && t.inboxSeat) return t;
  }
  return null;
}

/** The reference workspace logic over a Store. */
export class ReferenceInbox {
  constructor(private readonly store: Store) {}

  private assign(c: RefConversation, t: RefTeammate | null, effects: RefEffect[], reason: string): void {
    const s = this.store;
    if (c.teammate !== null && c.state === 'open') {
      const old = s.teammate(c.teammate);
      if (old !== undefined) old.openCount--;
    }
    c.teammate = t === null ? null : t.id;
    if (t !== null) {
      if (c.state === 'open') t.openCount++;
      t.lastAssignedAt = s.clock();
    }
    effects.push({ type: 'conversation.assigned', conversation: c.id, teammate: c.teammate, team: c.team, reason });
  }

  /** Routes a conversation waiting in its team (arrival, reassign on reply, team assignment). */
  private route(c: RefConversation, viaWorkflow: boolean, effects: RefEffect[]): void {
    const team = c.team === null ? undefined : this.store.team(c.team);
    if (team === undefined || c.teammate !== null) return;
    if (team.assignment === 'balanced') {
      const t = pickBalanced(this.store.members(team));
      if (t !== null) this.assign(c, t, effects, 'balanced');
      else this.store.waiting(team.id).push(c.id);
    } else if (team.assignment === 'round-robin' && viaWorkflow) {
      const t = pickRoundRobin(team, this.store.members(team));
      if (t !== null) {
        team.rotationCursor = t.id;
        this.assign(c, t, effects, 'round-robin');
      }
    }
  }

  /** ASSIGN-22: hands a balanced team's waiting conversations out while someone is eligible. */
  private drain(teamId: string, effects: RefEffect[]): void {
    const s = this.store;
    const team = s.team(teamId);
    if (team === undefined) return;
    const queue = s.waiting(teamId);
    while (queue.length > 0) {
      const c = s.conversation(queue[0] as string);
      if (c === undefined || c.state !== 'open' || c.teammate !== null || c.team !== teamId) {
        queue.shift();
        continue;
      }
      const t = pickBalanced(s.members(team));
      if (t === null) return;
      queue.shift();
      this.assign(c, t, effects, 'balanced');
    }
  }

  private freed(teammate: string | null, effects: RefEffect[]): void {
    if (teammate === null) return;
    const t = this.store.teammate(teammate);
    if (t === undefined || !eligible(t)) return;
    for (const team of this.store.balancedTeamsOf(teammate)) this.drain(team, effects);
  }

  private reopen(c: RefConversation, reason: string, effects: RefEffect[]): void {
    effects.push({ type: 'conversation.reopened', conversation: c.id, reason, snoozedAt: c.snoozedAt, reopenedAt: this.store.clock() });
    c.state = 'open';
    c.snoozedAt = null;
    c.snoozedUntil = null;
    if (c.teammate !== null) {
      const t = this.store.teammate(c.teammate);
      if (t !== undefined) t.openCount++;
    }
  }

  private leaveOpen(c: RefConversation, effects: RefEffect[]): void {
    if (c.state === 'open' && c.teammate !== null) {
      const t = this.store.teammate(c.teammate);
      if (t !== undefined) t.openCount--;
      this.freed(c.teammate, effects);
    }
  }

  private wake(at: number, effects: RefEffect[]): void {
    const heap = this.store.snoozes();
    while (heap.length > 0 && (heap[0] as SnoozeEntry).until <= at) {
      const entry = heap[0] as SnoozeEntry;
      heapPop(heap);
      const c = this.store.conversation(entry.id);
      if (c?.state === 'snoozed' && c.snoozedUntil === entry.until) this.reopen(c, 'snooze-ended', effects);
    }
  }

  private reply(c: RefConversation, text: string, at: number): void {
    c.chars += text.length;
    c.lastReplyAt = at;
  }

  /** Applies one event in place and returns its effects. */
  apply(event: WorkspaceEvent): RefEffect[] {
    const s = this.store;
    const effects: RefEffect[] = [];
    s.setClock(event.at);
    this.wake(event.at, effects);
    switch (event.type) {
      case 'conversation.created': {
        const c: RefConversation = {
          id: event.conversation, state: 'open', team: event.team ?? null, teammate: null, customers: [...event.customers],
          snoozedAt: null, snoozedUntil: null, chars: event.text.length, lastReplyAt: event.at, lastTeammateReplier: null,
          closedOnce: false, ratingRequested: false, rating: null,
        };
        s.addConversation(c);
        this.route(s.conversation(c.id) as RefConversation, event.via !== 'manual', effects);
        break;
      }
      case 'customer.replied': {
        const c = s.conversation(event.conversation) as RefConversation;
        this.reply(c, event.text, event.at);
        if (c.state !== 'open') this.reopen(c, 'customer-replied', effects);
        const t = c.teammate === null ? undefined : s.teammate(c.teammate);
        if (t?.status === 'away' && t.reassignReplies) {
          this.assign(c, null, effects, 'reassign-replies');
          this.route(c, false, effects);
        }
        break;
      }
      case 'teammate.replied': {
        const c = s.conversation(event.conversation) as RefConversation;
        this.reply(c, event.text, event.at);
        c.lastTeammateReplier = event.teammate;
        if (c.state !== 'open' && event.teammate !== c.teammate) this.reopen(c, 'teammate-replied', effects);
        break;
      }
      case 'note.added': {
        const c = s.conversation(event.conversation) as RefConversation;
        for (const handle of scanMentions(event.text)) {
          const t = s.byHandle(handle);
          if (t === undefined) continue;
          s.addUnread(t.id, c.id);
          effects.push({ type: 'mention.notified', conversation: c.id, teammate: t.id, by: event.teammate });
        }
        if (c.state === 'snoozed' && event.teammate !== c.teammate) this.reopen(c, 'note-added', effects);
        break;
      }
      case 'conversation.snoozed': {
        const c = s.conversation(event.conversation) as RefConversation;
        const until = event.until ?? event.at + 3600_000;
        this.leaveOpen(c, effects);
        c.state = 'snoozed';
        c.snoozedAt = event.at;
        c.snoozedUntil = until;
        heapPush(s.snoozes(), { until, id: c.id });
        break;
      }
      case 'conversation.closed': {
        const c = s.conversation(event.conversation) as RefConversation;
        this.leaveOpen(c, effects);
        c.state = 'closed';
        c.snoozedAt = null;
        c.snoozedUntil = null;
        const request = !c.closedOnce && c.lastTeammateReplier !== null && c.chars > 250 && c.customers.length === 1 && event.at - c.lastReplyAt <= WEEK;
        c.closedOnce = true;
        if (request) {
          c.ratingRequested = true;
          effects.push({ type: 'rating.requested', conversation: c.id, teammate: c.lastTeammateReplier });
        } else {
          effects.push({ type: 'rating.not-requested', conversation: c.id, reasons: ['not-eligible'] });
        }
        break;
      }
      case 'rating.submitted': {
        const c = s.conversation(event.conversation) as RefConversation;
        const changed = c.rating !== null;
        c.rating = { score: event.score, comment: event.comment ?? null };
        effects.push({ type: 'rating.recorded', conversation: c.id, score: event.score, changed });
        break;
      }
      case 'teammate.status-changed': {
        const t = s.teammate(event.teammate) as RefTeammate;
        t.status = event.status;
        t.reassignReplies = event.status === 'away' && event.reassignReplies === true;
        if (event.status === 'active') this.freed(t.id, effects);
        break;
      }
      case 'conversation.assigned': {
        const c = s.conversation(event.conversation) as RefConversation;
        const to = event.to;
        if (to !== null && 'teammate' in to) {
          this.assign(c, s.teammate(to.teammate) ?? null, effects, 'manual');
        } else {
          const before = c.teammate;
          c.team = to === null ? null : to.team;
          this.assign(c, null, effects, 'manual');
          this.freed(before, effects);
          this.route(c, false, effects);
        }
        break;
      }
      case 'conversation.viewed':
        s.removeUnread(event.teammate, event.conversation);
        break;
      case 'time.passed':
        break;
      default:
        throw new Error(`the reference does not handle ${event.type}`);
    }
    return effects;
  }
}
