// Every scenario file of test/scenarios and examples/scenarios, through the public runner. Each
// file lists the rules it checks in "rules" (the rule-coverage tool reads them from the JSON).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScenarioReport, runScenario, validateScenario } from '../../src/testing/scenario/index.js';

const root = join(import.meta.dirname, '..', '..');
const files = ['test/scenarios', 'examples/scenarios'].flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).sort().map((f) => `${dir}/${f}`));

describe('scenario files', () => {
  it('exist: at least one per rule area, and a few examples', () => {
    expect(files.filter((f) => f.startsWith('test/')).length).toBeGreaterThanOrEqual(13);
    expect(files.filter((f) => f.startsWith('examples/')).length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    const value: unknown = JSON.parse(readFileSync(join(root, file), 'utf8'));
    it(`${file} is well-formed, cites its rules, and passes`, () => {
      const validation = validateScenario(value);
      expect(validation.ok ? [] : validation.errors).toEqual([]);
      expect(validation.ok && (validation.scenario.rules ?? []).length).toBeGreaterThan(0);
      const report = runScenario(value);
      expect(report.passed, formatScenarioReport({ report, file })).toBe(true);
    });
  }
});
