import { assertRecord, fail, own, show } from '../_internal/validate.js';
import type { AddDraftNoteInput } from './types.js';

/**
 * Rejects a note on an outbound conversation that has not been sent yet (MENTION-12, OUT-10).
 *
 * While composing a new outbound conversation the note pane is disabled, so no note, and so no
 * `@mention`, can be added. Once {@link startOutboundConversation} has sent it, the result is an
 * ordinary open conversation and notes (with their mentions) are added to it as usual.
 *
 * @param input - the unsent `draft`, the `teammate` trying to add the note, and its `text`.
 * @returns never: it always throws.
 * @throws {@link InboxRuleError} `note-before-send`, always; the message says to send first.
 * @example
 * ```ts
 * import { isInboxRuleError } from 'inbox-rules';
 * import { addDraftNote } from 'inbox-rules/outbound';
 * const draft = { teammate: 'ana', channel: 'email', to: ['u1@example.test'], text: 'Hello!' } as const;
 * try { addDraftNote({ draft, teammate: 'ana', text: '@ben FYI' }); } catch (e) { isInboxRuleError(e, 'note-before-send'); } // => true
 * ```
 * @category Outbound
 */
export function addDraftNote(input: AddDraftNoteInput): never {
  const raw = assertRecord(input, 'addDraftNote input');
  return fail('note-before-send', `Teammate ${show(own(raw, 'teammate'))} can't add a note before the outbound conversation is sent (MENTION-12, OUT-10); send it first, then add the note to the conversation.`, { teammate: own(raw, 'teammate') });
}
