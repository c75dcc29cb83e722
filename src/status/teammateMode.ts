import type { Teammate } from '../model/index.js';
import { assertTeammate } from './assertTeammate.js';

/**
 * The three effective modes of a teammate (STATUS-1), in the order a UI lists them.
 *
 * @example
 * ```ts
 * import { TEAMMATE_MODES } from 'inbox-rules';
 * TEAMMATE_MODES; // => ['active', 'away', 'away-reassigning']
 * ```
 * @category Status
 */
export const TEAMMATE_MODES = ['active', 'away', 'away-reassigning'] as const;

/**
 * The three effective modes of a teammate (STATUS-1): `'active'`, `'away'`, and
 * `'away-reassigning'` (away with `reassignReplies` on). One of {@link TEAMMATE_MODES}.
 *
 * @example
 * ```ts
 * import type { TeammateMode } from 'inbox-rules';
 * const mode: TeammateMode = 'away-reassigning';
 * ```
 * @category Status
 */
export type TeammateMode = (typeof TEAMMATE_MODES)[number];

/**
 * Which of the three effective modes a teammate is in (STATUS-1).
 *
 * A status is exactly one of `active` or `away`; `reassignReplies` only exists while away
 * (STATUS-6), so the pair maps onto exactly one mode.
 *
 * @param teammate - the teammate.
 * @returns `'active'`, `'away'`, or `'away-reassigning'` when away with reassign replies on.
 * @throws {@link InboxRuleError} `invalid-argument`, `invalid-id` or `invalid-status` for a value
 * that is not a teammate, `away-reason-while-active` / `reassign-while-active` for one that breaks
 * STATUS-5 / STATUS-6.
 * @example
 * ```ts
 * import { createTeammate, teammateMode } from 'inbox-rules';
 * teammateMode(createTeammate({ id: 'ana' })); // => 'active'
 * teammateMode(createTeammate({ id: 'ben', status: 'away' })); // => 'away'
 * teammateMode(createTeammate({ id: 'cy', status: 'away', reassignReplies: true })); // => 'away-reassigning'
 * ```
 * @category Status
 */
export function teammateMode(teammate: Teammate): TeammateMode {
  const t = assertTeammate(teammate, 'teammate');
  if (t.status === 'active') return 'active';
  return t.reassignReplies ? 'away-reassigning' : 'away';
}
