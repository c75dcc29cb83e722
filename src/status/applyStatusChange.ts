import { assertBoolean, assertOneOf, assertRecord, assertString, fail, own, show } from '../_internal/validate.js';
import { TEAMMATE_STATUSES, withTeammate, type Teammate, type TeammateStatus } from '../model/index.js';
import { assertTeammate } from './assertTeammate.js';

/**
 * What {@link applyStatusChange} accepts: the teammate, the status they set, and optionally the
 * away reason and the reassign flag. An omitted field keeps its current value.
 *
 * @example
 * ```ts
 * import { createTeammate, type StatusChangeInput } from 'inbox-rules';
 * const input: StatusChangeInput = { teammate: createTeammate({ id: 'ana' }), status: 'away', awayReason: 'Lunch' };
 * ```
 * @category Status
 */
export interface StatusChangeInput {
  /** The teammate whose status changes. */
  readonly teammate: Teammate;
  /** The status they set: `'active'` or `'away'` (STATUS-1). */
  readonly status: TeammateStatus;
  /**
   * Why they are away (STATUS-5): a string sets it, `null` clears it, omitted keeps the current one.
   * A non-null reason with `status: 'active'` is rejected.
   */
  readonly awayReason?: string | null | undefined;
  /**
   * Away + reassign (STATUS-6): `true` or `false` sets it, omitted keeps the current value.
   * `true` with `status: 'active'` is rejected.
   */
  readonly reassignReplies?: boolean | undefined;
}

/**
 * Applies a teammate's status change and returns the teammate as it is afterwards.
 *
 * Rules: a status is `active` or `away` (STATUS-1). An away reason and `reassignReplies: true` are
 * only valid while away: asking for either together with `active` is rejected (STATUS-5,
 * STATUS-6). Returning to `active` clears the reason and resets `reassignReplies` to `false`
 * (*Resolve* STATUS-5 and STATUS-6: the sources imply but do not state the reset).
 *
 * *Resolve* (omitted fields): an omitted `awayReason` or `reassignReplies` keeps its current
 * value; pass `null` / `false` to clear it. So going from active to away without a reason gives
 * no reason, and an away teammate who sends `status: 'away'` again keeps their reason and flag.
 *
 * Only the teammate value changes: the change never touches conversations (STATUS-12: no bulk
 * unassign; each conversation is unassigned only at its next customer reply, see
 * {@link decideReplyReassignment}), and a teammate value belongs to one workspace, so the same id
 * in another workspace is a different value and is unaffected (STATUS-18).
 *
 * @param input - the teammate, the new status and the optional reason and reassign flag.
 * @returns a new teammate, or the same reference when nothing changes (so applying the same
 * change twice equals applying it once). The input is never mutated.
 * @throws {@link InboxRuleError} `away-reason-while-active` (STATUS-5), `reassign-while-active`
 * (STATUS-6), `invalid-status` for a status other than `'active'`/`'away'`, `invalid-argument`
 * for a reason that is not a string or null or a flag that is not a boolean, and the teammate
 * validation codes (`invalid-id`, ...) for a value that is not a valid teammate.
 * @example
 * ```ts
 * import { applyStatusChange, createTeammate } from 'inbox-rules';
 * const ana = createTeammate({ id: 'ana' });
 * const away = applyStatusChange({ teammate: ana, status: 'away', awayReason: 'Holiday', reassignReplies: true });
 * [away.status, away.awayReason, away.reassignReplies]; // => ['away', 'Holiday', true]
 * const back = applyStatusChange({ teammate: away, status: 'active' });
 * [back.status, back.awayReason, back.reassignReplies]; // => ['active', null, false]
 * applyStatusChange({ teammate: back, status: 'active' }) === back; // => true
 * ```
 * @category Status
 */
export function applyStatusChange(input: StatusChangeInput): Teammate {
  const raw = assertRecord(input, 'status change');
  const teammate = assertTeammate(own(raw, 'teammate'), 'teammate');
  const where = `status change of teammate ${show(teammate.id)}`;
  const status = assertOneOf(own(raw, 'status'), TEAMMATE_STATUSES, `${where}: status`, 'invalid-status');
  const reasonIn = own(raw, 'awayReason');
  const reassignIn = own(raw, 'reassignReplies');
  const reason = reasonIn === undefined || reasonIn === null ? reasonIn : assertString(reasonIn, `${where}: awayReason`);
  const reassign = reassignIn === undefined ? undefined : assertBoolean(reassignIn, `${where}: reassignReplies`);

  if (status === 'active') {
    if (typeof reason === 'string') {
      fail('away-reason-while-active', `${where}: an away reason can only be set with status "away"; drop awayReason or set status "away" (STATUS-5).`, { teammate: teammate.id, awayReason: reason });
    }
    if (reassign === true) {
      fail('reassign-while-active', `${where}: reassignReplies can only be on with status "away"; drop it or set status "away" (STATUS-6).`, { teammate: teammate.id });
    }
  }
  const awayReason = status === 'active' ? null : reason === undefined ? teammate.awayReason : reason;
  const reassignReplies = status === 'active' ? false : (reassign ?? teammate.reassignReplies);
  if (status === teammate.status && awayReason === teammate.awayReason && reassignReplies === teammate.reassignReplies) return teammate;
  return withTeammate(teammate, { status, awayReason, reassignReplies });
}
