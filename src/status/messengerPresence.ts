import { assertInstant, assertInstantOrNull, assertRecord, fail, own } from '../_internal/validate.js';
import type { Instant, Teammate } from '../model/index.js';
import { assertTeammate } from './assertTeammate.js';
import { nonEmpty } from './nonEmpty.js';

/**
 * How long a teammate can go without an Intercom tab open before customers see them as away in
 * the Messenger: 5 minutes, in milliseconds (STATUS-19). Exactly 5 minutes still shows online.
 *
 * @example
 * ```ts
 * import { MESSENGER_AWAY_AFTER_MS } from 'inbox-rules';
 * MESSENGER_AWAY_AFTER_MS; // => 300000
 * ```
 * @category Status
 */
export const MESSENGER_AWAY_AFTER_MS = 5 * 60 * 1000;

/**
 * Why customers see a teammate as away: their status is away, or they have had no Intercom tab
 * open for more than {@link MESSENGER_AWAY_AFTER_MS}.
 *
 * @example
 * ```ts
 * import { MESSENGER_PRESENCE_REASONS } from 'inbox-rules';
 * MESSENGER_PRESENCE_REASONS; // => ['teammate-away', 'no-open-tab']
 * ```
 * @category Status
 */
export const MESSENGER_PRESENCE_REASONS = ['teammate-away', 'no-open-tab'] as const;

/**
 * One of {@link MESSENGER_PRESENCE_REASONS}.
 *
 * @example
 * ```ts
 * import type { MessengerPresenceReason } from 'inbox-rules';
 * const why: MessengerPresenceReason = 'no-open-tab';
 * ```
 * @category Status
 */
export type MessengerPresenceReason = (typeof MESSENGER_PRESENCE_REASONS)[number];

/**
 * What {@link messengerPresence} accepts.
 *
 * @example
 * ```ts
 * import { createTeammate, type MessengerPresenceInput } from 'inbox-rules';
 * const input: MessengerPresenceInput = { teammate: createTeammate({ id: 'ana' }), lastSeenAt: 0, now: 60_000 };
 * ```
 * @category Status
 */
export interface MessengerPresenceInput {
  /** The teammate shown to customers. */
  readonly teammate: Teammate;
  /**
   * The last instant the teammate had an Intercom tab open; pass `now` while a tab is open, and
   * null when they never had one. Must not be after `now`.
   */
  readonly lastSeenAt: Instant | null;
  /** The current time. */
  readonly now: Instant;
}

/**
 * Customers see the teammate as online.
 *
 * @example
 * ```ts
 * import type { MessengerOnline } from 'inbox-rules';
 * const p: MessengerOnline = { kind: 'online' };
 * ```
 * @category Status
 */
export interface MessengerOnline {
  /** Discriminant: shown as online. */
  readonly kind: 'online';
}

/**
 * Customers see the teammate as away, with every reason that applies.
 *
 * @example
 * ```ts
 * import type { MessengerAppearsAway } from 'inbox-rules';
 * const p: MessengerAppearsAway = { kind: 'appears-away', reasons: ['no-open-tab'] };
 * ```
 * @category Status
 */
export interface MessengerAppearsAway {
  /** Discriminant: shown as away. */
  readonly kind: 'appears-away';
  /** Every reason that applies, never empty, in the order of {@link MESSENGER_PRESENCE_REASONS}. */
  readonly reasons: readonly [MessengerPresenceReason, ...MessengerPresenceReason[]];
}

/**
 * What {@link messengerPresence} decides.
 *
 * @example
 * ```ts
 * import type { MessengerPresence } from 'inbox-rules';
 * const p: MessengerPresence = { kind: 'online' };
 * ```
 * @category Status
 */
export type MessengerPresence = MessengerOnline | MessengerAppearsAway;

/**
 * What customers see of a teammate in the Messenger, which is not their status (STATUS-19).
 *
 * A teammate *appears* away when their status is away, or when they have had no Intercom tab open
 * for **more than** 5 minutes ({@link MESSENGER_AWAY_AFTER_MS}, exclusive: at exactly 5 minutes
 * they still appear online; never having had a tab open counts as more). Appearing away never
 * changes the real status or eligibility for assignment: this function only reads the teammate,
 * and {@link decideAutoAssignmentAvailability} does not look at tabs at all (the older rule that
 * round robin skipped teammates inactive for 5 minutes is superseded).
 *
 * @param input - the teammate, when they last had a tab open, and `now`.
 * @returns `{ kind: 'online' }` or `{ kind: 'appears-away', reasons }`.
 * @throws {@link InboxRuleError} `invalid-instant` for a non-finite `now` or `lastSeenAt`,
 * `invalid-argument` when `lastSeenAt` is after `now`, and the teammate validation codes.
 * @example
 * ```ts
 * import { createTeammate, messengerPresence } from 'inbox-rules';
 * const ana = createTeammate({ id: 'ana' });
 * messengerPresence({ teammate: ana, lastSeenAt: 0, now: 300_000 }); // => { kind: 'online' }
 * messengerPresence({ teammate: ana, lastSeenAt: 0, now: 300_001 });
 * // => { kind: 'appears-away', reasons: ['no-open-tab'] }
 * ```
 * @category Status
 */
export function messengerPresence(input: MessengerPresenceInput): MessengerPresence {
  const raw = assertRecord(input, 'messenger presence input');
  const teammate = assertTeammate(own(raw, 'teammate'), 'teammate');
  const now = assertInstant(own(raw, 'now'), 'now');
  const lastSeenAt = assertInstantOrNull(own(raw, 'lastSeenAt'), 'lastSeenAt');
  if (lastSeenAt !== null && lastSeenAt > now) {
    fail('invalid-argument', `lastSeenAt (${lastSeenAt}) is after now (${now}); pass now while a tab is open.`, { teammate: teammate.id, lastSeenAt, now });
  }
  const reasons: MessengerPresenceReason[] = [];
  if (teammate.status === 'away') reasons.push('teammate-away');
  if (lastSeenAt === null || now - lastSeenAt > MESSENGER_AWAY_AFTER_MS) reasons.push('no-open-tab');
  const all = nonEmpty(reasons);
  return all === undefined ? { kind: 'online' } : { kind: 'appears-away', reasons: all };
}
