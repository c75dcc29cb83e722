// A deliberately small reference model of the workspace, written from RULES.md rather than from
// src/: per conversation its state, teammate, team and what orders the waiting queue; per teammate
// status, limit, seat and last assignment (open counts are counted, never stored); per team its
// method, members and round-robin pointer. It understands only the events of the model-based
// test, and returns either the next model state or the error code the rules demand.
import type { Instant } from '../../src/index.js';
import type { WorkspaceEvent } from '../../src/workspace/index.js';

/** A teammate as the model sees one. */
export interface MTeammate {
  readonly id: string;
  readonly name: string;
  readonly status: 'active' | 'away';
  readonly reassign: boolean;
  readonly limit: number | null;
  readonly seat: boolean;
  readonly lastAssignedAt: Instant | null;
}

/** A team inbox as the model sees one. */
export interface MTeam {
  readonly id: string;
  readonly method: 'balanced' | 'round-robin' | 'manual';
  readonly members: readonly string[];
  /** Round robin: the member who got the last conversation (ASSIGN-28, ASSIGN-29). */
  readonly cursor: string | null;
}

/** A conversation as the model sees one. */
export interface MConversation {
  readonly id: string;
  readonly state: 'open' | 'snoozed' | 'closed';
  readonly team: string | null;
  readonly teammate: string | null;
  readonly priority: boolean;
  readonly createdAt: Instant;
  readonly waitingSince: Instant | null;
  readonly teamSince: Instant | null;
  readonly snoozedUntil: Instant | null;
}

/** The whole model. Maps keep ids like `__proto__` safe. */
export interface MState {
  readonly clock: Instant;
  readonly teammates: ReadonlyMap<string, MTeammate>;
  readonly teams: ReadonlyMap<string, MTeam>;
  readonly conversations: ReadonlyMap<string, MConversation>;
}

/** What the model predicts for one event. */
export type MResult =
  | { readonly error: string }
  | { readonly state: MState; readonly reopened: ReadonlySet<string> };

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** openCount(T): open conversations assigned to T, across all inboxes (ASSIGN-16, SNOOZE-15). */
export function openCount(s: MState, teammate: string): number {
  let n = 0;
  for (const c of s.conversations.values()) if (c.state === 'open' && c.teammate === teammate) n++;
  return n;
}

/** A working copy of the model for one event. */
class Draft {
  clock: Instant;
  readonly teammates: Map<string, MTeammate>;
  readonly teams: Map<string, MTeam>;
  readonly conversations: Map<string, MConversation>;
  readonly reopened = new Set<string>();
  /** Assignments made by the drain of this event, in order: one at a time, so an earlier one is older (ASSIGN-17, ASSIGN-22). */
  private readonly drained = new Map<string, number>();
  private drains = 0;

  constructor(s: MState, at: Instant) {
    this.clock = at;
    this.teammates = new Map(s.teammates);
    this.teams = new Map(s.teams);
    this.conversations = new Map(s.conversations);
  }

  get state(): MState {
    return { clock: this.clock, teammates: this.teammates, teams: this.teams, conversations: this.conversations };
  }

  conv(id: string): MConversation {
    return this.conversations.get(id)!;
  }

  set(c: MConversation, changes: Partial<MConversation>): MConversation {
    const next = { ...c, ...changes };
    this.conversations.set(c.id, next);
    return next;
  }

  /** Gives a conversation to a teammate: every assignment counts for ASSIGN-17 (ASSIGN-18). */
  give(c: MConversation, teammate: string | null): void {
    if (teammate !== null && teammate !== c.teammate) {
      this.teammates.set(teammate, { ...this.teammates.get(teammate)!, lastAssignedAt: this.clock });
    }
    this.set(c, { teammate });
  }

  /** CONV-2, SNOOZE-5 to SNOOZE-8, SNOOZE-14: back to open, snooze cleared. */
  reopen(c: MConversation): MConversation {
    this.reopened.add(c.id);
    return this.set(c, { state: 'open', snoozedUntil: null });
  }

  /** SNOOZE-5: every snooze that ended by now (inclusive) reopens before the event. */
  wake(): void {
    for (const c of this.conversations.values()) {
      if (c.state === 'snoozed' && c.snoozedUntil !== null && c.snoozedUntil <= this.clock) this.reopen(c);
    }
  }

  /** ASSIGN-13 (a) to (d), ASSIGN-14, STATUS-3, STATUS-15. */
  eligible(team: MTeam, open: (id: string) => number): MTeammate[] {
    return team.members.map((m) => this.teammates.get(m)!).filter((t) => t.status === 'active' && t.seat && (t.limit === null || open(t.id) < t.limit));
  }

  /**
   * ASSIGN-15, ASSIGN-17: fewest open, then least recently assigned (never = oldest; at the same
   * instant, an assignment made earlier in this one-at-a-time drain is the older), then id.
   */
  balancedPick(team: MTeam): string | null {
    const counts = new Map(team.members.map((m) => [m, openCount(this.state, m)]));
    const open = (id: string): number => counts.get(id)!;
    const ranked = this.eligible(team, open).sort((a, b) =>
      open(a.id) - open(b.id)
      || (a.lastAssignedAt ?? -Infinity) - (b.lastAssignedAt ?? -Infinity)
      || (this.drained.get(a.id) ?? 0) - (this.drained.get(b.id) ?? 0)
      || byCodeUnits(a.id, b.id));
    return ranked[0]?.id ?? null;
  }

  /**
   * ASSIGN-22, ASSIGN-23, ASSIGN-27: one at a time, the first waiting conversation (priority
   * first, then longest waiting, then id) whose team has someone eligible, until nothing moves.
   */
  drain(): void {
    for (;;) {
      const waiting = [...this.conversations.values()]
        .filter((c) => c.state === 'open' && c.teammate === null && c.team !== null && this.teams.get(c.team)!.method === 'balanced')
        .sort((a, b) => Number(b.priority) - Number(a.priority)
          || (a.waitingSince ?? a.teamSince ?? a.createdAt) - (b.waitingSince ?? b.teamSince ?? b.createdAt)
          || byCodeUnits(a.id, b.id));
      let moved = false;
      for (const c of waiting) {
        const pick = this.balancedPick(this.teams.get(c.team!)!);
        if (pick === null) continue;
        this.give(c, pick);
        this.drained.set(pick, ++this.drains);
        moved = true;
        break;
      }
      if (!moved) return;
    }
  }

  /** ASSIGN-28 to ASSIGN-31, ASSIGN-37: the next active, seated member after the last one served, by name then id; limits ignored. */
  roundRobin(c: MConversation, team: MTeam): void {
    const order = [...team.members].sort((a, b) => {
      const x = this.teammates.get(a)!;
      const y = this.teammates.get(b)!;
      return byCodeUnits(x.name, y.name) || byCodeUnits(x.id, y.id);
    });
    const start = team.cursor === null ? 0 : order.indexOf(team.cursor) + 1;
    for (let n = 0; n < order.length; n++) {
      const t = this.teammates.get(order[(start + n) % order.length]!)!;
      if (t.status === 'active' && t.seat) {
        this.give(c, t.id);
        this.teams.set(team.id, { ...team, cursor: t.id });
        return;
      }
    }
  }
}

/** The model's transition for the events of the model-based test. */
export function modelStep(s: MState, e: WorkspaceEvent): MResult {
  if (e.at < s.clock) return { error: 'time-went-backwards' };
  const d = new Draft(s, e.at);
  d.wake();
  switch (e.type) {
    case 'conversation.created': {
      const team = d.teams.get(e.team!)!;
      const c = d.set({
        id: e.conversation, state: 'open', team: team.id, teammate: null, priority: e.priority ?? false, createdAt: e.at,
        waitingSince: e.at, teamSince: e.at, snoozedUntil: null,
      }, {});
      if (team.method === 'round-robin' && (e.via ?? 'workflow') === 'workflow') d.roundRobin(c, team);
      break;
    }
    case 'customer.replied': {
      let c = d.conv(e.conversation);
      if (c.state !== 'open') c = d.reopen(c); // SNOOZE-6, CONV-2
      c = d.set(c, { waitingSince: c.waitingSince ?? e.at });
      const assignee = c.teammate === null ? null : d.teammates.get(c.teammate)!;
      // STATUS-8, STATUS-9, STATUS-14 (the model's conversations always keep a team: STATUS-10 does not arise)
      if (assignee?.status === 'away' && assignee.reassign) d.give(c, null);
      break;
    }
    case 'teammate.replied': {
      const c = d.set(d.conv(e.conversation), { waitingSince: null }); // LIST-6: the customer is answered
      if (c.state === 'snoozed' && e.teammate !== c.teammate) d.reopen(c); // SNOOZE-7; a closed one stays closed (CONV-2)
      break;
    }
    case 'conversation.closed': {
      const c = d.conv(e.conversation);
      if (c.state === 'closed') return { error: 'invalid-transition' };
      d.set(c, { state: 'closed', snoozedUntil: null }); // SNOOZE-13
      break;
    }
    case 'conversation.reopened': {
      const c = d.conv(e.conversation);
      if (c.state === 'open') return { error: 'invalid-transition' };
      d.reopen(c); // SNOOZE-14
      break;
    }
    case 'conversation.snoozed': {
      const c = d.conv(e.conversation);
      if (c.state === 'closed') return { error: 'snooze-closed-conversation' }; // SNOOZE-13
      if (e.until! <= e.at) return { error: 'snooze-in-the-past' }; // SNOOZE-4
      d.set(c, { state: 'snoozed', snoozedUntil: e.until! }); // SNOOZE-1, SNOOZE-11, SNOOZE-12
      break;
    }
    case 'teammate.status-changed': {
      const t = d.teammates.get(e.teammate)!;
      d.teammates.set(t.id, { ...t, status: e.status, reassign: e.status === 'away' && e.reassignReplies === true }); // STATUS-3, STATUS-4, STATUS-6
      break;
    }
    case 'teammate.updated': {
      const t = d.teammates.get(e.teammate)!;
      d.teammates.set(t.id, { ...t, limit: e.assignmentLimit === undefined ? t.limit : e.assignmentLimit });
      break;
    }
    case 'conversation.assigned': {
      const c = d.conv(e.conversation);
      const to = e.to;
      if (to !== null && 'teammate' in to) {
        if (!d.teammates.get(to.teammate)!.seat) return { error: 'no-inbox-seat' }; // STATUS-15, ASSIGN-9
        d.give(c, to.teammate); // ASSIGN-5, ASSIGN-6, ASSIGN-8, STATUS-7
      } else if (to !== null) {
        // ASSIGN-7: to a team clears the teammate; balanced picks it up, round robin does not (ASSIGN-33)
        if (c.team !== to.team || c.teammate !== null) d.set(c, { team: to.team, teammate: null, teamSince: c.team === to.team ? c.teamSince : e.at });
      }
      break;
    }
    case 'team.members-changed': {
      const team = d.teams.get(e.team)!;
      d.teams.set(team.id, { ...team, members: e.members }); // ASSIGN-13 (a), ASSIGN-22 (d); ASSIGN-24: holders keep theirs
      break;
    }
    case 'time.passed':
      break;
    default:
      throw new Error(`the model does not know ${e.type}`);
  }
  d.drain();
  return { state: d.state, reopened: d.reopened };
}
