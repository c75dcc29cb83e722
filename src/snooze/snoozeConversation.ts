import { assertId, assertInstant, assertRecord, assertString, fail, own, show } from '../_internal/validate.js';
import { withConversation, type Conversation, type Instant, type TeammateId } from '../model/index.js';
import { appendPart, assertConversation } from '../conversation/_lifecycle.js';
import { snoozeEnd } from './_snoozeEnd.js';
import type { SnoozeConversationInput } from './types.js';

/**
 * Snoozes an open conversation (or re-snoozes a snoozed one) until an instant, for a length of
 * time, or by a preset.
 *
 * SNOOZE-1: the state becomes `'snoozed'`, `snoozedUntil` the end and `snoozedAt` now, so it
 * leaves the Open list. The end must be strictly after `now` (SNOOZE-4: now itself is rejected).
 * Presets and calendar lengths use the teammate's `timezone` (SNOOZE-3, see
 * {@link snoozePresetTime}). Re-snoozing a snoozed conversation replaces `snoozedUntil` and
 * restarts `snoozedAt` (SNOOZE-12, *Resolve*). Snoozing never touches the team or teammate
 * assignee (SNOOZE-11). A closed conversation cannot be snoozed (SNOOZE-13: snooze is for
 * conversations that are still active). The optional `snoozeReason` is added as the snoozer's
 * internal note and never reopens anything (SNOOZE-16). Pure: the input is not mutated.
 *
 * @param input - {@link SnoozeOptions} plus exactly one of `until`, `for` or `preset`.
 * @returns the snoozed conversation (a new object).
 * @throws {@link InboxRuleError} `snooze-closed-conversation`; `snooze-in-the-past` when the end is
 * not after `now`; `invalid-snooze-preset`, `invalid-snooze-presets`, `invalid-duration`,
 * `invalid-time-zone`; `invalid-argument` unless exactly one of `until`, `for`, `preset` is given;
 * `invalid-id`, `invalid-instant`.
 * @example
 * ```ts
 * import { createConversation } from 'inbox-rules';
 * import { snoozeConversation } from 'inbox-rules/snooze';
 * const open = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana' });
 * const now = Date.parse('2026-01-05T15:00:00Z');
 * const snoozed = snoozeConversation({ conversation: open, teammate: 'ana', now, for: { hours: 2 } });
 * [snoozed.state, snoozed.teammate, new Date(snoozed.snoozedUntil ?? 0).toISOString()];
 * // => ['snoozed', 'ana', '2026-01-05T17:00:00.000Z']
 * ```
 * @category Snooze
 */
export function snoozeConversation(input: SnoozeConversationInput): Conversation {
  const fn = 'snoozeConversation';
  const raw = assertRecord(input, `${fn} input`);
  const conversation = assertConversation(own(raw, 'conversation'), `${fn} conversation`);
  const teammate = assertId(own(raw, 'teammate'), `${fn} teammate`);
  const now = assertInstant(own(raw, 'now'), `${fn} now`);
  const reason = own(raw, 'snoozeReason');
  const note = reason === undefined ? null : assertString(reason, `${fn} snoozeReason`);
  return snoozeUntil(conversation, teammate, now, snoozeEnd(fn, raw, now), note);
}

/**
 * {@link snoozeConversation} once the end is known, for values already checked (the workspace):
 * SNOOZE-13 and SNOOZE-4 still apply here. @internal
 */
export function snoozeUntil(conversation: Conversation, teammate: TeammateId, now: Instant, until: Instant, note: string | null): Conversation {
  if (conversation.state === 'closed') {
    fail('snooze-closed-conversation', `Conversation ${show(conversation.id)} is closed; only an open or snoozed conversation can be snoozed (SNOOZE-13). Reopen it first.`, { conversation: conversation.id });
  }
  if (until <= now) {
    fail('snooze-in-the-past', `A snooze must end strictly after now (SNOOZE-4): until ${until} is not after now ${now}.`, { conversation: conversation.id, until, now });
  }
  const noted = note === null ? conversation : appendPart(conversation, { type: 'note', author: teammate, text: note, at: now });
  return withConversation(noted, { state: 'snoozed', snoozedAt: now, snoozedUntil: until });
}
