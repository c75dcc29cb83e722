import {
  assertArray, assertCount, assertId, assertInstant, assertOneOf, assertRecord, fail, indexById, own, show,
} from '../_internal/validate.js';
import {
  CONVERSATION_STATES, withConversation, withTeammate, type Conversation, type ConversationId, type Instant, type Teammate,
} from '../model/index.js';
import { assertTeammate } from './assertTeammate.js';

/**
 * What {@link planSeatRemoval} accepts.
 *
 * @example
 * ```ts
 * import { createConversation, createTeammate, type SeatRemovalInput } from 'inbox-rules';
 * const input: SeatRemovalInput = {
 *   teammate: createTeammate({ id: 'ana', openCount: 1 }),
 *   successor: createTeammate({ id: 'ben' }),
 *   conversations: [createConversation({ id: 'c1', createdAt: 0, teammate: 'ana' })],
 *   now: 60_000,
 * };
 * ```
 * @category Status
 */
export interface SeatRemovalInput {
  /** The teammate losing their inbox seat (or being deleted). */
  readonly teammate: Teammate;
  /** The teammate who receives all their conversations; must have an inbox seat and be someone else. */
  readonly successor: Teammate;
  /** The conversations to look through (typically all of the teammate's); others pass through untouched. */
  readonly conversations: readonly Conversation[];
  /** The current time; becomes the successor's `lastAssignedAt` when anything is handed over. */
  readonly now: Instant;
}

/**
 * The result of {@link planSeatRemoval}: the values to store afterwards.
 *
 * @example
 * ```ts
 * import type { SeatRemovalPlan } from 'inbox-rules';
 * const read = (plan: SeatRemovalPlan): readonly string[] => plan.handedOver;
 * ```
 * @category Status
 */
export interface SeatRemovalPlan {
  /** The teammate without a seat, their `openCount` reduced by the open conversations handed over. */
  readonly teammate: Teammate;
  /** The successor, with the handed-over open conversations added to `openCount`. */
  readonly successor: Teammate;
  /** Every input conversation in input order; the handed-over ones rebuilt, the others the same references. */
  readonly conversations: readonly Conversation[];
  /** The ids of the conversations handed over, in input order. */
  readonly handedOver: readonly ConversationId[];
}

function assertConversationSlots(value: unknown, what: string): Conversation {
  const raw = assertRecord(value, what);
  const id = assertId(own(raw, 'id'), `${what}.id`);
  const teammate = own(raw, 'teammate');
  if (teammate !== null) assertId(teammate, `conversation ${show(id)} teammate`);
  assertOneOf(own(raw, 'state'), CONVERSATION_STATES, `conversation ${show(id)} state`);
  return value as Conversation;
}

/**
 * Plans removing a teammate's inbox seat, or deleting the teammate: every conversation they are
 * assigned goes to a successor who has a seat (STATUS-17).
 *
 * Conversations in every state (open, snoozed, closed) are handed over; their team slot is kept.
 * *Resolve*: a handover is a manual assignment, so handed-over conversations get
 * `assignedManually: true` (they may put the successor over their limit) and the successor's
 * `lastAssignedAt` becomes `now` when anything is handed over; the `openCount`s move with the open
 * conversations (ASSIGN-16). The successor may be away (away never blocks a manual assignment,
 * STATUS-7). The teammate stays in their teams' member lists, but without a seat they are never
 * eligible for assignment there (STATUS-15). For a deletion, apply the plan and then drop the
 * teammate value. Email later sent to a deleted teammate's address (which goes to Unassigned) is
 * not modelled here.
 *
 * @param input - the teammate, the successor, the conversations, and `now`.
 * @returns the teammate without a seat, the updated successor, the conversations and the ids
 * handed over. Nothing is mutated; when there is nothing to do (no seat already, nothing assigned)
 * the same teammate, successor and conversation references come back.
 * @throws {@link InboxRuleError} `no-inbox-seat` when the successor has no seat,
 * `invalid-argument` when the successor is the teammate, `duplicate-id` for two conversations with
 * one id, `invalid-open-count` when the teammate's `openCount` is lower than the open
 * conversations handed over, `invalid-instant` for a bad `now`, and the teammate and conversation
 * validation codes.
 * @example
 * ```ts
 * import { createConversation, createTeammate, planSeatRemoval } from 'inbox-rules';
 * const plan = planSeatRemoval({
 *   teammate: createTeammate({ id: 'ana', openCount: 1 }),
 *   successor: createTeammate({ id: 'ben' }),
 *   conversations: [
 *     createConversation({ id: 'c1', createdAt: 0, teammate: 'ana' }),
 *     createConversation({ id: 'c2', createdAt: 0, teammate: 'ana', state: 'closed' }),
 *     createConversation({ id: 'c3', createdAt: 0, teammate: 'cy' }),
 *   ],
 *   now: 60_000,
 * });
 * plan.handedOver; // => ['c1', 'c2']
 * plan.conversations.map((c) => c.teammate); // => ['ben', 'ben', 'cy']
 * [plan.teammate.inboxSeat, plan.teammate.openCount, plan.successor.openCount]; // => [false, 0, 1]
 * ```
 * @category Status
 */
export function planSeatRemoval(input: SeatRemovalInput): SeatRemovalPlan {
  const raw = assertRecord(input, 'seat removal input');
  const teammate = assertTeammate(own(raw, 'teammate'), 'teammate');
  const successor = assertTeammate(own(raw, 'successor'), 'successor');
  const now = assertInstant(own(raw, 'now'), 'now');
  assertCount(teammate.openCount, `teammate ${show(teammate.id)} openCount`);
  assertCount(successor.openCount, `successor ${show(successor.id)} openCount`);
  if (successor.id === teammate.id) {
    fail('invalid-argument', `The successor must be another teammate than ${show(teammate.id)}, who is losing their seat (STATUS-17).`, { teammate: teammate.id });
  }
  if (!successor.inboxSeat) {
    fail('no-inbox-seat', `Successor ${show(successor.id)} has no inbox seat; choose a teammate with a seat to receive the conversations (STATUS-17).`, { successor: successor.id });
  }
  const list = assertArray(own(raw, 'conversations'), 'conversations').map((c, i) => assertConversationSlots(c, `conversations[${i}]`));
  indexById(list, 'conversation');

  const handedOver: ConversationId[] = [];
  let handedOpen = 0;
  const conversations = list.map((c) => {
    if (c.teammate !== teammate.id) return c;
    handedOver.push(c.id);
    if (c.state === 'open') handedOpen++;
    return withConversation(c, { teammate: successor.id, assignedManually: true });
  });
  if (handedOpen > teammate.openCount) {
    fail('invalid-open-count', `Teammate ${show(teammate.id)} has openCount ${teammate.openCount} but ${handedOpen} open conversations are assigned to them; recompute openCount (ASSIGN-16).`, { teammate: teammate.id, openCount: teammate.openCount, open: handedOpen });
  }
  return {
    teammate: !teammate.inboxSeat && handedOpen === 0 ? teammate : withTeammate(teammate, { inboxSeat: false, openCount: teammate.openCount - handedOpen }),
    successor: handedOver.length === 0 ? successor : withTeammate(successor, { openCount: successor.openCount + handedOpen, lastAssignedAt: now }),
    conversations,
    handedOver,
  };
}
