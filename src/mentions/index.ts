// The `inbox-rules/mentions` entry: @mentions in internal notes (MENTION): parsing handles, the
// mentions inbox state, notifications and the Mentions view. Explicit re-exports, like src/index.ts.
// An entry of its own, not part of the core (`inbox-rules`), so that an app that does not use
// mentions does not bundle the mention scanner. Its functions take the model's values, built with
// the core's `createTeammate` and `createConversation`.
// The error type is re-exported: every function here throws it (one class, shared with the core).
export { InboxRuleError, isInboxRuleError } from '../model/errors.js';
export type { InboxRuleErrorCode } from '../model/errors.js';
export { createMentionsState } from './createMentionsState.js';
export { markMentionUnread } from './markMentionUnread.js';
export { markMentionsRead } from './markMentionsRead.js';
export { mentionsInPart } from './mentionsInPart.js';
export { mentionsView } from './mentionsView.js';
export { parseMentions } from './parseMentions.js';
export { recordMentions } from './recordMentions.js';
export { toggleComposerMode } from './toggleComposerMode.js';
export {
  COMPOSER_MODES, COMPOSER_SHORTCUTS, MENTION_FILTERS, MENTION_SKIP_REASONS, NOT_MENTIONED_POLICIES, SELF_MENTION_POLICIES,
} from './types.js';
export type {
  AmbiguousHandle, ComposerMode, CreateMentionsStateInput, MarkMentionUnreadInput, MarkMentionsReadInput, Mention,
  MentionFilter, MentionNotified, MentionParse, MentionSkip, MentionSkipReason, MentionsInPartInput, MentionsState,
  MentionsViewInput, NotMentionedPolicy, ParseMentionsInput, RecordMentionsInput, RecordMentionsResult, SelfMentionPolicy,
  TeammateMentions, ToggleComposerModeInput,
} from './types.js';
