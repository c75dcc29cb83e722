// The `inbox-rules/outbound` entry: conversations a teammate starts (OUT): sender, recipients,
// insertions, draft notes and warnings. Explicit re-exports, like src/index.ts. An entry of its own,
// not part of the core (`inbox-rules`), so that an app that does not start conversations does not
// bundle it. Its functions take the model's values, built with the core's `createTeammate` and
// `createTeam`.
// The error type is re-exported: every function here throws it (one class, shared with the core).
export { InboxRuleError, isInboxRuleError } from '../model/errors.js';
export type { InboxRuleErrorCode } from '../model/errors.js';
export { addDraftNote } from './addDraftNote.js';
export { startOutboundConversation } from './startOutboundConversation.js';
export { INSERTION_KINDS, INSERTION_METHODS, OUTBOUND_FLOW, OUTBOUND_WARNING_CODES } from './types.js';
export type {
  AddDraftNoteInput, CreatedContact, CustomSenderAddress, Insertion, InsertionKind, InsertionMethod, KnownContact,
  OutboundAssignee, OutboundDraft, OutboundSender, OutboundStep, OutboundWarning, OutboundWorkspace,
  StartOutboundConversationInput, StartedOutboundConversation,
} from './types.js';
