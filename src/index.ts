// The one public entry: explicit named re-exports, so the whole API is reviewable here.
// Model
export {
  ASSIGNMENT_METHODS, CHANNELS, CONVERSATION_STATES, INBOX_RULE_ERROR_CODES, InboxRuleError, PART_TYPES, REOPEN_REASONS,
  TEAMMATE_STATUSES, createConversation, createTeam, createTeammate, isInboxRuleError, toInstant,
} from './model/index.js';
export type {
  AssignmentMethod, Channel, ContactId, Conversation, ConversationId, ConversationInput, ConversationState, InboxRuleErrorCode,
  Instant, Part, Rating, RatingRequest, Reopening, ReopenReason, Team, TeamId, TeamInput, Teammate, TeammateId, TeammateInput,
  TeammateStatus,
} from './model/index.js';
