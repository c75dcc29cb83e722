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
