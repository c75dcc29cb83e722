import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Options } from 'tsup';

// The entries: `index`, the core (the model, status, conversation lifecycle, assignment, ratings);
// the opt-in areas `mentions/index`, `snooze/index` and `outbound/index` (published as
// `inbox-rules/mentions`, `inbox-rules/snooze`, `inbox-rules/outbound`); `workspace/index`, the
// workspace state machine (published as `inbox-rules/workspace`); `testing/index`, scenario runner,
// arbitraries, conformance (published as `inbox-rules/testing`); `cli`, the `inbox-rules` command
// (ESM only).
const entries = {
  index: 'src/index.ts',
  'mentions/index': 'src/mentions/index.ts',
  'snooze/index': 'src/snooze/index.ts',
  'outbound/index': 'src/outbound/index.ts',
  'workspace/index': 'src/workspace/index.ts',
  'testing/index': 'src/testing/index.ts',
};

const common: Options = {
  sourcemap: true,
  // Both builds write into dist/ at the same time, so neither cleans it: `npm run build` empties it first.
  clean: false,
  target: 'es2022',
  minify: false,
  external: ['immer', 'date-fns', '@date-fns/tz', 'fast-check'],
};

export default defineConfig([
  {
    ...common,
    // ESM: one output module per source module (dist/ mirrors src/), not bundled. A consumer's
    // bundler then drops every module it does not use (`sideEffects: false`), as it does with src/.
    // Bundled into shared chunks, all modules would become one module, and every module-level
    // statement a bundler cannot prove pure (an `Object.freeze(...)` table, say) would be kept
    // whatever is imported: `decideBalancedAssignee` alone measured 3.38 kB that way, 2.94 kB from
    // src/. One module per source file also keeps InboxRuleError one class for every entry.
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    // Ships the scenario format's JSON Schema (`inbox-rules/scenario.schema.json`), generated from the
    // same object the runner exports, so the two cannot drift.
    async onSuccess() {
      const testing = (await import(pathToFileURL(`${process.cwd()}/dist/testing/index.js`).href)) as { scenarioSchema: unknown };
      writeFileSync('dist/scenario.schema.json', `${JSON.stringify(testing.scenarioSchema, null, 2)}\n`);
    },
  },
  {
    ...common,
    // CJS: bundled, with shared chunks so every entry uses the same classes (InboxRuleError).
    entry: entries,
    format: ['cjs'],
    treeshake: true,
    splitting: true,
  },
  {
    ...common,
    // Types for both module systems (.d.ts and .d.cts), one rolled-up file per entry.
    entry: entries,
    format: ['esm', 'cjs'],
    // tsup 8.5 injects `baseUrl` into the dts compiler options and TypeScript 6 rejects it (TS5101)
    // unless deprecations are silenced; see ../shared/toolchain.md section 4, item 6.
    dts: { only: true, compilerOptions: { ignoreDeprecations: '6.0' } },
  },
]);
