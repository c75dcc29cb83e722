/**
 * The team's closing checklist (RATING-16, guidance, not enforced): before closing, ask whether
 * there is anything else you can help with, and encourage the customer to rate their experience.
 * It is data for a UI or a linter of canned replies; no rule function reads it, and a close never
 * depends on it.
 *
 * @example
 * ```ts
 * import { CLOSING_CHECKLIST } from 'inbox-rules';
 * CLOSING_CHECKLIST.map((item) => item.id); // => ['ask-anything-else', 'encourage-rating']
 * CLOSING_CHECKLIST.every((item) => !item.enforced); // => true
 * ```
 * @category Ratings
 */
export const CLOSING_CHECKLIST: readonly ClosingChecklistItem[] = [
  { id: 'ask-anything-else', enforced: false },
  { id: 'encourage-rating', enforced: false },
];

/**
 * One item of {@link CLOSING_CHECKLIST}.
 *
 * @example
 * ```ts
 * import type { ClosingChecklistItem } from 'inbox-rules';
 * const item: ClosingChecklistItem = { id: 'encourage-rating', enforced: false };
 * ```
 * @category Ratings
 */
export interface ClosingChecklistItem {
  /** `'ask-anything-else'` (ask whether there is anything else to help with) or `'encourage-rating'`. */
  readonly id: 'ask-anything-else' | 'encourage-rating';
  /** Always false: this is guidance (RATING-16); closing never checks it. */
  readonly enforced: false;
}
