import type { Instant } from '../model/index.js';
import { isHidden, presetContext, presetEnd } from './_presetTime.js';
import { SNOOZE_PRESETS, type SnoozePreset, type SnoozePresetSettings } from './resolveSnoozePresets.js';

/**
 * Why a preset is left out of the snooze menu: `'crosses-local-midnight'` ("later today" would
 * end on the next local day, SNOOZE-3).
 *
 * @example
 * ```ts
 * import { SNOOZE_PRESET_HIDDEN_REASONS } from 'inbox-rules/snooze';
 * SNOOZE_PRESET_HIDDEN_REASONS; // => ['crosses-local-midnight']
 * ```
 * @category Snooze
 */
export const SNOOZE_PRESET_HIDDEN_REASONS = ['crosses-local-midnight'] as const;

/**
 * One of {@link SNOOZE_PRESET_HIDDEN_REASONS}.
 *
 * @example
 * ```ts
 * import type { SnoozePresetHiddenReason } from 'inbox-rules/snooze';
 * const why: SnoozePresetHiddenReason = 'crosses-local-midnight';
 * ```
 * @category Snooze
 */
export type SnoozePresetHiddenReason = (typeof SNOOZE_PRESET_HIDDEN_REASONS)[number];

/**
 * A preset the snooze menu offers, with the instant it would snooze until.
 *
 * @example
 * ```ts
 * import type { SnoozeOption } from 'inbox-rules/snooze';
 * const option: SnoozeOption = { preset: 'tomorrow', until: Date.parse('2026-01-06T09:00:00Z') };
 * ```
 * @category Snooze
 */
export interface SnoozeOption {
  /** The preset. */
  readonly preset: SnoozePreset;
  /** When a snooze by it would end. */
  readonly until: Instant;
}

/**
 * A preset the snooze menu leaves out, and why.
 *
 * @example
 * ```ts
 * import type { HiddenSnoozePreset } from 'inbox-rules/snooze';
 * const hidden: HiddenSnoozePreset = { preset: 'later-today', reason: 'crosses-local-midnight' };
 * ```
 * @category Snooze
 */
export interface HiddenSnoozePreset {
  /** The preset. */
  readonly preset: SnoozePreset;
  /** Why it is hidden. */
  readonly reason: SnoozePresetHiddenReason;
}

/**
 * The snooze menu of {@link availableSnoozePresets}: what it offers and what it hides.
 *
 * @example
 * ```ts
 * import type { SnoozePresetMenu } from 'inbox-rules/snooze';
 * const menu: SnoozePresetMenu = { options: [], hidden: [{ preset: 'later-today', reason: 'crosses-local-midnight' }] };
 * ```
 * @category Snooze
 */
export interface SnoozePresetMenu {
  /** The offered presets, in the order of {@link SNOOZE_PRESETS}. */
  readonly options: readonly SnoozeOption[];
  /** The hidden presets, with their reasons. */
  readonly hidden: readonly HiddenSnoozePreset[];
}

/**
 * Input of {@link availableSnoozePresets}.
 *
 * @example
 * ```ts
 * import type { AvailableSnoozePresetsInput } from 'inbox-rules/snooze';
 * const input: AvailableSnoozePresetsInput = { now: 0, timezone: 'America/New_York' };
 * ```
 * @category Snooze
 */
export interface AvailableSnoozePresetsInput {
  /** The moment the menu opens. */
  readonly now: Instant;
  /** The snoozing teammate's IANA time zone. */
  readonly timezone: string;
  /** Overrides of {@link DEFAULT_SNOOZE_PRESETS}. */
  readonly presets?: Partial<SnoozePresetSettings> | null | undefined;
}

/**
 * The snooze presets to offer right now, each with its end time (SNOOZE-2, SNOOZE-3).
 *
 * Every preset is offered except "later today" when now + its length would reach or cross the
 * next local midnight in the teammate's zone (so at 21:00 with the default 3 h it is hidden;
 * at 20:59 it is offered). Ends are computed as in {@link snoozePresetTime}. "Custom" (a snooze
 * until any instant) is always possible and is not listed.
 *
 * @param input - `now`, the teammate's `timezone` and optional `presets` overrides.
 * @returns the offered options in the order of {@link SNOOZE_PRESETS}, and the hidden presets with reasons.
 * @throws {@link InboxRuleError} `invalid-time-zone`, `invalid-snooze-presets` or `invalid-instant`.
 * @example
 * ```ts
 * import { availableSnoozePresets } from 'inbox-rules/snooze';
 * // 22:00 in New York: "later today" would end at 01:00 tomorrow.
 * const menu = availableSnoozePresets({ now: Date.parse('2026-01-05T22:00:00-05:00'), timezone: 'America/New_York' });
 * menu.options.map((o) => o.preset); // => ['tomorrow', 'next-week', 'next-month']
 * menu.hidden; // => [{ preset: 'later-today', reason: 'crosses-local-midnight' }]
 * ```
 * @category Snooze
 */
export function availableSnoozePresets(input: AvailableSnoozePresetsInput): SnoozePresetMenu {
  const context = presetContext('availableSnoozePresets', input);
  const options: SnoozeOption[] = [];
  const hidden: HiddenSnoozePreset[] = [];
  for (const preset of SNOOZE_PRESETS) {
    const until = presetEnd(preset, context);
    if (isHidden(preset, until, context)) hidden.push({ preset, reason: 'crosses-local-midnight' });
    else options.push({ preset, until });
  }
  return { options, hidden };
}
