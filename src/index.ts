// The core entry (`inbox-rules`): the model and the rules every inbox applies on every conversation
// (teammate status, conversation lifecycle, assignment, ratings), as explicit named re-exports, so
// the whole API is reviewable here. The opt-in areas are entries of their own, so that an app that
// uses only the core does not bundle them: `inbox-rules/mentions` (src/mentions/index.ts),
// `inbox-rules/snooze` (src/snooze/index.ts, with its time-zone formatting),
// `inbox-rules/outbound` (src/outbound/index.ts), and the workspace state machine,
// `inbox-rules/workspace` (src/workspace/index.ts).
// Model
export {
  ASSIGNMENT_METHODS, CHANNELS, CONVERSATION_STATES, INBOX_RULE_ERROR_CODES, InboxRuleError, PART_TYPES, REOPEN_REASONS,
  TEAMMATE_STATUSES, createConversation, createTeam, createTeammate, isInboxRuleError, toInstant,
} from './model/index.js';
export type {
  AssignmentMethod, BotReplyPart, Channel, ContactId, Conversation, ConversationId, ConversationInput, ConversationState, CustomerReplyPart, InboxRuleErrorCode, NotePart, TeammateReplyPart,
  Instant, Part, Rating, RatingRequest, Reopening, ReopenReason, Team, TeamId, TeamInput, Teammate, TeammateId, TeammateInput,
  TeammateStatus,
} from './model/index.js';
// Teammate status (STATUS)
export {
  ABSENCES, AUTO_ASSIGNMENT_UNAVAILABLE_REASONS, CONVERSATION_ACTIVITY_TYPES, MANUAL_ASSIGNMENT_REJECTION_REASONS,
  MESSENGER_AWAY_AFTER_MS, MESSENGER_PRESENCE_REASONS, REPLY_REASSIGNMENT_REASONS, STATUS_COLOURS, TEAMMATE_MODES,
  applyStatusChange, decideAutoAssignmentAvailability, decideManualAssignability, decideReplyReassignment, messengerPresence,
  planSeatRemoval, recommendStatus, statusColour, teammateCapabilities, teammateMode,
} from './status/index.js';
export type {
  Absence, AutoAssignmentAvailability, AutoAssignmentAvailable, AutoAssignmentUnavailable, AutoAssignmentUnavailableReason,
  ConversationActivityType, ManualAssignability, ManualAssignmentAllowed, ManualAssignmentRejected, ManualAssignmentRejectionReason,
  MessengerAppearsAway, MessengerOnline, MessengerPresence, MessengerPresenceInput, MessengerPresenceReason, RecommendStatusInput,
  ReplyKeepReason, ReplyReassignment, ReplyReassignmentInput, ReplyReassignmentKeep, ReplyReassignmentReason,
  ReplyReassignmentUnassign, SeatRemovalInput, SeatRemovalPlan, StatusChangeInput, StatusColour, StatusRecommendation,
  TeammateCapabilities, TeammateMode,
} from './status/index.js';
// Conversation lifecycle (CONV)
export {
  CLOSE_OR_SNOOZE_REASONS, CONVERSATION_TRANSITIONS, WAITING_ON, addBotReply, addCustomerReply, addNote, addTeammateReply,
  canTransition, closeConversation, decideCloseOrSnooze, isCountedAsOpen, reopenConversation, sendAndClose,
} from './conversation/index.js';
export type {
  AddBotReplyInput, AddCustomerReplyInput, AddNoteInput, AddTeammateReplyInput, CanTransitionInput, CloseConversationInput,
  CloseOrSnoozeAdvice, CloseOrSnoozeInput, CloseOrSnoozeReason, ConversationTransition, ConversationUpdate,
  ReopenConversationInput, SendAndCloseInput, TransitionTrigger, WaitingOn,
} from './conversation/index.js';
// Rating requests and ratings (RATING)
export {
  CLOSE_SOURCES, CLOSING_CHECKLIST, RATING_LENGTH_THRESHOLD, RATING_REPLY_WINDOW_MS, RATING_REQUEST_POLICIES, RATING_REQUEST_REASONS,
  applyRatingRequest, countRatingCharacters, creditedTeammate, decideRatingRequest, submitRating,
} from './ratings/index.js';
export type {
  AppliedRatingRequest, CloseSource, ClosingChecklistItem, DecideRatingRequestInput, RatingRecord, RatingRequestDecision,
  RatingRequestPolicy, RatingRequestReason, SubmitRatingInput, SubmittedRating,
} from './ratings/index.js';
// Assignment (ASSIGN)
export {
  ARRIVAL_VIAS, ASSIGNMENT_REASONS, DEFAULT_ASSIGNEE_SKIP_REASONS, INELIGIBILITY_REASONS, PASSED_OVER_REASONS, PICK_REASONS,
  WAIT_REASONS, applyManualAssignment, compareWaitingConversations, decideBalancedAssignee, decideReassignOnReply,
  decideRoundRobinAssignee, drainBacklog, drainBacklogs, routeArrival, withOpenCounts,
} from './assignment/index.js';
export type {
  ApplyManualAssignmentInput, ArrivalDecision, ArrivalResult, ArrivalVia, AssignmentReason, AssignmentRecord, BacklogDrain,
  BalancedAssigneeDecision, BalancedPickReason, CandidateReason, ConsideredTeammate, DecideBalancedAssigneeInput,
  DecideReassignOnReplyInput, DecideRoundRobinAssigneeInput, DefaultAssignee, DefaultAssigneeSkipReason, DrainBacklogInput,
  DrainBacklogsInput, FollowUp, IneligibilityReason, ManualAssignmentResult, ManualAssignmentTarget, NobodyPicked, PassedOverReason,
  PickReason, PoolWaitReason, ReassignOnReplyDecision, ReassignOnReplyKeep, ReassignOnReplyUnassign, ReplyDestination,
  RoundRobinAssigneeDecision, RouteArrivalInput, TeammatePicked, WaitReason, WaitingBacklog, WithOpenCountsInput,
} from './assignment/index.js';
