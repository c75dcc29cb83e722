export { INBOX_RULE_ERROR_CODES, InboxRuleError, isInboxRuleError } from './errors.js';
export type { InboxRuleErrorCode } from './errors.js';
export type { ContactId, ConversationId, Instant, TeamId, TeammateId } from './ids.js';
export { toInstant } from './toInstant.js';
export { TEAMMATE_STATUSES, createTeammate, makeTeammate, withTeammate } from './teammate.js';
export type { Teammate, TeammateInput, TeammateStatus } from './teammate.js';
export { ASSIGNMENT_METHODS, checkedMembers, createTeam, makeTeam, type MemberIndex } from './team.js';
export type { AssignmentMethod, Team, TeamInput } from './team.js';
export {
  CHANNELS, CONVERSATION_STATES, PART_TYPES, REOPEN_REASONS, createConversation, isConversation, makeConversation, withConversation,
} from './conversation.js';
export type {
  BotReplyPart, Channel, Conversation, ConversationInput, ConversationState, CustomerReplyPart, NotePart, Part, Rating, RatingRequest, Reopening, ReopenReason, TeammateReplyPart,
} from './conversation.js';
