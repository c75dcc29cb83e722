import type * as fc from 'fast-check';
import { fail, own, show } from '../../_internal/validate.js';
import type { InboxRuleErrorCode } from '../../model/index.js';
import type { WorkspaceConfig, WorkspaceEvent } from '../../workspace/index.js';
import { readOptions } from './_shared.js';
import { stepsArbitrary } from './_workspaceSteps.js';
import type { WorkspaceEventsArbitraryOptions } from './workspaceEventsArbitrary.js';

/**
 * One generated step: an event and whether the workspace must accept it (`error: null`) or reject
 * it with a given code.
 *
 * @example
 * ```ts
 * import type { WorkspaceStep } from 'inbox-rules/testing';
 * const step: WorkspaceStep = { event: { type: 'rating.submitted', at: 0, conversation: 'c1', score: 6 }, error: 'invalid-score' };
 * ```
 * @category Testing
 */
export interface WorkspaceStep {
  /** The event. */
  readonly event: WorkspaceEvent;
  /** `null`: `apply` accepts it; otherwise the code of the `InboxRuleError` it throws (the workspace is unchanged). */
  readonly error: InboxRuleErrorCode | null;
}

/**
 * What {@link workspaceStepsArbitrary} accepts: the sizes of {@link WorkspaceEventsArbitraryOptions}
 * and how often a step is one the workspace rejects.
 *
 * @example
 * ```ts
 * import type { WorkspaceStepsArbitraryOptions } from 'inbox-rules/testing';
 * const options: WorkspaceStepsArbitraryOptions = { maxEvents: 40, invalidFrequency: 0.25 };
 * ```
 * @category Testing
 */
export interface WorkspaceStepsArbitraryOptions extends WorkspaceEventsArbitraryOptions {
  /** The share of steps the workspace must reject, from 0 to 1 (default 0.1). */
  readonly invalidFrequency?: number | undefined;
}

/**
 * Generates time-ordered steps for a workspace created from `config`: mostly events it accepts
 * (exactly those of {@link workspaceEventsArbitrary}), and now and then one it must reject, with
 * the error code it must reject it with.
 *
 * A rejected step has exactly one defect, so its code is certain: an unknown conversation,
 * teammate, contact or team (`unknown-*`), a reused conversation id (`duplicate-id`), a snooze
 * that is not in the future or of a closed conversation (`snooze-in-the-past`,
 * `snooze-closed-conversation`, SNOOZE-4, SNOOZE-13), closing a closed or reopening an open
 * conversation (`invalid-transition`, CONV-2), a rating without a request, after a comment, or out
 * of range (`rating-not-requested`, `rating-locked`, `invalid-score`, RATING-11 to RATING-13), a
 * manual assignment to a teammate without a seat (`no-inbox-seat`, STATUS-15), marking unread a
 * conversation without a mention (`not-mentioned`, MENTION-5), an away reason or reassign while
 * active (STATUS-5, STATUS-6), a limit of 0 (`invalid-assignment-limit`, ASSIGN-26), a teammate
 * as outbound recipient (`teammate-recipient`, OUT-7), an event earlier than the clock
 * (`time-went-backwards`), or a snooze with two targets (`invalid-event`). A rejected step
 * changes nothing, so the steps after it are generated as if it never happened.
 *
 * @param config - the workspace config.
 * @param options - sizes and `invalidFrequency`; see {@link WorkspaceStepsArbitraryOptions}.
 * @returns a fast-check arbitrary of step lists.
 * @throws `InboxRuleError` (from `inbox-rules`) what `createWorkspace` throws for an invalid `config`, and
 * `invalid-argument` for malformed options.
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { isInboxRuleError } from 'inbox-rules';
 * import { apply, createWorkspace } from 'inbox-rules/workspace';
 * import { workspaceStepsArbitrary } from 'inbox-rules/testing';
 * const config = { teammates: [{ id: 'ana' }], contacts: [{ id: 'u1', email: 'u1@example.test' }] };
 * fc.assert(fc.property(workspaceStepsArbitrary(config, { invalidFrequency: 0.3 }), (steps) => {
 *   let ws = createWorkspace(config);
 *   for (const { event, error } of steps) {
 *     if (error === null) ws = apply(ws, event).workspace;
 *     else {
 *       try { apply(ws, event); return false; } catch (e) { if (!isInboxRuleError(e, error)) return false; }
 *     }
 *   }
 *   return true;
 * }), { numRuns: 20 });
 * const [steps] = fc.sample(workspaceStepsArbitrary(config, { invalidFrequency: 1, minEvents: 1 }), { numRuns: 1, seed: 2 });
 * steps?.every((s) => s.error !== null); // => true
 * ```
 * @category Testing
 */
export function workspaceStepsArbitrary(config: WorkspaceConfig, options?: WorkspaceStepsArbitraryOptions): fc.Arbitrary<readonly WorkspaceStep[]> {
  const fn = 'workspaceStepsArbitrary';
  const frequency = own(readOptions(options, fn), 'invalidFrequency') ?? 0.1;
  if (typeof frequency !== 'number' || !(frequency >= 0 && frequency <= 1)) {
    fail('invalid-argument', `${fn}: options.invalidFrequency must be a number from 0 to 1, got ${show(frequency)}.`, { invalidFrequency: frequency });
  }
  return stepsArbitrary(config, options, fn, Math.round(frequency * 1000));
}
