// Every `@example` in the TSDoc of src/ runs here, and each `// => value` it shows is asserted, so
// the API docs cannot drift from the code (see scripts/doc-examples.mjs).
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { writeDocExamples } from '../../scripts/doc-examples.mjs';

const examples = writeDocExamples();

describe('TSDoc @example blocks', () => {
  it('every documented module has examples to run', () => {
    expect(examples.length).toBeGreaterThan(30);
  });
  for (const ex of examples) {
    it(`${ex.source} ${ex.symbol} example ${ex.index + 1} runs and shows true results (${ex.checks} checked)`, async () => {
      await expect(import(pathToFileURL(ex.path).href)).resolves.toBeDefined();
    });
  }
});
