#!/usr/bin/env node
// Fails when the built type files mention immer: immer is an implementation detail and must never
// leak into the public types (house style, DESIGN.md).
import { readdirSync, readFileSync } from 'node:fs';

const files = readdirSync('dist', { recursive: true }).filter((f) => /\.d\.c?ts$/.test(f));
if (files.length === 0) {
  console.error('No .d.ts/.d.cts files in dist/: run `npm run build` first.');
  process.exit(1);
}
const leaks = files.filter((f) => /immer/i.test(readFileSync(`dist/${f}`, 'utf8')));
if (leaks.length > 0) {
  console.error(`immer appears in the public types: ${leaks.join(', ')}`);
  process.exit(1);
}
console.log(`no immer in ${files.length} type files`);
