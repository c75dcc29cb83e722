// A small model of a workspace, just enough to know which events it accepts: which conversations
// exist and whether each is surely open, surely snoozed (until when), surely closed, or open or
// snoozed (after a reply whose reopening depends on the assignee, or a preset snooze); what the
// rating request of each close decides (RATING-1 to RATING-7, recomputed from the parts); who is
// surely or possibly @mentioned where; seats; and who may hold conversations (a seat can be
// removed only from someone who holds none, STATUS-17). The model never guesses: when it cannot
// be sure an event is accepted, that event is not generated. Private.
import { createTeam, createTeammate, type InboxRuleErrorCode, type TeamInput, type TeammateInput } from '../../model/index.js';
import { createWorkspace, type WorkspaceConfig, type WorkspaceEvent } from '../../workspace/index.js';

/** RATING-6: a request needs a reply in the 7 days (168 h, inclusive) before the close. */
const RATING_WINDOW = 7 * 24 * 3_600_000;
/** RATING-4: over 250 characters. */
const RATING_LENGTH = 250;

/** One generated step: the event and the code it must be rejected with, or null to be accepted. */
export interface Step {
  readonly event: WorkspaceEvent;
  readonly error: InboxRuleErrorCode | null;
}

export interface ModelTeammate {
  readonly id: string;
  /** A handle an `@mention` surely resolves to this teammate alone, or null. */
  readonly handle: string | null;
  readonly email: string | null;
  readonly canSendFromCustomAddresses: boolean;
  seat: boolean;
  /** Whether the teammate may hold an open or snoozed conversation. */
  mayHold: boolean;
}

export interface ModelTeam {
  readonly id: string;
  /** Balanced or round robin: its members may be given conversations. */
  readonly automatic: boolean;
}

export interface ModelConversation {
  readonly id: string;
  readonly createdAt: number;
  readonly startedBy: string | null;
  state: 'open' | 'snoozed' | 'closed' | 'open-or-snoozed';
  /** While `state` is `'snoozed'`: when it wakes (SNOOZE-5). */
  until: number;
  readonly customers: Set<string>;
  hasTeammateReply: boolean;
  chars: number;
  lastHumanReplyAt: number | null;
  closeCount: number;
  requested: boolean;
  locked: boolean;
  readonly surelyMentioned: Set<string>;
  readonly possiblyMentioned: Set<string>;
}

export interface Model {
  readonly teammates: readonly ModelTeammate[];
  readonly teams: readonly ModelTeam[];
  readonly contacts: readonly string[];
  /** Contact ids by lower-cased address: outbound recipients become these customers (OUT-6). */
  readonly contactByEmail: ReadonlyMap<string, string>;
  readonly teammateEmails: ReadonlySet<string>;
  readonly ratingPolicy: 'first-close' | 'until-sent';
  readonly customSender: string | null;
  readonly conversations: ModelConversation[];
  readonly usedIds: Set<string>;
  /** Every id of the config, so made-up unknown ids never collide. */
  readonly takenIds: ReadonlySet<string>;
  clock: number | null;
}

const SAFE_HANDLE = /^[a-z0-9_]+$/i;

/** Validates a config: `createWorkspace` throws what is wrong with it. */
export function validateConfig(config: WorkspaceConfig): void {
  createWorkspace(config);
}

/** The model of a new workspace for a valid config. */
export function initialModel(config: WorkspaceConfig): Model {
  const teammates = (config.teammates ?? []).map((t: TeammateInput) => createTeammate(t));
  const teams = (config.teams ?? []).map((t: TeamInput) => createTeam(t));
  const folded = new Map<string, number>();
  for (const t of teammates) folded.set(t.handle.toLowerCase(), (folded.get(t.handle.toLowerCase()) ?? 0) + 1);
  const d = config.defaultAssignee ?? null;
  const defaultTeammate = d !== null && 'teammate' in d ? d.teammate : null;
  const automaticMembers = new Set(teams.filter((t) => t.assignment !== 'manual').flatMap((t) => t.members));
  const contacts = config.contacts ?? [];
  const senders = config.settings?.customSenderAddresses ?? [];
  return {
    teammates: teammates.map((t) => ({
      id: t.id,
      handle: SAFE_HANDLE.test(t.handle) && folded.get(t.handle.toLowerCase()) === 1 ? t.handle : null,
      email: t.email,
      canSendFromCustomAddresses: t.canSendFromCustomAddresses,
      seat: t.inboxSeat,
      mayHold: automaticMembers.has(t.id) || t.id === defaultTeammate,
    })),
    teams: teams.map((t) => ({ id: t.id, automatic: t.assignment !== 'manual' })),
    contacts: contacts.map((c) => c.id),
    contactByEmail: new Map(contacts.flatMap((c) => (c.email === null ? [] : [[c.email.trim().toLowerCase(), c.id] as const]))),
    teammateEmails: new Set(teammates.flatMap((t) => (t.email === null ? [] : [t.email.trim().toLowerCase()]))),
    ratingPolicy: config.settings?.ratingRequest ?? 'first-close',
    customSender: senders[0]?.address ?? null,
    conversations: [],
    usedIds: new Set(),
    takenIds: new Set([...teammates.map((t) => t.id), ...teams.map((t) => t.id), ...contacts.map((c) => c.id)]),
    clock: null,
  };
}

/** The state at `now`: a snooze that has ended has woken (SNOOZE-5), as the workspace does first. */
export function stateAt(c: ModelConversation, now: number): ModelConversation['state'] {
  return c.state === 'snoozed' && c.until <= now ? 'open' : c.state;
}

/** A human reply or a note by a teammate: a snoozed conversation may reopen (depends on the assignee, SNOOZE-7, SNOOZE-8). */
export function afterTeammatePart(c: ModelConversation, now: number): void {
  const state = stateAt(c, now);
  c.state = state === 'snoozed' ? 'open-or-snoozed' : state;
}

/** Adds a customer-visible human message (RATING-4, RATING-6). */
export function addHumanReply(c: ModelConversation, text: string, now: number): void {
  c.chars += text.length;
  c.lastHumanReplyAt = now;
}

/** RATING-1 to RATING-7 at a close: whether the close sends a rating request. */
export function closeSendsRequest(m: Model, c: ModelConversation, now: number): boolean {
  return (c.hasTeammateReply || c.startedBy !== null) &&
    c.chars > RATING_LENGTH &&
    c.customers.size === 1 &&
    now - (c.lastHumanReplyAt ?? c.createdAt) <= RATING_WINDOW &&
    !c.requested &&
    (m.ratingPolicy === 'until-sent' || c.closeCount === 0);
}

/** An id that is not used by the config or by any generated conversation. */
export function unknownId(m: Model, base: string): string {
  let id = base;
  for (let n = 1; m.takenIds.has(id) || m.usedIds.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A new conversation in the model. */
export function addConversation(m: Model, id: string, now: number, customers: readonly string[], startedBy: string | null): ModelConversation {
  const c: ModelConversation = {
    id, createdAt: now, startedBy, state: 'open', until: 0, customers: new Set(customers), hasTeammateReply: startedBy !== null,
    chars: 0, lastHumanReplyAt: null, closeCount: 0, requested: false, locked: false, surelyMentioned: new Set(), possiblyMentioned: new Set(),
  };
  m.conversations.push(c);
  m.usedIds.add(id);
  return c;
}
