#!/usr/bin/env node
// Bundle-size budget (issue 7): the core entry and one rule function imported alone, each bundled
// with esbuild (bundle, minify, ESM, runtime dependencies external) and gzipped, as a consumer's
// bundler would ship them. Exits 1 when a budget is exceeded. The workspace entry
// (`inbox-rules/workspace`, which includes what it uses of the core) is measured for information.
//
//   node scripts/bundle-size.mjs            measure dist/index.js (run `npm run build` first)
//   node scripts/bundle-size.mjs --src      measure src/index.ts instead (no build needed)
//   node scripts/bundle-size.mjs --json     print one JSON object
//   node scripts/bundle-size.mjs --verbose  also list what dominates the core bundle
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const fromSrc = args.has('--src');
const entry = join(root, fromSrc ? 'src/index.ts' : 'dist/index.js');
const workspaceEntry = join(root, fromSrc ? 'src/workspace/index.ts' : 'dist/workspace/index.js');
/** Budgets in bytes of minified + gzipped output (1 kB = 1,000 bytes). */
export const CORE_BUDGET = 15_000;
export const ONE_FUNCTION_BUDGET = 3_000;
/** The rule function whose size is the budgeted one, then others shown for information. */
const FUNCTIONS = ['decideBalancedAssignee', 'parseMentions', 'countRatingCharacters', 'decideRatingRequest', 'snoozePresetTime'];
const EXTERNAL = ['immer', 'date-fns', 'date-fns/*', '@date-fns/tz', 'fast-check', '@fast-check/*'];

if (!existsSync(entry)) {
  console.error(`bundle-size: ${entry} does not exist; run \`npm run build\` first, or pass --src.`);
  process.exit(2);
}

/** Minified and gzipped size of `contents` (an ES module importing from the entry). */
async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'bundle-size-entry.js' },
    bundle: true, minify: true, format: 'esm', platform: 'neutral', target: 'es2022', write: false,
    external: EXTERNAL, metafile: true, logLevel: 'silent', legalComments: 'none',
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return { minBytes: code.length, minGzBytes: gzipSync(code, { level: 9 }).length, inputs };
}

const spec = JSON.stringify(entry);
const core = await measure(`export * from ${spec};`);
const functions = [];
for (const name of FUNCTIONS) {
  const size = await measure(`export { ${name} } from ${spec};`).catch(() => null);
  if (size !== null) functions.push({ name, minBytes: size.minBytes, minGzBytes: size.minGzBytes });
}
const workspace = existsSync(workspaceEntry) ? await measure(`export * from ${JSON.stringify(workspaceEntry)};`) : null;
const one = functions[0] ?? { name: FUNCTIONS[0], minBytes: 0, minGzBytes: 0 };
const largest = Object.entries(core.inputs)
  .map(([file, { bytesInOutput }]) => ({ file: file.replace(/^.*?(src\/|dist\/|node_modules\/)/, '$1'), bytes: bytesInOutput }))
  .sort((a, b) => b.bytes - a.bytes)
  .slice(0, 10);
const pass = { core: core.minGzBytes <= CORE_BUDGET, oneFunction: one.minGzBytes <= ONE_FUNCTION_BUDGET };

if (args.has('--json')) {
  console.log(JSON.stringify({
    entry: fromSrc ? 'src/index.ts' : 'dist/index.js', coreMinBytes: core.minBytes, coreMinGzBytes: core.minGzBytes,
    oneFunction: one.name, oneFunctionMinGzBytes: one.minGzBytes, functions, largestInputs: largest,
    workspaceMinBytes: workspace?.minBytes ?? null, workspaceMinGzBytes: workspace?.minGzBytes ?? null,
    budgets: { coreMinGzBytes: CORE_BUDGET, oneFunctionMinGzBytes: ONE_FUNCTION_BUDGET }, pass,
  }));
} else {
  const kb = (n) => `${(n / 1000).toFixed(2)} kB`;
  console.log(`bundle size (esbuild --bundle --minify, ESM, dependencies external; gzip -9) of ${fromSrc ? 'src/index.ts' : 'dist/index.js'}`);
  console.log(`  core entry               ${kb(core.minGzBytes).padStart(9)} min+gz (${kb(core.minBytes)} min)  budget ${kb(CORE_BUDGET)}  ${pass.core ? 'PASS' : 'FAIL'}`);
  for (const f of functions) {
    const budget = f === one ? `  budget ${kb(ONE_FUNCTION_BUDGET)}  ${pass.oneFunction ? 'PASS' : 'FAIL'}` : '';
    console.log(`  ${f.name.padEnd(24)} ${kb(f.minGzBytes).padStart(9)} min+gz (${kb(f.minBytes)} min)${budget}`);
  }
  if (workspace !== null) {
    console.log(`  ${'workspace entry'.padEnd(24)} ${kb(workspace.minGzBytes).padStart(9)} min+gz (${kb(workspace.minBytes)} min)  (inbox-rules/workspace, with the core it uses; no budget)`);
  }
  if (args.has('--verbose') || !pass.core || !pass.oneFunction) {
    console.log('  largest inputs of the core bundle (minified bytes before gzip):');
    for (const { file, bytes } of largest) console.log(`    ${String(bytes).padStart(7)}  ${file}`);
  }
}
if (!pass.core || !pass.oneFunction) process.exitCode = 1;
