export { applyManualAssignment } from './applyManualAssignment.js';
export type { ApplyManualAssignmentInput, ManualAssignmentResult, ManualAssignmentTarget } from './applyManualAssignment.js';
export { compareWaitingConversations } from './compareWaitingConversations.js';
export { decideBalancedAssignee } from './decideBalancedAssignee.js';
export type { BalancedAssigneeDecision, DecideBalancedAssigneeInput } from './decideBalancedAssignee.js';
export { decideReassignOnReply } from './decideReassignOnReply.js';
export type {
  DecideReassignOnReplyInput, DefaultAssignee, ReassignOnReplyDecision, ReassignOnReplyKeep, ReassignOnReplyUnassign, ReplyDestination,
} from './decideReassignOnReply.js';
export { decideRoundRobinAssignee } from './decideRoundRobinAssignee.js';
export type { DecideRoundRobinAssigneeInput, RoundRobinAssigneeDecision } from './decideRoundRobinAssignee.js';
export { drainBacklog } from './drainBacklog.js';
export type { DrainBacklogInput } from './drainBacklog.js';
export { drainBacklogs } from './drainBacklogs.js';
export type { DrainBacklogsInput } from './drainBacklogs.js';
export {
  ASSIGNMENT_REASONS, DEFAULT_ASSIGNEE_SKIP_REASONS, INELIGIBILITY_REASONS, PASSED_OVER_REASONS, PICK_REASONS, WAIT_REASONS,
} from './reasons.js';
export type {
  AssignmentReason, BalancedPickReason, CandidateReason, DefaultAssigneeSkipReason, IneligibilityReason, PassedOverReason, PickReason,
  PoolWaitReason, WaitReason,
} from './reasons.js';
export { ARRIVAL_VIAS, routeArrival } from './routeArrival.js';
export type { ArrivalDecision, ArrivalResult, ArrivalVia, RouteArrivalInput } from './routeArrival.js';
export type {
  AssignmentRecord, BacklogDrain, ConsideredTeammate, FollowUp, NobodyPicked, TeammatePicked, WaitingBacklog,
} from './types.js';
export { withOpenCounts } from './withOpenCounts.js';
export type { WithOpenCountsInput } from './withOpenCounts.js';
