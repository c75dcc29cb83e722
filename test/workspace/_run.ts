// Shared helpers of the workspace tests: apply an event and record its outcome (effects, or the
// code of the InboxRuleError it was rejected with), and read a workspace through its public queries.
import { isInboxRuleError } from '../../src/index.js';
import {
  apply, listConversations, listTeams, listTeammates, unreadMentions, waitingConversations, type Workspace, type WorkspaceEffect,
  type WorkspaceEvent,
} from '../../src/workspace/index.js';

/** What applying one event gave: its effects, or the code it was rejected with. */
export type Outcome = { readonly effects: readonly WorkspaceEffect[] } | { readonly error: string };

/**
 * Applies an event; an {@link InboxRuleError} becomes `{ error: code }` and leaves the workspace as
 * it was. Anything else thrown (a TypeError, a RangeError...) propagates and fails the test.
 */
export function step(workspace: Workspace, event: WorkspaceEvent): { readonly workspace: Workspace; readonly outcome: Outcome } {
  try {
    const r = apply(workspace, event);
    return { workspace: r.workspace, outcome: { effects: r.effects } };
  } catch (error) {
    if (isInboxRuleError(error)) return { workspace, outcome: { error: error.code } };
    throw error;
  }
}

/** Applies events in order, collecting every outcome. */
export function run(workspace: Workspace, events: readonly WorkspaceEvent[]): { readonly workspace: Workspace; readonly outcomes: readonly Outcome[] } {
  let ws = workspace;
  const outcomes: Outcome[] = [];
  for (const e of events) {
    const r = step(ws, e);
    ws = r.workspace;
    outcomes.push(r.outcome);
  }
  return { workspace: ws, outcomes };
}

/** Everything the public queries say about a workspace, as a plain JSON value (a deep copy). */
export function observe(workspace: Workspace, teammates: readonly string[], teams: readonly string[]): unknown {
  return JSON.parse(JSON.stringify({
    clock: workspace.clock,
    conversations: listConversations(workspace),
    teammates: listTeammates(workspace),
    teams: listTeams(workspace),
    unread: teammates.map((t) => [t, unreadMentions(workspace, t)]),
    waiting: teams.map((t) => [t, waitingConversations(workspace, t)]),
  })) as unknown;
}
