import { assertOneOf, assertRecord, own } from '../_internal/validate.js';
import { PART_TYPES, type Teammate } from '../model/index.js';
import { nonEmpty } from './nonEmpty.js';
import { teammateMode } from './teammateMode.js';

/**
 * The kinds of conversation activity {@link decideReplyReassignment} understands: the four part
 * types plus a mention (`@handle`), an assignment, and a snooze ending. Only `'customer-reply'` can trigger
 * reassign-replies (STATUS-11).
 *
 * @example
 * ```ts
 * import { CONVERSATION_ACTIVITY_TYPES } from 'inbox-rules';
 * CONVERSATION_ACTIVITY_TYPES;
 * // => ['customer-reply', 'teammate-reply', 'bot-reply', 'note', 'mention', 'assignment', 'snooze-ended']
 * ```
 * @category Status
 */
// A spread may run an iterator, so a bundler keeps it unless it sits in a call marked pure.
export const CONVERSATION_ACTIVITY_TYPES = /* @__PURE__ */ (() => [...PART_TYPES, 'mention', 'assignment', 'snooze-ended'] as const)();

/**
 * One of {@link CONVERSATION_ACTIVITY_TYPES}.
 *
 * @example
 * ```ts
 * import type { ConversationActivityType } from 'inbox-rules';
 * const activity: ConversationActivityType = 'customer-reply';
 * ```
 * @category Status
 */
export type ConversationActivityType = (typeof CONVERSATION_ACTIVITY_TYPES)[number];

/**
 * The reason codes of {@link decideReplyReassignment}: four reasons to keep the assignee and the
 * one reason to unassign them (`'assignee-away-reassigning'`).
 *
 * @example
 * ```ts
 * import { REPLY_REASSIGNMENT_REASONS } from 'inbox-rules';
 * REPLY_REASSIGNMENT_REASONS.length; // => 5
 * ```
 * @category Status
 */
export const REPLY_REASSIGNMENT_REASONS = [
  'no-assignee', 'assignee-active', 'assignee-away-without-reassign', 'not-a-customer-reply', 'assignee-away-reassigning',
] as const;

/**
 * One of {@link REPLY_REASSIGNMENT_REASONS}.
 *
 * @example
 * ```ts
 * import type { ReplyReassignmentReason } from 'inbox-rules';
 * const why: ReplyReassignmentReason = 'not-a-customer-reply';
 * ```
 * @category Status
 */
export type ReplyReassignmentReason = (typeof REPLY_REASSIGNMENT_REASONS)[number];

/**
 * A reason to keep the teammate-assignee: every {@link ReplyReassignmentReason} except
 * `'assignee-away-reassigning'`.
 *
 * @example
 * ```ts
 * import type { ReplyKeepReason } from 'inbox-rules';
 * const why: ReplyKeepReason = 'assignee-away-without-reassign';
 * ```
 * @category Status
 */
export type ReplyKeepReason = Exclude<ReplyReassignmentReason, 'assignee-away-reassigning'>;

/**
 * What {@link decideReplyReassignment} accepts.
 *
 * @example
 * ```ts
 * import type { ReplyReassignmentInput } from 'inbox-rules';
 * const input: ReplyReassignmentInput = { assignee: null, replyType: 'customer-reply' };
 * ```
 * @category Status
 */
export interface ReplyReassignmentInput {
  /** The conversation's teammate-assignee as it is now, or null when it has none. */
  readonly assignee: Teammate | null;
  /** What just happened on the conversation: one of {@link CONVERSATION_ACTIVITY_TYPES}. */
  readonly replyType: ConversationActivityType;
}

/**
 * The teammate-assignee stays, with every reason that applies.
 *
 * @example
 * ```ts
 * import type { ReplyReassignmentKeep } from 'inbox-rules';
 * const d: ReplyReassignmentKeep = { kind: 'keep', reason: 'assignee-active', reasons: ['assignee-active'] };
 * ```
 * @category Status
 */
export interface ReplyReassignmentKeep {
  /** Discriminant: leave the teammate slot as it is. */
  readonly kind: 'keep';
  /** The main reason: the first of `reasons` (the assignee's side before the activity's side). */
  readonly reason: ReplyKeepReason;
  /** Every reason that applies, never empty, in the order of {@link REPLY_REASSIGNMENT_REASONS}. */
  readonly reasons: readonly [ReplyKeepReason, ...ReplyKeepReason[]];
}

/**
 * The teammate-assignee must be cleared (where the conversation goes next is the assignment
 * rules' decision: its team inbox, STATUS-9, or the default assignee, STATUS-10).
 *
 * @example
 * ```ts
 * import type { ReplyReassignmentUnassign } from 'inbox-rules';
 * const d: ReplyReassignmentUnassign = { kind: 'unassign', reason: 'assignee-away-reassigning' };
 * ```
 * @category Status
 */
export interface ReplyReassignmentUnassign {
  /** Discriminant: clear the teammate slot. */
  readonly kind: 'unassign';
  /** Why: the assignee is away with reassign replies on and a customer replied. */
  readonly reason: 'assignee-away-reassigning';
}

/**
 * What {@link decideReplyReassignment} decides.
 *
 * @example
 * ```ts
 * import type { ReplyReassignment } from 'inbox-rules';
 * const d: ReplyReassignment = { kind: 'unassign', reason: 'assignee-away-reassigning' };
 * ```
 * @category Status
 */
export type ReplyReassignment = ReplyReassignmentKeep | ReplyReassignmentUnassign;

const ASSIGNEE_REASON = { active: 'assignee-active', away: 'assignee-away-without-reassign', 'away-reassigning': null } as const;
const UNASSIGN: ReplyReassignmentUnassign = /* @__PURE__ */ Object.freeze({ kind: 'unassign', reason: 'assignee-away-reassigning' });

/**
 * Whether activity on a conversation unassigns its teammate-assignee (reassign replies).
 *
 * The teammate is unassigned exactly when the activity is a **customer reply** and the assignee is
 * **Away + reassign** (STATUS-9, STATUS-10). An assignee who is away without reassign keeps the
 * conversation (STATUS-8), and so does an active one. Nothing else triggers it: a teammate's reply,
 * another teammate's reply or note, a bot reply, a mention (`@handle`), an assignment or a snooze ending all
 * keep the assignee (STATUS-11). The decision reads only the assignee and the activity, so:
 * the conversation's state does not matter (a snoozed or closed conversation that a customer
 * reopens is unassigned the same way, STATUS-14, *Resolve*: same trigger everywhere); switching
 * reassign on unassigns nothing by itself (STATUS-12); and a manual assignment to an Away +
 * reassign teammate holds until the next customer reply (STATUS-13).
 *
 * @param input - the current assignee (or null) and what happened.
 * @returns `{ kind: 'unassign', reason: 'assignee-away-reassigning' }`, or `{ kind: 'keep', reason,
 * reasons }` with every reason to keep (`'no-assignee'`, `'assignee-active'`,
 * `'assignee-away-without-reassign'`, then `'not-a-customer-reply'`).
 * @throws {@link InboxRuleError} `invalid-argument` for an unknown `replyType` or a missing input,
 * and the teammate validation codes for an assignee that is not a valid teammate.
 * @example
 * ```ts
 * import { createTeammate, decideReplyReassignment } from 'inbox-rules';
 * const ben = createTeammate({ id: 'ben', status: 'away', reassignReplies: true });
 * decideReplyReassignment({ assignee: ben, replyType: 'customer-reply' });
 * // => { kind: 'unassign', reason: 'assignee-away-reassigning' }
 * decideReplyReassignment({ assignee: ben, replyType: 'note' });
 * // => { kind: 'keep', reason: 'not-a-customer-reply', reasons: ['not-a-customer-reply'] }
 * ```
 * @category Status
 */
export function decideReplyReassignment(input: ReplyReassignmentInput): ReplyReassignment {
  const raw = assertRecord(input, 'reply reassignment input');
  const assignee = own(raw, 'assignee');
  const replyType = assertOneOf(own(raw, 'replyType'), CONVERSATION_ACTIVITY_TYPES, 'replyType');
  const reasons: ReplyKeepReason[] = [];
  const assigneeReason = assignee === null ? 'no-assignee' : ASSIGNEE_REASON[teammateMode(assignee as Teammate)];
  if (assigneeReason !== null) reasons.push(assigneeReason);
  if (replyType !== 'customer-reply') reasons.push('not-a-customer-reply');
  const all = nonEmpty(reasons);
  return all === undefined ? UNASSIGN : { kind: 'keep', reason: all[0], reasons: all };
}
