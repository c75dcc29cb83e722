#!/usr/bin/env node
// Runs the whole vitest suite once per time zone (the results must not depend on the host zone),
// then prints the plain closing line CI reads: "N passed, N failed".
// Usage: node scripts/test-ci.mjs [--zones UTC,Pacific/Chatham] [extra vitest args...]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const args = process.argv.slice(2);
const zi = args.indexOf('--zones');
const zones = zi >= 0 ? args.splice(zi, 2)[1].split(',') : ['UTC', 'Pacific/Chatham'];
let passed = 0;
let failed = 0;
let ok = true;
for (const zone of zones) {
  const out = `.vitest-${zone.replace(/\W/g, '_')}.json`;
  rmSync(out, { force: true });
  console.log(`\n=== vitest under TZ=${zone} ===`);
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...args], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  let report;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    console.error(`vitest under TZ=${zone} wrote no JSON report (exit ${run.status}).`);
    ok = false;
    failed += 1;
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (!report.success || run.status !== 0) ok = false;
  if (report.numTotalTests === 0) {
    console.error('vitest ran no tests.');
    ok = false;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
