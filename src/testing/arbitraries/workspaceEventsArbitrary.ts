import type * as fc from 'fast-check';
import type { WorkspaceConfig, WorkspaceEvent } from '../../workspace/index.js';
import { stepsArbitrary } from './_workspaceSteps.js';

/**
 * What {@link workspaceEventsArbitrary} accepts; every field is optional.
 *
 * @example
 * ```ts
 * import type { WorkspaceEventsArbitraryOptions } from 'inbox-rules/testing';
 * const options: WorkspaceEventsArbitraryOptions = { minEvents: 5, maxEvents: 50 };
 * ```
 * @category Testing
 */
export interface WorkspaceEventsArbitraryOptions {
  /** The fewest events (default 1). */
  readonly minEvents?: number | undefined;
  /** The most events (default 30, at most 200). */
  readonly maxEvents?: number | undefined;
}

/**
 * Generates time-ordered sequences of events that a workspace created from `config` accepts, one
 * after the other: `apply` never rejects any of them.
 *
 * Every event type of the workspace occurs: arrivals (with or without a team, by workflow or by
 * hand, sometimes priority, on either channel) and outbound conversations (to contacts or new
 * addresses, sometimes from the custom sender address, with any assignee choice); customer,
 * teammate and bot replies; notes, some with an `@handle` mention; manual assignments (only to
 * teammates with a seat, STATUS-15); snoozes until a later instant, for a duration or to a preset,
 * never of a closed conversation (SNOOZE-4, SNOOZE-13); closes, reopens and views; marking a
 * mention unread (only where the teammate was mentioned); status changes; ratings (only after a
 * close that sent a request, and never after a comment, RATING-12, RATING-13); priority,
 * membership, limit and seat changes (a seat is only removed from a teammate who can hold no
 * conversation, STATUS-17); and the clock moving. Ids always exist (conversation ids are `c1`,
 * `c2`, ... and now and then `__proto__` or `constructor`). Instants start between 2020 and 2035;
 * gaps go from nothing to 9 days, so snoozes end and the 7-day rating window passes (RATING-6).
 * Sequences shrink towards fewer, simpler events.
 *
 * @param config - the workspace config (see `workspaceConfigArbitrary` to generate one too).
 * @param options - sizes; see {@link WorkspaceEventsArbitraryOptions}.
 * @returns a fast-check arbitrary of event lists.
 * @throws `InboxRuleError` (from `inbox-rules`) what `createWorkspace` throws for an invalid `config`, and
 * `invalid-argument` for malformed options.
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { apply, createWorkspace, checkInvariants } from 'inbox-rules/workspace';
 * import { workspaceEventsArbitrary } from 'inbox-rules/testing';
 * const config = { teammates: [{ id: 'ana' }], teams: [{ id: 'billing', assignment: 'balanced' as const, members: ['ana'] }], contacts: [{ id: 'u1', email: 'u1@example.test' }] };
 * const [events] = fc.sample(workspaceEventsArbitrary(config, { minEvents: 3 }), { numRuns: 1, seed: 9 });
 * (events?.length ?? 0) >= 3; // => true
 * fc.assert(fc.property(workspaceEventsArbitrary(config), (list) => {
 *   const ws = list.reduce((w, e) => apply(w, e).workspace, createWorkspace(config));
 *   return checkInvariants(ws).length === 0;
 * }), { numRuns: 20 });
 * ```
 * @category Testing
 */
export function workspaceEventsArbitrary(config: WorkspaceConfig, options?: WorkspaceEventsArbitraryOptions): fc.Arbitrary<readonly WorkspaceEvent[]> {
  return stepsArbitrary(config, options, 'workspaceEventsArbitrary', 0).map((steps) => steps.map((s) => s.event));
}
