import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { validateScenario, type ScenarioIssue } from '../../src/testing/scenario/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const step = (event: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ at: '2026-01-05T09:00:00Z', event, ...extra });
const file = (steps: unknown[], workspace: unknown = {}): Record<string, unknown> => ({ name: 'sample', workspace, steps });
const errorsOf = (value: unknown): readonly ScenarioIssue[] => {
  const result = validateScenario(value);
  return result.ok ? [] : result.errors;
};
const paths = (value: unknown): string[] => errorsOf(value).map((e) => e.path);

describe('validateScenario', () => {
  it('accepts the smallest scenario and returns the same value, typed', () => {
    const value = file([step({ type: 'time.passed' })]);
    expect(validateScenario(value)).toEqual({ ok: true, scenario: value });
    expect(validateScenario(value).ok && validateScenario(value)).toMatchObject({ scenario: value });
  });

  it('reports every problem, not just the first, each with its JSON path', () => {
    expect(paths({ name: 1, workspace: { teammates: [{ id: '' }] }, steps: [step({ type: 'conversation.sleep' }), { at: 'tomorrow' }] })).toEqual([
      '$.name', '$.workspace.teammates[0].id', '$.steps[0].event.type', '$.steps[1].at', '$.steps[1].event',
    ]);
  });

  it('names a wrong event type with the list of known types', () => {
    const [issue] = errorsOf(file([step({ type: 'conversation.sleep' })]));
    expect(issue?.path).toBe('$.steps[0].event.type');
    expect(issue?.message).toContain('unknown event type "conversation.sleep"');
    expect(issue?.message).toContain('"conversation.snoozed"');
  });

  it('requires the fields of each event type and the top-level name, workspace and at least one step', () => {
    expect(paths({})).toEqual(['$.name', '$.workspace', '$.steps']);
    expect(paths(file([]))).toEqual(['$.steps']);
    expect(errorsOf(file([]))[0]?.message).toBe('must have at least 1 item');
    expect(paths(file([step({ type: 'conversation.closed' })]))).toEqual(['$.steps[0].event.conversation', '$.steps[0].event.teammate']);
    expect(paths(file([step({})]))).toEqual(['$.steps[0].event.type']);
    expect(paths(file([{ event: { type: 'time.passed' } }]))).toEqual(['$.steps[0].at']);
  });

  it('rejects unknown fields everywhere (a typo must not check nothing), but accepts $schema, description and a step note', () => {
    const typo = file([step({ type: 'time.passed' }, { expect: { conversations: { c1: { asignee: 'ana' } } } })]);
    expect(errorsOf(typo)).toEqual([{
      path: '$.steps[0].expect.conversations.c1.asignee',
      message: 'unknown field "asignee" (a typo?); the fields here are "state", "assignee", "team", "snoozedUntil", "ratingRequested", "rating"',
    }]);
    expect(paths({ ...file([step({ type: 'time.passed', extra: 1 })]), version: 2 })).toEqual(['$.version', '$.steps[0].event.extra']);
    expect(validateScenario({ $schema: 'x.json', description: 'why', ...file([step({ type: 'time.passed' }, { note: 'n' })]) }).ok).toBe(true);
  });

  it('checks instants: ISO-8601 with an offset or Z, naming a real date and time', () => {
    for (const at of ['2026-01-05T09:00:00', '2026-01-05 09:00:00Z', '1767603600000', '2026-02-30T09:00:00Z', '2026-01-05T24:00:00Z', '2026-01-05T09:60:00Z', '2026-01-05T09:00:00+24:00', '2026-13-01T09:00:00Z']) {
      expect({ at, paths: paths(file([{ at, event: { type: 'time.passed' } }])) }).toEqual({ at, paths: ['$.steps[0].at'] });
    }
    for (const at of ['2026-01-05T09:00Z', '2026-01-05T09:00:00.123Z', '2026-01-05T10:00:00+01:00', '2024-02-29T23:59:59-05:30']) {
      expect({ at, ok: validateScenario(file([{ at, event: { type: 'time.passed' } }])).ok }).toEqual({ at, ok: true });
    }
  });

  it('rejects a step whose at goes backwards, naming both steps; equal times are fine', () => {
    const steps = ['2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z', '2026-01-05T10:00:00+02:00', '2026-01-05T09:30:00Z'].map((at) => ({ at, event: { type: 'time.passed' } }));
    expect(errorsOf(file(steps))).toEqual([{
      path: '$.steps[2].at',
      message: 'goes back in time: "2026-01-05T10:00:00+02:00" is before "2026-01-05T09:00:00Z" of $.steps[1] (steps must be in time order)',
    }]);
  });

  it('needs exactly one of until, for and preset on a snooze, each of the right form', () => {
    const snooze = (extra: Record<string, unknown>): unknown => file([step({ type: 'conversation.snoozed', conversation: 'c1', teammate: 'ana', ...extra })]);
    expect(errorsOf(snooze({}))).toEqual([{ path: '$.steps[0].event', message: 'needs exactly one of "until", "for", "preset", got none' }]);
    expect(paths(snooze({ until: '2026-01-06T09:00:00Z', preset: 'tomorrow' }))).toEqual(['$.steps[0].event']);
    expect(paths(snooze({ for: '2 hours' }))).toEqual(['$.steps[0].event.for']);
    expect(paths(snooze({ for: 'PT' }))).toEqual(['$.steps[0].event.for']);
    expect(paths(snooze({ preset: 'next-year' }))).toEqual(['$.steps[0].event.preset']);
    for (const ok of [{ for: 'PT2H' }, { for: 'P1DT30M' }, { for: 'P2W' }, { preset: 'next-month' }, { until: '2026-01-06T09:00:00Z' }]) {
      expect(validateScenario(snooze(ok)).ok).toBe(true);
    }
  });

  it('checks types only, leaving domain rules to the workspace (a score of 9 is well-formed, 4.5 is not)', () => {
    const rate = (score: unknown): unknown => file([step({ type: 'rating.submitted', conversation: 'c1', score })]);
    expect(validateScenario(rate(9)).ok).toBe(true);
    expect(paths(rate(4.5))).toEqual(['$.steps[0].event.score']);
    expect(paths(rate('5'))).toEqual(['$.steps[0].event.score']);
    expect(validateScenario(file([step({ type: 'conversation.outbound-started', conversation: 'o', teammate: 'a', to: [], channel: 'email', text: '' })])).ok).toBe(true);
  });

  it('checks assignment targets, expectations, effect types and error codes', () => {
    const assign = (to: unknown): unknown => file([step({ type: 'conversation.assigned', conversation: 'c1', by: 'ana', to })]);
    expect(validateScenario(assign(null)).ok).toBe(true);
    expect(validateScenario(assign({ team: 'billing' })).ok).toBe(true);
    expect(errorsOf(assign({ person: 'ana' }))).toEqual([{ path: '$.steps[0].event.to', message: 'must be { "teammate": id } or { "team": id }, got an object' }]);
    const expecting = (expect: unknown): unknown => file([step({ type: 'time.passed' }, { expect })]);
    expect(paths(expecting({ error: 'snooze-in-the-pass' }))).toEqual(['$.steps[0].expect.error']);
    expect(validateScenario(expecting({ error: '*' })).ok).toBe(true);
    expect(paths(expecting({ effects: [{ type: 'rating.sent' }, { conversation: 'c1' }, { type: 'rating.requested', teammate: 7 }] }))).toEqual([
      '$.steps[0].expect.effects[0].type', '$.steps[0].expect.effects[1].type', '$.steps[0].expect.effects[2].teammate',
    ]);
    expect(paths(expecting({ teammates: { ana: { openCount: -1 } }, mentions: { ana: { unread: 'c1' } } }))).toEqual([
      '$.steps[0].expect.teammates.ana.openCount', '$.steps[0].expect.mentions.ana.unread',
    ]);
    expect(paths(expecting({ conversations: { 'c 1': { state: 'asleep' } } }))).toEqual(['$.steps[0].expect.conversations["c 1"].state']);
  });

  it('treats __proto__ and other odd keys as plain ids', () => {
    const value = JSON.parse('{"name":"x","workspace":{},"steps":[{"at":"2026-01-05T09:00:00Z","event":{"type":"time.passed"},"expect":{"conversations":{"__proto__":{"state":"open"},"constructor":{"state":"nope"}}}}]}') as unknown;
    expect(paths(value)).toEqual(['$.steps[0].expect.conversations.constructor.state']);
    expect(paths(JSON.parse('{"name":"x","workspace":{},"steps":[],"__proto__":1}'))).toEqual(['$.__proto__', '$.steps']);
  });

  it('never throws, even on a value whose getter throws, a symbol or a bigint', () => {
    const hostile = { name: 'x', workspace: {}, get steps(): never { throw new Error('boom'); } };
    expect(errorsOf(hostile)).toEqual([{ path: '$', message: 'could not be read: boom' }]);
    expect(errorsOf({ name: Symbol('n'), workspace: {}, steps: [{ at: 10n, event: { type: 'time.passed' } }] })).toEqual([
      { path: '$.name', message: 'must be a string, got symbol' },
      { path: '$.steps[0].at', message: 'must be an ISO-8601 instant with an offset or Z, e.g. "2026-01-05T09:00:00Z", got bigint' },
    ]);
  });

  test.prop([fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withNullPrototype: true })])('is total: any value gives ok or a non-empty list of issues whose paths start at $', (value) => {
    const result = validateScenario(deepFreeze(value));
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(e.path.startsWith('$')).toBe(true);
    }
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 4_000_000_000_000 }), { minLength: 1, maxLength: 8 })])(
    'accepts steps exactly when their times never go backwards',
    (times) => {
      const value = file(times.map((t) => ({ at: new Date(t).toISOString(), event: { type: 'time.passed' } })));
      const ordered = times.every((t, i) => i === 0 || t >= (times[i - 1] ?? t));
      expect(validateScenario(value).ok).toBe(ordered);
    },
  );
});
