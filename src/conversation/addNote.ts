import type { Conversation, Instant, TeammateId } from '../model/index.js';
import { addPart, type ReopenRule } from './_lifecycle.js';
import type { ConversationUpdate } from './types.js';

/**
 * Input of {@link addNote}.
 *
 * @example
 * ```ts
 * import { createConversation, type AddNoteInput } from 'inbox-rules';
 * const input: AddNoteInput = { conversation: createConversation({ id: 'c1', createdAt: 0 }), teammate: 'ben', text: '@ana see the log', now: 1 };
 * ```
 * @category Conversation
 */
export interface AddNoteInput {
  /** The conversation the note is added to. */
  readonly conversation: Conversation;
  /** The teammate who wrote the note. */
  readonly teammate: TeammateId;
  /** The note (internal; `@handle` mentions are the mentions module's business). */
  readonly text: string;
  /** When it was added. */
  readonly now: Instant;
}

/**
 * Appends an internal note; a note by anyone but the assignee reopens a snoozed conversation.
 *
 * SNOOZE-8: a note (with or without an @mention) by a teammate other than the assignee reopens a
 * snoozed conversation with reason `'note-added'`; the assignee's own note does not. An
 * unassigned conversation has no own assignee, so any note reopens it. A note never reopens a
 * closed conversation (CONV-2) and leaves `waitingSince` alone (the customer never sees it). The
 * timer is not run here: call {@link snooze!wakeConversation | wakeConversation}
 * (`inbox-rules/snooze`) first. Pure: the input is not mutated.
 *
 * @param input - the conversation, the author, the text and `now`.
 * @returns the new conversation and the reopening it caused, or `reopened: null`.
 * @throws {@link InboxRuleError} `invalid-argument`, `invalid-id` or `invalid-instant` for bad input.
 * @example
 * ```ts
 * import { addNote, createConversation } from 'inbox-rules';
 * const snoozed = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana', state: 'snoozed', snoozedAt: 0, snoozedUntil: 86_400_000 });
 * addNote({ conversation: snoozed, teammate: 'ben', text: '@ana the fix is live', now: 60_000 }).reopened;
 * // => { reason: 'note-added', snoozedAt: 0, reopenedAt: 60000 }
 * ```
 * @category Conversation
 */
export function addNote(input: AddNoteInput): ConversationUpdate {
  return addPart('addNote', input, 'note', noteReopens);
}

/** SNOOZE-8: a note by anyone but the assignee reopens a snoozed conversation. @internal */
export const noteReopens: ReopenRule = (before, author) => (before.state === 'snoozed' && author !== before.teammate ? 'note-added' : null);
