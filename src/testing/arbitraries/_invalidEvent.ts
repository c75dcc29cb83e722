// Builds an event the workspace surely rejects, and the code it rejects it with: each has exactly
// one defect, every other field valid, so the code is certain. The model is left unchanged (a
// rejected event changes nothing). Private.
import type { InboxRuleErrorCode } from '../../model/index.js';
import type { WorkspaceEvent } from '../../workspace/index.js';
import { customersFor, pick, pickConversation, textOf, type Intent } from './_validEvent.js';
import { stateAt, unknownId, type Model, type Step } from './_workspaceModel.js';

type Make = (m: Model, i: Intent, now: number) => Step | null;

const step = (event: WorkspaceEvent, error: InboxRuleErrorCode): Step => ({ event, error });

/** The conversation and the teammate an intent names, when both exist. */
function pair(m: Model, i: Intent, filter: (c: Model['conversations'][number]) => boolean): { c: string; t: string } | null {
  const c = pickConversation(m.conversations.filter(filter), i);
  const t = pick(m.teammates, i.b);
  return c === undefined || t === undefined ? null : { c: c.id, t: t.id };
}

/** Always possible: a reply to a conversation that does not exist. */
const unknownConversation = (m: Model, i: Intent, now: number): Step =>
  step({ type: 'customer.replied', at: now, conversation: unknownId(m, 'missing'), text: textOf(i) }, 'unknown-conversation');

const MAKERS: readonly Make[] = [
  (m, i, now) => {
    const c = pickConversation(m.conversations, i);
    return c === undefined ? null : step({ type: 'teammate.replied', at: now, conversation: c.id, teammate: unknownId(m, 'ghost'), text: textOf(i) }, 'unknown-teammate');
  },
  (m, i, now) => {
    const c = pickConversation(m.conversations, i);
    return c === undefined ? null : step({ type: 'conversation.created', at: now, conversation: c.id, customers: customersFor(m, i), text: textOf(i) }, 'duplicate-id');
  },
  (m, i, now) => step({ type: 'conversation.created', at: now, conversation: unknownId(m, 'fresh'), customers: [unknownId(m, 'stranger')], text: textOf(i) }, 'unknown-contact'),
  (m, i, now) => step({ type: 'conversation.created', at: now, conversation: unknownId(m, 'fresh'), customers: customersFor(m, i), text: textOf(i), team: unknownId(m, 'no-such-team') }, 'unknown-team'),
  (m, i, now) => {
    const p = pair(m, i, (c) => stateAt(c, now) !== 'closed');
    return p === null ? null : step({ type: 'conversation.snoozed', at: now, conversation: p.c, teammate: p.t, until: now }, 'snooze-in-the-past');
  },
  (m, i, now) => {
    const p = pair(m, i, (c) => stateAt(c, now) === 'closed');
    return p === null ? null : step({ type: 'conversation.snoozed', at: now, conversation: p.c, teammate: p.t, until: now + 3_600_000 }, 'snooze-closed-conversation');
  },
  (m, i, now) => {
    const p = pair(m, i, (c) => stateAt(c, now) === 'closed');
    return p === null ? null : step({ type: 'conversation.closed', at: now, conversation: p.c, teammate: p.t }, 'invalid-transition');
  },
  (m, i, now) => {
    const p = pair(m, i, (c) => stateAt(c, now) === 'open');
    return p === null ? null : step({ type: 'conversation.reopened', at: now, conversation: p.c, teammate: p.t }, 'invalid-transition');
  },
  (m, i, now) => {
    const c = pickConversation(m.conversations.filter((x) => !x.requested), i);
    return c === undefined ? null : step({ type: 'rating.submitted', at: now, conversation: c.id, score: 4 }, 'rating-not-requested');
  },
  (m, i, now) => {
    const c = pickConversation(m.conversations.filter((x) => x.locked), i);
    return c === undefined ? null : step({ type: 'rating.submitted', at: now, conversation: c.id, score: 3 }, 'rating-locked');
  },
  (m, i, now) => {
    const c = pickConversation(m.conversations, i);
    return c === undefined ? null : step({ type: 'rating.submitted', at: now, conversation: c.id, score: i.flag ? 0 : 6 }, 'invalid-score');
  },
  (m, i, now) => {
    const p = pair(m, i, () => true);
    const seatless = pick(m.teammates.filter((t) => !t.seat), i.c);
    return p === null || seatless === undefined ? null
      : step({ type: 'conversation.assigned', at: now, conversation: p.c, by: p.t, to: { teammate: seatless.id } }, 'no-inbox-seat');
  },
  (m, i, now) => {
    const c = pickConversation(m.conversations, i);
    const t = c === undefined ? undefined : pick(m.teammates.filter((x) => !c.possiblyMentioned.has(x.id)), i.b);
    return c === undefined || t === undefined ? null : step({ type: 'mention.marked-unread', at: now, conversation: c.id, teammate: t.id }, 'not-mentioned');
  },
  (m, i, now) => {
    const t = pick(m.teammates, i.a);
    if (t === undefined) return null;
    return i.flag
      ? step({ type: 'teammate.status-changed', at: now, teammate: t.id, status: 'active', awayReason: 'Lunch' }, 'away-reason-while-active')
      : step({ type: 'teammate.status-changed', at: now, teammate: t.id, status: 'active', reassignReplies: true }, 'reassign-while-active');
  },
  (m, i, now) => {
    const t = pick(m.teammates, i.a);
    return t === undefined ? null : step({ type: 'teammate.updated', at: now, teammate: t.id, assignmentLimit: 0 }, 'invalid-assignment-limit');
  },
  (m, i, now) => {
    const sender = pick(m.teammates, i.a);
    const recipient = pick(m.teammates.filter((t) => t.email !== null), i.b);
    return sender === undefined || recipient === undefined ? null : step({
      type: 'conversation.outbound-started', at: now, conversation: unknownId(m, 'fresh'), teammate: sender.id,
      to: [recipient.email as string], channel: 'email', text: textOf(i),
    }, 'teammate-recipient');
  },
  (m) => (m.clock === null ? null : step({ type: 'time.passed', at: m.clock - 60_000 }, 'time-went-backwards')),
  (m, i, now) => {
    const p = pair(m, i, () => true);
    return p === null ? null : step({ type: 'conversation.snoozed', at: now, conversation: p.c, teammate: p.t, until: now + 3_600_000, preset: 'tomorrow' }, 'invalid-event');
  },
];

/**
 * An event the workspace surely rejects, with its code: the intent chooses one of the defects
 * above or a reply to an unknown conversation; when the chosen defect has nothing to act on, the
 * next one that has, and the unknown conversation when none has.
 */
export function invalidStep(m: Model, i: Intent, now: number): Step {
  const first = i.c % (MAKERS.length + 1);
  for (let k = 0; first < MAKERS.length && k < MAKERS.length; k++) {
    const made = (MAKERS[(first + k) % MAKERS.length] as Make)(m, i, now);
    if (made !== null) return made;
  }
  return unknownConversation(m, i, now);
}
