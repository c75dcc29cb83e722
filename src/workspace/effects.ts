import type { ContactId, ConversationId, Instant, ReopenReason, TeamId, TeammateId } from '../model/index.js';

/**
 * Why a conversation's slots changed, as carried by a `conversation.assigned` effect.
 *
 * | reason | cause |
 * |---|---|
 * | `manual` | a `conversation.assigned` event (ASSIGN-5 to ASSIGN-11) |
 * | `balanced` | balanced assignment picked a teammate (ASSIGN-13 to ASSIGN-22) |
 * | `round-robin` | round robin picked a teammate at arrival (ASSIGN-28) |
 * | `workflow` | a workflow routed a new conversation to a team and nobody was picked (ASSIGN-2) |
 * | `reassign-on-reply` | a customer replied to an away + reassign teammate (STATUS-9) |
 * | `default-assignee` | the same, without a team: the workspace default assignee (STATUS-10) |
 * | `outbound` | an outbound conversation's assignee, applied after sending (OUT-8) |
 * | `seat-removed` | a teammate lost their seat or left a team (STATUS-15, STATUS-17) |
 *
 * @example
 * ```ts
 * import { ASSIGNED_EFFECT_REASONS } from 'inbox-rules/workspace';
 * ASSIGNED_EFFECT_REASONS.includes('balanced'); // => true
 * ```
 * @category Workspace
 */
export const ASSIGNED_EFFECT_REASONS = [
  'manual', 'balanced', 'round-robin', 'workflow', 'reassign-on-reply', 'default-assignee', 'outbound', 'seat-removed',
] as const;

/**
 * One of {@link ASSIGNED_EFFECT_REASONS}.
 *
 * @example
 * ```ts
 * import type { AssignedEffectReason } from 'inbox-rules/workspace';
 * const why: AssignedEffectReason = 'reassign-on-reply';
 * ```
 * @category Workspace
 */
export type AssignedEffectReason = (typeof ASSIGNED_EFFECT_REASONS)[number];

/**
 * A conversation's teammate or team slot changed (at most one per conversation per event, with the
 * slots as they stand after the event).
 *
 * @example
 * ```ts
 * import type { ConversationAssignedEffect } from 'inbox-rules/workspace';
 * const e: ConversationAssignedEffect = { type: 'conversation.assigned', conversation: 'c1', teammate: 'ana', team: 'billing', reason: 'balanced' };
 * ```
 * @category Workspace
 */
export interface ConversationAssignedEffect {
  /** The effect type. */
  readonly type: 'conversation.assigned';
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The teammate slot after the event. */
  readonly teammate: TeammateId | null;
  /** The team slot after the event. */
  readonly team: TeamId | null;
  /** What caused the change. */
  readonly reason: AssignedEffectReason;
}

/**
 * A snoozed or closed conversation became open; also the notification to the assignee (SNOOZE-10).
 *
 * @example
 * ```ts
 * import type { ConversationReopenedEffect } from 'inbox-rules/workspace';
 * const e: ConversationReopenedEffect = { type: 'conversation.reopened', conversation: 'c1', reason: 'snooze-ended', snoozedAt: 0, reopenedAt: 60_000 };
 * ```
 * @category Workspace
 */
export interface ConversationReopenedEffect {
  /** The effect type. */
  readonly type: 'conversation.reopened';
  /** The conversation. */
  readonly conversation: ConversationId;
  /** Why it reopened. */
  readonly reason: ReopenReason;
  /** When it had been snoozed; null when it was closed. */
  readonly snoozedAt: Instant | null;
  /** When it reopened. */
  readonly reopenedAt: Instant;
}

/**
 * A close sent a rating request (RATING-1).
 *
 * @example
 * ```ts
 * import type { RatingRequestedEffect } from 'inbox-rules/workspace';
 * const e: RatingRequestedEffect = { type: 'rating.requested', conversation: 'c1', teammate: 'ana' };
 * ```
 * @category Workspace
 */
export interface RatingRequestedEffect {
  /** The effect type. */
  readonly type: 'rating.requested';
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The teammate credited with the rating (RATING-10). */
  readonly teammate: TeammateId;
}

/**
 * A close that did not send a rating request, with every reason (RATING-9).
 *
 * @example
 * ```ts
 * import type { RatingNotRequestedEffect } from 'inbox-rules/workspace';
 * const e: RatingNotRequestedEffect = { type: 'rating.not-requested', conversation: 'c1', reasons: ['too-short'] };
 * ```
 * @category Workspace
 */
export interface RatingNotRequestedEffect {
  /** The effect type. */
  readonly type: 'rating.not-requested';
  /** The conversation. */
  readonly conversation: ConversationId;
  /** Every failing criterion. */
  readonly reasons: readonly string[];
}

/**
 * A rating was accepted (RATING-11 to RATING-13).
 *
 * @example
 * ```ts
 * import type { RatingRecordedEffect } from 'inbox-rules/workspace';
 * const e: RatingRecordedEffect = { type: 'rating.recorded', conversation: 'c1', score: 5, changed: false };
 * ```
 * @category Workspace
 */
export interface RatingRecordedEffect {
  /** The effect type. */
  readonly type: 'rating.recorded';
  /** The conversation. */
  readonly conversation: ConversationId;
  /** The score, 1 to 5. */
  readonly score: number;
  /** False for the first rating, true when it replaced an earlier one. */
  readonly changed: boolean;
}

/**
 * A teammate was mentioned in a note (once per mentioned teammate per note, MENTION-2, MENTION-9).
 *
 * @example
 * ```ts
 * import type { MentionNotifiedEffect } from 'inbox-rules/workspace';
 * const e: MentionNotifiedEffect = { type: 'mention.notified', conversation: 'c1', teammate: 'ben', by: 'ana' };
 * ```
 * @category Workspace
 */
export interface MentionNotifiedEffect {
  /** The effect type. */
  readonly type: 'mention.notified';
  /** The conversation. */
  readonly conversation: ConversationId;
  /** Who was mentioned. */
  readonly teammate: TeammateId;
  /** Who wrote the note. */
  readonly by: TeammateId;
}

/**
 * An outbound recipient matched no contact, so one was created (OUT-6).
 *
 * @example
 * ```ts
 * import type { ContactCreatedEffect } from 'inbox-rules/workspace';
 * const e: ContactCreatedEffect = { type: 'contact.created', email: 'bo@example.test', contact: 'bo@example.test' };
 * ```
 * @category Workspace
 */
export interface ContactCreatedEffect {
  /** The effect type. */
  readonly type: 'contact.created';
  /** The recipient's address, as given. */
  readonly email: string;
  /** The new contact's id. */
  readonly contact: ContactId;
}

/**
 * An effect of applying an event: data for the caller to perform (notify, send, log). The
 * workspace never performs effects itself.
 *
 * @example
 * ```ts
 * import type { WorkspaceEffect } from 'inbox-rules/workspace';
 * const e: WorkspaceEffect = { type: 'rating.requested', conversation: 'c1', teammate: 'ana' };
 * ```
 * @category Workspace
 */
export type WorkspaceEffect =
  | ConversationAssignedEffect
  | ConversationReopenedEffect
  | RatingRequestedEffect
  | RatingNotRequestedEffect
  | RatingRecordedEffect
  | MentionNotifiedEffect
  | ContactCreatedEffect;
