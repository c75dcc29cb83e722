import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeammate } from '../../src/index.js';
import { applyStatusChange, decideAutoAssignmentAvailability, teammateMode } from '../../src/status/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { anyTeammateArb, awayReasonArb, conversationsArb, statusChangeArb } from '../arbitraries/status.js';

const ana = createTeammate({ id: 'ana' });

describe('applyStatusChange', () => {
  it('STATUS-2, STATUS-3: a new teammate is active and available; setting away opts them out of automatic assignment', () => {
    expect(teammateMode(ana)).toBe('active');
    expect(decideAutoAssignmentAvailability(ana)).toEqual({ kind: 'available' });
    const away = applyStatusChange({ teammate: ana, status: 'away' });
    expect(away.status).toBe('away');
    expect(decideAutoAssignmentAvailability(away)).toEqual({ kind: 'unavailable', reasons: ['teammate-away'] });
  });

  it('STATUS-4: setting active again makes the teammate available again', () => {
    const away = createTeammate({ id: 'ana', status: 'away', reassignReplies: true });
    expect(decideAutoAssignmentAvailability(applyStatusChange({ teammate: away, status: 'active' }))).toEqual({ kind: 'available' });
  });

  it('STATUS-5: a reason can be set while going away, and is cleared on return to active', () => {
    const away = applyStatusChange({ teammate: ana, status: 'away', awayReason: 'Lunch' });
    expect([away.status, away.awayReason]).toEqual(['away', 'Lunch']);
    expect(applyStatusChange({ teammate: away, status: 'active' }).awayReason).toBeNull();
  });

  it('STATUS-5: going away without a reason gives no reason', () => {
    expect(applyStatusChange({ teammate: ana, status: 'away' }).awayReason).toBeNull();
  });

  it('STATUS-5: away to away keeps the reason when none is given, replaces it when one is, clears it with null', () => {
    const lunch = createTeammate({ id: 'ana', status: 'away', awayReason: 'Lunch' });
    expect(applyStatusChange({ teammate: lunch, status: 'away' })).toBe(lunch);
    expect(applyStatusChange({ teammate: lunch, status: 'away', awayReason: 'Meeting' }).awayReason).toBe('Meeting');
    expect(applyStatusChange({ teammate: lunch, status: 'away', awayReason: null }).awayReason).toBeNull();
  });

  it('STATUS-5: a reason with status active is rejected, even for a teammate who is away now', () => {
    for (const teammate of [ana, createTeammate({ id: 'ana', status: 'away' })]) {
      expect(() => applyStatusChange({ teammate, status: 'active', awayReason: 'Lunch' })).toThrow(
        expect.objectContaining({ code: 'away-reason-while-active' }),
      );
    }
  });

  it('STATUS-6: reassign can be switched on while going away, and resets to false on return to active', () => {
    const away = applyStatusChange({ teammate: ana, status: 'away', reassignReplies: true });
    expect(teammateMode(away)).toBe('away-reassigning');
    const back = applyStatusChange({ teammate: away, status: 'active' });
    expect(back.reassignReplies).toBe(false);
    expect(teammateMode(back)).toBe('active');
  });

  it('STATUS-6: reassign with status active is rejected; an explicit false is accepted', () => {
    expect(() => applyStatusChange({ teammate: ana, status: 'active', reassignReplies: true })).toThrow(
      expect.objectContaining({ code: 'reassign-while-active' }),
    );
    expect(applyStatusChange({ teammate: ana, status: 'active', reassignReplies: false, awayReason: null })).toBe(ana);
  });

  it('STATUS-6: away to away keeps the reassign flag when omitted and switches it when given', () => {
    const reassigning = createTeammate({ id: 'ana', status: 'away', reassignReplies: true });
    expect(applyStatusChange({ teammate: reassigning, status: 'away', awayReason: 'Holiday' }).reassignReplies).toBe(true);
    expect(teammateMode(applyStatusChange({ teammate: reassigning, status: 'away', reassignReplies: false }))).toBe('away');
  });

  it('STATUS-1: rejects a status other than active or away, and malformed reason or flag', () => {
    expect(() => applyStatusChange({ teammate: ana, status: 'busy' as never })).toThrow(expect.objectContaining({ code: 'invalid-status' }));
    expect(() => applyStatusChange({ teammate: ana, status: 'away', awayReason: 42 as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => applyStatusChange({ teammate: ana, status: 'away', reassignReplies: 'yes' as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => applyStatusChange(null as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => applyStatusChange({ teammate: { id: 'x' } as never, status: 'away' })).toThrow(expect.objectContaining({ code: 'invalid-status' }));
  });

  it('only the status fields change; the rest of the teammate is kept', () => {
    const ben = createTeammate({ id: 'ben', name: 'Ben', assignmentLimit: 3, openCount: 2, timezone: 'Europe/Paris', lastAssignedAt: 5 });
    expect(applyStatusChange({ teammate: ben, status: 'away', awayReason: 'Coaching' })).toEqual({
      ...ben, status: 'away', awayReason: 'Coaching',
    });
  });

  test.prop([anyTeammateArb, statusChangeArb])('STATUS-1, STATUS-5, STATUS-6: the result always satisfies the status invariants', (t, change) => {
    const next = applyStatusChange({ teammate: deepFreeze(t), ...change });
    expect(next.status).toBe(change.status);
    if (next.status === 'active') expect([next.awayReason, next.reassignReplies]).toEqual([null, false]);
    expect(createTeammate(next)).toEqual(next);
  });

  test.prop([anyTeammateArb, fc.boolean(), fc.boolean()])(
    'STATUS-4, STATUS-5, STATUS-6: after a change to active, awayReason is null and reassignReplies is false',
    (t, clearReason, clearReassign) => {
      const next = applyStatusChange({
        teammate: deepFreeze(t), status: 'active', ...(clearReason ? { awayReason: null } : {}), ...(clearReassign ? { reassignReplies: false } : {}),
      });
      expect([next.status, next.awayReason, next.reassignReplies]).toEqual(['active', null, false]);
    },
  );

  test.prop([anyTeammateArb, awayReasonArb])('STATUS-5: a reason with status active is always rejected', (t, reason) => {
    expect(() => applyStatusChange({ teammate: t, status: 'active', awayReason: reason })).toThrow(
      expect.objectContaining({ code: 'away-reason-while-active' }),
    );
  });

  test.prop([anyTeammateArb])('STATUS-6: reassign with status active is always rejected', (t) => {
    expect(() => applyStatusChange({ teammate: t, status: 'active', reassignReplies: true })).toThrow(
      expect.objectContaining({ code: 'reassign-while-active' }),
    );
  });

  test.prop([anyTeammateArb, statusChangeArb])('STATUS-5, STATUS-6: omitted fields keep the current value while staying away', (t, change) => {
    const next = applyStatusChange({ teammate: t, ...change });
    if (change.status === 'away') {
      expect(next.awayReason).toBe(change.awayReason === undefined ? t.awayReason : change.awayReason);
      expect(next.reassignReplies).toBe(change.reassignReplies ?? t.reassignReplies);
    }
  });

  test.prop([anyTeammateArb, statusChangeArb])('STATUS-1: applying the same change twice is the same as once (the second returns the same reference)', (t, change) => {
    const once = applyStatusChange({ teammate: deepFreeze(t), ...change });
    expect(applyStatusChange({ teammate: once, ...change })).toBe(once);
  });

  test.prop([anyTeammateArb])('STATUS-1: a change that changes nothing returns the same reference', (t) => {
    expect(applyStatusChange({ teammate: t, status: t.status })).toBe(t);
    expect(applyStatusChange({ teammate: t, status: t.status, awayReason: t.awayReason, reassignReplies: t.reassignReplies })).toBe(t);
  });

  test.prop([anyTeammateArb, statusChangeArb])('STATUS-1: everything but status, awayReason and reassignReplies is kept', (t, change) => {
    const next = applyStatusChange({ teammate: t, ...change });
    const statusFields = { status: next.status, awayReason: next.awayReason, reassignReplies: next.reassignReplies };
    expect(next).toEqual({ ...t, ...statusFields });
  });

  test.prop([anyTeammateArb.chain((t) => fc.tuple(fc.constant(t), conversationsArb([t.id, 'other']))), fc.boolean()])(
    'STATUS-12: switching on Away + reassign changes no conversation (no bulk unassign)',
    ([t, conversations], withReason) => {
      const before = structuredClone(conversations);
      deepFreeze(conversations);
      applyStatusChange({ teammate: t, status: 'away', reassignReplies: true, ...(withReason ? { awayReason: 'Holiday' } : {}) });
      expect(conversations).toEqual(before);
    },
  );

  test.prop([anyTeammateArb, statusChangeArb])('STATUS-18: a change to one workspace\'s teammate leaves another workspace\'s teammate with the same id untouched', (t, change) => {
    const workspaceA = new Map([[t.id, t]]);
    const workspaceB = new Map([[t.id, createTeammate(t)]]);
    const snapshotB = structuredClone(workspaceB.get(t.id));
    deepFreeze(workspaceB);
    workspaceA.set(t.id, applyStatusChange({ teammate: t, ...change }));
    expect(workspaceB.get(t.id)).toEqual(snapshotB);
    expect(workspaceA.get(t.id)?.status).toBe(change.status);
  });
});
