import type { Conversation, Reopening } from '../model/index.js';

/**
 * What every reply, note, manual reopen and timer wake returns: the next conversation, and the
 * reopening it caused (or null), so the caller can emit a `conversation.reopened` effect and
 * notify the assignee (SNOOZE-10).
 *
 * @example
 * ```ts
 * import type { ConversationUpdate } from 'inbox-rules';
 * import { createConversation } from 'inbox-rules';
 * const update: ConversationUpdate = { conversation: createConversation({ id: 'c1', createdAt: 0 }), reopened: null };
 * ```
 * @category Conversation
 */
export interface ConversationUpdate {
  /** The conversation after the command: a new object, or the input itself when nothing changed. */
  readonly conversation: Conversation;
  /** The reopening this command caused (also appended to `conversation.reopenings`), or null. */
  readonly reopened: Reopening | null;
}
