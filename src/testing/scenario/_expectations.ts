import type { Conversation } from '../../model/index.js';
import { getConversation, getTeammate, unreadMentions, type Workspace, type WorkspaceEffect } from '../../workspace/index.js';
import { EFFECT_FIELDS } from './_format.js';
import type { Shape } from './_shape.js';
import type {
  ScenarioConversationExpectation, ScenarioEffect, ScenarioExpectation, ScenarioFailure, ScenarioTeammateExpectation,
} from './types.js';

/** An epoch-ms instant as the files write it: ISO-8601 in UTC, without `.000` when whole seconds. */
export function isoOf(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().replace('.000Z', 'Z');
}

const sameInstant = (expected: unknown, actual: number | null): boolean =>
  expected === null ? actual === null : typeof expected === 'string' && actual !== null && Date.parse(expected) === actual;

const sortedStrings = (values: readonly unknown[]): string[] => values.map(String).sort();

/** Same members, any order, duplicates ignored: how `reasons` and `unread` lists compare. */
export function sameSet(expected: readonly unknown[], actual: readonly unknown[]): boolean {
  const a = new Set(sortedStrings(expected));
  const b = new Set(sortedStrings(actual));
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Deep equality of JSON values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const ra = a as Readonly<Record<string, unknown>>;
  const rb = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(ra);
  return keys.length === Object.keys(rb).length && keys.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && jsonEqual(ra[k], rb[k]));
}

const isInstantShape = (shape: Shape): boolean =>
  shape.kind === 'pattern' ? shape.instant : shape.kind === 'nullable' ? isInstantShape(shape.of) : shape.kind === 'ref' && isInstantShape(shape.target);

/** The fields of each v1 effect type that are instants (ISO strings in files, epoch ms in the API). */
const INSTANT_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...EFFECT_FIELDS].map(([type, fields]) => [type, new Set(fields.filter((f) => isInstantShape(f.shape)).map((f) => f.name))]),
);

const field = (record: object, key: string): unknown => (record as Readonly<Record<string, unknown>>)[key];

/** An emitted effect as a file would write it (instants as ISO strings). */
export function effectAsJson(effect: WorkspaceEffect): Readonly<Record<string, unknown>> {
  const instants = INSTANT_FIELDS.get(effect.type);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(effect)) {
    const value = field(effect, key);
    out[key] = instants?.has(key) === true && typeof value === 'number' ? isoOf(value) : value;
  }
  return out;
}

/**
 * Whether an emitted effect matches an expected partial one: same type, and every field given
 * equal (instants compared as points in time, `reasons` as a set: any order).
 */
export function effectMatches(expected: ScenarioEffect, actual: WorkspaceEffect): boolean {
  if (expected.type !== actual.type) return false;
  const instants = INSTANT_FIELDS.get(actual.type);
  return Object.keys(expected).every((key) => {
    const want = field(expected, key);
    const got = field(actual, key);
    if (instants?.has(key) === true) return sameInstant(want, typeof got === 'number' ? got : null);
    if (key === 'reasons' && Array.isArray(want) && Array.isArray(got)) return sameSet(want, got);
    return jsonEqual(want, got);
  });
}

/**
 * How many expected effects can be paired with distinct emitted ones (maximum bipartite matching,
 * Kuhn's algorithm: partial objects may match several effects, so greedy pairing is not enough).
 */
export function matchedCount(expected: readonly ScenarioEffect[], actual: readonly WorkspaceEffect[]): number {
  const owner: (number | undefined)[] = [];
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    const want = expected[i];
    for (let j = 0; j < actual.length; j++) {
      const got = actual[j];
      if (seen[j] === true || want === undefined || got === undefined || !effectMatches(want, got)) continue;
      seen[j] = true;
      const current = owner[j];
      if (current === undefined || tryAssign(current, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  let count = 0;
  for (let i = 0; i < expected.length; i++) if (tryAssign(i, [])) count++;
  return count;
}

const KNOWN_EFFECT_TYPES: ReadonlySet<string> = new Set(EFFECT_FIELDS.keys());

function checkEffects(expect: ScenarioExpectation, emitted: readonly WorkspaceEffect[]): ScenarioFailure[] {
  const failures: ScenarioFailure[] = [];
  const known = emitted.filter((e) => KNOWN_EFFECT_TYPES.has(e.type));
  const shown = (): readonly unknown[] => known.map(effectAsJson);
  if (expect.effects !== undefined) {
    const exact = expect.effects.length === known.length && matchedCount(expect.effects, known) === known.length;
    if (!exact) failures.push({ key: 'effects', expected: expect.effects, actual: shown() });
  }
  if (expect.effectsInclude !== undefined && matchedCount(expect.effectsInclude, known) < expect.effectsInclude.length) {
    failures.push({ key: 'effectsInclude', expected: expect.effectsInclude, actual: shown() });
  }
  return failures;
}

type Check<T, A> = readonly [keyof T & string, (actual: A) => unknown, (expected: unknown, actual: A) => boolean];

const plain = <A>(read: (actual: A) => unknown): ((expected: unknown, actual: A) => boolean) => (expected, actual) => jsonEqual(expected, read(actual));

const CONVERSATION_CHECKS: readonly Check<ScenarioConversationExpectation, Conversation>[] = [
  ['state', (c) => c.state, plain((c) => c.state)],
  ['assignee', (c) => c.teammate, plain((c) => c.teammate)],
  ['team', (c) => c.team, plain((c) => c.team)],
  ['snoozedUntil', (c) => isoOf(c.snoozedUntil), (want, c) => sameInstant(want, c.snoozedUntil)],
  ['ratingRequested', (c) => c.ratingRequest !== null, plain((c) => c.ratingRequest !== null)],
  [
    'rating',
    (c) => (c.rating === null ? null : { score: c.rating.score, comment: c.rating.comment }),
    (want, c) => (want === null || c.rating === null
      ? want === c.rating
      : Object.keys(want as object).every((k) => jsonEqual(field(want as object, k), field(c.rating as object, k)))),
  ],
];

const TEAMMATE_CHECKS: readonly Check<ScenarioTeammateExpectation, { status: string; openCount: number }>[] = [
  ['status', (t) => t.status, plain((t) => t.status)],
  ['openCount', (t) => t.openCount, plain((t) => t.openCount)],
];

function checkEach<T extends object, A>(
  section: string, expected: Readonly<Record<string, T>> | undefined, lookup: (id: string) => A | undefined, checks: readonly Check<T, A>[],
): ScenarioFailure[] {
  const failures: ScenarioFailure[] = [];
  for (const [id, want] of Object.entries(expected ?? {})) {
    const actual = lookup(id);
    if (actual === undefined) {
      failures.push({ key: `${section}.${id}`, expected: want, actual: null });
      continue;
    }
    for (const [name, read, equal] of checks) {
      if (!Object.prototype.hasOwnProperty.call(want, name)) continue;
      const value = field(want, name);
      if (!equal(value, actual)) failures.push({ key: `${section}.${id}.${name}`, expected: value, actual: read(actual) });
    }
  }
  return failures;
}

function checkMentions(expect: ScenarioExpectation, workspace: Workspace): ScenarioFailure[] {
  const failures: ScenarioFailure[] = [];
  for (const [id, { unread: want }] of Object.entries(expect.mentions ?? {})) {
    const actual = getTeammate(workspace, id) === undefined ? null : unreadMentions(workspace, id);
    if (actual === null || !sameSet(want, actual)) {
      failures.push({ key: `mentions.${id}.unread`, expected: want, actual: actual === null ? null : sortedStrings(actual) });
    }
  }
  return failures;
}

/**
 * Every failed check of a step's state and effect expectations (`error` is the runner's), against
 * the workspace after the step and the effects it emitted.
 */
export function checkExpectations(expect: ScenarioExpectation, workspace: Workspace, emitted: readonly WorkspaceEffect[]): ScenarioFailure[] {
  return [
    ...checkEach('conversations', expect.conversations, (id) => getConversation(workspace, id), CONVERSATION_CHECKS),
    ...checkEach('teammates', expect.teammates, (id) => getTeammate(workspace, id), TEAMMATE_CHECKS),
    ...checkMentions(expect, workspace),
    ...checkEffects(expect, emitted),
  ];
}
