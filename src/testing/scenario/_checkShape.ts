import { show } from '../../_internal/validate.js';
import type { ObjectShape, Shape } from './_shape.js';
import type { ScenarioIssue } from './types.js';

/** `$.steps[2].event.type`: dots for plain keys, brackets (JSON-quoted) for any other key. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_][\w-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** Renders a value for a message, briefly and without ever throwing. */
export function brief(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value !== null && typeof value === 'object') return 'an object';
  const text = show(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const own = (record: Readonly<Record<string, unknown>>, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

const quoteList = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(', ');

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether an instant string that matches the pattern names a real date and time: V8's `Date.parse`
 * silently rolls "2026-02-30" over to March, so the calendar is checked here (validator only; the
 * schema says `format: date-time`).
 */
export function isRealInstant(text: string): boolean {
  const [date = '', rest = ''] = text.split('T');
  const [y = 0, mo = 0, d = 0] = date.split('-').map(Number);
  const [h = 0, mi = 0, s = 0] = rest.slice(0, 8).split(':').map((part) => Number.parseInt(part, 10));
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(rest);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const maxDay = mo === 2 && !leap ? 28 : (DAYS_IN_MONTH[mo - 1] ?? 0);
  const offsetOk = offset === null || (Number(offset[2]) <= 23 && Number(offset[3]) <= 59);
  return mo >= 1 && d >= 1 && d <= maxDay && h <= 23 && mi <= 59 && (Number.isNaN(s) || s <= 59) && offsetOk;
}

function checkObject(shape: ObjectShape, value: unknown, path: string, issues: ScenarioIssue[]): void {
  if (!isRecord(value)) {
    issues.push({ path, message: `must be an object, got ${brief(value)}` });
    return;
  }
  const known = shape.fields.map((f) => f.name);
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      issues.push({ path: childPath(path, key), message: `unknown field ${JSON.stringify(key)} (a typo?); the fields here are ${quoteList(known)}` });
    }
  }
  for (const field of shape.fields) {
    if (own(value, field.name)) checkShape(field.shape, value[field.name], childPath(path, field.name), issues);
    else if (field.required) issues.push({ path: childPath(path, field.name), message: 'is required' });
  }
  if (shape.exactlyOne !== undefined) {
    const given = shape.exactlyOne.filter((name) => own(value, name));
    if (given.length !== 1) {
      issues.push({ path, message: `needs exactly one of ${quoteList(shape.exactlyOne)}, got ${given.length === 0 ? 'none' : quoteList(given)}` });
    }
  }
}

/**
 * Appends to `issues` everything wrong with `value` against `shape`, each issue naming its JSON
 * path. Total: never throws, whatever the value.
 */
export function checkShape(shape: Shape, value: unknown, path: string, issues: ScenarioIssue[]): void {
  switch (shape.kind) {
    case 'string':
      if (typeof value !== 'string') issues.push({ path, message: `must be a string, got ${brief(value)}` });
      else if (value.length < shape.minLength) issues.push({ path, message: 'must be a non-empty string' });
      return;
    case 'pattern':
      if (typeof value !== 'string' || !new RegExp(shape.pattern).test(value)) issues.push({ path, message: `must be ${shape.hint}, got ${brief(value)}` });
      else if (shape.instant && !isRealInstant(value)) issues.push({ path, message: `must be ${shape.hint}, got ${brief(value)}, which names no real date and time` });
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) issues.push({ path, message: `must be an integer, got ${brief(value)}` });
      else if (shape.minimum !== null && value < shape.minimum) issues.push({ path, message: `must be at least ${shape.minimum}, got ${value}` });
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ path, message: `must be a number, got ${brief(value)}` });
      return;
    case 'boolean':
      if (typeof value !== 'boolean') issues.push({ path, message: `must be true or false, got ${brief(value)}` });
      return;
    case 'enum':
      if (typeof value !== 'string' || !shape.values.includes(value)) {
        issues.push({ path, message: `must be ${shape.what}: one of ${quoteList(shape.values)}; got ${brief(value)}` });
      }
      return;
    case 'nullable':
      if (value !== null) checkShape(shape.of, value, path, issues);
      return;
    case 'array':
      if (!Array.isArray(value)) issues.push({ path, message: `must be an array, got ${brief(value)}` });
      else if (value.length < shape.minItems) issues.push({ path, message: `must have at least ${shape.minItems} item${shape.minItems === 1 ? '' : 's'}` });
      else value.forEach((item: unknown, i) => { checkShape(shape.items, item, childPath(path, i), issues); });
      return;
    case 'object':
      checkObject(shape, value, path, issues);
      return;
    case 'map':
      if (!isRecord(value)) issues.push({ path, message: `must be an object keyed by ${shape.keys}, got ${brief(value)}` });
      else {
        for (const key of Object.keys(value)) {
          if (key === '') issues.push({ path: childPath(path, key), message: `an empty key is not a valid ${shape.keys}` });
          else checkShape(shape.values, value[key], childPath(path, key), issues);
        }
      }
      return;
    case 'choice': {
      const fits = shape.options.some((option) => {
        const optionIssues: ScenarioIssue[] = [];
        checkObject(option, value, path, optionIssues);
        return optionIssues.length === 0;
      });
      if (!fits) issues.push({ path, message: `must be ${shape.hint}, got ${brief(value)}` });
      return;
    }
    case 'tagged': {
      if (!isRecord(value)) {
        issues.push({ path, message: `must be an object with a "type", got ${brief(value)}` });
        return;
      }
      const type = own(value, 'type') ? value['type'] : undefined;
      const variant = typeof type === 'string' ? shape.variants.get(type) : undefined;
      if (variant === undefined) {
        issues.push({
          path: childPath(path, 'type'),
          message: type === undefined ? `is required (${shape.what})` : `unknown ${shape.what} ${brief(type)}; known: ${quoteList([...shape.variants.keys()])}`,
        });
        return;
      }
      checkObject(variant, value, path, issues);
      return;
    }
    case 'ref':
      checkShape(shape.target, value, path, issues);
      return;
  }
}
