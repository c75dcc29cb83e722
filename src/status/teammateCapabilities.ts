import type { Teammate } from '../model/index.js';
import { decideAutoAssignmentAvailability } from './decideAutoAssignmentAvailability.js';
import { decideManualAssignability } from './decideManualAssignability.js';

/**
 * What a teammate can do in the inbox right now, as far as status and seat decide it.
 *
 * @example
 * ```ts
 * import type { TeammateCapabilities } from 'inbox-rules';
 * const caps: TeammateCapabilities = {
 *   canBeAssigned: false, canBeAutoAssigned: false, canBeMentioned: true, canBeNotified: true, canAddNotes: true,
 * };
 * ```
 * @category Status
 */
export interface TeammateCapabilities {
  /** Can be assigned conversations by hand: needs a seat, away does not matter (STATUS-7, STATUS-15). */
  readonly canBeAssigned: boolean;
  /** Can be picked by balanced assignment or round robin: needs a seat and active status (STATUS-3, STATUS-15). */
  readonly canBeAutoAssigned: boolean;
  /** Can be mentioned (`@handle`) in a note: always, even without a seat (STATUS-16). */
  readonly canBeMentioned: boolean;
  /** Gets notifications (of mentions, for example): always, even without a seat (STATUS-16). */
  readonly canBeNotified: boolean;
  /** Can add internal notes: always, even without a seat (STATUS-16). */
  readonly canAddNotes: boolean;
}

/**
 * What a teammate can do, given their status and whether they have an inbox seat.
 *
 * Without an inbox seat a teammate cannot be assigned conversations, manually or automatically
 * (STATUS-15), but can still be mentioned (`@handle`), is notified, and can add internal notes (STATUS-16).
 * Away blocks only automatic assignment (STATUS-3, STATUS-7). The two assignment flags are exactly
 * {@link decideManualAssignability} and {@link decideAutoAssignmentAvailability}; limits and team
 * membership are not considered.
 *
 * @param teammate - the teammate.
 * @returns a new {@link TeammateCapabilities} object.
 * @throws {@link InboxRuleError} the teammate validation codes for a value that is not a valid teammate.
 * @example
 * ```ts
 * import { createTeammate, teammateCapabilities } from 'inbox-rules';
 * teammateCapabilities(createTeammate({ id: 'lee', inboxSeat: false }));
 * // => { canBeAssigned: false, canBeAutoAssigned: false, canBeMentioned: true, canBeNotified: true, canAddNotes: true }
 * teammateCapabilities(createTeammate({ id: 'ana', status: 'away' }));
 * // => { canBeAssigned: true, canBeAutoAssigned: false, canBeMentioned: true, canBeNotified: true, canAddNotes: true }
 * ```
 * @category Status
 */
export function teammateCapabilities(teammate: Teammate): TeammateCapabilities {
  return {
    canBeAssigned: decideManualAssignability(teammate).kind === 'allowed',
    canBeAutoAssigned: decideAutoAssignmentAvailability(teammate).kind === 'available',
    canBeMentioned: true,
    canBeNotified: true,
    canAddNotes: true,
  };
}
