// Generators for the workspace (src/workspace): a small configuration and a sequence of events
// with non-decreasing `at`, mostly valid and referencing existing ids, with a few events that the
// workspace must reject (unknown ids, time going backwards, snoozes in the past, duplicate ids...).
//
// Events are generated as index-based templates and then materialised against the configuration:
// a `create` takes the next fresh conversation id, other templates pick an already created one by
// index. The materialisation is a pure function, so shrinking keeps working on the templates.
import { fc } from '@fast-check/vitest';
import type { AssignmentMethod, Instant, TeammateInput, TeamInput } from '../../src/index.js';
import type { WorkspaceConfig, WorkspaceEvent } from '../../src/workspace/index.js';

/** 2026-01-05T09:00:00Z, a Monday: where generated timelines start. */
export const START: Instant = Date.UTC(2026, 0, 5, 9);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Teammate ids, including one that breaks naive object maps. */
export const TEAMMATE_POOL = ['ana', 'ben', '__proto__', 'cy', 'dee', 'eve'] as const;
/** Display names (round robin rotates by name, then id: ASSIGN-30), deliberately not in id order. */
const NAMES = ['Zoe', 'Ana', 'Max', 'Ben', 'Ana', 'Cy'] as const;
const ZONES = ['UTC', 'Pacific/Chatham', 'America/New_York'] as const;

/** A generated workspace configuration and what the event generator needs to know about it. */
export interface WorkspaceWorld {
  /** The configuration for `createWorkspace`. */
  readonly config: WorkspaceConfig;
  /** The teammate ids, in config order. */
  readonly teammates: readonly string[];
  /** The team ids, in config order. */
  readonly teams: readonly string[];
  /** The contact ids. */
  readonly contacts: readonly string[];
  /** The contacts' e-mail addresses. */
  readonly contactEmails: readonly string[];
  /** The teammates' e-mail addresses (outbound may not address them, OUT-7). */
  readonly teammateEmails: readonly string[];
}

const teammateArb = (id: string, i: number): fc.Arbitrary<TeammateInput> =>
  fc
    .record({
      away: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      reassign: fc.boolean(),
      limit: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
      seat: fc.oneof({ weight: 7, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      zone: fc.constantFrom(...ZONES),
    })
    .map((r) => ({
      id, name: NAMES[i] ?? id, email: `t${i}@acme.test`, status: r.away ? 'away' : 'active', reassignReplies: r.away && r.reassign,
      assignmentLimit: r.limit, inboxSeat: r.seat, timezone: r.zone,
    }));

/**
 * A small workspace: 3 to 6 teammates (some limits, some away, rarely without a seat), a balanced
 * team, a round-robin team and a third team that is manual or balanced (sometimes with its own
 * limit, Beyond-1), 2 to 4 contacts, any default assignee and either rating policy.
 */
export const workspaceWorldArb: fc.Arbitrary<WorkspaceWorld> = fc
  .integer({ min: 3, max: 6 })
  .chain((n) => {
    const ids = TEAMMATE_POOL.slice(0, n);
    const members = fc.subarray([...ids], { minLength: 1 });
    return fc.record({
      teammates: fc.tuple(...ids.map((id, i) => teammateArb(id, i))),
      billing: members,
      rota: members,
      third: fc.record({
        members: fc.subarray([...ids]),
        method: fc.constantFrom<AssignmentMethod>('manual', 'balanced'),
        limit: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null, freq: 3 }),
      }),
      contacts: fc.integer({ min: 2, max: 4 }),
      defaultAssignee: fc.constantFrom('none', 'team', 'teammate'),
      ratingRequest: fc.constantFrom('first-close' as const, 'until-sent' as const),
    });
  })
  .map((r): WorkspaceWorld => {
    const teammates = r.teammates.map((t) => t.id);
    const teams: TeamInput[] = [
      { id: 'billing', assignment: 'balanced', members: r.billing },
      { id: 'rota', assignment: 'round-robin', members: r.rota },
      {
        id: 'constructor', assignment: r.third.method, members: r.third.members,
        ...(r.third.method === 'balanced' && r.third.limit !== null ? { assignmentLimit: r.third.limit } : {}),
      },
    ];
    const contacts = Array.from({ length: r.contacts }, (_, i) => `u${i + 1}`);
    const contactEmails = contacts.map((u) => `${u}@example.test`);
    return {
      config: {
        timezone: 'UTC',
        defaultAssignee: r.defaultAssignee === 'none' ? null : r.defaultAssignee === 'team' ? { team: 'billing' } : { teammate: teammates[0]! },
        teammates: r.teammates,
        teams,
        contacts: contacts.map((id, i) => ({ id, email: contactEmails[i]! })),
        settings: { ratingRequest: r.ratingRequest },
      },
      teammates,
      teams: teams.map((t) => t.id),
      contacts,
      contactEmails,
      teammateEmails: r.teammates.map((t) => t.email ?? ''),
    };
  });

/** How far the clock moves before an event: often not at all, usually minutes, sometimes days. */
const dtArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 90 }).map((m) => m * MINUTE) },
  { weight: 2, arbitrary: fc.integer({ min: 2, max: 72 }).map((h) => h * HOUR) },
);

const LONG_TEXT = 'Thanks for writing in. I have looked at your account and the invoice from last month was issued twice; I have refunded the duplicate charge and it should show up on your card within five working days. Anything else I can help with?';

/** An index-based event template; see {@link materialiseEvents}. */
export type EventTemplate = { readonly dt: number; readonly i: number; readonly j: number; readonly k: number } & (
  | { readonly kind: 'create'; readonly team: 'none' | 'billing' | 'rota' | 'constructor'; readonly via: 'workflow' | 'manual'; readonly priority: boolean; readonly customers: number }
  | { readonly kind: 'outbound'; readonly fresh: boolean; readonly assign: 'default' | 'teammate' | 'team' | 'none' }
  | { readonly kind: 'customer-reply' }
  | { readonly kind: 'teammate-reply'; readonly long: boolean }
  | { readonly kind: 'bot-reply' }
  | { readonly kind: 'note'; readonly mentions: number }
  | { readonly kind: 'assign'; readonly to: 'teammate' | 'team' | 'unassign-teammate' | 'none' }
  | { readonly kind: 'snooze'; readonly how: 'until' | 'for' | 'preset'; readonly minutes: number }
  | { readonly kind: 'close' }
  | { readonly kind: 'reopen' }
  | { readonly kind: 'view' }
  | { readonly kind: 'mark-unread' }
  | { readonly kind: 'status'; readonly away: boolean; readonly reassign: boolean }
  | { readonly kind: 'rate'; readonly score: number; readonly comment: boolean }
  | { readonly kind: 'priority'; readonly priority: boolean }
  | { readonly kind: 'members'; readonly mask: number }
  | { readonly kind: 'update'; readonly limit: number | null | 'keep'; readonly seat: boolean | 'keep' }
  | { readonly kind: 'time' }
  | { readonly kind: 'invalid'; readonly which: number }
);

const common = { dt: dtArb, i: fc.nat(50), j: fc.nat(50), k: fc.nat(50) };
type Generated<R> = { readonly [P in keyof R]: R[P] extends fc.Arbitrary<infer U> ? U : never };
const t = <K extends string, R extends Record<string, fc.Arbitrary<unknown>>>(kind: K, rest: R) =>
  fc.record({ ...common, ...rest, kind: fc.constant(kind) }) as unknown as fc.Arbitrary<Generated<typeof common> & Generated<R> & { readonly kind: K }>;

/** One event template, weighted towards the events that move assignments. */
export const eventTemplateArb: fc.Arbitrary<EventTemplate> = fc.oneof(
  { weight: 12, arbitrary: t('create', { team: fc.constantFrom('none', 'billing', 'billing', 'rota', 'constructor'), via: fc.constantFrom('workflow', 'workflow', 'workflow', 'manual'), priority: fc.boolean(), customers: fc.constantFrom(1, 1, 1, 2) }) },
  { weight: 2, arbitrary: t('outbound', { fresh: fc.boolean(), assign: fc.constantFrom('default', 'teammate', 'team', 'none') }) },
  { weight: 8, arbitrary: t('customer-reply', {}) },
  { weight: 5, arbitrary: t('teammate-reply', { long: fc.boolean() }) },
  { weight: 2, arbitrary: t('bot-reply', {}) },
  { weight: 3, arbitrary: t('note', { mentions: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 6, arbitrary: t('assign', { to: fc.constantFrom('teammate', 'teammate', 'team', 'team', 'unassign-teammate', 'none') }) },
  { weight: 5, arbitrary: t('snooze', { how: fc.constantFrom('until', 'until', 'for', 'preset'), minutes: fc.integer({ min: 1, max: 600 }) }) },
  { weight: 6, arbitrary: t('close', {}) },
  { weight: 2, arbitrary: t('reopen', {}) },
  { weight: 2, arbitrary: t('view', {}) },
  { weight: 1, arbitrary: t('mark-unread', {}) },
  { weight: 6, arbitrary: t('status', { away: fc.boolean(), reassign: fc.boolean() }) },
  { weight: 2, arbitrary: t('rate', { score: fc.integer({ min: 1, max: 5 }), comment: fc.boolean() }) },
  { weight: 2, arbitrary: t('priority', { priority: fc.boolean() }) },
  { weight: 2, arbitrary: t('members', { mask: fc.nat(63) }) },
  { weight: 4, arbitrary: t('update', { limit: fc.constantFrom<number | null | 'keep'>(1, 2, 3, null, 'keep'), seat: fc.constantFrom<boolean | 'keep'>('keep', 'keep', 'keep', true, false) }) },
  { weight: 2, arbitrary: t('time', {}) },
  { weight: 3, arbitrary: t('invalid', { which: fc.nat(9) }) },
);

const PRESETS = ['later-today', 'tomorrow', 'next-week', 'next-month'] as const;

const ABOUT_A_CONVERSATION = new Set<EventTemplate['kind']>([
  'customer-reply', 'teammate-reply', 'bot-reply', 'note', 'assign', 'snooze', 'close', 'reopen', 'view', 'mark-unread', 'rate', 'priority',
]);

/**
 * Turns templates into concrete events for a world: conversation ids `c0`, `c1`, ... in creation
 * order (a create that the workspace rejects still uses up its id), `at` non-decreasing from
 * {@link START}.
 */
export function materialiseEvents(world: WorkspaceWorld, templates: readonly EventTemplate[]): WorkspaceEvent[] {
  let at = START;
  let created = 0;
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
  const one = (template: EventTemplate): WorkspaceEvent => {
    // before the first conversation, an event about a conversation starts one instead
    const tp: EventTemplate = created === 0 && ABOUT_A_CONVERSATION.has(template.kind)
      ? { ...template, kind: 'create', team: 'billing', via: 'workflow', priority: false, customers: 1 }
      : template;
    at += tp.dt;
    const conversation = created === 0 ? 'c0' : `c${tp.i % created}`;
    const teammate = pick(world.teammates, tp.j);
    const other = pick(world.teammates, tp.k);
    switch (tp.kind) {
      case 'create': {
        const id = `c${created++}`;
        const customers = [pick(world.contacts, tp.j), pick(world.contacts, tp.j + 1)].slice(0, tp.customers);
        return {
          type: 'conversation.created', at, conversation: id, customers, text: tp.k % 3 === 0 ? LONG_TEXT : 'Hi, my invoice is wrong',
          ...(tp.team === 'none' ? {} : { team: tp.team, via: tp.via }), priority: tp.priority,
        };
      }
      case 'outbound': {
        const id = `c${created++}`;
        const to = tp.fresh ? [`new${tp.k}@example.test`] : [pick(world.contactEmails, tp.k)];
        const assignTo = tp.assign === 'default' ? {} : { assignTo: tp.assign === 'teammate' ? { teammate: other } : tp.assign === 'team' ? { team: pick(world.teams, tp.k) } : null };
        return { type: 'conversation.outbound-started', at, conversation: id, teammate, to, channel: 'email', text: LONG_TEXT, ...assignTo };
      }
      case 'customer-reply':
        return { type: 'customer.replied', at, conversation, text: 'Any news?' };
      case 'teammate-reply':
        return { type: 'teammate.replied', at, conversation, teammate, text: tp.long ? LONG_TEXT : 'Looking into it.' };
      case 'bot-reply':
        return { type: 'bot.replied', at, conversation, text: 'Fin here: have you tried turning it off and on again?', bot: 'fin' };
      case 'note': {
        const mentioned = [other, pick(world.teammates, tp.k + 1)].slice(0, tp.mentions).map((m) => `@${m}`).join(' ');
        return { type: 'note.added', at, conversation, teammate, text: `Can you check this ${mentioned}`.trim() };
      }
      case 'assign': {
        const to = tp.to === 'teammate' ? { teammate: other } : tp.to === 'team' ? { team: pick(world.teams, tp.k) } : tp.to === 'none' ? null : { teammate: other };
        return { type: 'conversation.assigned', at, conversation, by: teammate, to: tp.to === 'unassign-teammate' ? ({ teammate: null } as never) : to };
      }
      case 'snooze':
        return tp.how === 'until'
          ? { type: 'conversation.snoozed', at, conversation, teammate, until: at + tp.minutes * MINUTE }
          : tp.how === 'for'
            ? { type: 'conversation.snoozed', at, conversation, teammate, for: `PT${tp.minutes}M` }
            : { type: 'conversation.snoozed', at, conversation, teammate, preset: pick(PRESETS, tp.minutes) };
      case 'close':
        return { type: 'conversation.closed', at, conversation, teammate };
      case 'reopen':
        return { type: 'conversation.reopened', at, conversation, teammate };
      case 'view':
        return { type: 'conversation.viewed', at, conversation, teammate };
      case 'mark-unread':
        return { type: 'mention.marked-unread', at, conversation, teammate };
      case 'status':
        return tp.away
          ? { type: 'teammate.status-changed', at, teammate, status: 'away', reassignReplies: tp.reassign }
          : { type: 'teammate.status-changed', at, teammate, status: 'active' };
      case 'rate':
        return { type: 'rating.submitted', at, conversation, score: tp.score, ...(tp.comment ? { comment: 'Quick and kind' } : {}) };
      case 'priority':
        return { type: 'conversation.priority-changed', at, conversation, priority: tp.priority, by: teammate };
      case 'members':
        return { type: 'team.members-changed', at, team: pick(world.teams, tp.k), members: world.teammates.filter((_, n) => (tp.mask >> n) % 2 === 1) };
      case 'update':
        return {
          type: 'teammate.updated', at, teammate,
          ...(tp.limit === 'keep' ? {} : { assignmentLimit: tp.limit }), ...(tp.seat === 'keep' ? {} : { inboxSeat: tp.seat }),
        };
      case 'time':
        return { type: 'time.passed', at };
      case 'invalid':
        return invalidEvent(world, tp.which, at, conversation, teammate, created);
    }
  };
  // Two small stories, so that ratings and "mark unread" get past their preconditions: a long
  // teammate reply and a close before a rating (RATING-13), a mention and a view before "mark unread".
  return templates.flatMap((tp): WorkspaceEvent[] => {
    if (tp.kind === 'rate' && tp.k % 2 === 0) {
      const reply = one({ ...tp, kind: 'teammate-reply', long: true });
      return [reply, one({ ...tp, dt: 0, kind: 'close' }), one({ ...tp, dt: MINUTE })];
    }
    if (tp.kind === 'mark-unread' && tp.k % 2 === 0) {
      const note = one({ ...tp, j: tp.k, k: tp.j, kind: 'note', mentions: 1 });
      return [note, one({ ...tp, dt: MINUTE, kind: 'view' }), one({ ...tp, dt: MINUTE })];
    }
    return [one(tp)];
  });
}

/** Events the workspace must reject (each with a documented error code). */
function invalidEvent(world: WorkspaceWorld, which: number, at: Instant, conversation: string, teammate: string, created: number): WorkspaceEvent {
  switch (which) {
    case 0: return { type: 'customer.replied', at, conversation: 'ghost', text: 'hello?' };
    case 1: return { type: 'teammate.replied', at, conversation, teammate: 'ghost', text: 'hi' };
    case 2: return { type: 'time.passed', at: at - 1 - (at - START) - HOUR };
    case 3: return { type: 'conversation.snoozed', at, conversation, teammate, until: at };
    case 4: return { type: 'conversation.created', at, conversation: created === 0 ? 'c0' : conversation, customers: ['nobody'], text: 'hi' };
    case 5: return { type: 'conversation.assigned', at, conversation, by: teammate, to: { team: 'ghost' } };
    case 6: return { type: 'rating.submitted', at, conversation, score: 6 };
    case 7: return { type: 'conversation.outbound-started', at, conversation: `c${created}-x`, teammate, to: [world.teammateEmails[0]!], channel: 'email', text: 'hi' };
    case 8: return { type: 'teammate.updated', at, teammate, assignmentLimit: 0 };
    default: return { type: 'teammate.status-changed', at, teammate, status: 'active', reassignReplies: true };
  }
}

/** A world and a timeline of 1 to `maxEvents` events for it (stories are cut at `maxEvents`). */
export function workspaceRunArb(maxEvents = 60): fc.Arbitrary<{ readonly world: WorkspaceWorld; readonly events: readonly WorkspaceEvent[] }> {
  return fc
    .tuple(workspaceWorldArb, fc.array(eventTemplateArb, { minLength: 1, maxLength: maxEvents, size: 'medium' }))
    .map(([world, templates]) => ({ world, events: materialiseEvents(world, templates).slice(0, maxEvents) }));
}
