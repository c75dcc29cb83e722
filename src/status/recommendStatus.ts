import { assertOneOf, assertRecord, own } from '../_internal/validate.js';

/**
 * The absences {@link recommendStatus} knows. The first four are short (Away), the last three
 * long (Away + reassign), as S1 recommends (STATUS-21).
 *
 * @example
 * ```ts
 * import { ABSENCES } from 'inbox-rules';
 * ABSENCES; // => ['meeting', 'coaching', 'lunch', 'break', 'end-of-shift', 'holiday', 'several-days']
 * ```
 * @category Status
 */
export const ABSENCES = ['meeting', 'coaching', 'lunch', 'break', 'end-of-shift', 'holiday', 'several-days'] as const;

/**
 * One of {@link ABSENCES}.
 *
 * @example
 * ```ts
 * import type { Absence } from 'inbox-rules';
 * const absence: Absence = 'holiday';
 * ```
 * @category Status
 */
export type Absence = (typeof ABSENCES)[number];

/**
 * What {@link recommendStatus} accepts.
 *
 * @example
 * ```ts
 * import type { RecommendStatusInput } from 'inbox-rules';
 * const input: RecommendStatusInput = { absence: 'lunch' };
 * ```
 * @category Status
 */
export interface RecommendStatusInput {
  /** Why the teammate is stepping away. */
  readonly absence: Absence;
}

/**
 * The recommended status, shaped so it can be spread into {@link applyStatusChange}.
 *
 * @example
 * ```ts
 * import type { StatusRecommendation } from 'inbox-rules';
 * const r: StatusRecommendation = { status: 'away', reassignReplies: true };
 * ```
 * @category Status
 */
export interface StatusRecommendation {
  /** Always `'away'`: every absence is a reason to stop receiving new conversations. */
  readonly status: 'away';
  /** `true` for a long absence, so customers who reply are not left waiting (Away + reassign). */
  readonly reassignReplies: boolean;
}

const LONG: ReadonlySet<Absence> = /* @__PURE__ */ new Set<Absence>(['end-of-shift', 'holiday', 'several-days']);

/**
 * Which status to set for an absence (STATUS-21; guidance, not enforced).
 *
 * Short absences (a meeting, coaching other teammates, lunch, a break) call for Away: no new
 * conversations, and the teammate keeps the ones they have. Long ones (the end of a shift, a
 * holiday, several days away) call for Away + reassign, so a customer who replies is not left
 * waiting until the teammate is back. Nothing checks that a teammate follows the advice.
 *
 * @param input - the absence.
 * @returns `{ status: 'away', reassignReplies }`, ready to pass to {@link applyStatusChange}.
 * @throws {@link InboxRuleError} `invalid-argument` for an absence not in {@link ABSENCES}.
 * @example
 * ```ts
 * import { applyStatusChange, createTeammate, recommendStatus } from 'inbox-rules';
 * recommendStatus({ absence: 'lunch' }); // => { status: 'away', reassignReplies: false }
 * recommendStatus({ absence: 'holiday' }); // => { status: 'away', reassignReplies: true }
 * const ana = createTeammate({ id: 'ana' });
 * applyStatusChange({ teammate: ana, ...recommendStatus({ absence: 'holiday' }) }).reassignReplies; // => true
 * ```
 * @category Status
 */
export function recommendStatus(input: RecommendStatusInput): StatusRecommendation {
  const absence = assertOneOf(own(assertRecord(input, 'recommendStatus input'), 'absence'), ABSENCES, 'absence');
  return { status: 'away', reassignReplies: LONG.has(absence) };
}
