import type { SortedList } from '../_internal/sortedList.js';
import type { Table } from '../_internal/table.js';
import type { DefaultAssignee } from '../assignment/index.js';
import type { Mention } from '../mentions/index.js';
import type {
  ContactId, Conversation, Instant, Team, TeamId, TeamInput, Teammate, TeammateId, TeammateInput,
} from '../model/index.js';
import type { CustomSenderAddress } from '../outbound/index.js';
import type { RatingRequestPolicy } from '../ratings/index.js';
import type { SnoozePresetSettings } from '../snooze/index.js';
import type { WorkspaceEffect } from './effects.js';

/**
 * A contact (customer: user or lead) known to the workspace.
 *
 * @example
 * ```ts
 * import type { Contact } from 'inbox-rules/workspace';
 * const u1: Contact = { id: 'u1', email: 'u1@example.test' };
 * ```
 * @category Workspace
 */
export interface Contact {
  /** Unique id. */
  readonly id: ContactId;
  /** E-mail address, or null; outbound recipients are matched to contacts by it (OUT-6). */
  readonly email: string | null;
}

/**
 * Workspace-wide settings (SCENARIOS.md, "settings").
 *
 * @example
 * ```ts
 * import type { WorkspaceSettings } from 'inbox-rules/workspace';
 * const s: WorkspaceSettings = { ratingRequest: 'until-sent' };
 * ```
 * @category Workspace
 */
export interface WorkspaceSettings {
  /** RATING-7 reading: `'first-close'` (default) or `'until-sent'`. */
  readonly ratingRequest?: RatingRequestPolicy | undefined;
  /** The times behind the snooze presets (SNOOZE-3); omitted settings keep their defaults. */
  readonly snoozePresets?: Partial<SnoozePresetSettings> | null | undefined;
  /** Custom sender addresses set up in the workspace (OUT-3, OUT-4). */
  readonly customSenderAddresses?: readonly CustomSenderAddress[] | undefined;
}

/**
 * What {@link createWorkspace} takes: the scenario file's `workspace` object, with teammates and
 * teams as {@link TeammateInput} and {@link TeamInput}.
 *
 * @example
 * ```ts
 * import type { WorkspaceConfig } from 'inbox-rules/workspace';
 * const config: WorkspaceConfig = {
 *   teammates: [{ id: 'ana' }, { id: 'ben', assignmentLimit: 3 }],
 *   teams: [{ id: 'billing', assignment: 'balanced', members: ['ana', 'ben'] }],
 *   contacts: [{ id: 'u1', email: 'u1@example.test' }],
 * };
 * ```
 * @category Workspace
 */
export interface WorkspaceConfig {
  /** The workspace's IANA time zone; default `'UTC'`. */
  readonly timezone?: string | undefined;
  /** Where reassign-on-reply sends a conversation without a team (STATUS-10); default none. */
  readonly defaultAssignee?: DefaultAssignee | undefined;
  /** The teammates. */
  readonly teammates?: readonly TeammateInput[] | undefined;
  /** The team inboxes; members must be teammates. */
  readonly teams?: readonly TeamInput[] | undefined;
  /** The known contacts. */
  readonly contacts?: readonly Contact[] | undefined;
  /** Workspace settings. */
  readonly settings?: WorkspaceSettings | undefined;
}

/**
 * The settings a workspace runs with, defaults filled in.
 *
 * @example
 * ```ts
 * import { createWorkspace } from 'inbox-rules/workspace';
 * createWorkspace({}).settings.ratingRequest; // => 'first-close'
 * ```
 * @category Workspace
 */
export interface ResolvedWorkspaceSettings {
  /** RATING-7 reading. */
  readonly ratingRequest: RatingRequestPolicy;
  /** The snooze preset times. */
  readonly snoozePresets: SnoozePresetSettings;
  /** Custom sender addresses. */
  readonly customSenderAddresses: readonly CustomSenderAddress[];
}

/**
 * A team's members as teammate values, in member order: kept beside the team so balanced and
 * round-robin decisions read them without a lookup per member. Kept in chunks of 16 (all full but
 * the last), so a teammate's update copies one chunk and the short list of chunks, not every member.
 * @internal
 */
export interface Roster {
  /** The team's id. */
  readonly id: TeamId;
  /** The member teammates, in `team.members` order, in chunks of 16. */
  readonly chunks: readonly (readonly Teammate[])[];
}

/**
 * The team inboxes a teammate belongs to.
 * @internal
 */
export interface Memberships {
  /** The teammate's id. */
  readonly id: TeammateId;
  /** Their teams. */
  readonly teams: readonly TeamId[];
}

/**
 * A contact id keyed by a normalised e-mail address (trimmed, lower-cased).
 * @internal
 */
export interface ContactByEmail {
  /** The normalised address. */
  readonly id: string;
  /** The contact. */
  readonly contact: ContactId;
}

/**
 * One teammate's mentions (MENTION-n), sorted by conversation id: the workspace keeps them in a
 * keyed table, so recording a mention copies that teammate's list only (the public
 * `MentionsState` keeps every teammate in one sorted list, copied on every change).
 * @internal
 */
export interface MentionEntry {
  /** The teammate. */
  readonly id: TeammateId;
  /** Their mentions, sorted by conversation id. */
  readonly mentions: readonly Mention[];
}

/**
 * The teammates whose folded `@handle` is `id` (several = ambiguous, MENTION-2), sorted by id:
 * the workspace's mention index, built once from its teammates (handles never change).
 * @internal
 */
export interface HandleEntry {
  /** The folded handle. */
  readonly id: string;
  /** The teammates with that handle. */
  readonly teammates: readonly TeammateId[];
}

/**
 * A balanced team inbox's queue of waiting conversations, in ASSIGN-23 order.
 * @internal
 */
export interface Backlog {
  /** The team's id. */
  readonly id: TeamId;
  /** Waiting conversations keyed (priority ? 0 : 1, waitingSince ?? teamSince ?? createdAt, id). */
  readonly queue: SortedList;
}

/**
 * The whole inbox state: plain, immutable, JSON-serialisable data. Read it with the query
 * functions ({@link getConversation}, {@link getTeammate}, {@link listConversations}, ...) and
 * change it only with {@link apply}. `JSON.parse(JSON.stringify(workspace))` is a workspace that
 * behaves the same.
 *
 * Its collections are persistent structures (a three-level hash table and chunked sorted lists)
 * whose layout is internal and may change between versions; only the fields shown in the API
 * reference are public.
 *
 * @example
 * ```ts
 * import { createWorkspace } from 'inbox-rules/workspace';
 * const ws = createWorkspace({ teammates: [{ id: 'ana' }] });
 * ws.format; // => 'inbox-rules/workspace@1'
 * ```
 * @category Workspace
 */
export interface Workspace {
  /** Format tag of the serialised state. */
  readonly format: 'inbox-rules/workspace@1';
  /** The instant of the last event applied (null before the first). */
  readonly clock: Instant | null;
  /** The workspace's IANA time zone. */
  readonly timezone: string;
  /** STATUS-10's default assignee. */
  readonly defaultAssignee: DefaultAssignee;
  /** Settings, defaults filled in. */
  readonly settings: ResolvedWorkspaceSettings;
  /** @internal */
  readonly teammates: Table<Teammate>;
  /** @internal Teammates as first created (ids, handles, e-mails; never their loads), for mentions and outbound checks. */
  readonly directory: readonly Teammate[];
  /** @internal */
  readonly teams: Table<Team>;
  /** @internal */
  readonly rosters: Table<Roster>;
  /** @internal */
  readonly memberships: Table<Memberships>;
  /** @internal */
  readonly contacts: Table<Contact>;
  /** @internal */
  readonly contactsByEmail: Table<ContactByEmail>;
  /** @internal */
  readonly conversations: Table<Conversation>;
  /** @internal Snoozed conversations keyed (snoozedUntil, 0, id). */
  readonly snoozes: SortedList;
  /** @internal */
  readonly backlogs: Table<Backlog>;
  /** @internal Mentions per teammate. */
  readonly mentions: Table<MentionEntry>;
  /** @internal Teammates by folded handle, for mentions. */
  readonly handles: Table<HandleEntry>;
}

/**
 * What {@link apply} returns: the next workspace and the effects, as data, for the caller to
 * perform.
 *
 * @example
 * ```ts
 * import { apply, createWorkspace } from 'inbox-rules/workspace';
 * const { effects } = apply(createWorkspace({}), { type: 'time.passed', at: 0 });
 * effects; // => []
 * ```
 * @category Workspace
 */
export interface ApplyResult {
  /** The next state (the input workspace is never changed). */
  readonly workspace: Workspace;
  /** What happened, in order, for the caller to perform (notify, send, log). */
  readonly effects: readonly WorkspaceEffect[];
}
