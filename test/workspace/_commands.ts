// The commands of the model-based workspace test: each one builds an event from the model (ids by
// index, the clock moved by `dt`), applies it to the real workspace and to the model, and asserts
// that they agree. `Real.apply` is `apply` itself, or a deliberately broken variant for the control.
import { expect } from 'vitest';
import { fc } from '@fast-check/vitest';
import { isInboxRuleError } from '../../src/index.js';
import {
  checkInvariants, getConversation, getTeammate, type ApplyResult, type Workspace, type WorkspaceConfig, type WorkspaceEvent,
} from '../../src/workspace/index.js';
import { modelStep, openCount, type MState, type MTeam, type MTeammate } from './_model.js';

/** The system under test: a mutable holder around the immutable workspace. */
export interface Real {
  ws: Workspace;
  readonly apply: (workspace: Workspace, event: WorkspaceEvent) => ApplyResult;
}

/** The model, in a mutable box (fc.modelRun hands the same object to every command). */
export interface ModelBox {
  s: MState;
  created: number;
}

type Build = (m: MState, at: number, box: ModelBox) => WorkspaceEvent;

const MINUTE = 60_000;

const teammateAt = (m: MState, n: number): string => [...m.teammates.keys()][n % m.teammates.size]!;
const conversationAt = (m: MState, n: number): string => [...m.conversations.keys()][n % m.conversations.size]!;

/** One command: a precondition on the model and an event built from it. */
class WorkspaceCommand implements fc.Command<ModelBox, Real> {
  private shown = '';

  constructor(
    private readonly label: string,
    private readonly dt: number,
    private readonly needsConversation: boolean,
    private readonly build: Build,
  ) {}

  check(box: Readonly<ModelBox>): boolean {
    return !this.needsConversation || box.s.conversations.size > 0;
  }

  run(box: ModelBox, real: Real): void {
    const event = this.build(box.s, box.s.clock + this.dt, box);
    this.shown = JSON.stringify(event);
    const expected = modelStep(box.s, event);
    let outcome: { effects: ApplyResult['effects'] } | { error: string };
    try {
      const r = real.apply(real.ws, event);
      real.ws = r.workspace;
      outcome = { effects: r.effects };
    } catch (error) {
      if (!isInboxRuleError(error)) throw error;
      outcome = { error: error.code };
    }
    if ('error' in expected) {
      expect(outcome, this.shown).toEqual({ error: expected.error });
      return;
    }
    expect('error' in outcome ? outcome.error : null, this.shown).toBeNull();
    const before = box.s;
    box.s = expected.state;
    if (event.type === 'conversation.created') box.created++;
    agree(box.s, real.ws, this.shown);
    if ('effects' in outcome) {
      const reopened = outcome.effects.flatMap((x) => (x.type === 'conversation.reopened' ? [x.conversation] : []));
      expect(reopened.sort(), `${this.shown}: conversation.reopened effects`).toEqual([...expected.reopened].sort());
      const assigned = outcome.effects.flatMap((x) => (x.type === 'conversation.assigned' ? [`${x.conversation}:${x.team}:${x.teammate}`] : []));
      const changed = [...box.s.conversations.values()].flatMap((c) => {
        const old = before.conversations.get(c.id);
        return old === undefined || old.team !== c.team || old.teammate !== c.teammate ? [`${c.id}:${c.team}:${c.teammate}`] : [];
      });
      expect(assigned.sort(), `${this.shown}: conversation.assigned effects`).toEqual(changed.sort());
    }
  }

  toString(): string {
    return this.shown === '' ? this.label : this.shown;
  }
}

/** Asserts that the real workspace agrees with the model on everything the model knows. */
export function agree(m: MState, ws: Workspace, context: string): void {
  const real = {
    conversations: [...m.conversations.keys()].map((id) => {
      const r = getConversation(ws, id);
      return [id, r?.state, r?.team, r?.teammate, r?.snoozedUntil];
    }),
    teammates: [...m.teammates.keys()].map((id) => {
      const r = getTeammate(ws, id);
      return [id, r?.status, r?.openCount, r?.assignmentLimit];
    }),
    problems: checkInvariants(ws),
  };
  expect(real, context).toEqual({
    conversations: [...m.conversations.values()].map((c) => [c.id, c.state, c.team, c.teammate, c.snoozedUntil]),
    teammates: [...m.teammates.values()].map((t) => [t.id, t.status, openCount(m, t.id), t.limit]),
    problems: [],
  });
}

/** The earliest end of a snooze, to hit SNOOZE-5's boundary exactly. */
const nextSnoozeEnd = (m: MState): number | undefined =>
  [...m.conversations.values()].flatMap((c) => (c.snoozedUntil === null ? [] : [c.snoozedUntil])).sort((a, b) => a - b)[0];
/** Conversation ids whose code-unit order differs from their creation order (ASSIGN-23's last tie-break). */
const prefixArb = fc.constantFrom('x', 'm', 'a');
const dtArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 120 }).map((n) => n * MINUTE) },
);
const nat = fc.nat(20);
const cmd = <T extends unknown[]>(arbs: { [K in keyof T]: fc.Arbitrary<T[K]> }, f: (dt: number, ...args: T) => WorkspaceCommand): fc.Arbitrary<WorkspaceCommand> =>
  fc.tuple(dtArb, ...arbs).map(([dt, ...args]) => f(dt, ...(args as T)));

/** The commands: creations in each auto-assigning team, replies, closes, snoozes, time, status, manual assignment, limits, balanced membership. */
export const workspaceCommandArbs: fc.Arbitrary<WorkspaceCommand>[] = [
  cmd<[string, boolean, string]>([fc.constantFrom('billing', 'vip'), fc.boolean(), prefixArb], (dt, team, priority, prefix) =>
    new WorkspaceCommand(`create in balanced ${team}`, dt, false, (_, at, box) => ({
      type: 'conversation.created', at, conversation: `${prefix}${box.created}`, customers: ['u1'], team, text: 'Hi', priority,
    }))),
  cmd<[boolean, string]>([fc.boolean(), prefixArb], (dt, priority, prefix) =>
    new WorkspaceCommand('create in round-robin rota', dt, false, (_, at, box) => ({
      type: 'conversation.created', at, conversation: `${prefix}${box.created}`, customers: ['u1'], team: 'rota', text: 'Hi', priority,
    }))),
  cmd<[number, number]>([nat, nat], (dt, i, j) =>
    new WorkspaceCommand('teammate reply', dt, true, (m, at) => ({ type: 'teammate.replied', at, conversation: conversationAt(m, i), teammate: teammateAt(m, j), text: 'On it' }))),
  cmd<[number]>([nat], (dt, i) =>
    new WorkspaceCommand('customer reply', dt, true, (m, at) => ({ type: 'customer.replied', at, conversation: conversationAt(m, i), text: 'Any news?' }))),
  cmd<[number, number]>([nat, nat], (dt, i, j) =>
    new WorkspaceCommand('close', dt, true, (m, at) => ({ type: 'conversation.closed', at, conversation: conversationAt(m, i), teammate: teammateAt(m, j) }))),
  cmd<[number, number]>([nat, nat], (dt, i, j) =>
    new WorkspaceCommand('reopen', dt, true, (m, at) => ({ type: 'conversation.reopened', at, conversation: conversationAt(m, i), teammate: teammateAt(m, j) }))),
  cmd<[number, number, number]>([nat, nat, fc.integer({ min: 0, max: 180 })], (dt, i, j, minutes) =>
    new WorkspaceCommand('snooze until', dt, true, (m, at) => ({
      type: 'conversation.snoozed', at, conversation: conversationAt(m, i), teammate: teammateAt(m, j), until: at + minutes * MINUTE,
    }))),
  cmd<[number]>([fc.integer({ min: 1, max: 240 })], (_, minutes) =>
    new WorkspaceCommand('time passes', minutes * MINUTE, false, (_m, at) => ({ type: 'time.passed', at }))),
  cmd<[]>([], () =>
    new WorkspaceCommand('time passes to the next snooze end, exactly', 0, false, (m, at) => ({ type: 'time.passed', at: nextSnoozeEnd(m) ?? at }))),
  cmd<[number, boolean, boolean]>([nat, fc.boolean(), fc.boolean()], (dt, j, away, reassign) =>
    new WorkspaceCommand('status change', dt, false, (m, at) => (away
      ? { type: 'teammate.status-changed', at, teammate: teammateAt(m, j), status: 'away', reassignReplies: reassign }
      : { type: 'teammate.status-changed', at, teammate: teammateAt(m, j), status: 'active' }))),
  cmd<[number, number, number]>([nat, nat, nat], (dt, i, j, k) =>
    new WorkspaceCommand('assign to teammate', dt, true, (m, at) => ({
      type: 'conversation.assigned', at, conversation: conversationAt(m, i), by: teammateAt(m, k), to: { teammate: teammateAt(m, j) },
    }))),
  cmd<[number, string, number]>([nat, fc.constantFrom('billing', 'vip', 'rota', 'desk'), nat], (dt, i, team, k) =>
    new WorkspaceCommand('assign to team', dt, true, (m, at) => ({
      type: 'conversation.assigned', at, conversation: conversationAt(m, i), by: teammateAt(m, k), to: { team },
    }))),
  cmd<[string, number]>([fc.constantFrom('billing', 'vip'), fc.nat(31)], (dt, team, mask) =>
    new WorkspaceCommand('members change', dt, false, (m, at) => ({
      type: 'team.members-changed', at, team, members: [...m.teammates.keys()].filter((_, n) => (mask >> n) % 2 === 1),
    }))),
  cmd<[number, number | null]>([nat, fc.option(fc.integer({ min: 1, max: 3 }), { nil: null })], (dt, j, limit) =>
    new WorkspaceCommand('limit change', dt, false, (m, at) => ({ type: 'teammate.updated', at, teammate: teammateAt(m, j), assignmentLimit: limit }))),
];

const POOL = ['ana', 'ben', '__proto__', 'cy', 'dee'] as const;
const NAMES = ['Zoe', 'Ana', 'Max', 'Ana', 'Cy'] as const;

/** A small workspace for the model: 3-5 teammates, balanced billing and vip, round-robin rota, manual desk. */
export const modelConfigArb: fc.Arbitrary<{ readonly config: WorkspaceConfig; readonly model: MState }> = fc
  .integer({ min: 3, max: 5 })
  .chain((n) => {
    const ids = POOL.slice(0, n);
    const teammate = fc.record({
      away: fc.boolean(),
      reassign: fc.boolean(),
      limit: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null, freq: 3 }),
      seat: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    });
    return fc.record({
      teammates: fc.tuple(...ids.map(() => teammate)),
      billing: fc.subarray([...ids], { minLength: 1 }),
      vip: fc.subarray([...ids]),
      rota: fc.subarray([...ids], { minLength: 1 }),
    }).map((r) => ({ ids, ...r }));
  })
  .map(({ ids, teammates, billing, vip, rota }) => {
    const ts: MTeammate[] = teammates.map((t, i) => ({
      id: ids[i]!, name: NAMES[i]!, status: t.away ? 'away' : 'active', reassign: t.away && t.reassign, limit: t.limit, seat: t.seat, lastAssignedAt: null,
    }));
    const teams: MTeam[] = [
      { id: 'billing', method: 'balanced', members: billing, cursor: null },
      { id: 'vip', method: 'balanced', members: vip, cursor: null },
      { id: 'rota', method: 'round-robin', members: rota, cursor: null },
      { id: 'desk', method: 'manual', members: [], cursor: null },
    ];
    const config: WorkspaceConfig = {
      teammates: ts.map((t) => ({ id: t.id, name: t.name, status: t.status, reassignReplies: t.reassign, assignmentLimit: t.limit, inboxSeat: t.seat })),
      teams: teams.map((t) => ({ id: t.id, assignment: t.method, members: t.members })),
      contacts: [{ id: 'u1', email: 'u1@example.test' }],
    };
    const model: MState = {
      clock: Date.UTC(2026, 0, 5, 9),
      teammates: new Map(ts.map((t) => [t.id, t])),
      teams: new Map(teams.map((t) => [t.id, t])),
      conversations: new Map(),
    };
    return { config, model };
  });
