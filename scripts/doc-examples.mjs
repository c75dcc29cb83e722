#!/usr/bin/env node
// Turns every `@example` block of the TSDoc in src/ into a runnable TypeScript module, so the
// documentation is tested: imports of 'inbox-rules' point at src/index.ts (and of its subpaths,
// 'inbox-rules/mentions', '/snooze', '/outbound', '/workspace' and '/testing', at src/<subpath>/index.ts),
// and every line of the form `expression; // => value` (or `const x = expression; // => value`, with
// continuation lines starting `//  `) becomes an assertion that the expression deep-equals the value.
// Usage: node scripts/doc-examples.mjs [--out DIR]   (default test/.doc-examples)
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

const NOT_EXPRESSION = /^(if|for|while|try|catch|switch|return|import|export|type|interface|function|class|throw|}|\{)\b/;

function isExpression(text) {
  try {
    new Function(`return (${text});`);
    return true;
  } catch {
    return false;
  }
}

/** Rewrites one example's lines into checked code. */
function instrument(lines, importPath) {
  const out = [];
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]
      .replace(/(['"])inbox-rules\/(mentions|outbound|snooze|testing|workspace)\1/g, (_, _q, entry) => `'${importPath.replace(/index\.js$/, `${entry}/index.js`)}'`)
      .replace(/(['"])inbox-rules\1/g, `'${importPath}'`);
    // A result on its own line (`// => value`) belongs to the statement just above it.
    if (/^\s*\/\/ => /.test(line) && out.length > 0 && /;\s*$/.test(out[out.length - 1]) && !/__expect\(/.test(out[out.length - 1])) {
      line = `${out.pop().replace(/;\s*$/, '')}; ${line.trim()}`;
    }
    const m = /^(\s*)(.*?);?\s*\/\/ => (.*)$/.exec(line);
    if (m && m[2].trim() !== '') {
      let expected = m[3].trim();
      while (i + 1 < lines.length && /^\s*\/\/\s{2,}\S/.test(lines[i + 1])) expected += ' ' + lines[++i].replace(/^\s*\/\//, '').trim();
      const stmt = m[2].trim();
      const decl = /^(const|let)\s+([A-Za-z_$][\w$]*)(\s*:[^=]+)?\s*=\s*(.+)$/.exec(stmt);
      if (isExpression(expected)) {
        if (decl && isExpression(decl[4])) {
          out.push(`${m[1]}${stmt}; __expect(${decl[2]}, ${expected});`);
          checks++;
          continue;
        }
        if (!NOT_EXPRESSION.test(stmt) && !decl && isExpression(stmt)) {
          out.push(`${m[1]}__expect(${stmt}, ${expected});`);
          checks++;
          continue;
        }
      }
    }
    out.push(line);
  }
  return { code: out.join('\n'), checks };
}

/** Every @example block of src/, as { source, symbol, index, body } */
export function extractDocExamples() {
  const examples = [];
  for (const file of walk(join(root, 'src')).sort()) {
    const text = readFileSync(file, 'utf8');
    for (const block of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function|const|class|type|interface|let)?\s*([A-Za-z_$][\w$]*)?/g)) {
      const lines = block[1].split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      let n = 0;
      for (let i = 0; i < lines.length; i++) {
        if (!/^@example\b/.test(lines[i].trim())) continue;
        const start = lines.findIndex((l, j) => j > i && /^```(ts|typescript)\s*$/.test(l.trim()));
        if (start < 0) continue;
        const end = lines.findIndex((l, j) => j > start && /^```\s*$/.test(l.trim()));
        if (end < 0) continue;
        examples.push({ source: relative(root, file), symbol: block[2] ?? 'anonymous', index: n++, body: lines.slice(start + 1, end) });
        i = end;
      }
    }
  }
  return examples;
}

/** Writes one module per example into `outDir` and returns their paths and check counts. */
export function writeDocExamples(outDir = join(root, 'test', '.doc-examples')) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const importPath = relative(outDir, join(root, 'src', 'index.js')).replace(/\\/g, '/');
  const written = [];
  for (const [n, ex] of extractDocExamples().entries()) {
    const { code, checks } = instrument(ex.body, importPath.startsWith('.') ? importPath : `./${importPath}`);
    // A running number first: names that differ only in case (messengerPresence, MessengerPresence)
    // would otherwise collide on case-insensitive file systems and in tsc's casing check.
    const name = `${String(n).padStart(3, '0')}_${ex.source.replace(/^src\//, '').replace(/\.ts$/, '').replace(/[^\w]+/g, '_')}__${ex.symbol}_${ex.index}.ts`;
    const header = `// Generated from ${ex.source} (${ex.symbol}, example ${ex.index + 1}) by scripts/doc-examples.mjs. Do not edit.\n` +
      `/* eslint-disable */\nimport { expect as __vitestExpect } from 'vitest';\n` +
      `const __expect = (actual: unknown, expected: unknown): void => { __vitestExpect(actual).toStrictEqual(expected); };\n` +
      `void __expect;\n`;
    writeFileSync(join(outDir, name), `${header}${code}\nexport {};\n`);
    written.push({ path: join(outDir, name), source: ex.source, symbol: ex.symbol, index: ex.index, checks });
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const oi = process.argv.indexOf('--out');
  const written = writeDocExamples(oi > 0 ? process.argv[oi + 1] : undefined);
  console.log(`${written.length} doc examples written, ${written.reduce((s, w) => s + w.checks, 0)} checked results`);
}
