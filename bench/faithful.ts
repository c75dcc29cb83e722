// The faithful baseline: a hand-written mutable implementation of the same event handling as the
// library's workspace (`apply(workspace, event) -> { workspace, effects }`, src/workspace/apply.ts)
// for the event types of the benchmark stream (bench/stream.ts). It is the floor of issue 7's
// "nsPerEvent <= 3 x baselineNsPerEvent": what a competent engineer writes without persistence,
// Maps and arrays mutated in place, objects updated field by field, each entity looked up once per
// event, no copy of any state. test/bench/faithful.test.ts checks that it returns, for every event of
// the benchmark stream, exactly the library's effects (same order, same fields), and that the end
// states agree (conversation state and slots, teammate open counts, last assignments and status).
//
// Unlike bench/reference.ts (a simplified reading), it follows the library in every detail that
// shows in an effect: the balanced pick's tie-breaks including the order within one drain, round
// robin in rotation order (names), backlogs in ASSIGN-23 order drained across teams, snoozes woken in
// (end, id) order, every reopen rule, every rating reason, mentions through the library's own scanner,
// reassign-on-reply, and one `conversation.assigned` effect per conversation per event with the
// slots as they end up and the latest cause. Every field an event handler reads is checked first,
// before anything changes (an invalid event throws a plain Error and leaves the state as it was).
//
// Only text algorithms come from the library: RATING-4's visible code points (src/ratings/_text.ts),
// the mention scanner and handle folding (src/mentions/_scanner.ts), and ASSIGN-30's name order
// (src/assignment/_pool.ts, used once, to sort each round-robin team). Everything else is here.
//
// Scope (what the benchmark stream and config use): the config's teams have no assignment limit of
// their own (Beyond-1), there is no default assignee (STATUS-10 then leaves a teamless conversation
// unassigned), the rating policy is 'first-close'; a snooze is given by `until` (or `for` in
// milliseconds); other event types (outbound, bot replies, manual reopen, priority, members and
// teammate updates, mark unread) throw. Each conversation keeps its transcript (every reply and
// note, appended in place), as the library's does, and running totals for the rules that read it:
// RATING-4's characters counted as replies arrive (until past the threshold), the last human reply
// (RATING-6) and the credited teammate (RATING-10); reopenings (SNOOZE-9) are not kept. Fields of
// the library's state that no rule of the stream reads back (a conversation's `closedAt` and
// `assignedManually`, a rating's `ratedAt`, a team's rotation cursor) are still written, as the
// library's state holds them.
import { visibleCodePoints } from '../src/ratings/_text.js';
import { foldHandle, scanHandles, withoutTrailingDots } from '../src/mentions/_scanner.js';
import { rotationOrder } from '../src/assignment/_pool.js';
import type { WorkspaceEffect } from '../src/workspace/effects.js';
import type { WorkspaceEvent } from '../src/workspace/events.js';
import type { BenchConfig } from './config.js';

/** The faithful baseline: apply events in place; read back what the equality test compares. */
export interface FaithfulBaseline {
  apply(event: WorkspaceEvent): readonly WorkspaceEffect[];
  conversation(id: string): { readonly state: string; readonly team: string | null; readonly teammate: string | null; readonly parts: number } | undefined;
  teammate(id: string): { readonly openCount: number; readonly lastAssignedAt: number | null; readonly status: string } | undefined;
}

type Reason = 'manual' | 'balanced' | 'round-robin' | 'workflow' | 'reassign-on-reply' | 'default-assignee' | 'seat-removed';
type ReopenReason = 'snooze-ended' | 'customer-replied' | 'teammate-replied' | 'note-added';

/** RATING-4 */
const THRESHOLD = 250;
/** RATING-6 */
const WEEK = 7 * 24 * 3600 * 1000;
/** Never assigned: the oldest possible last assignment (ASSIGN-15). */
const NEVER = Number.NEGATIVE_INFINITY;

/** A mention in a teammate's Mentions view (MENTION-4, MENTION-6). */
interface Mention {
  unread: boolean;
  lastMentionedAt: number;
  by: string;
}

class Mate {
  awayReason: string | null = null;
  reassignReplies = false;
  openCount = 0;
  lastAssignedAt = NEVER;
  /** The event in which this teammate was last given a conversation, and the order of that within it (ASSIGN-17). */
  roundEvent = -1;
  roundStamp = 0;
  /** The last note that mentioned this teammate (de-duplicates one note's mentions). */
  noteStamp = -1;
  /** The balanced teams this teammate is a member of. */
  readonly balancedTeams: Team[] = [];
  mentions: Map<string, Mention> | null = null;
  constructor(
    readonly id: string,
    readonly name: string,
    public status: 'active' | 'away',
    readonly inboxSeat: boolean,
    readonly assignmentLimit: number | null,
  ) {}
}

class Team {
  readonly balanced: boolean;
  /** Round robin: the members in rotation order (ASSIGN-30), and the pointer's place in it. */
  readonly rotation: Mate[];
  rotationCursor: string | null = null;
  cursorIndex = -1;
  /** Balanced: the waiting conversations in ASSIGN-23 order. */
  readonly backlog: Conv[] = [];
  dirtyEvent = -1;
  constructor(readonly id: string, readonly assignment: 'manual' | 'round-robin' | 'balanced', readonly members: readonly Mate[]) {
    this.balanced = assignment === 'balanced';
    this.rotation = assignment === 'round-robin' ? [...members].sort(rotationOrder) : [];
  }
}

/** One entry of a conversation's transcript. */
interface Part {
  readonly type: 'customer-reply' | 'teammate-reply' | 'note';
  readonly author: string;
  readonly text: string;
  readonly at: number;
}

class Conv {
  state: 'open' | 'snoozed' | 'closed' = 'open';
  /** The transcript, appended in place. */
  readonly parts: Part[] = [];
  team: Team | null = null;
  teammate: Mate | null = null;
  teamSince: number | null = null;
  assignedManually = false;
  snoozedAt: number | null = null;
  snoozedUntil: number | null = null;
  closedAt: number | null = null;
  closeCount = 0;
  /** RATING-7 to RATING-10: the request once sent. */
  ratingRequest: { readonly requestedAt: number; readonly teammate: string; readonly contact: string } | null = null;
  rating: { score: number; comment: string | null; readonly ratedAt: number; updatedAt: number } | null = null;
  /** RATING-4: visible characters of the human replies so far, counted until past the threshold. */
  chars = 0;
  /** RATING-6: the last human reply (or the creation). */
  lastReplyAt: number;
  /** RATING-10: the author of the last teammate reply. */
  credit: string | null = null;
  /** The balanced team whose backlog holds it, and its ASSIGN-23 key there. */
  waitingIn: Team | null = null;
  keyA = 1;
  keyB = 0;
  /** The slots before the event that first changed them, and the latest cause (one effect per event). */
  touchEvent = -1;
  beforeTeam: Team | null = null;
  beforeTeammate: Mate | null = null;
  cause: Reason = 'manual';
  constructor(
    readonly id: string,
    readonly customers: string[],
    readonly priority: boolean,
    readonly createdAt: number,
    public waitingSince: number | null,
  ) {
    this.lastReplyAt = createdAt;
  }
}

/** A snooze queue entry; stale once the conversation's snooze changed (checked when it comes up). */
interface SnoozeEntry {
  readonly until: number;
  readonly c: Conv;
}

/** ASSIGN-13, STATUS-3, STATUS-15: active, with a seat, below their own limit. */
function underOwnLimit(t: Mate): boolean {
  return t.status === 'active' && t.inboxSeat && (t.assignmentLimit === null || t.openCount < t.assignmentLimit);
}

/** ASSIGN-23's order: priority first, then longest waiting, then id. */
function keyBefore(a: number, b: number, id: string, c: Conv): boolean {
  if (a !== c.keyA) return a < c.keyA;
  if (b !== c.keyB) return b < c.keyB;
  return id < c.id;
}

function snoozeBefore(x: SnoozeEntry, y: SnoozeEntry): boolean {
  return x.until !== y.until ? x.until < y.until : x.c.id < y.c.id;
}

function bad(what: string): never {
  throw new Error(`faithful baseline: ${what}`);
}
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isInstant = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Builds the faithful baseline for a benchmark configuration (what `createWorkspace` receives). */
export function createFaithfulBaseline(config: BenchConfig): FaithfulBaseline {
  const mates = new Map<string, Mate>();
  /** Folded handle -> its teammate; null when several share it (MENTION-3: ambiguous). */
  const handles = new Map<string, Mate | null>();
  for (const t of config.teammates) {
    if (mates.has(t.id)) bad(`duplicate teammate ${t.id}`);
    const mate = new Mate(t.id, t.name, t.status, t.inboxSeat, t.assignmentLimit);
    mates.set(t.id, mate);
    const key = foldHandle(t.handle);
    handles.set(key, handles.has(key) ? null : mate);
  }
  const teams = new Map<string, Team>();
  for (const t of config.teams) {
    const members = t.members.map((m) => mates.get(m) ?? bad(`unknown member ${m}`));
    const team = new Team(t.id, t.assignment, members);
    teams.set(t.id, team);
    if (team.balanced) for (const m of members) m.balancedTeams.push(team);
  }
  const contacts = new Set(config.contacts.map((c) => c.id));
  const conversations = new Map<string, Conv>();
  const snoozes: SnoozeEntry[] = [];

  // The current event: its time (the clock, once an event has been applied), its number, its
  // effects, what it touched.
  let now = 0;
  let eventNo = 0;
  let roundCounter = 0;
  let effects: WorkspaceEffect[] = [];
  const touched: Conv[] = [];
  const dirty: Team[] = [];
  const live: Team[] = [];

  // ---- lookups and checks (before anything changes) ----

  const conv = (id: unknown): Conv => (typeof id === 'string' ? conversations.get(id) : undefined) ?? bad(`unknown conversation ${String(id)}`);
  const mate = (id: unknown): Mate => (typeof id === 'string' ? mates.get(id) : undefined) ?? bad(`unknown teammate ${String(id)}`);
  const team = (id: unknown): Team => (typeof id === 'string' ? teams.get(id) : undefined) ?? bad(`unknown team ${String(id)}`);
  const text = (v: unknown): string => (typeof v === 'string' ? v : bad('text must be a string'));

  // ---- backlogs (ASSIGN-22, ASSIGN-23) ----

  /** Where a conversation with key (a, b, id) goes in a backlog (binary search). */
  function backlogIndex(q: readonly Conv[], a: number, b: number, id: string): number {
    let lo = 0;
    let hi = q.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keyBefore(a, b, id, q[mid] as Conv)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  function backlogRemove(team: Team, c: Conv): void {
    const q = team.backlog;
    if (q[0] === c) {
      q.shift();
      return;
    }
    const i = backlogIndex(q, c.keyA, c.keyB, c.id) - 1; // (the last entry not after c: c itself)
    if (q[i] === c) q.splice(i, 1);
  }

  function markDirty(team: Team): void {
    if (team.dirtyEvent === eventNo) return;
    team.dirtyEvent = eventNo;
    dirty.push(team);
  }

  /**
   * Keeps the conversation's place in the backlogs in step: it waits while open, without a teammate,
   * in a balanced team inbox (ASSIGN-22 a); a newly waiting one marks its team for draining; one that
   * keeps waiting under a new key (a reply moved waitingSince) moves within its backlog.
   */
  function syncWaiting(c: Conv): void {
    const t = c.team;
    const isIn = c.state === 'open' && c.teammate === null && t !== null && t.balanced ? t : null;
    const wasIn = c.waitingIn;
    if (isIn === null) {
      if (wasIn !== null) {
        backlogRemove(wasIn, c);
        c.waitingIn = null;
      }
      return;
    }
    const a = c.priority ? 0 : 1;
    const b = c.waitingSince ?? c.teamSince ?? c.createdAt;
    if (wasIn === isIn && a === c.keyA && b === c.keyB) return;
    if (wasIn !== null) backlogRemove(wasIn, c);
    c.keyA = a;
    c.keyB = b;
    c.waitingIn = isIn;
    const q = isIn.backlog;
    const i = backlogIndex(q, a, b, c.id);
    if (i === q.length) q.push(c);
    else q.splice(i, 0, c);
    if (wasIn !== isIn) markDirty(isIn);
  }

  // ---- open counts, last assignments, slots ----

  /** A teammate loses an open conversation (ASSIGN-16); if now available and under their limit, their backlogs may move (ASSIGN-22). */
  function lose(t: Mate): void {
    if (t.openCount === 0) return;
    t.openCount--;
    if (underOwnLimit(t)) for (const team of t.balancedTeams) markDirty(team);
  }

  /** Records the slots before the event's first change to them, and the latest cause. */
  function touch(c: Conv, reason: Reason): void {
    if (c.touchEvent !== eventNo) {
      c.touchEvent = eventNo;
      c.beforeTeam = c.team;
      c.beforeTeammate = c.teammate;
      touched.push(c);
    }
    c.cause = reason;
  }

  /**
   * Moves a conversation's team and teammate slots (its state unchanged): open counts (ASSIGN-16),
   * the new holder's last assignment and place in this event's round (ASSIGN-17, ASSIGN-18), backlogs.
   */
  function setSlots(c: Conv, team: Team | null, teamSince: number | null, teammate: Mate | null, manually: boolean, reason: Reason): void {
    touch(c, reason);
    const old = c.teammate;
    if (old !== teammate) {
      const open = c.state === 'open';
      if (open && old !== null) lose(old);
      if (teammate !== null) {
        if (open) teammate.openCount++;
        teammate.lastAssignedAt = now;
        teammate.roundEvent = eventNo;
        teammate.roundStamp = ++roundCounter;
      }
    }
    c.team = team;
    c.teamSince = teamSince;
    c.teammate = teammate;
    c.assignedManually = manually;
    syncWaiting(c);
  }

  // ---- the automatic pickers ----

  /**
   * ASSIGN-13 to ASSIGN-17: the eligible member with the fewest open conversations, then the oldest
   * last assignment (never = oldest; within one event's drain, the one given a conversation earlier),
   * then the lowest id. One scan over the members in member order.
   */
  function pickBalanced(team: Team): Mate | null {
    const members = team.members;
    let best: Mate | null = null;
    for (let i = 0; i < members.length; i++) {
      const t = members[i] as Mate;
      if (t.status !== 'active' || !t.inboxSeat || (t.assignmentLimit !== null && t.openCount >= t.assignmentLimit)) continue;
      if (best === null) {
        best = t;
        continue;
      }
      if (t.openCount !== best.openCount) {
        if (t.openCount < best.openCount) best = t;
        continue;
      }
      if (t.lastAssignedAt !== best.lastAssignedAt) {
        if (t.lastAssignedAt < best.lastAssignedAt) best = t;
        continue;
      }
      const x = t.roundEvent === eventNo ? t.roundStamp : 0;
      const y = best.roundEvent === eventNo ? best.roundStamp : 0;
      if (x !== y) {
        if (x < y) best = t;
        continue;
      }
      if (t.id < best.id) best = t;
    }
    return best;
  }

  /** ASSIGN-28 to ASSIGN-31: the next active member with a seat after the pointer, in rotation order, wrapping; limits play no part. */
  function pickRoundRobin(team: Team): Mate | null {
    const order = team.rotation;
    const n = order.length;
    const start = team.cursorIndex;
    for (let k = 1; k <= n; k++) {
      const i = (start + k) % n;
      const t = order[i] as Mate;
      if (t.status === 'active' && t.inboxSeat) {
        team.rotationCursor = t.id;
        team.cursorIndex = i;
        return t;
      }
    }
    return null;
  }

  // ---- snoozes (SNOOZE-5, SNOOZE-10) ----

  function heapPush(entry: SnoozeEntry): void {
    const heap = snoozes;
    let i = heap.length;
    heap.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as SnoozeEntry;
      if (!snoozeBefore(entry, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  function heapPop(): SnoozeEntry {
    const heap = snoozes;
    const top = heap[0] as SnoozeEntry;
    const last = heap.pop() as SnoozeEntry;
    if (heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const r = l + 1;
      const child = r < heap.length && snoozeBefore(heap[r] as SnoozeEntry, heap[l] as SnoozeEntry) ? r : l;
      if (!snoozeBefore(heap[child] as SnoozeEntry, last)) break;
      heap[i] = heap[child] as SnoozeEntry;
      i = child;
    }
    heap[i] = last;
    return top;
  }

  /** A snoozed or closed conversation becomes open (SNOOZE-5 to SNOOZE-8, CONV-2), with its effect (SNOOZE-10). */
  function reopen(c: Conv, reason: ReopenReason, at: number): void {
    effects.push({ type: 'conversation.reopened', conversation: c.id, reason, snoozedAt: c.snoozedAt, reopenedAt: at });
    const wasClosed = c.state === 'closed';
    c.state = 'open';
    c.snoozedAt = null;
    c.snoozedUntil = null;
    c.closedAt = null;
    const t = c.teammate;
    if (t !== null) {
      // STATUS-15, STATUS-17: a closed conversation kept by a teammate without a seat reopens without them
      if (wasClosed && !t.inboxSeat) {
        touch(c, 'seat-removed');
        c.teammate = null;
        c.assignedManually = false;
      } else {
        t.openCount++;
      }
    }
    syncWaiting(c);
  }

  /** Moves the clock and wakes every snooze that has ended by then, in order of its end (SNOOZE-5). */
  function begin(at: number): void {
    now = at;
    eventNo++;
    effects = [];
    while (snoozes.length > 0 && (snoozes[0] as SnoozeEntry).until <= at) {
      const { until, c } = heapPop();
      if (c.state === 'snoozed' && c.snoozedUntil === until) reopen(c, 'snooze-ended', until);
    }
  }

  /** A part joins the conversation's transcript. */
  function record(c: Conv, type: Part['type'], author: string, body: string): void {
    c.parts.push({ type, author, text: body, at: now });
  }

  /** A human reply joins the transcript; RATING-4: its characters, until the threshold is passed. */
  function humanReply(c: Conv, type: 'customer-reply' | 'teammate-reply', author: string, replyText: string): void {
    record(c, type, author, replyText);
    if (c.chars <= THRESHOLD) c.chars += visibleCodePoints(replyText);
    c.lastReplyAt = now;
  }

  /**
   * ASSIGN-22, ASSIGN-27: serves the marked teams' waiting conversations one at a time, always the
   * first in ASSIGN-23 order across those teams, until nobody eligible is left for any of them.
   */
  function drain(): void {
    if (dirty.length === 0) return;
    if (live.length > 0) live.length = 0;
    for (let i = 0; i < dirty.length; i++) {
      const t = dirty[i] as Team;
      if (t.backlog.length > 0) live.push(t);
    }
    dirty.length = 0;
    while (live.length > 0) {
      let bi = -1;
      let head: Conv | null = null;
      for (let i = 0; i < live.length; i++) {
        const h = (live[i] as Team).backlog[0];
        if (h !== undefined && (head === null || keyBefore(h.keyA, h.keyB, h.id, head))) {
          head = h;
          bi = i;
        }
      }
      if (head === null) break;
      const t = live[bi] as Team;
      const chosen = pickBalanced(t);
      if (chosen === null) {
        live.splice(bi, 1);
        continue;
      }
      setSlots(head, head.team, head.teamSince, chosen, false, 'balanced');
    }
    if (dirty.length > 0) dirty.length = 0; // (a drain only lowers eligibility: what it marked needs no second look)
  }

  /** Drains, then emits one assignment effect per conversation whose slots changed, in first-change order. */
  function finish(): WorkspaceEffect[] {
    drain();
    if (touched.length === 0) return effects;
    for (let i = 0; i < touched.length; i++) {
      const c = touched[i] as Conv;
      if (c.team === c.beforeTeam && c.teammate === c.beforeTeammate) continue;
      effects.push({ type: 'conversation.assigned', conversation: c.id, teammate: c.teammate?.id ?? null, team: c.team?.id ?? null, reason: c.cause });
    }
    touched.length = 0;
    return effects;
  }

  // ---- mentions (MENTION-1 to MENTION-10) ----

  let noteNo = 0;
  const mentioned: Mate[] = [];
  const onHandle = (token: string): void => {
    let key = foldHandle(token);
    let t = handles.get(key);
    if (t === undefined && token.endsWith('.')) {
      const handle = withoutTrailingDots(token);
      if (handle === '') return;
      key = foldHandle(handle);
      t = handles.get(key);
    }
    // (unknown and ambiguous handles notify nobody)
    if (t === undefined || t === null || t.noteStamp === noteNo) return;
    t.noteStamp = noteNo;
    mentioned.push(t);
  };

  // ---- the events ----

  function apply(event: WorkspaceEvent): readonly WorkspaceEffect[] {
    if (typeof event !== 'object' || event === null || Array.isArray(event)) bad('an event must be an object');
    const e = event as unknown as Readonly<Record<string, unknown>>;
    const at = e['at'];
    if (!isInstant(at)) bad('event at must be a finite number');
    if (eventNo > 0 && at < now) bad('time went backwards');
    switch (event.type) {
      case 'conversation.created': {
        const id = e['conversation'];
        if (!isId(id)) bad('conversation id');
        if (conversations.has(id)) bad(`duplicate conversation ${id}`);
        const customers = e['customers'];
        if (!Array.isArray(customers)) bad('customers must be an array');
        for (const u of customers as readonly unknown[]) if (!isId(u) || !contacts.has(u)) bad(`unknown contact ${String(u)}`);
        const body = text(e['text']);
        const priority = e['priority'] === undefined ? false : typeof e['priority'] === 'boolean' ? e['priority'] : bad('priority');
        const channel = e['channel'];
        if (channel !== undefined && channel !== 'messenger' && channel !== 'email') bad('channel');
        const teamId = e['team'] ?? null;
        let target: Team | null = null;
        let via: 'workflow' | 'manual' = 'workflow';
        if (teamId !== null) {
          const v = e['via'];
          if (v !== undefined && v !== 'workflow' && v !== 'manual') bad('via');
          if (v === 'manual') via = 'manual';
          target = team(teamId);
        }
        begin(at);
        const first = (customers as readonly string[])[0];
        const c = new Conv(id, (customers as readonly string[]).slice(), priority, now, first === undefined ? null : now);
        if (first !== undefined) humanReply(c, 'customer-reply', first, body);
        conversations.set(id, c);
        if (target !== null) {
          // ASSIGN-2: through the team's method; a balanced arrival joins the backlog and the drain picks (ASSIGN-22 a)
          const rr = target.assignment === 'round-robin' && via === 'workflow' ? pickRoundRobin(target) : null;
          setSlots(c, target, now, rr, false, rr !== null ? 'round-robin' : via);
        }
        return finish();
      }

      case 'customer.replied': {
        const c = conv(e['conversation']);
        const who = e['customer'];
        const customer = who === undefined ? (c.customers[0] ?? bad('no customer to reply')) : isId(who) ? who : bad('customer');
        if (!contacts.has(customer)) bad(`unknown contact ${customer}`);
        const body = text(e['text']);
        begin(at);
        c.waitingSince ??= now; // LIST-6
        humanReply(c, 'customer-reply', customer, body);
        if (c.state !== 'open') reopen(c, 'customer-replied', now); // CONV-2, SNOOZE-6
        else syncWaiting(c);
        if (!c.customers.includes(customer)) c.customers.push(customer);
        // STATUS-8 to STATUS-10: a customer reply unassigns an away + reassign teammate
        const a = c.teammate;
        if (a !== null && a.status === 'away' && a.reassignReplies) {
          setSlots(c, c.team, c.teamSince, null, false, c.team !== null ? 'reassign-on-reply' : 'default-assignee');
        }
        return finish();
      }

      case 'teammate.replied': {
        const c = conv(e['conversation']);
        const t = mate(e['teammate']);
        const body = text(e['text']);
        begin(at);
        c.waitingSince = null; // LIST-6
        c.credit = t.id; // RATING-10
        humanReply(c, 'teammate-reply', t.id, body);
        if (c.state === 'snoozed' && t !== c.teammate) reopen(c, 'teammate-replied', now); // SNOOZE-7 (a closed one stays closed, CONV-2)
        else syncWaiting(c);
        return finish();
      }

      case 'note.added': {
        const c = conv(e['conversation']);
        const t = mate(e['teammate']);
        const body = text(e['text']);
        begin(at);
        record(c, 'note', t.id, body);
        if (c.state === 'snoozed' && t !== c.teammate) reopen(c, 'note-added', now); // SNOOZE-8
        // MENTION-1, MENTION-2, MENTION-9: each mentioned teammate once, in order, never the author
        noteNo++;
        mentioned.length = 0;
        scanHandles(body, onHandle);
        for (let i = 0; i < mentioned.length; i++) {
          const m = mentioned[i] as Mate;
          if (m === t) continue;
          const list = (m.mentions ??= new Map());
          const current = list.get(c.id);
          if (current === undefined) {
            list.set(c.id, { unread: true, lastMentionedAt: now, by: t.id });
          } else {
            current.unread = true; // MENTION-4, MENTION-10
            if (now >= current.lastMentionedAt) {
              current.lastMentionedAt = now;
              current.by = t.id;
            }
          }
          effects.push({ type: 'mention.notified', conversation: c.id, teammate: m.id, by: t.id });
        }
        return finish();
      }

      case 'conversation.assigned': {
        const c = conv(e['conversation']);
        mate(e['by']);
        const to = e['to'];
        let toTeam: Team | null = null;
        let toMate: Mate | null = null;
        let unassignTeammate = false;
        if (to !== null) {
          if (typeof to !== 'object' || to === undefined || Array.isArray(to)) bad('to must be an object or null');
          const r = to as Readonly<Record<string, unknown>>;
          const tm = r['teammate'];
          const tt = r['team'];
          if ((tm === undefined) === (tt === undefined)) bad('to needs exactly one of teammate, team');
          if (tt !== undefined) {
            if (!isId(tt)) bad('to.team');
            toTeam = team(tt);
          } else if (tm === null) {
            unassignTeammate = true;
          } else {
            if (!isId(tm)) bad('to.teammate');
            toMate = mate(tm);
            if (!toMate.inboxSeat) bad(`teammate ${toMate.id} has no inbox seat`); // STATUS-15
          }
        }
        begin(at);
        if (toTeam !== null) {
          // ASSIGN-7: into the team inbox, unassigned (the drain serves a balanced one)
          if (c.team !== toTeam || c.teammate !== null) setSlots(c, toTeam, c.team === toTeam ? (c.teamSince ?? now) : now, null, false, 'manual');
        } else if (toMate !== null) {
          // ASSIGN-5, ASSIGN-8: any teammate with a seat, whatever their status or limit
          if (c.teammate !== toMate) setSlots(c, c.team, c.teamSince, toMate, true, 'manual');
        } else if (unassignTeammate) {
          if (c.teammate !== null) setSlots(c, c.team, c.teamSince, null, false, 'manual'); // ASSIGN-11
        } else if (c.teammate !== null || c.team !== null) {
          setSlots(c, null, null, null, false, 'manual');
        }
        return finish();
      }

      case 'conversation.snoozed': {
        const c = conv(e['conversation']);
        mate(e['teammate']);
        const until = e['until'];
        const length = e['for'];
        const given = (until !== undefined ? 1 : 0) + (length !== undefined ? 1 : 0) + (e['preset'] !== undefined ? 1 : 0);
        if (given !== 1) bad('conversation.snoozed needs exactly one of until, for, preset');
        let end: number;
        if (until !== undefined) end = isInstant(until) ? until : bad('until');
        else if (typeof length === 'number' && Number.isFinite(length) && length >= 0) end = at + length;
        else bad('only a snooze until an instant or for milliseconds is supported');
        if (c.state === 'closed') bad('a closed conversation cannot be snoozed'); // SNOOZE-13
        if (end <= at) bad('a snooze must end after now'); // SNOOZE-4
        begin(at);
        if (c.state === 'open' && c.teammate !== null) lose(c.teammate); // SNOOZE-15
        c.state = 'snoozed';
        c.snoozedAt = now;
        c.snoozedUntil = end;
        heapPush({ until: end, c });
        syncWaiting(c);
        return finish();
      }

      case 'conversation.closed': {
        const c = conv(e['conversation']);
        mate(e['teammate']);
        if (c.state === 'closed') bad('the conversation is already closed'); // CONV-2
        begin(at);
        // RATING-1 to RATING-9: the decision on the conversation as it was before the close, every reason
        let reasons: string[] | null = null;
        const credit = c.credit;
        if (credit === null) (reasons ??= []).push('no-teammate-reply');
        if (c.chars <= THRESHOLD) (reasons ??= []).push('too-short');
        const n = c.customers.length;
        const distinct = n <= 1 ? n : new Set(c.customers).size;
        if (distinct === 0) (reasons ??= []).push('no-customer');
        if (distinct > 1) (reasons ??= []).push('several-customers');
        if (now - c.lastReplyAt > WEEK) (reasons ??= []).push('last-reply-too-old');
        if (c.ratingRequest !== null) (reasons ??= []).push('already-requested');
        if (c.closeCount > 0) (reasons ??= []).push('closed-before'); // RATING-7, 'first-close'
        const contact = c.customers[0];
        if (c.state === 'open' && c.teammate !== null) lose(c.teammate);
        c.state = 'closed';
        c.snoozedAt = null;
        c.snoozedUntil = null;
        c.closedAt = now;
        c.closeCount++;
        syncWaiting(c);
        if (reasons === null && credit !== null && contact !== undefined) {
          c.ratingRequest = { requestedAt: now, teammate: credit, contact };
          effects.push({ type: 'rating.requested', conversation: c.id, teammate: credit });
        } else {
          effects.push({ type: 'rating.not-requested', conversation: c.id, reasons: reasons ?? [] });
        }
        return finish();
      }

      case 'rating.submitted': {
        const c = conv(e['conversation']);
        const score = e['score'];
        if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) bad('score'); // RATING-11
        const raw = e['comment'] ?? null;
        if (raw !== null && typeof raw !== 'string') bad('comment');
        const comment = raw === null || raw.trim() === '' ? null : raw;
        const request = c.ratingRequest ?? bad('no rating request'); // RATING-13
        const previous = c.rating;
        if (previous !== null && previous.comment !== null) bad('the rating is locked'); // RATING-12
        if (at < (previous === null ? request.requestedAt : previous.updatedAt)) bad('rating before its request');
        begin(at);
        if (previous === null) {
          c.rating = { score, comment, ratedAt: now, updatedAt: now };
        } else {
          previous.score = score;
          previous.comment = comment;
          previous.updatedAt = now;
        }
        effects.push({ type: 'rating.recorded', conversation: c.id, score, changed: previous !== null });
        return finish();
      }

      case 'teammate.status-changed': {
        const t = mate(e['teammate']);
        const status = e['status'];
        if (status !== 'active' && status !== 'away') bad('status');
        const reasonIn = e['awayReason'];
        const reassignIn = e['reassignReplies'];
        if (reasonIn !== undefined && reasonIn !== null && typeof reasonIn !== 'string') bad('awayReason');
        if (reassignIn !== undefined && typeof reassignIn !== 'boolean') bad('reassignReplies');
        if (status === 'active' && typeof reasonIn === 'string') bad('an away reason needs status away'); // STATUS-5
        if (status === 'active' && reassignIn === true) bad('reassignReplies needs status away'); // STATUS-6
        begin(at);
        const awayReason = status === 'active' ? null : reasonIn === undefined ? t.awayReason : reasonIn;
        const reassign = status === 'active' ? false : (reassignIn ?? t.reassignReplies);
        const wasAvailable = underOwnLimit(t);
        t.status = status;
        t.awayReason = awayReason;
        t.reassignReplies = reassign;
        // ASSIGN-22: back and under their limit, their backlogs may move
        if (!wasAvailable && underOwnLimit(t)) for (const team of t.balancedTeams) markDirty(team);
        return finish();
      }

      case 'conversation.viewed': {
        const c = conv(e['conversation']);
        const t = mate(e['teammate']);
        begin(at);
        const m = t.mentions?.get(c.id); // MENTION-6: opening it reads the mention
        if (m !== undefined) m.unread = false;
        return finish();
      }

      case 'time.passed':
        begin(at);
        return finish();

      default:
        return bad(`event type ${String((event as { type?: unknown }).type)} is not handled by the faithful baseline`);
    }
  }

  return {
    apply,
    conversation: (id) => {
      const c = conversations.get(id);
      return c === undefined ? undefined : { state: c.state, team: c.team?.id ?? null, teammate: c.teammate?.id ?? null, parts: c.parts.length };
    },
    teammate: (id) => {
      const t = mates.get(id);
      return t === undefined ? undefined : { openCount: t.openCount, lastAssignedAt: t.lastAssignedAt === NEVER ? null : t.lastAssignedAt, status: t.status };
    },
  };
}
