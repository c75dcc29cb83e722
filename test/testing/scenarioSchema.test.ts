// The published JSON Schema and the hand-written validator must agree. This file evaluates the
// schema with a small, independent JSON Schema (2020-12 subset) evaluator written here, and checks
// it against validateScenario on every scenario file and on random mutations of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { WORKSPACE_EVENT_TYPES } from '../../src/workspace/index.js';
import { scenarioSchema, validateScenario } from '../../src/testing/scenario/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Readonly<Record<string, unknown>>;

const root = join(import.meta.dirname, '..', '..');
const corpus: readonly { readonly file: string; readonly value: Json }[] = ['test/scenarios', 'examples/scenarios'].flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).sort().map((f) => ({
    file: `${dir}/${f}`,
    value: JSON.parse(readFileSync(join(root, dir, f), 'utf8')) as Json,
  })));

// ---- a small JSON Schema evaluator (only the keywords the schema may use; anything else fails loudly)
const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'format', '$defs']);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const typeOk = (type: string, v: unknown): boolean => {
  switch (type) {
    case 'object': return isObject(v);
    case 'array': return Array.isArray(v);
    case 'string': return typeof v === 'string';
    case 'integer': return typeof v === 'number' && Number.isInteger(v);
    case 'number': return typeof v === 'number';
    case 'boolean': return typeof v === 'boolean';
    case 'null': return v === null;
    default: throw new Error(`unknown type ${type}`);
  }
};
const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function evaluate(schema: Schema, value: unknown): boolean {
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const sub = arg as Schema;
    const subs = arg as readonly Schema[];
    switch (keyword) {
      case '$ref': {
        const name = /^#\/\$defs\/(.+)$/.exec(arg as string)?.[1];
        const target = (scenarioSchema['$defs'] as Record<string, Schema>)[name ?? ''];
        if (target === undefined) throw new Error(`unresolved ${String(arg)}`);
        if (!evaluate(target, value)) return false;
        break;
      }
      case 'type': if (!typeOk(arg as string, value)) return false; break;
      case 'enum': if (!(arg as unknown[]).some((x) => deepEqual(x, value))) return false; break;
      case 'const': if (!deepEqual(arg, value)) return false; break;
      case 'pattern': if (typeof value === 'string' && !new RegExp(arg as string, 'u').test(value)) return false; break;
      case 'minLength': if (typeof value === 'string' && Array.from(value).length < (arg as number)) return false; break;
      case 'minimum': if (typeof value === 'number' && value < (arg as number)) return false; break;
      case 'minItems': if (Array.isArray(value) && value.length < (arg as number)) return false; break;
      case 'items': if (Array.isArray(value) && !value.every((v) => evaluate(sub, v))) return false; break;
      case 'required': if (isObject(value) && !(arg as string[]).every((k) => Object.prototype.hasOwnProperty.call(value, k))) return false; break;
      case 'properties':
        if (isObject(value) && !Object.entries(sub).every(([k, s]) => !Object.prototype.hasOwnProperty.call(value, k) || evaluate(s as Schema, value[k]))) return false;
        break;
      case 'additionalProperties':
        if (isObject(value)) {
          const declared = Object.keys((schema['properties'] as Schema | undefined) ?? {});
          const extra = Object.keys(value).filter((k) => !declared.includes(k));
          if (arg === false ? extra.length > 0 : !extra.every((k) => evaluate(sub, value[k]))) return false;
        }
        break;
      case 'propertyNames': if (isObject(value) && !Object.keys(value).every((k) => evaluate(sub, k))) return false; break;
      case 'anyOf': if (!subs.some((s) => evaluate(s, value))) return false; break;
      case 'oneOf': if (subs.filter((s) => evaluate(s, value)).length !== 1) return false; break;
      case 'allOf': if (!subs.every((s) => evaluate(s, value))) return false; break;
      case 'if': if (evaluate(sub, value) && !evaluate((schema['then'] as Schema | undefined) ?? {}, value)) return false; break;
      case 'then': break;
      default: throw new Error(`the test evaluator does not know the keyword ${keyword}`);
    }
  }
  return true;
}

// ---- the two checks only the validator can make (a schema cannot state them)
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;
const INSTANT_KEYS = new Set(['at', 'until', 'snoozedUntil', 'snoozedAt', 'reopenedAt']);
function realCalendar(text: string): boolean {
  const m = INSTANT.exec(text);
  if (m === null) return true;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const back = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(text);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && back.getUTCHours() === h
    && back.getUTCMinutes() === mi && back.getUTCSeconds() === s && (offset === null || (Number(offset[2]) < 24 && Number(offset[3]) < 60));
}
function instantsReal(value: unknown, key = ''): boolean {
  if (typeof value === 'string') return !INSTANT_KEYS.has(key) || realCalendar(value);
  if (Array.isArray(value)) return value.every((v) => instantsReal(v, ''));
  if (isObject(value)) return Object.entries(value).every(([k, v]) => instantsReal(v, k));
  return true;
}
const inTimeOrder = (value: unknown): boolean => {
  const steps = isObject(value) && Array.isArray(value['steps']) ? value['steps'] : [];
  const times = steps.map((s) => Date.parse(String((s as Record<string, unknown>)['at'])));
  return times.every((t, i) => i === 0 || t >= (times[i - 1] ?? t));
};
const oracle = (value: unknown): boolean => evaluate(scenarioSchema, value) && instantsReal(value) && inTimeOrder(value);

// ---- mutations of corpus documents
type Location = { readonly path: string; readonly parent: string; readonly container: Json[] | Record<string, Json>; readonly key: string | number };
const childPath = (path: string, key: string | number): string =>
  (typeof key === 'number' ? `${path}[${key}]` : /^[A-Za-z_][\w-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);
function locations(value: Json, path = '$'): Location[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [{ path: childPath(path, i), parent: path, container: value, key: i }, ...locations(v, childPath(path, i))]);
  if (isObject(value)) {
    const record = value as Record<string, Json>;
    return Object.keys(record).flatMap((k) => [{ path: childPath(path, k), parent: path, container: record, key: k }, ...locations(record[k] as Json, childPath(path, k))]);
  }
  return [];
}
const EVENT_AND_EFFECT_TYPES = [...WORKSPACE_EVENT_TYPES, 'conversation.assigned', 'rating.requested', 'rating.not-requested', 'rating.recorded', 'mention.notified', 'contact.created', 'no.such-type'];
interface Mutation {
  readonly doc: number;
  readonly at: number;
  readonly kind: 'replace' | 'delete' | 'add-unknown' | 'retag' | 'instant';
  readonly json: Json;
  readonly type: string;
  readonly instant: string;
}
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  doc: fc.nat(),
  at: fc.nat(),
  kind: fc.constantFrom('replace' as const, 'delete' as const, 'add-unknown' as const, 'retag' as const, 'instant' as const),
  json: fc.jsonValue() as fc.Arbitrary<Json>,
  type: fc.constantFrom(...EVENT_AND_EFFECT_TYPES),
  instant: fc.oneof(
    fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom('2026-02-30T09:00:00Z', '2026-01-05T24:00:00Z', '2026-01-05T09:00:00+25:00', '2026-01-05 09:00', '2026-01-05T09:00:00'),
  ),
});
function mutate(m: Mutation): { readonly value: Json; readonly path: string; readonly parent: string } {
  const value = structuredClone(corpus[m.doc % corpus.length]!.value);
  const locs = locations(value);
  const loc = locs[m.at % locs.length]!;
  const c = loc.container as Record<string | number, Json>;
  switch (m.kind) {
    case 'replace': c[loc.key] = m.json; break;
    case 'delete': if (Array.isArray(loc.container)) loc.container.splice(loc.key as number, 1); else Reflect.deleteProperty(c, loc.key); break;
    case 'add-unknown': if (isObject(c[loc.key])) (c[loc.key] as Record<string, Json>)['zzUnknown'] = m.json; else c[loc.key] = m.json; break;
    case 'retag': c[loc.key] = loc.key === 'type' ? m.type : m.json; break;
    default: c[loc.key] = m.instant;
  }
  return { value, path: loc.path, parent: loc.parent };
}

describe('scenarioSchema', () => {
  it('is a draft 2020-12 schema whose every keyword the evaluator understands (the corpus exercises it)', () => {
    expect(scenarioSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.isFrozen(scenarioSchema)).toBe(true);
    expect(corpus.length).toBeGreaterThanOrEqual(15);
  });

  for (const { file, value } of corpus) {
    it(`accepts ${file}, and so does the validator`, () => {
      expect(evaluate(scenarioSchema, value)).toBe(true);
      expect(validateScenario(value)).toEqual({ ok: true, scenario: value });
    });
  }

  it('every event type appears in the scenario files, so every event variant of the schema is exercised', () => {
    const used = new Set(corpus.flatMap(({ value }) => ((value as { steps: { event: { type: string } }[] }).steps).map((s) => s.event.type)));
    expect([...WORKSPACE_EVENT_TYPES].filter((t) => !used.has(t))).toEqual([]);
  });

  it('lists, for each event type, exactly the required fields whose absence the validator reports', () => {
    const variants = (((scenarioSchema['$defs'] as Record<string, Schema>)['event'])!['allOf'] as { if: Schema; then: Schema }[]);
    expect(variants.map((v) => ((v.if['properties'] as Record<string, Schema>)['type'])!['const'])).toEqual([...WORKSPACE_EVENT_TYPES]);
    for (const { then } of variants) {
      const type = ((then['properties'] as Record<string, Schema>)['type'])!['const'] as string;
      const sample = corpus.flatMap(({ value }) => (value as { steps: { event: Record<string, Json> }[] }).steps).find((s) => s.event['type'] === type)!;
      const required = (then['required'] as string[] | undefined) ?? [];
      for (const field of Object.keys(then['properties'] as Schema)) {
        const event = { ...sample.event };
        Reflect.deleteProperty(event, field);
        const result = validateScenario({ name: 'x', workspace: {}, steps: [{ at: '2026-01-05T09:00:00Z', event }] });
        const missing = !result.ok && result.errors.some((e) => e.path === `$.steps[0].event.${field}` && e.message === 'is required');
        expect({ type, field, missing }).toEqual({ type, field, missing: required.includes(field) && field !== 'type' });
      }
    }
  });

  it('and the validator agree on hand-picked malformed files', () => {
    const base = corpus[0]!.value as Record<string, Json>;
    const samples: Json[] = [
      null, [], 'scenario', { ...base, name: '' }, { ...base, steps: [] }, { ...base, rules: ['assign 3'] }, { ...base, extra: true },
      { name: 'x', workspace: {}, steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'time.passed' }, expect: { error: 'no-such-code' } }] },
      { name: 'x', workspace: {}, steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'conversation.snoozed', conversation: 'c', teammate: 'a' } }] },
      { name: 'x', workspace: {}, steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'conversation.snoozed', conversation: 'c', teammate: 'a', for: 'PT', preset: 'tomorrow' } }] },
      { name: 'x', workspace: {}, steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'conversation.assigned', conversation: 'c', by: 'a', to: { teammate: 'a', team: 't' } } }] },
      { name: 'x', workspace: {}, steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'rating.submitted', conversation: 'c', score: 4.5 } }] },
      { name: 'x', workspace: {}, steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'time.passed' }, expect: { conversations: { '': {} } } }] },
      { name: 'x', workspace: {}, steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'time.passed' }, expect: { effects: [{ type: 'conversation.reopened', reopenedAt: 'soon' }] } }] },
      { name: 'x', workspace: {}, steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'time.passed' }, expect: { teammates: { ana: { openCount: -1 } } } }] },
      { name: 'x', workspace: { teammates: [{ id: 'a', status: 'busy' }] }, steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'time.passed' } }] },
    ];
    for (const sample of samples) {
      expect({ sample, schema: evaluate(scenarioSchema, sample) }).toEqual({ sample, schema: false });
      expect({ sample, validator: validateScenario(sample).ok }).toEqual({ sample, validator: false });
    }
  });

  it('cannot state two checks, which only the validator makes: real calendar dates and time order', () => {
    const at = (a: string, b: string): Json => ({ name: 'x', workspace: {}, steps: [{ at: a, event: { type: 'time.passed' } }, { at: b, event: { type: 'time.passed' } }] });
    for (const sample of [at('2026-02-30T09:00:00Z', '2026-03-05T09:00:00Z'), at('2026-01-05T10:00:00Z', '2026-01-05T09:00:00Z')]) {
      expect(evaluate(scenarioSchema, sample)).toBe(true);
      expect(validateScenario(sample).ok).toBe(false);
    }
  });

  test.prop([mutationArb])('the validator accepts a mutated scenario file exactly when the schema does (plus calendar and time order), and names the mutated place', (m) => {
    const { value, path, parent } = mutate(m);
    deepFreeze(value);
    const result = validateScenario(value);
    expect(result.ok).toBe(oracle(value));
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      const named = result.errors.some((e) => e.path.startsWith(parent) || e.message.includes('goes back in time'));
      expect({ path, errors: result.errors, named }).toEqual({ path, errors: result.errors, named: true });
    }
  });
});
