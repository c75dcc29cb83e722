#!/usr/bin/env node
// Runs every examples/NN-*.ts and every ```ts block of README.md with tsx, and fails if any exits
// non-zero or prints nothing. README blocks import 'inbox-rules' (and its subpaths 'inbox-rules/mentions',
// '/snooze', '/outbound', '/workspace', '/testing'); they run against src/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const scripts = readdirSync('examples').filter((f) => /^\d\d-.*\.ts$/.test(f)).sort().map((f) => `examples/${f}`);
const tmp = mkdtempSync(join(tmpdir(), 'inbox-rules-readme-'));
const entry = (path) => pathToFileURL(resolve(path)).href.replace(/\.ts$/, '.js');
[...readFileSync('README.md', 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].forEach((m, i) => {
  const file = join(tmp, `readme-${i + 1}.ts`);
  writeFileSync(file, m[1]
    .replace(/(['"])inbox-rules\/(mentions|outbound|snooze|testing|workspace)\1/g, (_, _q, sub) => `'${entry(`src/${sub}/index.ts`)}'`)
    .replace(/(['"])inbox-rules\1/g, `'${entry('src/index.ts')}'`));
  scripts.push(file);
});
let failed = 0;
for (const f of scripts) {
  const run = spawnSync('npx', ['tsx', f], { encoding: 'utf8' });
  const ok = run.status === 0 && run.stdout.trim().length > 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${f.startsWith(tmp) ? `README.md block ${f.replace(/.*readme-(\d+)\.ts$/, '$1')}` : f}`);
  if (!ok) {
    failed++;
    process.stderr.write(run.stdout + run.stderr);
  }
}
rmSync(tmp, { recursive: true, force: true });
if (scripts.length === 0) {
  console.error('no examples found');
  process.exit(1);
}
process.exit(failed ? 1 : 0);
