#!/usr/bin/env node
// Packs the library, installs the tarball into an empty temporary project, and loads it with both
// require() and import() (the core, inbox-rules/workspace and inbox-rules/testing), calling one function
// each way.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'inbox-rules-smoke-'));
const sh = (cmd, argv, cwd) => execFileSync(cmd, argv, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
try {
  const tgz = sh('npm', ['pack', '--silent', '--pack-destination', dir], root).trim().split('\n').pop();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'smoke', version: '1.0.0', private: true }));
  sh('npm', ['install', '--no-audit', '--no-fund', '--silent', resolve(dir, tgz)], dir);
  const check = "const t = m.createTeammate({ id: '__proto__' }); if (t.status !== 'active') throw new Error('bad');";
  console.log(sh('node', ['-e', `const m = require('inbox-rules'); ${check} console.log('require ok:', Object.keys(m).length, 'exports')`], dir).trim());
  console.log(sh('node', ['--input-type=module', '-e', `const m = await import('inbox-rules'); ${check} console.log('import ok:', Object.keys(m).length, 'exports')`], dir).trim());
  const ws = "const w = s.createWorkspace({ teammates: [{ id: 'ana' }] }); if (s.getTeammate(w, 'ana')?.status !== 'active' || typeof s.apply !== 'function') throw new Error('workspace entry incomplete');";
  // InboxRuleError is one class across entries (a shared chunk), so instanceof works whichever entry threw.
  const same = "try { s.createWorkspace(null); throw new Error('no error'); } catch (e) { if (!(e instanceof m.InboxRuleError)) throw new Error('two InboxRuleError classes'); }";
  console.log(sh('node', ['-e', `const m = require('inbox-rules'); const s = require('inbox-rules/workspace'); ${ws} ${same} console.log('require inbox-rules/workspace ok')`], dir).trim());
  console.log(sh('node', ['--input-type=module', '-e', `const m = await import('inbox-rules'); const s = await import('inbox-rules/workspace'); ${ws} ${same} console.log('import inbox-rules/workspace ok')`], dir).trim());
  const kit = "if (typeof t.runScenario !== 'function' || typeof t.checkBalancedConformance !== 'function') throw new Error('testing entry incomplete');";
  console.log(sh('node', ['-e', `const t = require('inbox-rules/testing'); ${kit} console.log('require inbox-rules/testing ok')`], dir).trim());
  console.log(sh('node', ['--input-type=module', '-e', `const t = await import('inbox-rules/testing'); ${kit} console.log('import inbox-rules/testing ok')`], dir).trim());
  const schema = JSON.parse(sh('node', ['-e', "process.stdout.write(JSON.stringify(require('inbox-rules/scenario.schema.json')))"], dir));
  if (schema.type !== 'object') throw new Error('scenario.schema.json is not a schema');
  writeFileSync(join(dir, 'ok.json'), readFileSync(join(root, 'examples/scenarios/01-balanced-worked-example.json')));
  console.log(sh('npx', ['--no-install', 'inbox-rules', 'scenario', 'ok.json'], dir).trim().split('\n').pop());
  console.log(`packed ${tgz}: every entry loads with require() and import(); the schema and the bin work`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
