import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

export default defineConfig({
  // `index`: the rule functions and the model; `workspace`: the workspace state machine (published
  // as `inbox-rules/workspace`); `testing`: scenario runner, arbitraries, conformance (published as
  // `inbox-rules/testing`); `cli`: the `inbox-rules` command.
  entry: { index: 'src/index.ts', workspace: 'src/workspace/index.ts', testing: 'src/testing/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  // tsup 8.5 injects `baseUrl` into the dts compiler options and TypeScript 6 rejects it (TS5101)
  // unless deprecations are silenced; see ../shared/toolchain.md section 4, item 6.
  dts: { entry: { index: 'src/index.ts', workspace: 'src/workspace/index.ts', testing: 'src/testing/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  // Shared chunks, so every entry uses the same classes (InboxRuleError) in each module system.
  splitting: true,
  target: 'es2022',
  minify: false,
  external: ['immer', 'date-fns', '@date-fns/tz', 'fast-check'],
  // Ships the scenario format's JSON Schema (`inbox-rules/scenario.schema.json`), generated from the
  // same object the runner exports, so the two cannot drift.
  async onSuccess() {
    const testing = (await import(pathToFileURL(`${process.cwd()}/dist/testing.js`).href)) as { scenarioSchema: unknown };
    writeFileSync('dist/scenario.schema.json', `${JSON.stringify(testing.scenarioSchema, null, 2)}\n`);
  },
});
