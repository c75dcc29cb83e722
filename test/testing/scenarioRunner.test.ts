import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { effectAsJson, effectMatches, jsonEqual, matchedCount, sameSet } from '../../src/testing/scenario/_expectations.js';
import { runScenario, validateScenario, type ScenarioEffect } from '../../src/testing/scenario/index.js';
import type { WorkspaceEffect } from '../../src/workspace/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const workspace = {
  teammates: [{ id: 'ana' }, { id: 'ben' }],
  teams: [{ id: 'billing', assignment: 'balanced', members: ['ana'] }],
  contacts: [{ id: 'u1' }],
};
const created = { at: '2026-01-05T09:00:00Z', event: { type: 'conversation.created', conversation: 'c1', customers: ['u1'], text: 'Hi', team: 'billing' } };
const scenario = (...steps: unknown[]): Record<string, unknown> => ({ name: 'runner test', rules: ['ASSIGN-15'], workspace, steps: [created, ...steps] });
const failuresOf = (value: unknown, index = 1): unknown => runScenario(value).steps[index]?.failures;

describe('runScenario', () => {
  it('reports every step with pass or fail, the name and the rules', () => {
    const report = runScenario(scenario({ at: '2026-01-05T09:01:00Z', event: { type: 'time.passed' }, expect: { conversations: { c1: { assignee: 'ana' } } } }));
    expect(report).toEqual({
      name: 'runner test', rules: ['ASSIGN-15'], passed: true,
      steps: [
        { index: 0, at: '2026-01-05T09:00:00Z', event: 'conversation.created', passed: true, failures: [] },
        { index: 1, at: '2026-01-05T09:01:00Z', event: 'time.passed', passed: true, failures: [] },
      ],
    });
    expect(runScenario({ name: 'no rules', workspace: {}, steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'time.passed' } }] }).rules).toEqual([]);
  });

  it('throws invalid-scenario for a malformed file, listing every JSON path in the message and the details', () => {
    const bad = { name: 'bad', workspace: {}, steps: [{ at: 'now', event: { type: 'conversation.sleep' } }] };
    const validation = validateScenario(bad);
    expect(() => runScenario(bad)).toThrow(expect.objectContaining({
      code: 'invalid-scenario',
      details: { errors: validation.ok ? [] : validation.errors },
      message: expect.stringMatching(/^The scenario file is malformed; fix these 2 values:\n {2}\$\.steps\[0\]\.at: .*\n {2}\$\.steps\[0\]\.event\.type: unknown event type/),
    }));
    expect(() => runScenario({ name: 'x', workspace: {}, steps: [] })).toThrow(expect.objectContaining({ message: expect.stringContaining('fix these value:') }));
  });

  it('throws invalid-scenario at $.workspace when the workspace rejects the configuration', () => {
    const bad = { name: 'bad', workspace: { teams: [{ id: 'billing', members: ['nobody'] }] }, steps: [created] };
    expect(() => runScenario(bad)).toThrow(expect.objectContaining({
      code: 'invalid-scenario',
      details: { errors: [{ path: '$.workspace', message: expect.stringContaining('the workspace rejects it (unknown-teammate: ') }] },
    }));
  });

  it('reports each failed state check with its key, the expected value and the actual one', () => {
    const expectations = {
      conversations: {
        c1: { state: 'closed', assignee: 'ben', team: null, snoozedUntil: '2026-01-06T09:00:00Z', ratingRequested: true, rating: { score: 5 } },
        c9: { state: 'open' },
      },
      teammates: { ana: { status: 'away', openCount: 0 }, zed: { status: 'active' } },
      mentions: { ana: { unread: ['c1'] }, zed: { unread: [] } },
    };
    expect(failuresOf(scenario({ at: '2026-01-05T09:01:00Z', event: { type: 'time.passed' }, expect: expectations }))).toEqual([
      { key: 'conversations.c1.state', expected: 'closed', actual: 'open' },
      { key: 'conversations.c1.assignee', expected: 'ben', actual: 'ana' },
      { key: 'conversations.c1.team', expected: null, actual: 'billing' },
      { key: 'conversations.c1.snoozedUntil', expected: '2026-01-06T09:00:00Z', actual: null },
      { key: 'conversations.c1.ratingRequested', expected: true, actual: false },
      { key: 'conversations.c1.rating', expected: { score: 5 }, actual: null },
      { key: 'conversations.c9', expected: { state: 'open' }, actual: null },
      { key: 'teammates.ana.status', expected: 'away', actual: 'active' },
      { key: 'teammates.ana.openCount', expected: 0, actual: 1 },
      { key: 'teammates.zed', expected: { status: 'active' }, actual: null },
      { key: 'mentions.ana.unread', expected: ['c1'], actual: [] },
      { key: 'mentions.zed.unread', expected: [], actual: null },
    ]);
  });

  it('compares instants as points in time and shows actual instants as ISO strings', () => {
    const snooze = { at: '2026-01-05T09:01:00Z', event: { type: 'conversation.snoozed', conversation: 'c1', teammate: 'ana', until: '2026-01-05T11:00:00+01:00' } };
    const check = (snoozedUntil: string): unknown => failuresOf(scenario({ ...snooze, expect: { conversations: { c1: { snoozedUntil } } } }));
    expect(check('2026-01-05T10:00:00Z')).toEqual([]);
    expect(check('2026-01-05T10:00:00.000+00:00')).toEqual([]);
    expect(check('2026-01-05T10:00:01Z')).toEqual([{ key: 'conversations.c1.snoozedUntil', expected: '2026-01-05T10:00:01Z', actual: '2026-01-05T10:00:00Z' }]);
  });

  it('effects: exactly the emitted effects in any order, each a partial object; effectsInclude: a subset', () => {
    const close = { at: '2026-01-05T09:01:00Z', event: { type: 'conversation.closed', conversation: 'c1', teammate: 'ana' } };
    const emitted = [{ type: 'rating.not-requested', conversation: 'c1', reasons: ['no-teammate-reply', 'too-short'] }];
    const check = (expect: unknown): unknown => failuresOf(scenario({ ...close, expect }));
    expect(check({ effects: [{ type: 'rating.not-requested', reasons: ['too-short', 'no-teammate-reply'] }] })).toEqual([]);
    expect(check({ effects: [{ type: 'rating.not-requested', reasons: ['too-short'] }] })).toEqual([
      { key: 'effects', expected: [{ type: 'rating.not-requested', reasons: ['too-short'] }], actual: emitted },
    ]);
    expect(check({ effects: [] })).toEqual([{ key: 'effects', expected: [], actual: emitted }]);
    expect(check({ effects: [{ type: 'rating.not-requested' }, { type: 'rating.not-requested' }] })).toEqual([
      { key: 'effects', expected: [{ type: 'rating.not-requested' }, { type: 'rating.not-requested' }], actual: emitted },
    ]);
    expect(check({ effectsInclude: [{ type: 'rating.not-requested', conversation: 'c1' }] })).toEqual([]);
    expect(check({ effectsInclude: [{ type: 'rating.requested' }] })).toEqual([{ key: 'effectsInclude', expected: [{ type: 'rating.requested' }], actual: emitted }]);
  });

  it('error: the code or "*" must be thrown and the workspace is unchanged; other expectations read the unchanged workspace', () => {
    const reopen = { at: '2026-01-05T09:01:00Z', event: { type: 'conversation.reopened', conversation: 'c1', teammate: 'ana' } };
    expect(failuresOf(scenario({ ...reopen, expect: { error: 'invalid-transition', effects: [], conversations: { c1: { state: 'open' } } } }))).toEqual([]);
    expect(failuresOf(scenario({ ...reopen, expect: { error: '*' } }))).toEqual([]);
    expect(failuresOf(scenario({ ...reopen, expect: { error: 'unknown-conversation', conversations: { c1: { state: 'closed' } } } }))).toEqual([
      { key: 'error', expected: 'unknown-conversation', actual: { code: 'invalid-transition', message: expect.any(String) } },
      { key: 'conversations.c1.state', expected: 'closed', actual: 'open' },
    ]);
  });

  it('a step expecting an error whose event is accepted fails, and the run continues with the new workspace', () => {
    const report = runScenario(scenario(
      { at: '2026-01-05T09:01:00Z', event: { type: 'conversation.closed', conversation: 'c1', teammate: 'ana' }, expect: { error: '*', conversations: { c1: { state: 'closed' } } } },
      { at: '2026-01-05T09:02:00Z', event: { type: 'time.passed' }, expect: { conversations: { c1: { state: 'closed' } } } },
    ));
    expect(report.passed).toBe(false);
    expect(report.steps.map((s) => s.failures)).toEqual([[], [{ key: 'error', expected: '*', actual: null }], []]);
  });

  it('a step that throws unexpectedly fails with the code and message, skips its other checks, and the run continues unchanged', () => {
    const report = runScenario(scenario(
      { at: '2026-01-05T09:01:00Z', event: { type: 'teammate.replied', conversation: 'c1', teammate: 'zed', text: 'hi' }, expect: { conversations: { c1: { state: 'closed' } } } },
      { at: '2026-01-05T09:02:00Z', event: { type: 'conversation.closed', conversation: 'c1', teammate: 'ana' }, expect: { conversations: { c1: { state: 'closed' } } } },
    ));
    expect(report.steps[1]).toEqual({
      index: 1, at: '2026-01-05T09:01:00Z', event: 'teammate.replied', passed: false,
      failures: [{ key: 'error', expected: null, actual: { code: 'unknown-teammate', message: expect.stringContaining('zed') } }],
    });
    expect(report.steps[2]?.passed).toBe(true);
  });

  it('converts the file into API events: at and a snooze until in epoch milliseconds', () => {
    const report = runScenario(scenario(
      { at: '2026-01-05T09:01:00Z', event: { type: 'conversation.snoozed', conversation: 'c1', teammate: 'ana', until: '2026-01-05T09:30:00Z' } },
      { at: '2026-01-05T09:30:00Z', event: { type: 'time.passed' }, expect: { effects: [{ type: 'conversation.reopened', conversation: 'c1', reason: 'snooze-ended', snoozedAt: '2026-01-05T10:01:00+01:00', reopenedAt: '2026-01-05T09:30:00Z' }] } },
    ));
    expect(report.passed).toBe(true);
  });

  it('never mutates the scenario it runs', () => {
    const value = deepFreeze(scenario({ at: '2026-01-05T09:01:00Z', event: { type: 'conversation.snoozed', conversation: 'c1', teammate: 'ana', for: 'PT1H' } }));
    expect(runScenario(value).passed).toBe(true);
  });
});

// ---- effect matching, with synthetic effects (including a type from a later format version)
const effectArb: fc.Arbitrary<WorkspaceEffect> = fc.oneof(
  fc.record({ type: fc.constant('conversation.assigned' as const), conversation: fc.constantFrom('c1', 'c2'), teammate: fc.constantFrom('ana', 'ben', null), team: fc.constantFrom('billing', null), reason: fc.constantFrom('balanced' as const, 'manual' as const) }),
  fc.record({ type: fc.constant('rating.not-requested' as const), conversation: fc.constantFrom('c1', 'c2'), reasons: fc.subarray(['too-short', 'no-customer', 'closed-before']) }),
  fc.record({ type: fc.constant('conversation.reopened' as const), conversation: fc.constantFrom('c1', 'c2'), reason: fc.constant('manual' as const), snoozedAt: fc.constantFrom(null, 0), reopenedAt: fc.integer({ min: 0, max: 10 ** 12 }) }),
  fc.record({ type: fc.constant('mention.notified' as const), conversation: fc.constantFrom('c1', 'c2'), teammate: fc.constantFrom('ana', 'ben'), by: fc.constant('ana') }),
);
/** An emitted effect as a file would expect it, keeping only some of its fields. */
const partialOf = (effect: WorkspaceEffect, keep: readonly boolean[]): ScenarioEffect => {
  const json = effectAsJson(effect);
  return Object.fromEntries(Object.entries(json).filter(([k], i) => k === 'type' || keep[i % keep.length] === true)) as unknown as ScenarioEffect;
};

describe('effect matching', () => {
  test.prop([fc.array(effectArb, { maxLength: 6 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), fc.nat()])(
    'every emitted effect, written back partially and in another order, matches them all (a perfect matching)',
    (emitted, keep, seed) => {
      deepFreeze(emitted);
      const expected = emitted.map((e) => partialOf(e, keep));
      const rotated = [...expected.slice(seed % (expected.length || 1)), ...expected.slice(0, seed % (expected.length || 1))];
      expect(matchedCount(rotated, emitted)).toBe(emitted.length);
      expect(matchedCount(expected, [...emitted].reverse())).toBe(emitted.length);
    },
  );

  test.prop([fc.array(effectArb, { maxLength: 6 }), fc.array(effectArb, { maxLength: 6 })])(
    'the number of matched expectations does not depend on the order of the emitted effects, and never exceeds either list',
    (expectedEffects, emitted) => {
      const expected = expectedEffects.map((e) => partialOf(e, [true]));
      const n = matchedCount(expected, emitted);
      expect(matchedCount(expected, [...emitted].reverse())).toBe(n);
      expect(n).toBeLessThanOrEqual(Math.min(expected.length, emitted.length));
    },
  );

  it('pairs each expectation with a different effect, finding a perfect pairing when a greedy one would fail', () => {
    const a: WorkspaceEffect = { type: 'mention.notified', conversation: 'c1', teammate: 'ana', by: 'ben' };
    const b: WorkspaceEffect = { type: 'mention.notified', conversation: 'c1', teammate: 'ben', by: 'ben' };
    const loose = { type: 'mention.notified', conversation: 'c1' } as ScenarioEffect;
    const exact = { type: 'mention.notified', teammate: 'ana' } as ScenarioEffect;
    expect(matchedCount([loose, exact], [a, b])).toBe(2);
    expect(matchedCount([exact, exact], [a, b])).toBe(1);
  });

  it('compares instants as points in time, reasons as sets, and anything else by deep equality', () => {
    const reopened: WorkspaceEffect = { type: 'conversation.reopened', conversation: 'c1', reason: 'snooze-ended', snoozedAt: null, reopenedAt: Date.parse('2026-01-05T10:00:00Z') };
    expect(effectMatches({ type: 'conversation.reopened', reopenedAt: '2026-01-05T11:00:00+01:00', snoozedAt: null }, reopened)).toBe(true);
    expect(effectMatches({ type: 'conversation.reopened', snoozedAt: '2026-01-05T10:00:00Z' }, reopened)).toBe(false);
    expect(effectMatches({ type: 'conversation.assigned', conversation: 'c1' }, reopened as WorkspaceEffect)).toBe(false);
    expect(effectAsJson(reopened)).toEqual({ type: 'conversation.reopened', conversation: 'c1', reason: 'snooze-ended', snoozedAt: null, reopenedAt: '2026-01-05T10:00:00Z' });
    expect(sameSet(['a', 'b', 'a'], ['b', 'a'])).toBe(true);
    expect(jsonEqual({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual({ a: 1, c: 2 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(sameSet(['a'], ['a', 'b'])).toBe(false);
  });
});
