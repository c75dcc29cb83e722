import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createTeammate } from '../../src/index.js';
import { applyStatusChange, decideManualAssignability } from '../../src/status/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { anyTeammateArb, statusChangeArb } from '../arbitraries/status.js';

describe('decideManualAssignability', () => {
  it('STATUS-7: an away teammate, with or without reassign, can be assigned by hand', () => {
    expect(decideManualAssignability(createTeammate({ id: 'ana', status: 'away' }))).toEqual({ kind: 'allowed' });
    expect(decideManualAssignability(createTeammate({ id: 'ana', status: 'away', reassignReplies: true }))).toEqual({ kind: 'allowed' });
  });

  it('STATUS-15: a teammate without a seat is rejected, active or away', () => {
    for (const status of ['active', 'away'] as const) {
      expect(decideManualAssignability(createTeammate({ id: 'lee', status, inboxSeat: false }))).toEqual({ kind: 'rejected', reasons: ['no-inbox-seat'] });
    }
  });

  it('rejects a value that is not a teammate', () => {
    expect(() => decideManualAssignability('ana' as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  test.prop([anyTeammateArb, statusChangeArb])('STATUS-7, STATUS-13: status never decides manual assignability; only the seat does', (t, change) => {
    const after = applyStatusChange({ teammate: deepFreeze(t), ...change });
    expect(decideManualAssignability(after)).toEqual(decideManualAssignability(t));
    expect(decideManualAssignability(after).kind).toBe(t.inboxSeat ? 'allowed' : 'rejected');
  });

  test.prop([anyTeammateArb])('STATUS-15: no seat means never assignable by hand', (t) => {
    expect(decideManualAssignability(deepFreeze(createTeammate({ ...t, inboxSeat: false })))).toEqual({ kind: 'rejected', reasons: ['no-inbox-seat'] });
  });
});
