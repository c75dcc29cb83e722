// Private building blocks of the conversation lifecycle (CONV) and snooze (SNOOZE) commands.
import {
  assertArray, assertCount, assertId, assertInstant, assertInstantOrNull, assertOneOf, assertRecord, assertString, fail, own, show,
} from '../_internal/validate.js';
import {
  CONVERSATION_STATES, isConversation, withConversation, type Conversation, type Instant, type Part, type ReopenReason,
} from '../model/index.js';
import type { ConversationUpdate } from './types.js';

/**
 * Checks, at the edge of every lifecycle function, the conversation fields the lifecycle reads and
 * writes, and the snooze invariant (snoozedAt and snoozedUntil set exactly while snoozed), so a
 * hand-built or untyped value fails with a stable code instead of a wrong answer. Returns the
 * value unchanged (no copy).
 */
export function assertConversation(value: unknown, what: string): Conversation {
  if (isConversation(value)) return value; // the fast check; the precise errors follow
  const raw = assertRecord(value, what);
  const where = `${what} ${show(assertId(own(raw, 'id'), `${what}.id`))}`;
  const state = assertOneOf(own(raw, 'state'), CONVERSATION_STATES, `${where} state`);
  const teammate = own(raw, 'teammate');
  if (teammate !== null) assertId(teammate, `${where} teammate`);
  assertArray(own(raw, 'parts'), `${where} parts`);
  assertArray(own(raw, 'reopenings'), `${where} reopenings`);
  assertCount(own(raw, 'closeCount'), `${where} closeCount`);
  assertInstantOrNull(own(raw, 'waitingSince'), `${where} waitingSince`);
  const snoozedAt = assertInstantOrNull(own(raw, 'snoozedAt'), `${where} snoozedAt`);
  const snoozedUntil = assertInstantOrNull(own(raw, 'snoozedUntil'), `${where} snoozedUntil`);
  if ((state === 'snoozed') !== (snoozedAt !== null) || (state === 'snoozed') !== (snoozedUntil !== null)) {
    fail('invalid-argument', `${where}: snoozedAt and snoozedUntil must be set exactly when the state is "snoozed" (state is ${show(state)}); build conversations with createConversation.`, { state });
  }
  return value as Conversation;
}

/**
 * Appends a part and keeps `waitingSince` (LIST-6) up to date: a customer reply starts the wait if
 * none is running, a teammate reply ends it, bot replies and notes leave it alone.
 */
export function appendPart(conversation: Conversation, part: Part): Conversation {
  let waitingSince = conversation.waitingSince;
  if (part.type === 'customer-reply') waitingSince ??= part.at;
  else if (part.type === 'teammate-reply') waitingSince = null;
  return withConversation(conversation, { parts: [...conversation.parts, part], waitingSince });
}

/**
 * Opens a snoozed or closed conversation and records why (SNOOZE-9): `snoozedAt` is the snooze's
 * start, or null when it was closed. The snooze and the close time are cleared.
 */
export function reopen(conversation: Conversation, reason: ReopenReason, reopenedAt: Instant): ConversationUpdate {
  const reopened = { reason, snoozedAt: conversation.snoozedAt, reopenedAt };
  return {
    conversation: withConversation(conversation, {
      state: 'open', snoozedAt: null, snoozedUntil: null, closedAt: null, reopenings: [...conversation.reopenings, reopened],
    }),
    reopened,
  };
}

/** The part types an author id field stands for, and that field's name in the command input. */
const AUTHOR_FIELD = { 'customer-reply': 'customer', 'teammate-reply': 'teammate', 'bot-reply': 'bot', note: 'teammate' } as const;

/**
 * Validates a reply/note command (`conversation`, author, `text`, `now`), appends the part and
 * reopens the conversation when `reopensWith` names a reason for it. `reopensWith` sees the
 * conversation as it was before the part, and the author.
 */
export function addPart(fn: string, input: unknown, type: Part['type'], reopensWith: ReopenRule): ConversationUpdate {
  const raw = assertRecord(input, `${fn} input`);
  const conversation = assertConversation(own(raw, 'conversation'), `${fn} conversation`);
  const field = AUTHOR_FIELD[type];
  const author = assertId(own(raw, field), `${fn} ${field}`);
  const text = assertString(own(raw, 'text'), `${fn} text`);
  const now = assertInstant(own(raw, 'now'), `${fn} now`);
  return applyPart(conversation, { type, author, text, at: now }, reopensWith);
}

/** What decides whether a part reopens the conversation: one per command (see each command's doc). */
export type ReopenRule = (before: Conversation, author: string) => ReopenReason | null;

/**
 * The core of {@link addPart} without validation, for values already checked (the workspace checks
 * its event once and keeps only built conversations): appends the part and reopens the
 * conversation when `reopensWith` names a reason.
 */
export function applyPart(conversation: Conversation, part: Part, reopensWith: ReopenRule): ConversationUpdate {
  const next = appendPart(conversation, part);
  const reason = reopensWith(conversation, part.author);
  return reason === null ? { conversation: next, reopened: null } : reopen(next, reason, part.at);
}

/** The reply or note needs no reopening: the composite commands set the final state themselves. */
export const neverReopens = (): null => null;
