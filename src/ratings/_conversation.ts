import { assertInstant, fail, show } from '../_internal/validate.js';
import { createConversation, isConversation, type Conversation, type ConversationInput, type Instant } from '../model/index.js';

/**
 * Validates a conversation handed to a rating function through the model factory and returns the
 * validated copy (defaults filled in), which is what the rule reads. Callers return the caller's
 * own object when nothing changes.
 */
export function checkedConversation(value: unknown): Conversation {
  // A complete, valid conversation is used as it is; anything else goes through the factory, which
  // throws the precise error or fills a partial input's defaults.
  return isConversation(value) ? value : createConversation(value as ConversationInput);
}

/** `now` must be an instant no earlier than `since` (what `field` names), or the input is inconsistent. */
export function assertNotBefore(now: unknown, since: Instant, field: string, conversation: Conversation): Instant {
  const at = assertInstant(now, 'now');
  if (at < since) {
    fail('invalid-instant', `now (${at}) is before ${field} (${since}) of conversation ${show(conversation.id)}; pass the time of this action, which cannot precede what already happened.`, { now: at, since, conversation: conversation.id });
  }
  return at;
}

/** The latest instant recorded on a conversation: its creation or its newest part. */
export function latestRecorded(conversation: Conversation): Instant {
  let latest = conversation.createdAt;
  for (const part of conversation.parts) if (part.at > latest) latest = part.at;
  return latest;
}
