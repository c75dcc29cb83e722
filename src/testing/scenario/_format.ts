// The scenario file format v1 (SCENARIOS.md), described once. The validator and the JSON Schema
// are both derived from this description.
import { CHANNELS, CONVERSATION_STATES, INBOX_RULE_ERROR_CODES, REOPEN_REASONS, TEAMMATE_STATUSES, ASSIGNMENT_METHODS } from '../../model/index.js';
import { RATING_REQUEST_POLICIES } from '../../ratings/index.js';
import { SNOOZE_PRESETS } from '../../snooze/index.js';
import { ASSIGNED_EFFECT_REASONS } from '../../workspace/effects.js';
import {
  arrayOf, booleanShape, durationShape, idShape, instantShape, integer, mapOf, nullable, numberShape, object, oneOf, opt, ref, req,
  textShape, type Field, type ObjectShape, type Shape,
} from './_shape.js';

const ids: Shape = arrayOf(idShape);

const assignmentTarget: Shape = ref('assignmentTarget', {
  kind: 'choice',
  hint: '{ "teammate": id } or { "team": id }',
  options: [object([req('teammate', idShape, 'A teammate id.')]), object([req('team', idShape, 'A team id.')])],
}, 'A teammate ({ "teammate": id }) or a team ({ "team": id }).');

const teammate = object([
  req('id', idShape, 'Unique teammate id.'),
  opt('name', textShape, 'Display name (round robin rotates by name, then id: ASSIGN-30); default the id.'),
  opt('email', nullable(textShape), 'E-mail address (an outbound recipient may never be a teammate: OUT-7).'),
  opt('handle', textShape, 'The @handle for mentions, without the @; default the id.'),
  opt('status', oneOf(TEAMMATE_STATUSES, 'a teammate status'), 'Default "active" (STATUS-2).'),
  opt('awayReason', nullable(textShape), 'Only while away (STATUS-5).'),
  opt('reassignReplies', booleanShape, 'Away + reassign (STATUS-9); only while away; default false.'),
  opt('assignmentLimit', nullable(numberShape), 'Balanced assignment limit (ASSIGN-13); null = none.'),
  opt('inboxSeat', booleanShape, 'Default true; without a seat nothing can be assigned (STATUS-15).'),
  opt('timezone', textShape, 'IANA time zone for snooze presets (SNOOZE-3); default "UTC".'),
  opt('canSendFromCustomAddresses', booleanShape, 'Permission to send outbound e-mail from custom addresses (OUT-3); default false.'),
]);

const team = object([
  req('id', idShape, 'Unique team id.'),
  opt('name', textShape, 'Display name; default the id.'),
  opt('assignment', oneOf(ASSIGNMENT_METHODS, 'an assignment method'), 'Default "manual" (ASSIGN-3).'),
  opt('members', ids, 'Member teammate ids.'),
  opt('assignmentLimit', nullable(numberShape), 'Optional per-inbox limit (Beyond-1); null = none.'),
]);

const snoozePresets = object([
  opt('laterTodayMs', numberShape, '"Later today" = now + this many ms (default 3 h).'),
  opt('tomorrowAt', textShape, '"Tomorrow" at this local "HH:mm" (default "09:00").'),
  opt('nextWeekDay', integer(), '"Next week" weekday: 0 = Sunday ... 6 = Saturday (default 1).'),
  opt('nextWeekAt', textShape, '"Next week" at this local "HH:mm" (default "09:00").'),
  opt('nextMonthAt', textShape, '"Next month" at this local "HH:mm" (default "09:00").'),
]);

const workspace = object([
  opt('timezone', textShape, 'The workspace time zone (IANA name).'),
  opt('defaultAssignee', nullable(assignmentTarget), 'Used only by reassign-on-reply without a team (STATUS-10).'),
  opt('teammates', arrayOf(teammate), 'The teammates.'),
  opt('teams', arrayOf(team), 'The team inboxes.'),
  opt('contacts', arrayOf(object([req('id', idShape, 'Unique contact id.'), opt('email', nullable(textShape), 'E-mail address.')])), 'Known contacts (customers).'),
  opt('settings', object([
    opt('ratingRequest', oneOf(RATING_REQUEST_POLICIES, 'a rating request policy'), '"first-close" (default, RATING-7) or "until-sent".'),
    opt('snoozePresets', nullable(snoozePresets), 'The times behind the snooze presets (SNOOZE-3).'),
    opt('customSenderAddresses', arrayOf(object([
      req('address', textShape, 'The custom sender address.'),
      req('forwarding', booleanShape, 'Whether e-mail forwarding is on for it (OUT-4).'),
    ])), 'Custom sender addresses set up in the workspace (OUT-3).'),
  ]), 'Workspace settings, all optional.'),
]);

const conversation = req('conversation', idShape, 'The conversation id.');
const byTeammate = req('teammate', idShape, 'The teammate acting.');
const text = req('text', textShape, 'The message text.');

/** Every event type of the format, with its fields (the `at` of the step is added by the runner). */
export const EVENT_FIELDS: ReadonlyMap<string, readonly Field[]> = new Map<string, readonly Field[]>([
  ['conversation.created', [
    conversation, req('customers', ids, 'The contacts taking part.'), text,
    opt('team', idShape, 'The team inbox a workflow routes it to.'),
    opt('via', oneOf(['workflow', 'manual'], 'an arrival'), '"workflow" (default) triggers round robin; "manual" does not (ASSIGN-33).'),
    opt('priority', booleanShape, 'Priority conversation; default false.'),
    opt('channel', oneOf(CHANNELS, 'a channel'), 'Default "messenger".'),
  ]],
  ['conversation.outbound-started', [
    conversation, byTeammate, req('to', arrayOf(textShape), 'Recipient e-mail addresses.'),
    req('channel', oneOf(CHANNELS, 'a channel'), 'The channel.'), text,
    opt('from', textShape, 'A custom sender address (OUT-3).'),
    opt('assignTo', nullable(assignmentTarget), 'Assignee applied after sending (OUT-8); default the sender.'),
  ]],
  ['customer.replied', [conversation, text, opt('customer', idShape, 'Which customer; default the first.')]],
  ['teammate.replied', [conversation, byTeammate, text]],
  ['bot.replied', [conversation, text, opt('bot', textShape, 'Which bot, e.g. "fin".')]],
  ['note.added', [conversation, byTeammate, text]],
  ['conversation.assigned', [
    conversation, req('by', idShape, 'The teammate who assigns.'),
    req('to', nullable(assignmentTarget), 'A teammate, a team, or null to unassign both.'),
  ]],
  ['conversation.snoozed', [
    conversation, byTeammate,
    opt('until', instantShape, 'Snooze until this instant.'),
    opt('for', durationShape, 'Snooze for this ISO-8601 duration.'),
    opt('preset', oneOf(SNOOZE_PRESETS, 'a snooze preset'), 'A preset, in the teammate\'s time zone.'),
  ]],
  ['conversation.closed', [conversation, byTeammate]],
  ['conversation.reopened', [conversation, byTeammate]],
  ['conversation.viewed', [conversation, byTeammate]],
  ['mention.marked-unread', [conversation, byTeammate]],
  ['teammate.status-changed', [
    req('teammate', idShape, 'The teammate.'), req('status', oneOf(TEAMMATE_STATUSES, 'a teammate status'), 'The new status.'),
    opt('awayReason', nullable(textShape), 'Only while away.'), opt('reassignReplies', booleanShape, 'Only while away.'),
  ]],
  ['rating.submitted', [conversation, req('score', integer(), 'The score (1 to 5; the workspace rejects others).'), opt('comment', textShape, 'A remark; it makes the rating final.')]],
  ['conversation.priority-changed', [conversation, req('priority', booleanShape, 'The new priority.'), req('by', idShape, 'The teammate who changes it.')]],
  ['team.members-changed', [req('team', idShape, 'The team.'), req('members', ids, 'The new member list.')]],
  ['teammate.updated', [
    req('teammate', idShape, 'The teammate.'), opt('assignmentLimit', nullable(numberShape), 'New limit; null = none.'),
    opt('inboxSeat', booleanShape, 'New seat.'),
  ]],
  ['time.passed', []],
]);

/** The effect types of format v1: emitted effects of any other type are ignored by `effects`. */
export const EFFECT_FIELDS: ReadonlyMap<string, readonly Field[]> = new Map<string, readonly Field[]>([
  ['conversation.assigned', [
    opt('conversation', idShape, 'The conversation.'), opt('teammate', nullable(idShape), 'The teammate slot after the event.'),
    opt('team', nullable(idShape), 'The team slot after the event.'), opt('reason', oneOf(ASSIGNED_EFFECT_REASONS, 'an assignment reason'), 'What caused it.'),
  ]],
  ['conversation.reopened', [
    opt('conversation', idShape, 'The conversation.'), opt('reason', oneOf(REOPEN_REASONS, 'a reopen reason'), 'Why it reopened.'),
    opt('snoozedAt', nullable(instantShape), 'When it had been snoozed; null when it was closed.'), opt('reopenedAt', instantShape, 'When it reopened.'),
  ]],
  ['rating.requested', [opt('conversation', idShape, 'The conversation.'), opt('teammate', idShape, 'The credited teammate (RATING-10).')]],
  ['rating.not-requested', [opt('conversation', idShape, 'The conversation.'), opt('reasons', arrayOf(textShape), 'Every failing criterion, any order.')]],
  ['rating.recorded', [opt('conversation', idShape, 'The conversation.'), opt('score', integer(), 'The score.'), opt('changed', booleanShape, 'Whether it replaced an earlier rating.')]],
  ['mention.notified', [opt('conversation', idShape, 'The conversation.'), opt('teammate', idShape, 'Who was mentioned.'), opt('by', idShape, 'Who wrote the note.')]],
  ['contact.created', [opt('email', textShape, 'The recipient address.'), opt('contact', idShape, 'The new contact id.')]],
]);

const tagged = (what: string, table: ReadonlyMap<string, readonly Field[]>, exactlyOne: ReadonlyMap<string, readonly string[]>): Shape => ({
  kind: 'tagged',
  what,
  variants: new Map<string, ObjectShape>([...table].map(([type, fields]) => [
    type,
    object([req('type', oneOf([type], what), `The ${what}.`), ...fields], exactlyOne.get(type)),
  ])),
});

const event = ref('event', tagged('event type', EVENT_FIELDS, new Map([['conversation.snoozed', ['until', 'for', 'preset']]])), 'A workspace event (SCENARIOS.md "Events"); the step gives its time.');
const effect = ref('effect', tagged('effect type', EFFECT_FIELDS, new Map()), 'An expected effect, as a partial object: the fields given must equal the emitted effect\'s.');

const expectation = object([
  opt('conversations', mapOf(object([
    opt('state', oneOf(CONVERSATION_STATES, 'a conversation state'), '"open", "snoozed" or "closed".'),
    opt('assignee', nullable(idShape), 'The teammate assignee (null = none).'),
    opt('team', nullable(idShape), 'The team assignee (null = none).'),
    opt('snoozedUntil', nullable(instantShape), 'When the snooze ends (null when not snoozed).'),
    opt('ratingRequested', booleanShape, 'Whether a rating request was ever sent.'),
    opt('rating', nullable(object([opt('score', integer(), 'The score.'), opt('comment', nullable(textShape), 'The remark.')])), 'The rating (null = none).'),
  ]), 'conversation ids'), 'Per conversation id, the fields to check.'),
  opt('teammates', mapOf(object([
    opt('status', oneOf(TEAMMATE_STATUSES, 'a teammate status'), '"active" or "away".'),
    opt('openCount', integer(0), 'Open conversations assigned to the teammate (ASSIGN-16).'),
  ]), 'teammate ids'), 'Per teammate id, the fields to check.'),
  opt('mentions', mapOf(object([req('unread', ids, 'Conversations with an unread mention, any order.')]), 'teammate ids'), 'Per teammate id, the unread mentions.'),
  opt('effects', arrayOf(effect), 'Exactly the effects this step emitted (of the v1 effect types), any order.'),
  opt('effectsInclude', arrayOf(effect), 'Effects that must be among those emitted, any order.'),
  opt('error', oneOf(['*', ...INBOX_RULE_ERROR_CODES], 'an error code or "*"'), 'The event is rejected with this code ("*": any), and the workspace is unchanged.'),
]);

const step = object([
  req('at', instantShape, 'When the event happens; never earlier than the previous step. The clock moves here first (ended snoozes reopen).'),
  req('event', event, 'The event to apply.'),
  opt('expect', expectation, 'What must hold after the event; every key optional.'),
  opt('note', textShape, 'A comment for readers; ignored.'),
]);

/** The whole file. */
export const scenarioShape: ObjectShape = object([
  opt('$schema', textShape, 'The JSON Schema this file follows (for editors); ignored.'),
  req('name', idShape, 'What the scenario shows, one line.'),
  opt('description', textShape, 'A longer explanation; ignored.'),
  opt('rules', arrayOf({ kind: 'pattern', pattern: '^[A-Za-z]+(-[A-Za-z]+)*-\\d+$', hint: 'a rule id such as "ASSIGN-17"', instant: false }), 'The rule ids (RULES.md) the scenario checks.'),
  req('workspace', workspace, 'The workspace before the first step.'),
  req('steps', arrayOf(step, 1), 'The timeline, applied in order.'),
]);
