import type * as fc from 'fast-check';
import { own } from '../../_internal/validate.js';
import type { WorkspaceConfig, WorkspaceEvent } from '../../workspace/index.js';
import { readOptions } from './_shared.js';
import { workspaceConfigArbitrary, type WorkspaceConfigArbitraryOptions } from './workspaceConfigArbitrary.js';
import { workspaceEventsArbitrary, type WorkspaceEventsArbitraryOptions } from './workspaceEventsArbitrary.js';

/**
 * A generated workspace: a config and a sequence of events it accepts.
 *
 * @example
 * ```ts
 * import type { GeneratedWorkspace } from 'inbox-rules/testing';
 * const w: GeneratedWorkspace = { config: { teammates: [{ id: 'ana' }] }, events: [{ type: 'time.passed', at: 0 }] };
 * ```
 * @category Testing
 */
export interface GeneratedWorkspace {
  /** The config, for `createWorkspace`. */
  readonly config: WorkspaceConfig;
  /** Events to apply in order; each is accepted. */
  readonly events: readonly WorkspaceEvent[];
}

/**
 * What {@link workspaceArbitrary} accepts; every field is optional.
 *
 * @example
 * ```ts
 * import type { WorkspaceArbitraryOptions } from 'inbox-rules/testing';
 * const options: WorkspaceArbitraryOptions = { config: { maxTeams: 1 }, events: { maxEvents: 10 } };
 * ```
 * @category Testing
 */
export interface WorkspaceArbitraryOptions {
  /** Options of the config (see {@link WorkspaceConfigArbitraryOptions}). */
  readonly config?: WorkspaceConfigArbitraryOptions | undefined;
  /** Options of the events (see {@link WorkspaceEventsArbitraryOptions}). */
  readonly events?: WorkspaceEventsArbitraryOptions | undefined;
}

/**
 * Generates whole workspaces: a config from `workspaceConfigArbitrary` and events from
 * `workspaceEventsArbitrary` for it, every one of which the workspace accepts in order.
 *
 * @param options - the options of both parts; see {@link WorkspaceArbitraryOptions}.
 * @returns a fast-check arbitrary of `{ config, events }`.
 * @throws `InboxRuleError` (from `inbox-rules`) `invalid-argument` or `invalid-time-zone` for malformed options.
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { apply, checkInvariants, createWorkspace } from 'inbox-rules/workspace';
 * import { workspaceArbitrary } from 'inbox-rules/testing';
 * fc.assert(fc.property(workspaceArbitrary({ events: { maxEvents: 15 } }), ({ config, events }) => {
 *   const ws = events.reduce((w, e) => apply(w, e).workspace, createWorkspace(config));
 *   return checkInvariants(ws).length === 0;
 * }), { numRuns: 20 });
 * const [w] = fc.sample(workspaceArbitrary({ events: { minEvents: 2 } }), { numRuns: 1, seed: 4 });
 * (w?.events.length ?? 0) >= 2; // => true
 * ```
 * @category Testing
 */
export function workspaceArbitrary(options?: WorkspaceArbitraryOptions): fc.Arbitrary<GeneratedWorkspace> {
  const raw = readOptions(options, 'workspaceArbitrary');
  const eventOptions = own(raw, 'events') as WorkspaceEventsArbitraryOptions | undefined;
  // Validates the event options once, up front, rather than inside every generated config.
  workspaceEventsArbitrary({}, eventOptions);
  return workspaceConfigArbitrary(own(raw, 'config') as WorkspaceConfigArbitraryOptions | undefined)
    .chain((config) => workspaceEventsArbitrary(config, eventOptions).map((events) => ({ config, events })));
}
