import type { SnoozePreset } from './resolveSnoozePresets.js';

/**
 * The snooze guidance of the course and the company guide (SNOOZE-16, CONV-3), as stable codes a
 * UI can show as tips. Guidance, not enforced: no command checks it. In the order of SNOOZE-16,
 * then S2's "add a note explaining why" (see `snoozeReason`).
 *
 * @example
 * ```ts
 * import { SNOOZE_GUIDANCE } from 'inbox-rules/snooze';
 * SNOOZE_GUIDANCE.includes('close-only-when-resolved'); // => true
 * ```
 * @category Snooze
 */
export const SNOOZE_GUIDANCE = [
  'snooze-while-waiting',
  'snooze-after-each-reply',
  'close-only-when-resolved',
  'do-not-snooze-to-avoid',
  'keep-snoozes-short',
  'tell-customer-on-hold',
  'review-snoozed-daily',
  'note-why-snoozed',
] as const;

/**
 * One of {@link SNOOZE_GUIDANCE}.
 *
 * @example
 * ```ts
 * import type { SnoozeGuidance } from 'inbox-rules/snooze';
 * const tip: SnoozeGuidance = 'keep-snoozes-short';
 * ```
 * @category Snooze
 */
export type SnoozeGuidance = (typeof SNOOZE_GUIDANCE)[number];

/**
 * A keyboard shortcut that snoozes by a preset.
 *
 * @example
 * ```ts
 * import type { SnoozeShortcut } from 'inbox-rules/snooze';
 * const shortcut: SnoozeShortcut = { key: 'Z', preset: 'tomorrow' };
 * ```
 * @category Snooze
 */
export interface SnoozeShortcut {
  /** The key, as printed on the keyboard. */
  readonly key: string;
  /** The preset it snoozes by. */
  readonly preset: SnoozePreset;
}

/**
 * The snooze keyboard shortcut (SNOOZE-17, UI only): `Z` snoozes until "tomorrow" (public docs;
 * S1: "use Z or click the moon icon"). A UI maps the key to `snoozeConversation({ preset })`.
 *
 * @example
 * ```ts
 * import { SNOOZE_SHORTCUT } from 'inbox-rules/snooze';
 * SNOOZE_SHORTCUT; // => { key: 'Z', preset: 'tomorrow' }
 * ```
 * @category Snooze
 */
export const SNOOZE_SHORTCUT: SnoozeShortcut = /* @__PURE__ */ Object.freeze({ key: 'Z', preset: 'tomorrow' });
