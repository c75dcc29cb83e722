export { addDraftNote } from './addDraftNote.js';
export { startOutboundConversation } from './startOutboundConversation.js';
export { INSERTION_KINDS, INSERTION_METHODS, OUTBOUND_FLOW, OUTBOUND_WARNING_CODES } from './types.js';
export type {
  AddDraftNoteInput, CreatedContact, CustomSenderAddress, Insertion, InsertionKind, InsertionMethod, KnownContact,
  OutboundAssignee, OutboundDraft, OutboundSender, OutboundStep, OutboundWarning, OutboundWorkspace,
  StartOutboundConversationInput, StartedOutboundConversation,
} from './types.js';
