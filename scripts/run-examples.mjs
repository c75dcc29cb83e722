#!/usr/bin/env node
// Runs every examples/NN-*.ts with tsx and fails if any exits non-zero or prints nothing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('examples').filter((f) => /^\d\d-.*\.ts$/.test(f)).sort();
let failed = 0;
for (const f of files) {
  const run = spawnSync('npx', ['tsx', `examples/${f}`], { encoding: 'utf8' });
  const ok = run.status === 0 && run.stdout.trim().length > 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} examples/${f} (${run.stdout.split('\n').length - 1} lines)`);
  if (!ok) {
    failed++;
    process.stderr.write(run.stdout + run.stderr);
  }
}
if (files.length === 0) {
  console.error('no examples found');
  process.exit(1);
}
process.exit(failed ? 1 : 0);
