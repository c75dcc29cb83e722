#!/usr/bin/env node
/* eslint-disable no-restricted-syntax -- this is the one file of src/ that is a program, not a rule:
   it reads argv, the environment and the terminal, then hands everything to the pure, tested runCli. */
// The `inbox-rules` bin. Node is reached through process.getBuiltinModule (Node >= 20.16), with the
// few members used declared below, so tsconfig.src.json keeps checking src/ without Node's types.
import { nodeIo, type NodeFs } from './testing/scenario/nodeIo.js';
import { runCli } from './testing/scenario/runCli.js';

declare const process: {
  readonly argv: readonly string[];
  exitCode: number | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  cwd(): string;
  getBuiltinModule(id: 'node:fs'): NodeFs;
  readonly stdout: { readonly isTTY?: boolean; write(text: string): boolean };
  readonly stderr: { write(text: string): boolean };
};

process.exitCode = runCli(process.argv.slice(2), nodeIo({
  fs: process.getBuiltinModule('node:fs'),
  cwd: process.cwd(),
  binPath: process.argv[1] ?? '',
  colour: process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined,
  stdout: (text) => { process.stdout.write(text); },
  stderr: (text) => { process.stderr.write(text); },
}));
