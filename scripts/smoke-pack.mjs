#!/usr/bin/env node
// Packs the library, installs the tarball into an empty temporary project, and loads it with both
// require() and import() (the core, inbox-rules/mentions, /snooze, /outbound, /workspace and /testing),
// calling one function of each entry each way.
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
  // The opt-in areas: one function each, on values built by the core (one model across entries), and
  // the core without them.
  const areas = "const n = mn.parseMentions({ text: 'hi @ana', teammates: [m.createTeammate({ id: 'ana' })] }); if (n.mentioned[0] !== 'ana') throw new Error('mentions entry: ' + JSON.stringify(n));" +
    " if (typeof sn.snoozePresetTime({ preset: 'tomorrow', now: 0, timezone: 'UTC' }) !== 'number') throw new Error('snooze entry');" +
    " if (typeof ob.startOutboundConversation !== 'function' || !Array.isArray(ob.OUTBOUND_FLOW)) throw new Error('outbound entry incomplete');" +
    " if ('parseMentions' in m || 'snoozePresetTime' in m || 'startOutboundConversation' in m) throw new Error('the core still exports an opt-in area');" +
    " if ([mn, sn, ob].some((e) => e.InboxRuleError !== m.InboxRuleError)) throw new Error('two InboxRuleError classes');";
  console.log(sh('node', ['-e', `const m = require('inbox-rules'); const mn = require('inbox-rules/mentions'); const sn = require('inbox-rules/snooze'); const ob = require('inbox-rules/outbound'); ${areas} console.log('require inbox-rules/mentions, /snooze, /outbound ok')`], dir).trim());
  console.log(sh('node', ['--input-type=module', '-e', `const m = await import('inbox-rules'); const mn = await import('inbox-rules/mentions'); const sn = await import('inbox-rules/snooze'); const ob = await import('inbox-rules/outbound'); ${areas} console.log('import inbox-rules/mentions, /snooze, /outbound ok')`], dir).trim());
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
