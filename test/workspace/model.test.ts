// Model-based test of the workspace (fc.commands + fc.modelRun) against the small reference model of
// _model.ts, plus controls: the same commands against deliberately broken variants of `apply` must
// fail, which proves the harness can find such bugs.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Teammate } from '../../src/index.js';
import {
  apply, createWorkspace, getTeam, getTeammate, listConversations, waitingConversations, type ApplyResult, type Workspace,
  type WorkspaceEvent,
} from '../../src/workspace/index.js';
import { agree, modelConfigArb, workspaceCommandArbs, type ModelBox, type Real } from './_commands.js';

const TIMEOUT = 60_000;
const runArb = fc.tuple(modelConfigArb, fc.commands(workspaceCommandArbs, { maxCommands: 60, size: 'medium' }));

type Setup = typeof modelConfigArb extends fc.Arbitrary<infer T> ? T : never;

/** Runs one generated command sequence against a workspace whose transition is `transition`. */
function runAgainst(transition: Real['apply']): (run: readonly [Setup, Iterable<fc.Command<ModelBox, Real>>]) => void {
  return ([{ config, model }, commands]) => {
    const setup = (): { model: ModelBox; real: Real } => {
      const ws = createWorkspace(config);
      agree(model, ws, 'initial state');
      return { model: { s: model, created: 0 }, real: { ws, apply: transition } };
    };
    fc.modelRun(setup, commands);
  };
}

/**
 * A broken `apply`: after the real transition, every conversation still waiting in a balanced team
 * inbox is handed (through the public API) to a member that `wrongPick` chooses.
 */
function breakBalanced(wrongPick: (t: Teammate) => boolean): Real['apply'] {
  return (workspace: Workspace, event: WorkspaceEvent): ApplyResult => {
    const r = apply(workspace, event);
    let ws = r.workspace;
    const effects = [...r.effects];
    for (const teamId of ['billing', 'vip']) {
      for (const conversation of waitingConversations(ws, teamId)) {
        const members = (getTeam(ws, teamId)?.members ?? []).map((m) => getTeammate(ws, m)!);
        const wrong = members.find((t) => t.inboxSeat && wrongPick(t));
        if (!wrong) continue;
        const next = apply(ws, { type: 'conversation.assigned', at: event.at, conversation, by: wrong.id, to: { teammate: wrong.id } });
        ws = next.workspace;
        effects.push(...next.effects);
      }
    }
    return { workspace: ws, effects };
  };
}

describe('workspace model-based test', () => {
  test.prop([runArb])(
    'ASSIGN-5, ASSIGN-7, ASSIGN-8, ASSIGN-13, ASSIGN-14, ASSIGN-15, ASSIGN-16, ASSIGN-17, ASSIGN-18, ASSIGN-22, ASSIGN-23, ASSIGN-24, ASSIGN-27, ASSIGN-28, ASSIGN-29, ASSIGN-30, ASSIGN-31, ASSIGN-32, ASSIGN-33, ASSIGN-37, STATUS-3, STATUS-4, STATUS-7, STATUS-9, STATUS-14, STATUS-15, SNOOZE-1, SNOOZE-4, SNOOZE-5, SNOOZE-6, SNOOZE-7, SNOOZE-11, SNOOZE-12, SNOOZE-13, SNOOZE-14, SNOOZE-15: the workspace agrees with the reference model after every command',
    (r) => {
      runAgainst(apply)(r);
    },
    TIMEOUT,
  );

  /** A control: the broken variant must fail, on a run that the real apply passes (so the bug caught is the variant's). */
  const control = (broken: Real['apply']): void => {
    const result = fc.check(fc.property(runArb, runAgainst(broken)), { seed: 20260105, numRuns: 200 });
    expect(result.failed).toBe(true);
    expect(() => { runAgainst(apply)(result.counterexample![0]); }).not.toThrow();
  };

  it('ASSIGN-13, STATUS-3: control: a variant that gives waiting balanced conversations to an away teammate is caught', () => {
    control(breakBalanced((t) => t.status === 'away'));
  }, TIMEOUT);

  it('ASSIGN-13, ASSIGN-14: control: a variant that ignores assignment limits is caught', () => {
    control(breakBalanced((t) => t.status === 'active' && t.assignmentLimit !== null && t.openCount >= t.assignmentLimit));
  }, TIMEOUT);

  it('ASSIGN-32, ASSIGN-34: control: a variant that runs round robin again for unassigned conversations of the round-robin inbox is caught', () => {
    control((workspace, event) => {
      const r = apply(workspace, event);
      let ws = r.workspace;
      const effects = [...r.effects];
      const rota = getTeam(ws, 'rota')!;
      for (const c of listConversations(ws)) {
        const active = rota.members.map((m) => getTeammate(ws, m)!).find((t) => t.status === 'active' && t.inboxSeat);
        if (c.team !== 'rota' || c.state !== 'open' || c.teammate !== null || !active) continue;
        const next = apply(ws, { type: 'conversation.assigned', at: event.at, conversation: c.id, by: active.id, to: { teammate: active.id } });
        ws = next.workspace;
        effects.push(...next.effects);
      }
      return { workspace: ws, effects };
    });
  }, TIMEOUT);
});
