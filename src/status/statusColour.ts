import type { Teammate } from '../model/index.js';
import { assertTeammate } from './assertTeammate.js';

/**
 * The colours of the status dot on a teammate's profile picture (STATUS-20).
 *
 * @example
 * ```ts
 * import { STATUS_COLOURS } from 'inbox-rules';
 * STATUS_COLOURS; // => ['green', 'yellow']
 * ```
 * @category Status
 */
export const STATUS_COLOURS = ['green', 'yellow'] as const;

/**
 * One of {@link STATUS_COLOURS}.
 *
 * @example
 * ```ts
 * import type { StatusColour } from 'inbox-rules';
 * const dot: StatusColour = 'yellow';
 * ```
 * @category Status
 */
export type StatusColour = (typeof STATUS_COLOURS)[number];

/**
 * The colour of the dot over a teammate's profile picture (STATUS-20, UI only).
 *
 * `active` shows green and `away` shows yellow, with or without reassign: the dot shows the
 * status, not the reassign flag. It is not what customers see in the Messenger (see
 * {@link messengerPresence}).
 *
 * @param teammate - the teammate.
 * @returns `'green'` for an active teammate, `'yellow'` for an away one.
 * @throws {@link InboxRuleError} the teammate validation codes for a value that is not a valid teammate.
 * @example
 * ```ts
 * import { createTeammate, statusColour } from 'inbox-rules';
 * statusColour(createTeammate({ id: 'ana' })); // => 'green'
 * statusColour(createTeammate({ id: 'ben', status: 'away', reassignReplies: true })); // => 'yellow'
 * ```
 * @category Status
 */
export function statusColour(teammate: Teammate): StatusColour {
  return assertTeammate(teammate, 'teammate').status === 'active' ? 'green' : 'yellow';
}
