// The `inbox-rules/workspace` entry: the whole inbox as one pure state machine (createWorkspace, apply,
// checkInvariants, queries, events and effects). Explicit re-exports, like src/index.ts. A separate
// entry so that an app using only the decision functions does not bundle the workspace.
// The error type is re-exported: every workspace function throws it (one class, shared with the core).
export { InboxRuleError, isInboxRuleError } from '../model/errors.js';
export type { InboxRuleErrorCode } from '../model/errors.js';
export { apply } from './apply.js';
export { checkInvariants } from './checkInvariants.js';
export { createWorkspace } from './createWorkspace.js';
export { ASSIGNED_EFFECT_REASONS } from './effects.js';
export type {
  AssignedEffectReason, ContactCreatedEffect, ConversationAssignedEffect, ConversationReopenedEffect, MentionNotifiedEffect,
  RatingNotRequestedEffect, RatingRecordedEffect, RatingRequestedEffect, WorkspaceEffect,
} from './effects.js';
export { WORKSPACE_EVENT_TYPES } from './events.js';
export type {
  AssignmentTarget, BotRepliedEvent, ConversationAssignedEvent, ConversationClosedEvent, ConversationCreatedEvent,
  ConversationReopenedEvent, ConversationSnoozedEvent, ConversationViewedEvent, CustomerRepliedEvent, MentionMarkedUnreadEvent,
  NoteAddedEvent, OutboundStartedEvent, PriorityChangedEvent, RatingSubmittedEvent, SnoozePresetName, TeamMembersChangedEvent,
  TeammateRepliedEvent, TeammateStatusChangedEvent, TeammateUpdatedEvent, TimePassedEvent, WorkspaceEvent,
} from './events.js';
export {
  getContact, getConversation, getTeam, getTeammate, listConversations, listTeammates, listTeams, unreadMentions,
  waitingConversations,
} from './queries.js';
export type { ApplyResult, Contact, ResolvedWorkspaceSettings, Workspace, WorkspaceConfig, WorkspaceSettings } from './types.js';
