export { ABSENCES, recommendStatus } from './recommendStatus.js';
export type { Absence, RecommendStatusInput, StatusRecommendation } from './recommendStatus.js';
export { applyStatusChange } from './applyStatusChange.js';
export type { StatusChangeInput } from './applyStatusChange.js';
export { AUTO_ASSIGNMENT_UNAVAILABLE_REASONS, decideAutoAssignmentAvailability } from './decideAutoAssignmentAvailability.js';
export type {
  AutoAssignmentAvailability, AutoAssignmentAvailable, AutoAssignmentUnavailable, AutoAssignmentUnavailableReason,
} from './decideAutoAssignmentAvailability.js';
export { MANUAL_ASSIGNMENT_REJECTION_REASONS, decideManualAssignability } from './decideManualAssignability.js';
export type {
  ManualAssignability, ManualAssignmentAllowed, ManualAssignmentRejected, ManualAssignmentRejectionReason,
} from './decideManualAssignability.js';
export { CONVERSATION_ACTIVITY_TYPES, REPLY_REASSIGNMENT_REASONS, decideReplyReassignment } from './decideReplyReassignment.js';
export type {
  ConversationActivityType, ReplyKeepReason, ReplyReassignment, ReplyReassignmentInput, ReplyReassignmentKeep,
  ReplyReassignmentReason, ReplyReassignmentUnassign,
} from './decideReplyReassignment.js';
export { MESSENGER_AWAY_AFTER_MS, MESSENGER_PRESENCE_REASONS, messengerPresence } from './messengerPresence.js';
export type {
  MessengerAppearsAway, MessengerOnline, MessengerPresence, MessengerPresenceInput, MessengerPresenceReason,
} from './messengerPresence.js';
export { planSeatRemoval } from './planSeatRemoval.js';
export type { SeatRemovalInput, SeatRemovalPlan } from './planSeatRemoval.js';
export { STATUS_COLOURS, statusColour } from './statusColour.js';
export type { StatusColour } from './statusColour.js';
export { teammateCapabilities } from './teammateCapabilities.js';
export type { TeammateCapabilities } from './teammateCapabilities.js';
export { TEAMMATE_MODES, teammateMode } from './teammateMode.js';
export type { TeammateMode } from './teammateMode.js';
