// One description of the scenario format drives both the hand-written validator (_checkShape.ts)
// and the published JSON Schema (_toJsonSchema.ts), so the two cannot drift apart.

/** A named field of an object shape. */
export interface Field {
  readonly name: string;
  readonly shape: Shape;
  readonly required: boolean;
  readonly description: string;
}

/** An object with a closed set of fields (unknown fields are malformed: a typo must not pass silently). */
export interface ObjectShape {
  readonly kind: 'object';
  readonly fields: readonly Field[];
  /** Exactly one of these fields must be present (e.g. the snooze's `until` / `for` / `preset`). */
  readonly exactlyOne?: readonly string[] | undefined;
}

/** Every shape the format uses. */
export type Shape =
  | { readonly kind: 'string'; readonly minLength: 0 | 1 }
  | { readonly kind: 'pattern'; readonly pattern: string; readonly hint: string; readonly instant: boolean }
  | { readonly kind: 'integer'; readonly minimum: number | null }
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly what: string }
  | { readonly kind: 'nullable'; readonly of: Shape }
  | { readonly kind: 'array'; readonly items: Shape; readonly minItems: number }
  | ObjectShape
  | { readonly kind: 'map'; readonly values: Shape; readonly keys: string }
  | { readonly kind: 'choice'; readonly options: readonly ObjectShape[]; readonly hint: string }
  | { readonly kind: 'tagged'; readonly what: string; readonly variants: ReadonlyMap<string, ObjectShape> }
  | { readonly kind: 'ref'; readonly name: string; readonly target: Shape; readonly description: string };

/** A non-empty string (ids). */
export const idShape: Shape = { kind: 'string', minLength: 1 };
/** Any string (texts). */
export const textShape: Shape = { kind: 'string', minLength: 0 };
/** An integer, optionally bounded below. */
export const integer = (minimum: number | null = null): Shape => ({ kind: 'integer', minimum });
/** Any finite number. */
export const numberShape: Shape = { kind: 'number' };
/** true or false. */
export const booleanShape: Shape = { kind: 'boolean' };
/** One of a closed set of strings. */
export const oneOf = (values: readonly string[], what: string): Shape => ({ kind: 'enum', values, what });
/** The shape, or null. */
export const nullable = (of: Shape): Shape => ({ kind: 'nullable', of });
/** An array of items. */
export const arrayOf = (items: Shape, minItems = 0): Shape => ({ kind: 'array', items, minItems });
/** An object keyed by ids. */
export const mapOf = (values: Shape, keys: string): Shape => ({ kind: 'map', values, keys });
/** A named, reusable shape (a `$defs` entry in the schema). */
export const ref = (name: string, target: Shape, description: string): Shape => ({ kind: 'ref', name, target, description });

/** A required field. */
export const req = (name: string, shape: Shape, description: string): Field => ({ name, shape, required: true, description });
/** An optional field. */
export const opt = (name: string, shape: Shape, description: string): Field => ({ name, shape, required: false, description });
/** An object of these fields. */
export const object = (fields: readonly Field[], exactlyOne?: readonly string[]): ObjectShape => ({ kind: 'object', fields, exactlyOne });

/** The ISO-8601 instant the model's `toInstant` accepts: a date, a time and an offset or `Z`. */
export const INSTANT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$';

/** An ISO-8601 instant string (scenario files use these where the API uses epoch milliseconds). */
export const instantShape: Shape = ref(
  'instant',
  { kind: 'pattern', pattern: INSTANT_PATTERN, hint: 'an ISO-8601 instant with an offset or Z, e.g. "2026-01-05T09:00:00Z"', instant: true },
  'An ISO-8601 instant with a UTC offset or Z, e.g. "2026-01-05T09:00:00Z" (a real calendar date and time).',
);

/** An ISO-8601 duration such as `PT2H` or `P1DT30M` (weeks alone or with days). */
export const durationShape: Shape = ref(
  'duration',
  {
    kind: 'pattern',
    pattern: '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$',
    hint: 'an ISO-8601 duration such as "PT2H" or "P1DT30M"',
    instant: false,
  },
  'An ISO-8601 duration such as "PT2H", "P1D" or "P1DT30M".',
);
