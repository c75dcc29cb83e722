import type { Conversation, ConversationId, TeamId, Teammate, TeammateId } from '../model/index.js';
import type { CandidateReason, PickReason, WaitReason } from './reasons.js';

/**
 * How one teammate fared in an automatic pick: whether they were eligible and, unless they are
 * the chosen one, every reason they were not chosen (all ineligibility reasons that apply, or the
 * one criterion at which an eligible teammate lost). The chosen teammate has `eligible: true` and
 * no reasons.
 *
 * @example
 * ```ts
 * import type { ConsideredTeammate } from 'inbox-rules';
 * const ben: ConsideredTeammate = { teammate: 'ben', eligible: false, reasons: ['teammate-away', 'at-limit'] };
 * ```
 * @category Assignment
 */
export interface ConsideredTeammate {
  /** The teammate's id. */
  readonly teammate: TeammateId;
  /** Whether the teammate could have been picked (ASSIGN-13; for round robin ASSIGN-28, ASSIGN-37). */
  readonly eligible: boolean;
  /** Why the teammate was not chosen; empty for the chosen teammate. */
  readonly reasons: readonly CandidateReason[];
}

/**
 * A decision that picked a teammate, with the reason and how every teammate fared.
 *
 * @typeParam R - the pick reasons this decision can give.
 * @example
 * ```ts
 * import type { TeammatePicked } from 'inbox-rules';
 * const d: TeammatePicked = { kind: 'assigned', teammate: 'ana', reason: 'only-eligible', considered: [] };
 * ```
 * @category Assignment
 */
export interface TeammatePicked<R extends PickReason = PickReason> {
  /** Discriminant: a teammate was picked. */
  readonly kind: 'assigned';
  /** The chosen teammate. */
  readonly teammate: TeammateId;
  /** Why this teammate (see {@link PICK_REASONS}). */
  readonly reason: R;
  /** Every teammate of the input, in input order, with why they were not chosen (empty with `explain: false`). */
  readonly considered: readonly ConsideredTeammate[];
}

/**
 * A decision that picked nobody: the conversation waits in its team inbox with no teammate. This
 * is a result, never an error (ASSIGN-21).
 *
 * @typeParam R - the wait reasons this decision can give.
 * @example
 * ```ts
 * import type { NobodyPicked } from 'inbox-rules';
 * const d: NobodyPicked = { kind: 'unassigned', reasons: ['no-members'], considered: [] };
 * ```
 * @category Assignment
 */
export interface NobodyPicked<R extends WaitReason = WaitReason> {
  /** Discriminant: nobody was picked. */
  readonly kind: 'unassigned';
  /** Why, never empty (see {@link WAIT_REASONS}). */
  readonly reasons: readonly [R, ...R[]];
  /** Every teammate of the input, in input order, with why they were not chosen (empty with `explain: false`). */
  readonly considered: readonly ConsideredTeammate[];
}

/**
 * One automatic assignment that a routing or drain step made: which conversation went to whom,
 * in which team inbox, and why.
 *
 * @example
 * ```ts
 * import type { AssignmentRecord } from 'inbox-rules';
 * const r: AssignmentRecord = { conversation: 'c1', team: 'billing', teammate: 'ana', reason: 'fewest-open', considered: [] };
 * ```
 * @category Assignment
 */
export interface AssignmentRecord {
  /** The conversation assigned. */
  readonly conversation: ConversationId;
  /** The team inbox it was assigned from. */
  readonly team: TeamId;
  /** The teammate who got it. */
  readonly teammate: TeammateId;
  /** Why this teammate (see {@link PICK_REASONS}). */
  readonly reason: PickReason;
  /** How every teammate fared (empty with `explain: false`). */
  readonly considered: readonly ConsideredTeammate[];
}

/**
 * What happens next to a conversation after a manual assignment or a reply reassignment:
 * - `'with-teammate'`: it has a teammate; nothing automatic follows;
 * - `'queued'`: it waits in a balanced team inbox, and balanced assignment picks it up as soon
 *   as someone is eligible (ASSIGN-22; run {@link drainBacklogs} for the teams in `drain`);
 * - `'waits'`: it waits in a round-robin or manual team inbox until someone assigns it by hand
 *   (ASSIGN-4, ASSIGN-7, ASSIGN-33, ASSIGN-34);
 * - `'unassigned'`: it has neither team nor teammate (ASSIGN-11).
 *
 * @example
 * ```ts
 * import type { FollowUp } from 'inbox-rules';
 * const next: FollowUp = { kind: 'waits', team: 'vip', reason: 'round-robin-arrival-only' };
 * ```
 * @category Assignment
 */
export type FollowUp =
  | {
    /** Discriminant: the conversation has a teammate. */
    readonly kind: 'with-teammate';
    /** Its teammate-assignee. */
    readonly teammate: TeammateId;
    /** Its team-assignee, which may be null (ASSIGN-6). */
    readonly team: TeamId | null;
  }
  | {
    /** Discriminant: waiting in a balanced team inbox for the next drain. */
    readonly kind: 'queued';
    /** The balanced team inbox. */
    readonly team: TeamId;
  }
  | {
    /** Discriminant: waiting in a round-robin or manual team inbox for a manual assignment. */
    readonly kind: 'waits';
    /** The team inbox. */
    readonly team: TeamId;
    /** `'manual-method'` or `'round-robin-arrival-only'`. */
    readonly reason: Extract<WaitReason, 'manual-method' | 'round-robin-arrival-only'>;
  }
  | {
    /** Discriminant: neither team nor teammate. */
    readonly kind: 'unassigned';
  };

/**
 * The conversations still waiting in one team inbox after a drain, and why.
 *
 * @example
 * ```ts
 * import type { WaitingBacklog } from 'inbox-rules';
 * const w: WaitingBacklog = { team: 'billing', conversations: ['c5'], reasons: ['no-eligible-teammate'], considered: [] };
 * ```
 * @category Assignment
 */
export interface WaitingBacklog {
  /** The team inbox. */
  readonly team: TeamId;
  /** Its waiting conversations (open, no teammate), in queue order (ASSIGN-23). */
  readonly conversations: readonly ConversationId[];
  /**
   * Why they wait: `'no-eligible-teammate'` or `'no-members'` for a balanced inbox (ASSIGN-21),
   * `'round-robin-arrival-only'` (ASSIGN-32, ASSIGN-34) or `'manual-method'` (ASSIGN-4) otherwise.
   */
  readonly reasons: readonly [WaitReason, ...WaitReason[]];
  /** For a balanced inbox, how every teammate fared when nobody could be picked; otherwise empty. */
  readonly considered: readonly ConsideredTeammate[];
}

/**
 * What a drain did: every assignment in the order made, the conversations and teammates that
 * changed, and what still waits.
 *
 * @example
 * ```ts
 * import type { BacklogDrain } from 'inbox-rules';
 * const nothing: BacklogDrain = { assignments: [], changedConversations: [], changedTeammates: [], waiting: [] };
 * ```
 * @category Assignment
 */
export interface BacklogDrain {
  /** The assignments, in the order they were made (queue order, ASSIGN-23). */
  readonly assignments: readonly AssignmentRecord[];
  /** The assigned conversations, as they are now, in the same order. */
  readonly changedConversations: readonly Conversation[];
  /** The teammates whose `openCount` and `lastAssignedAt` changed, final values, in input order. */
  readonly changedTeammates: readonly Teammate[];
  /** For each team inbox (in `teams` order) that still has waiting conversations: which, and why. */
  readonly waiting: readonly WaitingBacklog[];
}
