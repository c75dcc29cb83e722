import type { Conversation, Instant, TeammateId } from '../model/index.js';
import type { SnoozePreset, SnoozePresetSettings } from './resolveSnoozePresets.js';

/**
 * A length of time in calendar units, compatible with date-fns' `Duration`. Every field is a
 * non-negative integer. Years, months, weeks and days move the wall clock in the snoozing
 * teammate's time zone (a day is a calendar day, 23 or 25 hours long on a DST day); hours,
 * minutes and seconds are elapsed time.
 *
 * @example
 * ```ts
 * import type { SnoozeDuration } from 'inbox-rules/snooze';
 * const twoDaysAndAHalfHour: SnoozeDuration = { days: 2, minutes: 30 };
 * ```
 * @category Snooze
 */
export interface SnoozeDuration {
  /** Calendar years. */
  readonly years?: number | undefined;
  /** Calendar months (the day is clamped to the target month's length, as date-fns does). */
  readonly months?: number | undefined;
  /** Calendar weeks (7 calendar days). */
  readonly weeks?: number | undefined;
  /** Calendar days. */
  readonly days?: number | undefined;
  /** Elapsed hours. */
  readonly hours?: number | undefined;
  /** Elapsed minutes. */
  readonly minutes?: number | undefined;
  /** Elapsed seconds. */
  readonly seconds?: number | undefined;
}

/**
 * How long to snooze: milliseconds, a {@link SnoozeDuration}, or an ISO-8601 duration string
 * such as `'PT2H'`, `'P1D'` or `'P1W'` (the form scenario files use; integers only).
 *
 * @example
 * ```ts
 * import type { SnoozeLength } from 'inbox-rules/snooze';
 * const lengths: SnoozeLength[] = [7_200_000, { hours: 2 }, 'PT2H'];
 * ```
 * @category Snooze
 */
export type SnoozeLength = number | SnoozeDuration | string;

/**
 * Snooze until an exact instant ("Custom", SNOOZE-2).
 *
 * @example
 * ```ts
 * import type { SnoozeUntil } from 'inbox-rules/snooze';
 * const target: SnoozeUntil = { until: Date.parse('2026-01-06T09:00:00Z') };
 * ```
 * @category Snooze
 */
export interface SnoozeUntil {
  /** When the snooze ends; strictly after `now` (SNOOZE-4). */
  readonly until: Instant;
  /** Not with `until`. */
  readonly for?: undefined;
  /** Not with `until`. */
  readonly preset?: undefined;
}

/**
 * Snooze for a length of time from `now`.
 *
 * @example
 * ```ts
 * import type { SnoozeFor } from 'inbox-rules/snooze';
 * const target: SnoozeFor = { for: { days: 1 } };
 * ```
 * @category Snooze
 */
export interface SnoozeFor {
  /** The length; calendar units need the `timezone`. */
  readonly for: SnoozeLength;
  /** Not with `for`. */
  readonly until?: undefined;
  /** Not with `for`. */
  readonly preset?: undefined;
}

/**
 * Snooze by a preset (SNOOZE-2, SNOOZE-3), computed in the snoozing teammate's time zone.
 *
 * @example
 * ```ts
 * import type { SnoozeByPreset } from 'inbox-rules/snooze';
 * const target: SnoozeByPreset = { preset: 'tomorrow', timezone: 'Europe/Berlin' };
 * ```
 * @category Snooze
 */
export interface SnoozeByPreset {
  /** The preset. */
  readonly preset: SnoozePreset;
  /** The snoozing teammate's IANA time zone (`Teammate.timezone`); required for a preset. */
  readonly timezone: string;
  /** Not with `preset`. */
  readonly until?: undefined;
  /** Not with `preset`. */
  readonly for?: undefined;
}

/**
 * When a snooze ends: exactly one of `until`, `for` or `preset`.
 *
 * @example
 * ```ts
 * import type { SnoozeTarget } from 'inbox-rules/snooze';
 * const targets: SnoozeTarget[] = [{ until: 0 }, { for: 'PT30M' }, { preset: 'next-week', timezone: 'UTC' }];
 * ```
 * @category Snooze
 */
export type SnoozeTarget = SnoozeUntil | SnoozeFor | SnoozeByPreset;

/**
 * What every snooze command takes besides its {@link SnoozeTarget}.
 *
 * @example
 * ```ts
 * import { createConversation } from 'inbox-rules';
 * import type { SnoozeOptions } from 'inbox-rules/snooze';
 * const options: SnoozeOptions = { conversation: createConversation({ id: 'c1', createdAt: 0 }), teammate: 'ana', now: 0 };
 * ```
 * @category Snooze
 */
export interface SnoozeOptions {
  /** The conversation to snooze: open, or snoozed (re-snooze, SNOOZE-12). */
  readonly conversation: Conversation;
  /** The teammate who snoozes (the author of `snoozeReason`). */
  readonly teammate: TeammateId;
  /** When the snooze starts. */
  readonly now: Instant;
  /** The snoozing teammate's IANA time zone; needed by presets and by calendar units in `for`. */
  readonly timezone?: string | undefined;
  /** Overrides of the preset times ({@link DEFAULT_SNOOZE_PRESETS}). */
  readonly presets?: Partial<SnoozePresetSettings> | null | undefined;
  /**
   * An internal note explaining why it is snoozed (S2's snooze guide, SNOOZE-16), added by
   * `teammate` at `now`. As the snoozer's own note it never reopens anything.
   */
  readonly snoozeReason?: string | undefined;
}

/**
 * Input of {@link snoozeConversation}: {@link SnoozeOptions} and a {@link SnoozeTarget}.
 *
 * @example
 * ```ts
 * import { createConversation } from 'inbox-rules';
 * import type { SnoozeConversationInput } from 'inbox-rules/snooze';
 * const input: SnoozeConversationInput = {
 *   conversation: createConversation({ id: 'c1', createdAt: 0 }), teammate: 'ana', now: 0, preset: 'tomorrow', timezone: 'Europe/Paris',
 * };
 * ```
 * @category Snooze
 */
export type SnoozeConversationInput = SnoozeOptions & SnoozeTarget;
