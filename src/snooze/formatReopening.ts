import { assertInstant, assertInstantOrNull, assertOneOf, assertRecord, own } from '../_internal/validate.js';
import { REOPEN_REASONS, type Reopening, type ReopenReason } from '../model/index.js';
import { zonedFormatter } from './_formatter.js';

/**
 * A {@link Reopening} with its instants formatted for one viewer.
 *
 * @example
 * ```ts
 * import type { FormattedReopening } from 'inbox-rules/snooze';
 * const f: FormattedReopening = { reason: 'snooze-ended', snoozedAt: '2026-01-05 09:00 +01:00', reopenedAt: '2026-01-06 09:00 +01:00' };
 * ```
 * @category Snooze
 */
export interface FormattedReopening {
  /** Why it reopened (unchanged). */
  readonly reason: ReopenReason;
  /** When it had been snoozed, formatted; null when it was closed rather than snoozed. */
  readonly snoozedAt: string | null;
  /** When it reopened, formatted. */
  readonly reopenedAt: string;
}

/**
 * Input of {@link formatReopening}.
 *
 * @example
 * ```ts
 * import type { FormatReopeningInput } from 'inbox-rules/snooze';
 * const input: FormatReopeningInput = { reopening: { reason: 'manual', snoozedAt: null, reopenedAt: 0 }, timezone: 'UTC' };
 * ```
 * @category Snooze
 */
export interface FormatReopeningInput {
  /** The reopening record (from `conversation.reopenings` or a command's `reopened`). */
  readonly reopening: Reopening;
  /** The viewing teammate's IANA time zone. */
  readonly timezone: string;
  /** A date-fns `format` pattern; default {@link DEFAULT_INSTANT_PATTERN}. */
  readonly pattern?: string | undefined;
}

/**
 * Formats the audit trail of one reopening for the teammate viewing it (SNOOZE-9).
 *
 * A reopening records when the conversation was snoozed and when it reopened; the UI shows both
 * in the *viewer's* local time zone, so two teammates in different zones read different wall
 * times for the same record. Formatting is as in {@link formatInstantInZone}.
 *
 * @param input - the reopening, the viewer's `timezone` and an optional `pattern`.
 * @returns the reason and both instants as text (`snoozedAt` null when it was closed).
 * @throws {@link InboxRuleError} `invalid-time-zone`, `invalid-instant`, or `invalid-argument` for a
 * malformed reopening or pattern.
 * @example
 * ```ts
 * import { formatReopening } from 'inbox-rules/snooze';
 * const reopening = { reason: 'snooze-ended' as const, snoozedAt: Date.parse('2026-01-05T08:00:00Z'), reopenedAt: Date.parse('2026-01-06T08:00:00Z') };
 * formatReopening({ reopening, timezone: 'Europe/Berlin' });
 * // => { reason: 'snooze-ended', snoozedAt: '2026-01-05 09:00 +01:00', reopenedAt: '2026-01-06 09:00 +01:00' }
 * formatReopening({ reopening, timezone: 'America/New_York' }).reopenedAt; // => '2026-01-06 03:00 -05:00'
 * ```
 * @category Snooze
 */
export function formatReopening(input: FormatReopeningInput): FormattedReopening {
  const raw = assertRecord(input, 'formatReopening input');
  const reopening = assertRecord(own(raw, 'reopening'), 'formatReopening reopening');
  const reason = assertOneOf(own(reopening, 'reason'), REOPEN_REASONS, 'formatReopening reopening.reason');
  const snoozedAt = assertInstantOrNull(own(reopening, 'snoozedAt'), 'formatReopening reopening.snoozedAt');
  const reopenedAt = assertInstant(own(reopening, 'reopenedAt'), 'formatReopening reopening.reopenedAt');
  const show = zonedFormatter('formatReopening', raw);
  return { reason, snoozedAt: snoozedAt === null ? null : show(snoozedAt), reopenedAt: show(reopenedAt) };
}
