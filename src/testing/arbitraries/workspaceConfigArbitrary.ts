import * as fc from 'fast-check';
import { ASSIGNMENT_METHODS, type TeamInput, type TeammateInput } from '../../model/index.js';
import type { WorkspaceConfig } from '../../workspace/index.js';
import { AWKWARD_IDS, TEAMMATE_IDS, TEAM_IDS, idFrom, optionalInteger, readOptions } from './_shared.js';
import { emailFor, readTeammateShape, teammateFieldsArbitrary } from './_teammate.js';

/**
 * What {@link workspaceConfigArbitrary} accepts; every field is optional.
 *
 * @example
 * ```ts
 * import type { WorkspaceConfigArbitraryOptions } from 'inbox-rules/testing';
 * const options: WorkspaceConfigArbitraryOptions = { maxTeammates: 3, maxTeams: 1 };
 * ```
 * @category Testing
 */
export interface WorkspaceConfigArbitraryOptions {
  /** The fewest teammates (default 1). */
  readonly minTeammates?: number | undefined;
  /** The most teammates (default 5, at most 10: ids `'ana'` to `'hana'`, `'__proto__'`, `'constructor'`). */
  readonly maxTeammates?: number | undefined;
  /** The most team inboxes (default 3, at most 6: `'billing'`, `'sales'`, `'vip'`, `'support'`, `'__proto__'`, `'constructor'`). */
  readonly maxTeams?: number | undefined;
  /** The most contacts, `'u1'`, `'u2'`, ... with addresses `u1@example.test`, ... (default 3; at least 1). */
  readonly maxContacts?: number | undefined;
  /** The zones the workspace's and teammates' `timezone` are drawn from (default five zones, `UTC` first). */
  readonly timezones?: readonly string[] | undefined;
}

const teamSpec = fc.record({
  id: idFrom(undefined, TEAM_IDS),
  assignment: fc.constantFrom(...ASSIGNMENT_METHODS),
  members: fc.nat(),
  order: fc.nat(),
  assignmentLimit: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 4 }),
});

/**
 * Generates valid workspace configs, accepted by `createWorkspace`.
 *
 * Teammates have unique ids (with `'__proto__'` and `'constructor'` at low weight), their handle
 * (the id) and a unique address at `acme.test`, any status mode, seat, limit, zone and the
 * custom-sender permission; teams have unique ids, any method (ASSIGN-3), members drawn from the
 * teammates in any order, sometimes their own limit (Beyond-1); contacts are `u1`, `u2`, ...; the
 * default assignee (STATUS-10) is absent, null, a team or a teammate; settings sometimes choose
 * the RATING-7 reading and a custom sender address (OUT-3). Teammates carry no loads: a new
 * workspace has no conversations.
 *
 * @param options - sizes and zones; see {@link WorkspaceConfigArbitraryOptions}.
 * @returns a fast-check arbitrary of `WorkspaceConfig` values.
 * @throws `InboxRuleError` (from `inbox-rules`) `invalid-argument` or `invalid-time-zone` for malformed options.
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { createWorkspace } from 'inbox-rules/workspace';
 * import { workspaceConfigArbitrary } from 'inbox-rules/testing';
 * const [config] = fc.sample(workspaceConfigArbitrary({ minTeammates: 2 }), { numRuns: 1, seed: 5 });
 * (config?.teammates?.length ?? 0) >= 2; // => true
 * fc.assert(fc.property(workspaceConfigArbitrary(), (c) => createWorkspace(c).format === 'inbox-rules/workspace@1'));
 * ```
 * @category Testing
 */
export function workspaceConfigArbitrary(options?: WorkspaceConfigArbitraryOptions): fc.Arbitrary<WorkspaceConfig> {
  const fn = 'workspaceConfigArbitrary';
  const raw = readOptions(options, fn);
  const maxTeammates = optionalInteger(raw, 'maxTeammates', fn, 0, TEAMMATE_IDS.length + AWKWARD_IDS.length, 5);
  const minTeammates = optionalInteger(raw, 'minTeammates', fn, 0, maxTeammates, Math.min(1, maxTeammates));
  const maxTeams = optionalInteger(raw, 'maxTeams', fn, 0, TEAM_IDS.length + AWKWARD_IDS.length, 3);
  const maxContacts = optionalInteger(raw, 'maxContacts', fn, 1, 100, 3);
  const shape = readTeammateShape(raw, fn);
  const teammate = fc.record({ id: idFrom(undefined, TEAMMATE_IDS), fields: teammateFieldsArbitrary(shape) });
  return fc
    .record({
      timezone: fc.option(fc.constantFrom(...shape.timezones), { nil: undefined }),
      teammates: fc.uniqueArray(teammate, { selector: (t) => t.id, minLength: minTeammates, maxLength: maxTeammates }),
      teams: fc.uniqueArray(teamSpec, { selector: (t) => t.id, maxLength: maxTeams }),
      contacts: fc.integer({ min: 1, max: maxContacts }),
      defaultAssignee: fc.oneof(fc.constant(undefined), fc.constant(null), fc.record({ team: fc.nat() }), fc.record({ teammate: fc.nat() })),
      ratingRequest: fc.option(fc.constantFrom('first-close' as const, 'until-sent' as const), { nil: undefined }),
      customSender: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((r): WorkspaceConfig => {
      const teammates = r.teammates.map(({ id, fields: f }): TeammateInput => ({
        id, name: f.name, email: emailFor(id, 'acme.test'), status: f.mode === 'active' ? 'active' : 'away',
        awayReason: f.mode === 'active' ? null : f.awayReason, reassignReplies: f.mode === 'away-reassign',
        assignmentLimit: f.assignmentLimit, inboxSeat: f.inboxSeat, timezone: f.timezone,
        canSendFromCustomAddresses: f.canSendFromCustomAddresses,
      }));
      const ids = teammates.map((t) => t.id);
      const teams = r.teams.map((t): TeamInput => {
        const members = ids.filter((_id, i) => ((t.members >> i) & 1) === 1);
        const k = members.length === 0 ? 0 : t.order % members.length;
        return { id: t.id, assignment: t.assignment, members: [...members.slice(k), ...members.slice(0, k)], assignmentLimit: t.assignmentLimit };
      });
      const d = r.defaultAssignee;
      const defaultAssignee = d === undefined || d === null ? d
        : 'team' in d ? (teams.length === 0 ? null : { team: (teams[d.team % teams.length] as TeamInput).id })
          : (ids.length === 0 ? null : { teammate: ids[d.teammate % ids.length] as string });
      const settings = r.ratingRequest === undefined && r.customSender === undefined ? undefined : {
        ...(r.ratingRequest === undefined ? {} : { ratingRequest: r.ratingRequest }),
        ...(r.customSender === undefined ? {} : { customSenderAddresses: [{ address: 'support@acme.test', forwarding: r.customSender }] }),
      };
      return {
        ...(r.timezone === undefined ? {} : { timezone: r.timezone }),
        ...(defaultAssignee === undefined ? {} : { defaultAssignee }),
        teammates, teams,
        contacts: Array.from({ length: r.contacts }, (_unused, i) => ({ id: `u${i + 1}`, email: `u${i + 1}@example.test` })),
        ...(settings === undefined ? {} : { settings }),
      };
    });
}
