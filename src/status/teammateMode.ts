import type { Teammate } from '../model/index.js';

/**
 * The three effective modes of a teammate (STATUS-1): `'active'`, `'away'`, and
 * `'away-reassigning'` (away with `reassignReplies` on).
 *
 * @example
 * ```ts
 * import type { TeammateMode } from 'inbox-rules';
 * const mode: TeammateMode = 'away-reassigning';
 * ```
 * @category Status
 */
export type TeammateMode = 'active' | 'away' | 'away-reassigning';

/**
 * Which of the three effective modes a teammate is in (STATUS-1).
 *
 * @param teammate - the teammate.
 * @returns `'active'`, `'away'`, or `'away-reassigning'` when away with reassign replies on.
 * @example
 * ```ts
 * import { createTeammate, teammateMode } from 'inbox-rules';
 * teammateMode(createTeammate({ id: 'ana', status: 'away', reassignReplies: true })); // => 'away-reassigning'
 * ```
 * @category Status
 */
export function teammateMode(teammate: Teammate): TeammateMode {
  if (teammate.status === 'active') return 'active';
  return teammate.reassignReplies ? 'away-reassigning' : 'away';
}
