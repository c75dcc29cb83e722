import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CLOSE_OR_SNOOZE_REASONS, decideCloseOrSnooze, WAITING_ON } from '../../src/conversation/index.js';

describe('decideCloseOrSnooze', () => {
  it('CONV-3: close only when fully resolved', () => {
    expect(decideCloseOrSnooze({ resolved: true, waitingOn: 'customer' })).toEqual({ kind: 'close', reasons: ['resolved'] });
  });

  it('CONV-3, SNOOZE-16: otherwise snooze while waiting on the customer or a teammate', () => {
    expect(decideCloseOrSnooze({ resolved: false, waitingOn: 'customer' })).toEqual({ kind: 'snooze', reasons: ['not-resolved', 'waiting-on-customer'] });
    expect(decideCloseOrSnooze({ resolved: false, waitingOn: 'teammate' })).toEqual({ kind: 'snooze', reasons: ['not-resolved', 'waiting-on-teammate'] });
  });

  it("SNOOZE-16: don't snooze to avoid a conversation: unresolved and waiting on nobody means keep it open", () => {
    expect(decideCloseOrSnooze({ resolved: false })).toEqual({ kind: 'keep-open', reasons: ['not-resolved', 'not-waiting'] });
    expect(decideCloseOrSnooze({ resolved: false, waitingOn: null })).toEqual({ kind: 'keep-open', reasons: ['not-resolved', 'not-waiting'] });
  });

  it('rejects a non-boolean resolved and an unknown waitingOn', () => {
    expect(() => decideCloseOrSnooze({ resolved: 'yes' as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => decideCloseOrSnooze({ resolved: false, waitingOn: 'boss' as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  test.prop([fc.boolean(), fc.option(fc.constantFrom(...WAITING_ON), { nil: null })])(
    'CONV-3: the advice is close exactly when resolved, always has reasons, and lists them in the order of CLOSE_OR_SNOOZE_REASONS',
    (resolved, waitingOn) => {
      const advice = decideCloseOrSnooze({ resolved, waitingOn });
      expect(advice.kind === 'close').toBe(resolved);
      expect(advice.reasons.length).toBeGreaterThan(0);
      const order = advice.reasons.map((r) => CLOSE_OR_SNOOZE_REASONS.indexOf(r));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    },
  );
});
