import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { globToRegExp, isGlob, splitGlob } from '../../src/testing/scenario/_glob.js';
import { displayPath, normalisePath, resolvePath } from '../../src/testing/scenario/_paths.js';
import { nodeIo } from '../../src/testing/scenario/nodeIo.js';
import { HELP, runCli, type CliIo } from '../../src/testing/scenario/runCli.js';

const passing = JSON.stringify({
  name: 'passes', rules: ['STATUS-2'], workspace: { teammates: [{ id: 'ana' }] },
  steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'time.passed' }, expect: { teammates: { ana: { status: 'active' } } } }],
});
const failing = JSON.stringify({
  name: 'fails', workspace: { teammates: [{ id: 'ana' }] },
  steps: [
    { at: '2026-01-05T09:00:00Z', event: { type: 'time.passed' } },
    { at: '2026-01-05T09:01:00Z', event: { type: 'teammate.status-changed', teammate: 'ana', status: 'away' }, expect: { teammates: { ana: { status: 'active', openCount: 0 } } } },
  ],
});
const malformed = JSON.stringify({ name: 'broken', workspace: {}, steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'conversation.sleep' } }] });
const rejectedWorkspace = JSON.stringify({ name: 'bad team', workspace: { teams: [{ id: 't', members: ['nobody'] }] }, steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'time.passed' } }] });

/** An in-memory file system and captured output. */
function fakeIo(files: Readonly<Record<string, string>>, options: { colour?: boolean } = {}): CliIo & { out: string; err: string } {
  const io = {
    cwd: '/repo',
    out: '',
    err: '',
    colour: options.colour ?? false,
    version: '1.2.3',
    readFile: (path: string): string => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
    listFiles: (dir: string): readonly string[] => Object.keys(files)
      .filter((p) => p.startsWith(`${dir}/`))
      .map((p) => p.slice(dir.length + 1))
      .filter((rel) => rel.split('/').slice(0, -1).every((seg) => !seg.startsWith('.') && seg !== 'node_modules')),
    stdout: (text: string): void => { io.out += text; },
    stderr: (text: string): void => { io.err += text; },
  };
  return io;
}

const tree = {
  '/repo/s/pass.json': passing,
  '/repo/s/fail.json': failing,
  '/repo/s/nested/deep/pass2.json': passing,
  '/repo/s/readme.md': '# not a scenario',
  '/repo/s/.hidden/pass3.json': passing,
  '/repo/bad/broken.json': malformed,
  '/repo/bad/notjson.json': '{ "name": ',
  '/repo/bad/workspace.json': rejectedWorkspace,
};

describe('inbox-rules (runCli)', () => {
  it('--help, -h, help and "scenario --help" print the help and exit 0', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['scenario', '--help'], ['scenario', 'x.json', '-h']]) {
      const io = fakeIo({});
      expect(runCli(argv, io)).toBe(0);
      expect(io.out).toBe(HELP);
    }
    expect(HELP).toContain('Exit codes:');
    expect(HELP).toContain('inbox-rules scenario <file|folder|glob>...');
  });

  it('--version prints the version', () => {
    const io = fakeIo({});
    expect(runCli(['--version'], io)).toBe(0);
    expect(io.out).toBe('1.2.3\n');
  });

  it('exits 2 on bad usage: no command, an unknown command or option, no files', () => {
    const cases: [readonly string[], string][] = [
      [[], 'No command given.'], [['run'], 'Unknown command "run".'], [['scenario', '--fast', 'a.json'], 'Unknown option --fast.'],
      [['scenario'], 'Give at least one scenario file, folder or glob.'],
    ];
    for (const [argv, message] of cases) {
      const io = fakeIo(tree);
      expect(runCli(argv, io)).toBe(2);
      expect(io.err).toContain(message);
      expect(io.out).toBe('');
    }
  });

  it('prints PASS per scenario and a summary, exit 0, for files given by path (relative or absolute)', () => {
    const io = fakeIo(tree);
    expect(runCli(['scenario', 's/pass.json', '/repo/s/nested/deep/pass2.json'], io)).toBe(0);
    expect(io.out).toBe('PASS passes (s/pass.json)\nPASS passes (s/nested/deep/pass2.json)\n2 scenarios: 2 passed, 0 failed, 0 malformed\n');
  });

  it('prints FAIL with the failing step in detail and exits 1 when an expectation fails', () => {
    const io = fakeIo(tree);
    expect(runCli(['scenario', 's/fail.json', 's/pass.json'], io)).toBe(1);
    expect(io.out).toBe([
      'FAIL fails (s/fail.json)',
      '  steps[1] 2026-01-05T09:01:00Z teammate.status-changed',
      '    teammates.ana.status: expected "active", got "away"',
      'PASS passes (s/pass.json)',
      '2 scenarios: 1 passed, 1 failed, 0 malformed',
      '',
    ].join('\n'));
  });

  it('prints INVALID with every JSON path for a malformed file, an unreadable one, bad JSON or a rejected workspace, and exits 2', () => {
    const io = fakeIo(tree);
    expect(runCli(['scenario', 'bad/broken.json', 'bad/notjson.json', 'bad/workspace.json', 'bad/missing.json', 's/fail.json'], io)).toBe(2);
    const lines = io.out.split('\n');
    expect(lines[0]).toBe('INVALID broken (bad/broken.json)');
    expect(lines[1]).toMatch(/^ {2}\$\.steps\[0\]\.event\.type: unknown event type "conversation\.sleep"/);
    expect(lines[2]).toBe('INVALID bad/notjson.json');
    expect(lines[3]).toMatch(/^ {2}\$: not valid JSON \(/);
    expect(lines[4]).toBe('INVALID bad team (bad/workspace.json)');
    expect(lines[5]).toMatch(/^ {2}\$\.workspace: the workspace rejects it \(unknown-teammate: /);
    expect(lines[6]).toBe('INVALID bad/missing.json');
    expect(lines[7]).toMatch(/^ {2}\$: cannot read the file \(ENOENT/);
    expect(io.out).toContain('5 scenarios: 0 passed, 1 failed, 4 malformed\n');
  });

  it('expands globs (sorted, without duplicates, skipping dot-folders) and folders (every .json below)', () => {
    const io = fakeIo(tree);
    expect(runCli(['scenario', 's/**/*.json', 's/pass.json'], io)).toBe(1);
    expect(io.out.split('\n').filter((l) => /^(PASS|FAIL)/.test(l))).toEqual([
      'FAIL fails (s/fail.json)', 'PASS passes (s/nested/deep/pass2.json)', 'PASS passes (s/pass.json)',
    ]);
    const folder = fakeIo(tree);
    expect(runCli(['scenario', 's/nested'], folder)).toBe(0);
    expect(folder.out).toBe('PASS passes (s/nested/deep/pass2.json)\n1 scenario: 1 passed, 0 failed, 0 malformed\n');
    const braces = fakeIo(tree);
    expect(runCli(['scenario', '/repo/s/{pass,fail}.json'], braces)).toBe(1);
    expect(braces.out).toContain('2 scenarios: 1 passed, 1 failed');
  });

  it('exits 2 when a pattern matches no file, naming it, and still runs the others', () => {
    const io = fakeIo(tree);
    expect(runCli(['scenario', 'nothing/*.json', 's/pass.json'], io)).toBe(2);
    expect(io.err).toBe('No file matches "nothing/*.json".\n');
    expect(io.out).toContain('PASS passes (s/pass.json)');
    const none = fakeIo(tree);
    expect(runCli(['scenario', 's/*.yaml'], none)).toBe(2);
    expect(none.out).toBe('0 scenarios: 0 passed, 0 failed, 0 malformed\n');
  });

  it('--json prints one result per file instead of text', () => {
    const io = fakeIo(tree);
    expect(runCli(['scenario', '--json', 's/pass.json', 'bad/broken.json'], io)).toBe(2);
    const results = JSON.parse(io.out) as { file: string; status: string }[];
    expect(results.map((r) => [r.file, r.status])).toEqual([['s/pass.json', 'passed'], ['bad/broken.json', 'malformed']]);
    expect(results[0]).toMatchObject({ report: { name: 'passes', passed: true } });
    expect(results[1]).toMatchObject({ name: 'broken', errors: [{ path: '$.steps[0].event.type' }] });
  });

  it('uses colours only when told to (standard output is a terminal)', () => {
    const plain = fakeIo(tree);
    runCli(['scenario', 's/pass.json', 's/fail.json', 'bad/broken.json'], plain);
    expect(plain.out).not.toContain('\u001b[');
    const colour = fakeIo(tree, { colour: true });
    runCli(['scenario', 's/pass.json', 's/fail.json', 'bad/broken.json'], colour);
    expect(colour.out).toContain('\u001b[32mPASS\u001b[0m passes');
    expect(colour.out).toContain('\u001b[31mFAIL\u001b[0m fails');
    expect(colour.out).toContain('\u001b[33mINVALID\u001b[0m broken');
  });
});

describe('glob matching', () => {
  it('splits a pattern into the folder to list and the pattern below it', () => {
    expect(splitGlob('test/**/*.json')).toEqual({ base: 'test', rest: '**/*.json' });
    expect(splitGlob('*.json')).toEqual({ base: '', rest: '*.json' });
    expect(splitGlob('/abs/dir/a?.json')).toEqual({ base: '/abs/dir', rest: 'a?.json' });
    expect(isGlob('a/b.json')).toBe(false);
  });

  it('matches * within a name, ** across folders (none included), ?, {a,b} and [abc], never hidden names', () => {
    const cases: [string, string, boolean][] = [
      ['*.json', 'a.json', true], ['*.json', 'd/a.json', false], ['*.json', '.a.json', false],
      ['**/*.json', 'a.json', true], ['**/*.json', 'd/e/a.json', true], ['**/*.json', '.git/a.json', false], ['**', 'd/e', true],
      ['d/**', 'd/e/f.json', true], ['a?.json', 'ab.json', true], ['a?.json', 'a.json', false],
      ['{x,y}.json', 'y.json', true], ['{x,y}.json', 'z.json', false], ['[ab].json', 'b.json', true], ['[!ab].json', 'b.json', false],
      ['a+b(1).json', 'a+b(1).json', true], ['{x.json', '{x.json', true], ['[x.json', '[x.json', true],
    ];
    for (const [pattern, path, matches] of cases) expect({ pattern, path, matches: globToRegExp(pattern).test(path) }).toEqual({ pattern, path, matches });
  });

  test.prop([fc.array(fc.stringMatching(/^[\w.+()-]{1,8}$/).filter((s) => !s.startsWith('.')), { minLength: 1, maxLength: 4 })])(
    'a path without glob syntax matches itself, and **/<its name> matches it too',
    (segments) => {
      const path = segments.join('/');
      expect(globToRegExp(path).test(path)).toBe(true);
      expect(globToRegExp(`**/${segments[segments.length - 1]!}`).test(path)).toBe(true);
      expect(globToRegExp(path).test(`${path}x`)).toBe(false);
    },
  );
});

describe('paths', () => {
  it('resolves, normalises and shows paths relative to the working folder', () => {
    expect(resolvePath('/repo', 'test/../s/./a.json')).toBe('/repo/s/a.json');
    expect(resolvePath('/repo', '/etc//x.json')).toBe('/etc/x.json');
    expect(resolvePath('C:/work', 'a\\b.json')).toBe('C:/work/a/b.json');
    expect(normalisePath('/../a')).toBe('/a');
    expect(normalisePath('../../a')).toBe('../../a');
    expect(displayPath('/repo', '/repo/s/a.json')).toBe('s/a.json');
    expect(displayPath('/repo/', '/other/a.json')).toBe('/other/a.json');
  });
});

describe('the inbox-rules bin', () => {
  const root = join(import.meta.dirname, '..', '..');

  it('lists files below a folder on the real file system, skipping node_modules and dot-folders, and reads them', () => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'inbox-rules-cli-')).replace(/\\/g, '/');
    for (const p of ['a.json', 'sub/b.json', '.hidden/c.json', 'node_modules/d.json']) {
      fs.mkdirSync(join(dir, p, '..'), { recursive: true });
      fs.writeFileSync(join(dir, p), passing);
    }
    const written: string[] = [];
    const io = nodeIo({ fs, cwd: dir, binPath: join(root, 'src', 'cli.ts'), colour: false, stdout: (t) => written.push(t), stderr: (t) => written.push(t) });
    expect([...io.listFiles(dir)].sort()).toEqual(['a.json', 'sub/b.json']);
    expect(io.listFiles(`${dir}/a.json`)).toEqual([]);
    expect(io.readFile(`${dir}/a.json`)).toBe(passing);
    expect(runCli(['scenario', '.'], io)).toBe(0);
    expect(written.join('')).toBe('PASS passes (a.json)\nPASS passes (sub/b.json)\n2 scenarios: 2 passed, 0 failed, 0 malformed\n');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads its version from the package.json above the bin, or says unknown', () => {
    const pkg = JSON.parse(fs.readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const at = (binPath: string): string => nodeIo({ fs, cwd: root, binPath, colour: true, stdout: () => undefined, stderr: () => undefined }).version;
    expect(at(join(root, 'src', 'cli.ts'))).toBe(pkg.version);
    expect(at(join(root, 'no', 'such', 'cli.js'))).toBe('unknown');
  });

  it('runs the example scenarios from the command line and exits 0', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'scenario', 'examples/scenarios'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^PASS .*\(examples\/scenarios\/01-balanced-worked-example\.json\)$/m);
    expect(run.stdout).toMatch(/^\d+ scenarios: \d+ passed, 0 failed, 0 malformed$/m);
  }, 30_000);
});
