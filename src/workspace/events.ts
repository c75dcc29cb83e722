import type { Channel, ContactId, ConversationId, Instant, TeamId, TeammateId, TeammateStatus } from '../model/index.js';

/**
 * Every event type the workspace accepts (SCENARIOS.md, "Events"), in the order of that table.
 *
 * @example
 * ```ts
 * import { WORKSPACE_EVENT_TYPES } from 'inbox-rules/workspace';
 * WORKSPACE_EVENT_TYPES.includes('customer.replied'); // => true
 * ```
 * @category Workspace
 */
export const WORKSPACE_EVENT_TYPES = [
  'conversation.created',
  'conversation.outbound-started',
  'customer.replied',
  'teammate.replied',
  'bot.replied',
  'note.added',
  'conversation.assigned',
  'conversation.snoozed',
  'conversation.closed',
  'conversation.reopened',
  'conversation.viewed',
  'mention.marked-unread',
  'teammate.status-changed',
  'rating.submitted',
  'conversation.priority-changed',
  'team.members-changed',
  'teammate.updated',
  'time.passed',
] as const;

/**
 * A snooze preset name (SNOOZE-2), as events carry it.
 *
 * @example
 * ```ts
 * import type { SnoozePresetName } from 'inbox-rules/workspace';
 * const preset: SnoozePresetName = 'tomorrow';
 * ```
 * @category Workspace
 */
export type SnoozePresetName = 'later-today' | 'tomorrow' | 'next-week' | 'next-month';

/**
 * The target of a manual assignment: a teammate, a team, or nobody (`null`).
 *
 * @example
 * ```ts
 * import type { AssignmentTarget } from 'inbox-rules/workspace';
 * const toTeam: AssignmentTarget = { team: 'billing' };
 * ```
 * @category Workspace
 */
export type AssignmentTarget =
  | {
      /** Assign this teammate; the team slot is kept (ASSIGN-5, ASSIGN-6). */
      readonly teammate: TeammateId;
    }
  | {
      /** Assign this team; the teammate slot is cleared and the team's method follows (ASSIGN-7). */
      readonly team: TeamId;
    }
  | null;

/**
 * `conversation.created`: A customer starts a conversation; a workflow routes it to `team` (ASSIGN-2).
 *
 * @example
 * ```ts
 * import type { ConversationCreatedEvent } from 'inbox-rules/workspace';
 * const e: ConversationCreatedEvent = { type: 'conversation.created', at: 0, conversation: 'c1', customers: ['u1'], text: 'Hello' };
 * ```
 * @category Workspace
 */
export interface ConversationCreatedEvent {
  /** The event type. */
  readonly type: 'conversation.created';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The contacts taking part. */
  readonly customers: readonly ContactId[];
  /** The first customer message. */
  readonly text: string;
  /** The team inbox a workflow routes it to; absent = no team. */
  readonly team?: TeamId | undefined;
  /** How it arrived in `team`: `"workflow"` (default) triggers round robin; `"manual"` does not (ASSIGN-33). */
  readonly via?: 'workflow' | 'manual' | undefined;
  /** Priority conversation (LIST-3); default false. */
  readonly priority?: boolean | undefined;
  /** Default `"messenger"`. */
  readonly channel?: Channel | undefined;
}

/**
 * `conversation.outbound-started`: A teammate starts an outbound conversation (OUT-1 to OUT-12).
 *
 * @example
 * ```ts
 * import type { OutboundStartedEvent } from 'inbox-rules/workspace';
 * const e: OutboundStartedEvent = { type: 'conversation.outbound-started', at: 0, conversation: 'c1', teammate: 'ana', to: ['bo@example.test'], channel: 'email', text: 'Hello' };
 * ```
 * @category Workspace
 */
export interface OutboundStartedEvent {
  /** The event type. */
  readonly type: 'conversation.outbound-started';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The composing teammate (default sender, OUT-2). */
  readonly teammate: TeammateId;
  /** Recipient e-mail addresses (OUT-5). */
  readonly to: readonly string[];
  /** The channel. */
  readonly channel: Channel;
  /** The message. */
  readonly text: string;
  /** A custom sender address (OUT-3). */
  readonly from?: string | undefined;
  /** Assignee applied after sending (OUT-8); default the sender. */
  readonly assignTo?: AssignmentTarget | undefined;
}

/**
 * `customer.replied`: A customer replies (reopens, SNOOZE-6; may reassign, STATUS-9).
 *
 * @example
 * ```ts
 * import type { CustomerRepliedEvent } from 'inbox-rules/workspace';
 * const e: CustomerRepliedEvent = { type: 'customer.replied', at: 0, conversation: 'c1', text: 'Hello' };
 * ```
 * @category Workspace
 */
export interface CustomerRepliedEvent {
  /** The event type. */
  readonly type: 'customer.replied';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The message text (plain text). */
  readonly text: string;
  /** Which customer; default the first. */
  readonly customer?: ContactId | undefined;
}

/**
 * `teammate.replied`: A teammate sends a reply the customer sees.
 *
 * @example
 * ```ts
 * import type { TeammateRepliedEvent } from 'inbox-rules/workspace';
 * const e: TeammateRepliedEvent = { type: 'teammate.replied', at: 0, conversation: 'c1', teammate: 'ana', text: 'Hello' };
 * ```
 * @category Workspace
 */
export interface TeammateRepliedEvent {
  /** The event type. */
  readonly type: 'teammate.replied';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The teammate acting. */
  readonly teammate: TeammateId;
  /** The message text (plain text). */
  readonly text: string;
}

/**
 * `bot.replied`: An automated or AI-agent reply (never counts as a teammate reply).
 *
 * @example
 * ```ts
 * import type { BotRepliedEvent } from 'inbox-rules/workspace';
 * const e: BotRepliedEvent = { type: 'bot.replied', at: 0, conversation: 'c1', text: 'Hello' };
 * ```
 * @category Workspace
 */
export interface BotRepliedEvent {
  /** The event type. */
  readonly type: 'bot.replied';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The message text (plain text). */
  readonly text: string;
  /** Which bot, e.g. `"fin"`; default `"bot"`. */
  readonly bot?: string | undefined;
}

/**
 * `note.added`: An internal note; `@handle` mentions notify (MENTION-1).
 *
 * @example
 * ```ts
 * import type { NoteAddedEvent } from 'inbox-rules/workspace';
 * const e: NoteAddedEvent = { type: 'note.added', at: 0, conversation: 'c1', teammate: 'ana', text: 'Hello' };
 * ```
 * @category Workspace
 */
export interface NoteAddedEvent {
  /** The event type. */
  readonly type: 'note.added';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The teammate acting. */
  readonly teammate: TeammateId;
  /** The message text (plain text). */
  readonly text: string;
}

/**
 * `conversation.assigned`: A manual assignment (ASSIGN-5 to ASSIGN-11).
 *
 * @example
 * ```ts
 * import type { ConversationAssignedEvent } from 'inbox-rules/workspace';
 * const e: ConversationAssignedEvent = { type: 'conversation.assigned', at: 0, conversation: 'c1', by: 'ana', to: { team: 'billing' } };
 * ```
 * @category Workspace
 */
export interface ConversationAssignedEvent {
  /** The event type. */
  readonly type: 'conversation.assigned';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The teammate who made the change. */
  readonly by: TeammateId;
  /** A teammate, a team, or null to unassign both. */
  readonly to: AssignmentTarget;
}

/**
 * `conversation.snoozed`: Snoozes a conversation: give exactly one of `until`, `for`, `preset` (SNOOZE-1 to SNOOZE-4).
 *
 * @example
 * ```ts
 * import type { ConversationSnoozedEvent } from 'inbox-rules/workspace';
 * const e: ConversationSnoozedEvent = { type: 'conversation.snoozed', at: 0, conversation: 'c1', teammate: 'ana' };
 * ```
 * @category Workspace
 */
export interface ConversationSnoozedEvent {
  /** The event type. */
  readonly type: 'conversation.snoozed';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** Who snoozes (presets use their time zone). */
  readonly teammate: TeammateId;
  /** Snooze until this instant. */
  readonly until?: Instant | undefined;
  /** Snooze for an ISO-8601 duration such as `"PT2H"`. */
  readonly for?: string | undefined;
  /** A preset, computed in the teammate's time zone. */
  readonly preset?: SnoozePresetName | undefined;
}

/**
 * `conversation.closed`: Closes a conversation (checks the rating request, RATING-1).
 *
 * @example
 * ```ts
 * import type { ConversationClosedEvent } from 'inbox-rules/workspace';
 * const e: ConversationClosedEvent = { type: 'conversation.closed', at: 0, conversation: 'c1', teammate: 'ana' };
 * ```
 * @category Workspace
 */
export interface ConversationClosedEvent {
  /** The event type. */
  readonly type: 'conversation.closed';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The teammate acting. */
  readonly teammate: TeammateId;
}

/**
 * `conversation.reopened`: A manual reopen (SNOOZE-14, CONV-2).
 *
 * @example
 * ```ts
 * import type { ConversationReopenedEvent } from 'inbox-rules/workspace';
 * const e: ConversationReopenedEvent = { type: 'conversation.reopened', at: 0, conversation: 'c1', teammate: 'ana' };
 * ```
 * @category Workspace
 */
export interface ConversationReopenedEvent {
  /** The event type. */
  readonly type: 'conversation.reopened';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The teammate acting. */
  readonly teammate: TeammateId;
}

/**
 * `conversation.viewed`: A teammate opens a conversation: clears their unread mention (MENTION-4).
 *
 * @example
 * ```ts
 * import type { ConversationViewedEvent } from 'inbox-rules/workspace';
 * const e: ConversationViewedEvent = { type: 'conversation.viewed', at: 0, conversation: 'c1', teammate: 'ana' };
 * ```
 * @category Workspace
 */
export interface ConversationViewedEvent {
  /** The event type. */
  readonly type: 'conversation.viewed';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The teammate acting. */
  readonly teammate: TeammateId;
}

/**
 * `mention.marked-unread`: A teammate marks a mentioned conversation unread (MENTION-5).
 *
 * @example
 * ```ts
 * import type { MentionMarkedUnreadEvent } from 'inbox-rules/workspace';
 * const e: MentionMarkedUnreadEvent = { type: 'mention.marked-unread', at: 0, conversation: 'c1', teammate: 'ana' };
 * ```
 * @category Workspace
 */
export interface MentionMarkedUnreadEvent {
  /** The event type. */
  readonly type: 'mention.marked-unread';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The teammate acting. */
  readonly teammate: TeammateId;
}

/**
 * `teammate.status-changed`: A teammate changes status (STATUS-3 to STATUS-6).
 *
 * @example
 * ```ts
 * import type { TeammateStatusChangedEvent } from 'inbox-rules/workspace';
 * const e: TeammateStatusChangedEvent = { type: 'teammate.status-changed', at: 0, teammate: 'ana', status: 'away' };
 * ```
 * @category Workspace
 */
export interface TeammateStatusChangedEvent {
  /** The event type. */
  readonly type: 'teammate.status-changed';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The teammate. */
  readonly teammate: TeammateId;
  /** The new status. */
  readonly status: TeammateStatus;
  /** Only while away. */
  readonly awayReason?: string | null | undefined;
  /** Only while away. */
  readonly reassignReplies?: boolean | undefined;
}

/**
 * `rating.submitted`: The customer rates, or changes a rating (RATING-11 to RATING-13).
 *
 * @example
 * ```ts
 * import type { RatingSubmittedEvent } from 'inbox-rules/workspace';
 * const e: RatingSubmittedEvent = { type: 'rating.submitted', at: 0, conversation: 'c1', score: 5 };
 * ```
 * @category Workspace
 */
export interface RatingSubmittedEvent {
  /** The event type. */
  readonly type: 'rating.submitted';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** An integer from 1 to 5. */
  readonly score: number;
  /** An optional remark; it makes the rating final. */
  readonly comment?: string | undefined;
}

/**
 * `conversation.priority-changed`: Marks a conversation priority or not (LIST-3).
 *
 * @example
 * ```ts
 * import type { PriorityChangedEvent } from 'inbox-rules/workspace';
 * const e: PriorityChangedEvent = { type: 'conversation.priority-changed', at: 0, conversation: 'c1', priority: true, by: 'ana' };
 * ```
 * @category Workspace
 */
export interface PriorityChangedEvent {
  /** The event type. */
  readonly type: 'conversation.priority-changed';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The new priority. */
  readonly priority: boolean;
  /** The teammate who made the change. */
  readonly by: TeammateId;
}

/**
 * `team.members-changed`: Edits a team's membership (may drain its backlog, ASSIGN-22).
 *
 * @example
 * ```ts
 * import type { TeamMembersChangedEvent } from 'inbox-rules/workspace';
 * const e: TeamMembersChangedEvent = { type: 'team.members-changed', at: 0, team: 'billing', members: ['ana', 'ben'] };
 * ```
 * @category Workspace
 */
export interface TeamMembersChangedEvent {
  /** The event type. */
  readonly type: 'team.members-changed';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The team. */
  readonly team: TeamId;
  /** The new member list. */
  readonly members: readonly TeammateId[];
}

/**
 * `teammate.updated`: Edits a teammate's limit or seat (may drain backlogs, ASSIGN-22).
 *
 * @example
 * ```ts
 * import type { TeammateUpdatedEvent } from 'inbox-rules/workspace';
 * const e: TeammateUpdatedEvent = { type: 'teammate.updated', at: 0, teammate: 'ana' };
 * ```
 * @category Workspace
 */
export interface TeammateUpdatedEvent {
  /** The event type. */
  readonly type: 'teammate.updated';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
  /** The teammate. */
  readonly teammate: TeammateId;
  /** New limit; null = none. */
  readonly assignmentLimit?: number | null | undefined;
  /** New seat. */
  readonly inboxSeat?: boolean | undefined;
}

/**
 * `time.passed`: Only the clock moves (ended snoozes reopen).
 *
 * @example
 * ```ts
 * import type { TimePassedEvent } from 'inbox-rules/workspace';
 * const e: TimePassedEvent = { type: 'time.passed', at: 0 };
 * ```
 * @category Workspace
 */
export interface TimePassedEvent {
  /** The event type. */
  readonly type: 'time.passed';
  /** When it happened (epoch ms); the clock moves here first, waking ended snoozes. */
  readonly at: Instant;
}

/**
 * An event the workspace applies: a plain, serialisable object discriminated by `type`, carrying the
 * instant it happened (`at`, epoch ms). Fields are those of SCENARIOS.md.
 *
 * @example
 * ```ts
 * import type { WorkspaceEvent } from 'inbox-rules/workspace';
 * const e: WorkspaceEvent = { type: 'customer.replied', at: 0, conversation: 'c1', text: 'Any news?' };
 * ```
 * @category Workspace
 */
export type WorkspaceEvent =
  | ConversationCreatedEvent
  | OutboundStartedEvent
  | CustomerRepliedEvent
  | TeammateRepliedEvent
  | BotRepliedEvent
  | NoteAddedEvent
  | ConversationAssignedEvent
  | ConversationSnoozedEvent
  | ConversationClosedEvent
  | ConversationReopenedEvent
  | ConversationViewedEvent
  | MentionMarkedUnreadEvent
  | TeammateStatusChangedEvent
  | RatingSubmittedEvent
  | PriorityChangedEvent
  | TeamMembersChangedEvent
  | TeammateUpdatedEvent
  | TimePassedEvent;
