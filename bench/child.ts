// One measurement in its own process (JIT feedback from one variant must not slow another,
// toolchain.md section 5). Usage: node --expose-gc child.mjs '<task as JSON>'; prints one JSON line.
import { runBalanced, type BalancedTask } from './balanced.js';
import { runText, type TextTask } from './text.js';
import { runWorkspace, type WorkspaceTask } from './workspace.js';

/** Any measurement the runner can ask for. */
export type Task = WorkspaceTask | BalancedTask | TextTask;

async function run(task: Task): Promise<unknown> {
  switch (task.group) {
    case 'workspace':
      return runWorkspace(task);
    case 'balanced':
      return runBalanced(task);
    case 'text':
      return runText(task);
  }
}

const arg = process.argv[2];
if (arg !== undefined) {
  try {
    const result = await run(JSON.parse(arg) as Task);
    process.stdout.write(`${JSON.stringify({ ok: true, result })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`);
    process.exitCode = 1;
  }
}
