import { scenarioShape } from './_format.js';
import { toJsonSchema } from './_toJsonSchema.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The JSON Schema (draft 2020-12) of scenario files, format v1: the same description the
 * validator ({@link validateScenario}) is built from, so the two agree. The package also ships it
 * as `inbox-rules/scenario.schema.json`; point a file's `"$schema"` at it for editor completion.
 *
 * It states shape and types only. Two checks of the validator cannot be written in a schema: that
 * an instant names a real calendar date (the schema's `format: "date-time"` is an annotation), and
 * that steps are in time order. Domain rules (scores 1-5, snoozes in the future, known teammates)
 * are the workspace's, checked when the scenario runs. Deeply frozen.
 *
 * @example
 * ```ts
 * import { scenarioSchema } from 'inbox-rules/testing';
 * scenarioSchema['$schema']; // => 'https://json-schema.org/draft/2020-12/schema'
 * scenarioSchema['required']; // => ['name', 'workspace', 'steps']
 * ```
 * @category Testing
 */
export const scenarioSchema: Readonly<Record<string, unknown>> = deepFreeze(toJsonSchema(scenarioShape, {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'inbox-rules scenario (format v1)',
  description: 'A workspace, a timeline of events, and what must hold after each (SCENARIOS.md). Steps must be in time order; instants are ISO-8601 with an offset or Z.',
}));
