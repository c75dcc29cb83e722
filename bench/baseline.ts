// The floor: the reference event handling over Maps and arrays mutated in place, with each team's
// members kept as an array of teammate objects for the balanced scan (toolchain.md section 6c).
import type { BenchConfig } from './config.js';
import type { WorkspaceEvent } from '../src/workspace/events.js';
import { ReferenceInbox, type RefConversation, type RefEffect, type RefTeam, type RefTeammate, type SnoozeEntry, type Store } from './reference.js';

/** The baseline: apply events in place, and read a conversation back (the stream generator's shadow). */
export interface Baseline {
  apply(event: WorkspaceEvent): readonly RefEffect[];
  conversation(id: string): Readonly<RefConversation> | undefined;
}

/** Builds the mutable baseline for a configuration. */
export function createBaseline(config: BenchConfig): Baseline {
  const teammates = new Map<string, RefTeammate>();
  const byHandle = new Map<string, RefTeammate>();
  for (const t of config.teammates) {
    const entry: RefTeammate = {
      id: t.id, handle: t.handle, status: t.status, reassignReplies: false, inboxSeat: t.inboxSeat,
      assignmentLimit: t.assignmentLimit, openCount: 0, lastAssignedAt: null,
    };
    teammates.set(t.id, entry);
    byHandle.set(t.handle.toLowerCase(), entry);
  }
  const teams = new Map<string, RefTeam>();
  const members = new Map<string, RefTeammate[]>();
  const balancedOf = new Map<string, string[]>();
  const waiting = new Map<string, string[]>();
  for (const t of config.teams) {
    teams.set(t.id, { id: t.id, assignment: t.assignment, members: [...t.members], rotationCursor: null });
    members.set(t.id, t.members.map((id) => teammates.get(id) as RefTeammate));
    waiting.set(t.id, []);
    if (t.assignment !== 'balanced') continue;
    for (const m of t.members) balancedOf.set(m, [...(balancedOf.get(m) ?? []), t.id]);
  }
  const conversations = new Map<string, RefConversation>();
  const unread = new Map<string, Set<string>>();
  const snoozes: SnoozeEntry[] = [];
  let clock = 0;
  const store: Store = {
    clock: () => clock,
    setClock: (at) => {
      clock = at;
    },
    teammate: (id) => teammates.get(id),
    team: (id) => teams.get(id),
    conversation: (id) => conversations.get(id),
    addConversation: (c) => {
      conversations.set(c.id, c);
    },
    members: (team) => members.get(team.id) ?? [],
    balancedTeamsOf: (id) => balancedOf.get(id) ?? [],
    byHandle: (handle) => byHandle.get(handle),
    waiting: (team) => waiting.get(team) ?? [],
    snoozes: () => snoozes,
    addUnread: (teammate, conversation) => {
      let set = unread.get(teammate);
      if (set === undefined) unread.set(teammate, (set = new Set()));
      set.add(conversation);
    },
    removeUnread: (teammate, conversation) => {
      unread.get(teammate)?.delete(conversation);
    },
  };
  const inbox = new ReferenceInbox(store);
  return { apply: (event) => inbox.apply(event), conversation: (id) => conversations.get(id) };
}
