// What markMentionsRead and markMentionUnread share: edge validation and the flag update. Private.
import { assertId, assertRecord, fail, own, show } from '../_internal/validate.js';
import type { ConversationId, TeammateId } from '../model/index.js';
import { makeMention, updateMention, type MentionLists } from './_state.js';
import type { MentionsState } from './types.js';

/** The validated fields of a read-state change, plus the raw input for function-specific options. */
export interface ReadFlagTarget {
  readonly raw: Readonly<Record<string, unknown>>;
  readonly state: MentionsState;
  readonly teammate: TeammateId;
  readonly conversation: ConversationId;
}

/** Validates the `{ state, teammate, conversation }` of a read-state change (the state itself is validated on use). */
export function readFlagTarget(input: unknown, fn: string): ReadFlagTarget {
  const raw = assertRecord(input, `${fn} input`);
  return {
    raw,
    state: own(raw, 'state') as MentionsState,
    teammate: assertId(own(raw, 'teammate'), 'teammate'),
    conversation: assertId(own(raw, 'conversation'), 'conversation'),
  };
}

/**
 * Sets the unread flag of `teammate`'s mention in `conversation`, touching nothing else: no other
 * teammate (MENTION-7) and not the mention time. Returns the same state when the flag already has
 * that value; when there is no such mention, returns the same state, or with `reject` throws
 * `not-mentioned` (markMentionUnread's default: only a conversation in the Mentions view can be
 * marked unread).
 */
export function setUnread<S>(lists: MentionLists<S>, state: S, teammate: TeammateId, conversation: ConversationId, unread: boolean, reject: boolean): S {
  return updateMention(lists, state, teammate, conversation, (current) => {
    if (current === undefined) {
      if (reject) {
        fail(
          'not-mentioned',
          `Teammate ${show(teammate)} has no mention in conversation ${show(conversation)}, so it cannot be marked unread; only conversations in their Mentions view can (or pass notMentioned: 'ignore').`,
          { teammate, conversation },
        );
      }
      return undefined;
    }
    return current.unread === unread ? current : makeMention(current.conversation, unread, current.lastMentionedAt, current.by);
  });
}
