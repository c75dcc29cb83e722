// What a user would write first: the whole workspace as flat Records of plain objects, each event
// applied with immer's `produce` (default settings: autoFreeze on), reading and writing through the
// draft. The event logic is the reference's (bench/reference.ts), run on the draft.
import { produce } from 'immer';
import type { WorkspaceEvent } from '../src/workspace/events.js';
import type { BenchConfig } from './config.js';
import { ReferenceInbox, type RefConversation, type RefEffect, type RefTeam, type RefTeammate, type SnoozeEntry, type Store } from './reference.js';

/** The naive state: one Record per collection. */
export interface NaiveState {
  clock: number;
  teammates: Record<string, RefTeammate>;
  handles: Record<string, string>;
  teams: Record<string, RefTeam>;
  balancedOf: Record<string, string[]>;
  waiting: Record<string, string[]>;
  conversations: Record<string, RefConversation>;
  snoozes: SnoozeEntry[];
  unread: Record<string, Record<string, true>>;
}

/** The reference's store over a naive state (a plain object while loading, an immer draft afterwards). */
function recordStore(s: NaiveState): Store {
  return {
    clock: () => s.clock,
    setClock: (at) => {
      s.clock = at;
    },
    teammate: (id) => s.teammates[id],
    team: (id) => s.teams[id],
    conversation: (id) => s.conversations[id],
    addConversation: (c) => {
      s.conversations[c.id] = c;
    },
    members: (team) => team.members.map((id) => s.teammates[id] as RefTeammate),
    balancedTeamsOf: (id) => s.balancedOf[id] ?? [],
    byHandle: (handle) => {
      const id = s.handles[handle];
      return id === undefined ? undefined : s.teammates[id];
    },
    waiting: (team) => (s.waiting[team] ??= []),
    snoozes: () => s.snoozes,
    addUnread: (teammate, conversation) => {
      (s.unread[teammate] ??= {})[conversation] = true;
    },
    removeUnread: (teammate, conversation) => {
      const mine = s.unread[teammate];
      if (mine !== undefined) delete mine[conversation];
    },
  };
}

/** The naive workspace: `load` applies events by plain mutation (fast set-up), `apply` through immer. */
export interface NaiveInbox {
  load(event: WorkspaceEvent): void;
  apply(event: WorkspaceEvent): readonly RefEffect[];
  state(): NaiveState;
}

/** Builds the naive workspace for a configuration. */
export function createNaive(config: BenchConfig): NaiveInbox {
  const state: NaiveState = { clock: 0, teammates: {}, handles: {}, teams: {}, balancedOf: {}, waiting: {}, conversations: {}, snoozes: [], unread: {} };
  for (const t of config.teammates) {
    state.teammates[t.id] = {
      id: t.id, handle: t.handle, status: t.status, reassignReplies: false, inboxSeat: t.inboxSeat,
      assignmentLimit: t.assignmentLimit, openCount: 0, lastAssignedAt: null,
    };
    state.handles[t.handle.toLowerCase()] = t.id;
  }
  for (const t of config.teams) {
    state.teams[t.id] = { id: t.id, assignment: t.assignment, members: [...t.members], rotationCursor: null };
    if (t.assignment !== 'balanced') continue;
    for (const m of t.members) (state.balancedOf[m] ??= []).push(t.id);
  }
  let current = state;
  const loader = new ReferenceInbox(recordStore(state));
  return {
    load: (event) => {
      loader.apply(event);
    },
    apply: (event) => {
      let effects: readonly RefEffect[] = [];
      current = produce(current, (draft) => {
        effects = new ReferenceInbox(recordStore(draft)).apply(event);
      });
      return effects;
    },
    state: () => current,
  };
}
