import { sortedValues } from '../_internal/sortedList.js';
import { tableGet, tableValues, type Table } from '../_internal/table.js';
import { makeMentionsState, makeTeammateMentions } from '../mentions/_state.js';
import { mentionsView } from '../mentions/index.js';
import type { Conversation, ConversationId, Team, TeamId, Teammate, TeammateId } from '../model/index.js';
import type { Contact, Workspace } from './types.js';

const byId = <T extends { readonly id: string }>(table: Table<T>): T[] =>
  [...tableValues(table)].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

/**
 * The conversation with this id, or undefined.
 *
 * @param workspace - the workspace.
 * @param id - the conversation id (any string is safe).
 * @returns the conversation as it stands.
 * @example
 * ```ts
 * import { createWorkspace, getConversation } from 'inbox-rules/workspace';
 * getConversation(createWorkspace({}), '__proto__'); // => undefined
 * ```
 * @category Workspace
 */
export function getConversation(workspace: Workspace, id: ConversationId): Conversation | undefined {
  return tableGet(workspace.conversations, id);
}

/**
 * The teammate with this id (with their current `openCount` and `lastAssignedAt`), or undefined.
 *
 * @param workspace - the workspace.
 * @param id - the teammate id.
 * @returns the teammate as they stand.
 * @example
 * ```ts
 * import { createWorkspace, getTeammate } from 'inbox-rules/workspace';
 * getTeammate(createWorkspace({ teammates: [{ id: 'ana' }] }), 'ana')?.openCount; // => 0
 * ```
 * @category Workspace
 */
export function getTeammate(workspace: Workspace, id: TeammateId): Teammate | undefined {
  return tableGet(workspace.teammates, id);
}

/**
 * The team inbox with this id (with its current round-robin pointer), or undefined.
 *
 * @param workspace - the workspace.
 * @param id - the team id.
 * @returns the team as it stands.
 * @example
 * ```ts
 * import { createWorkspace, getTeam } from 'inbox-rules/workspace';
 * getTeam(createWorkspace({ teams: [{ id: 'vip' }] }), 'vip')?.assignment; // => 'manual'
 * ```
 * @category Workspace
 */
export function getTeam(workspace: Workspace, id: TeamId): Team | undefined {
  return tableGet(workspace.teams, id);
}

/**
 * The contact with this id, or undefined (outbound conversations create contacts, OUT-6).
 *
 * @param workspace - the workspace.
 * @param id - the contact id.
 * @returns the contact.
 * @example
 * ```ts
 * import { createWorkspace, getContact } from 'inbox-rules/workspace';
 * getContact(createWorkspace({ contacts: [{ id: 'u1', email: 'u1@example.test' }] }), 'u1')?.email; // => 'u1@example.test'
 * ```
 * @category Workspace
 */
export function getContact(workspace: Workspace, id: string): Contact | undefined {
  return tableGet(workspace.contacts, id);
}

/**
 * Every conversation, sorted by id (code-unit order). Linear in the number of conversations.
 *
 * @param workspace - the workspace.
 * @returns the conversations.
 * @example
 * ```ts
 * import { createWorkspace, listConversations } from 'inbox-rules/workspace';
 * listConversations(createWorkspace({})); // => []
 * ```
 * @category Workspace
 */
export function listConversations(workspace: Workspace): readonly Conversation[] {
  return byId(workspace.conversations);
}

/**
 * Every teammate, sorted by id.
 *
 * @param workspace - the workspace.
 * @returns the teammates.
 * @example
 * ```ts
 * import { createWorkspace, listTeammates } from 'inbox-rules/workspace';
 * listTeammates(createWorkspace({ teammates: [{ id: 'ben' }, { id: 'ana' }] })).map((t) => t.id); // => ['ana', 'ben']
 * ```
 * @category Workspace
 */
export function listTeammates(workspace: Workspace): readonly Teammate[] {
  return byId(workspace.teammates);
}

/**
 * Every team inbox, sorted by id.
 *
 * @param workspace - the workspace.
 * @returns the teams.
 * @example
 * ```ts
 * import { createWorkspace, listTeams } from 'inbox-rules/workspace';
 * listTeams(createWorkspace({ teams: [{ id: 'vip' }] })).length; // => 1
 * ```
 * @category Workspace
 */
export function listTeams(workspace: Workspace): readonly Team[] {
  return byId(workspace.teams);
}

/**
 * The conversations waiting in a balanced team inbox for an eligible teammate, in the order they
 * will be served (ASSIGN-23: priority first, then longest waiting, then id).
 *
 * @param workspace - the workspace.
 * @param team - the team id.
 * @returns conversation ids, next first (empty for other methods: their waiting conversations are
 * simply unassigned, see {@link listConversations}).
 * @example
 * ```ts
 * import { createWorkspace, waitingConversations } from 'inbox-rules/workspace';
 * waitingConversations(createWorkspace({ teams: [{ id: 'b', assignment: 'balanced' }] }), 'b'); // => []
 * ```
 * @category Workspace
 */
export function waitingConversations(workspace: Workspace, team: TeamId): readonly ConversationId[] {
  const backlog = tableGet(workspace.backlogs, team);
  return backlog ? [...sortedValues(backlog.queue)].map((e) => e.id) : [];
}

/**
 * The conversations in a teammate's *Unread mentions* view (MENTION-6), most recently mentioned
 * first. Opening a conversation (`conversation.viewed`) reads it; `mention.marked-unread` and a new
 * mention make it unread again.
 *
 * @param workspace - the workspace.
 * @param teammate - the teammate id.
 * @returns conversation ids.
 * @example
 * ```ts
 * import { createWorkspace, unreadMentions } from 'inbox-rules/workspace';
 * unreadMentions(createWorkspace({ teammates: [{ id: 'ana' }] }), 'ana'); // => []
 * ```
 * @category Workspace
 */
export function unreadMentions(workspace: Workspace, teammate: TeammateId): readonly ConversationId[] {
  const entry = tableGet(workspace.mentions, teammate);
  const state = makeMentionsState(entry === undefined ? [] : [makeTeammateMentions(teammate, entry.mentions)]);
  return mentionsView({ state, teammate, filter: 'unread' });
}
