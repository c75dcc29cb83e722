// The runner against a faulty or newer workspace: the workspace module is wrapped so a test can
// make `apply` (of `conversation.assigned` events) emit an effect type from a later format version, crash, or mutate its input, and
// make `checkInvariants` report a violation.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as WorkspaceModule from '../../src/workspace/index.js';
import { runScenario } from '../../src/testing/scenario/index.js';

const fault = vi.hoisted(() => ({ extraEffect: false, crash: false, mutate: false, violations: [] as string[] }));

vi.mock('../../src/workspace/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof WorkspaceModule>();
  let tampered = false;
  return {
    ...real,
    apply: (ws: WorkspaceModule.Workspace, event: WorkspaceModule.WorkspaceEvent) => {
      const faulty = event.type === 'conversation.assigned';
      if (faulty && fault.crash) throw new TypeError('cannot read properties of undefined');
      if (faulty && fault.mutate) {
        tampered = true;
        throw new Error('half-applied');
      }
      const result = real.apply(ws, event);
      return fault.extraEffect ? { ...result, effects: [...result.effects, { type: 'sla.breached', conversation: 'c1' }] } : result;
    },
    // What a caller observes of the workspace changes after a faulty apply "half-applied" an event.
    listConversations: (ws: WorkspaceModule.Workspace) => (tampered ? [] : real.listConversations(ws)),
    checkInvariants: (ws: WorkspaceModule.Workspace) => [...real.checkInvariants(ws), ...fault.violations],
  };
});

const base = {
  name: 'faults',
  workspace: { teammates: [{ id: 'ana' }], contacts: [{ id: 'u1' }] },
  steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'conversation.created', conversation: 'c1', customers: ['u1'], text: 'Hi' } }],
};
const withStep = (step: unknown): unknown => ({ ...base, steps: [...base.steps, step] });
const assign = { at: '2026-01-05T09:01:00Z', event: { type: 'conversation.assigned', conversation: 'c1', by: 'ana', to: { teammate: 'ana' } } };

beforeEach(() => {
  fault.extraEffect = false;
  fault.crash = false;
  fault.mutate = false;
  fault.violations = [];
});

describe('runScenario with a faulty or newer workspace', () => {
  it('ignores emitted effects of types the format does not define, so newer effect types never break an old file', () => {
    fault.extraEffect = true;
    const report = runScenario(withStep({ ...assign, expect: { effects: [{ type: 'conversation.assigned', conversation: 'c1', teammate: 'ana' }] } }));
    expect(report.steps[1]?.failures).toEqual([]);
  });

  it('reports a crash that is not an InboxRuleError with a null code; "*" does not accept it', () => {
    fault.crash = true;
    const report = runScenario(withStep({ ...assign, expect: { error: '*' } }));
    expect(report.steps[1]?.failures).toEqual([
      { key: 'error', expected: '*', actual: { code: null, message: 'TypeError: cannot read properties of undefined' } },
    ]);
  });

  it('reports a rejected event that changed what callers observe', () => {
    fault.mutate = true;
    const report = runScenario(withStep({ ...assign, expect: { error: '*' } }));
    expect(report.steps[1]?.failures).toEqual([
      { key: 'error', expected: '*', actual: { code: null, message: 'Error: half-applied' } },
      { key: 'workspace', expected: 'unchanged', actual: 'changed' },
    ]);
  });

  it('reports broken workspace invariants after a step', () => {
    fault.violations = ['openCount of ana is 2 but 1 conversation is open'];
    const report = runScenario(withStep(assign));
    expect(report.passed).toBe(false);
    expect(report.steps[1]?.failures).toEqual([{ key: 'invariants', expected: [], actual: ['openCount of ana is 2 but 1 conversation is open'] }]);
  });
});
