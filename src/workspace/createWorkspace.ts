import { EMPTY_SORTED_LIST } from '../_internal/sortedList.js';
import { emptyTable, tableFrom } from '../_internal/table.js';
import {
  assertArray, assertId, assertOneOf, assertRecord, assertString, assertTimeZone, fail, indexById, own, show,
} from '../_internal/validate.js';
import type { DefaultAssignee } from '../assignment/index.js';
import { handleGroups } from '../mentions/_handles.js';
import { createTeam, createTeammate, isInboxRuleError, type Team, type TeammateInput, type TeamInput } from '../model/index.js';
import { emailKey } from '../outbound/_email.js';
import { RATING_REQUEST_POLICIES } from '../ratings/index.js';
import { resolveSnoozePresets } from '../snooze/index.js';
import { makeRoster } from './_roster.js';
import type { ContactByEmail, Contact, HandleEntry, Memberships, Roster, Workspace, WorkspaceConfig } from './types.js';

/** Re-throws any validation error of the config as `invalid-config`, keeping the original code in details. */
function configField<T>(path: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (isInboxRuleError(error)) {
      throw Object.assign(error, { message: `Invalid workspace config at ${path}: ${error.message}` });
    }
    throw error;
  }
}

/**
 * Builds a workspace from its configuration (SCENARIOS.md, `workspace`): teammates, team inboxes,
 * contacts, the default assignee (STATUS-10) and settings (RATING-7, SNOOZE-3, OUT-3).
 *
 * Everything is validated up front so that later events fail only for reasons of their own:
 * teammates and teams through {@link createTeammate} and {@link createTeam}, members and the
 * default assignee must exist, ids are unique, mention handles are usable, e-mail addresses of
 * contacts are unique (case-insensitively).
 *
 * @param config - the workspace's configuration; every field is optional.
 * @returns a new workspace at no particular time (`clock: null`).
 * @throws {@link InboxRuleError} with the code of the first problem (e.g. `unknown-teammate` for a
 * team member that is not a teammate, `duplicate-id`, `invalid-assignment-limit`,
 * `invalid-time-zone`, `invalid-config` for a malformed settings object); the message starts with
 * the config path, e.g. `teams[0].members`.
 * @example
 * ```ts
 * import { createWorkspace, getTeammate } from 'inbox-rules/workspace';
 * const ws = createWorkspace({
 *   teammates: [{ id: 'ana', name: 'Ana' }, { id: 'ben', assignmentLimit: 3 }],
 *   teams: [{ id: 'billing', assignment: 'balanced', members: ['ana', 'ben'] }],
 *   defaultAssignee: { team: 'billing' },
 * });
 * getTeammate(ws, 'ben')?.assignmentLimit; // => 3
 * ```
 * @category Workspace
 */
export function createWorkspace(config: WorkspaceConfig): Workspace {
  const raw = configField('$', () => assertRecord(config, 'workspace config'));
  const timezone = own(raw, 'timezone') === undefined ? 'UTC' : configField('timezone', () => assertTimeZone(own(raw, 'timezone'), 'timezone'));
  const teammates = configField('teammates', () => assertArray(own(raw, 'teammates') ?? [], 'teammates')).map((t, i) =>
    configField(`teammates[${i}]`, () => createTeammate(t as TeammateInput)));
  const teammateById = configField('teammates', () => indexById(teammates, 'teammate'));
  // Mentionable handles, checked here once, and the workspace's mention index.
  const handles = configField('teammates', () => handleGroups(teammates).byHandle);

  const teams = configField('teams', () => assertArray(own(raw, 'teams') ?? [], 'teams')).map((t, i) =>
    configField(`teams[${i}]`, () => createTeam(t as TeamInput)));
  configField('teams', () => indexById(teams, 'team'));
  const memberships = new Map<string, string[]>();
  const rosters: Roster[] = teams.map((team: Team, i) => makeRoster(
    team.id,
    team.members.map((m) => {
      const t = teammateById.get(m) ?? fail('unknown-teammate', `Invalid workspace config at teams[${i}].members: ${show(m)} is not a teammate; add it to teammates.`, { team: team.id, teammate: m });
      const list = memberships.get(m) ?? [];
      list.push(team.id);
      memberships.set(m, list);
      return t;
    }),
  ));

  const contacts = configField('contacts', () => assertArray(own(raw, 'contacts') ?? [], 'contacts')).map((c, i): Contact =>
    configField(`contacts[${i}]`, () => {
      const rec = assertRecord(c, 'contact');
      const email = own(rec, 'email') ?? null;
      return { id: assertId(own(rec, 'id'), 'contact id'), email: email === null ? null : assertString(email, 'contact email') };
    }));
  configField('contacts', () => indexById(contacts, 'contact'));
  const byEmail: ContactByEmail[] = [];
  const seenEmail = new Set<string>();
  for (const c of contacts) {
    if (c.email === null) continue;
    const key = emailKey(c.email);
    if (seenEmail.has(key)) fail('duplicate-id', `Invalid workspace config at contacts: two contacts share the address ${show(c.email)}.`, { email: c.email });
    seenEmail.add(key);
    byEmail.push({ id: key, contact: c.id });
  }

  const defaultRaw = own(raw, 'defaultAssignee') ?? null;
  let defaultAssignee: DefaultAssignee = null;
  if (defaultRaw !== null) {
    const d = configField('defaultAssignee', () => assertRecord(defaultRaw, 'defaultAssignee'));
    const team = own(d, 'team');
    const teammate = own(d, 'teammate');
    if (typeof team === 'string' && teammate === undefined) {
      if (!teams.some((t) => t.id === team)) fail('unknown-team', `Invalid workspace config at defaultAssignee: no team ${show(team)}.`, { team });
      defaultAssignee = { team };
    } else if (typeof teammate === 'string' && team === undefined) {
      if (!teammateById.has(teammate)) fail('unknown-teammate', `Invalid workspace config at defaultAssignee: no teammate ${show(teammate)}.`, { teammate });
      defaultAssignee = { teammate };
    } else {
      fail('invalid-config', `Invalid workspace config at defaultAssignee: expected { "team": id }, { "teammate": id } or null, got ${show(defaultRaw)}.`, { defaultAssignee: defaultRaw });
    }
  }

  const settingsRaw = configField('settings', () => assertRecord(own(raw, 'settings') ?? {}, 'settings'));
  const ratingRequest = own(settingsRaw, 'ratingRequest') === undefined
    ? 'first-close'
    : configField('settings.ratingRequest', () => assertOneOf(own(settingsRaw, 'ratingRequest'), RATING_REQUEST_POLICIES, 'settings.ratingRequest', 'invalid-config'));
  const snoozePresets = configField('settings.snoozePresets', () => resolveSnoozePresets({ presets: own(settingsRaw, 'snoozePresets') ?? null }));
  const senders = configField('settings.customSenderAddresses', () => assertArray(own(settingsRaw, 'customSenderAddresses') ?? [], 'customSenderAddresses')).map((s, i) =>
    configField(`settings.customSenderAddresses[${i}]`, () => {
      const rec = assertRecord(s, 'custom sender address');
      const forwarding = own(rec, 'forwarding');
      if (typeof forwarding !== 'boolean') fail('invalid-config', 'forwarding must be true or false.', { forwarding });
      return { address: assertString(own(rec, 'address'), 'address'), forwarding };
    }));

  return {
    format: 'inbox-rules/workspace@1',
    clock: null,
    timezone,
    defaultAssignee,
    settings: { ratingRequest, snoozePresets, customSenderAddresses: senders },
    teammates: tableFrom(teammates),
    directory: teammates,
    teams: tableFrom(teams),
    rosters: tableFrom(rosters),
    memberships: tableFrom([...memberships].map(([id, list]): Memberships => ({ id, teams: list }))),
    contacts: tableFrom(contacts),
    contactsByEmail: tableFrom(byEmail),
    conversations: emptyTable(),
    snoozes: EMPTY_SORTED_LIST,
    backlogs: emptyTable(),
    mentions: emptyTable(),
    handles: tableFrom([...handles].map(([id, ids]): HandleEntry => ({ id, teammates: ids }))),
  };
}

