import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeammate } from '../../src/index.js';
import { AUTO_ASSIGNMENT_UNAVAILABLE_REASONS, applyStatusChange, decideAutoAssignmentAvailability, teammateMode } from '../../src/status/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { anyTeammateArb, statusChangeArb } from '../arbitraries/status.js';

describe('decideAutoAssignmentAvailability', () => {
  it('STATUS-3, STATUS-4, STATUS-15: the four combinations of status and seat', () => {
    const cases = [
      [{ status: 'active', inboxSeat: true }, { kind: 'available' }],
      [{ status: 'away', inboxSeat: true }, { kind: 'unavailable', reasons: ['teammate-away'] }],
      [{ status: 'active', inboxSeat: false }, { kind: 'unavailable', reasons: ['no-inbox-seat'] }],
      [{ status: 'away', inboxSeat: false }, { kind: 'unavailable', reasons: ['teammate-away', 'no-inbox-seat'] }],
    ] as const;
    for (const [fields, expected] of cases) expect(decideAutoAssignmentAvailability(createTeammate({ id: 'ana', ...fields }))).toEqual(expected);
  });

  it('STATUS-3: Away + reassign is out of the pools too', () => {
    expect(decideAutoAssignmentAvailability(createTeammate({ id: 'ana', status: 'away', reassignReplies: true }))).toEqual({
      kind: 'unavailable', reasons: ['teammate-away'],
    });
  });

  it('STATUS-4: limits and load are not this decision: an active teammate at their limit is still available by status', () => {
    expect(decideAutoAssignmentAvailability(createTeammate({ id: 'ana', assignmentLimit: 2, openCount: 5 })).kind).toBe('available');
  });

  it('rejects values that are not teammates with a stable code', () => {
    expect(() => decideAutoAssignmentAvailability(null as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => decideAutoAssignmentAvailability({ id: 'ana', status: 'online' } as never)).toThrow(expect.objectContaining({ code: 'invalid-status' }));
    expect(() => decideAutoAssignmentAvailability({ id: '', status: 'active' } as never)).toThrow(expect.objectContaining({ code: 'invalid-id' }));
    const base = { ...createTeammate({ id: 'ana' }) };
    expect(() => decideAutoAssignmentAvailability({ ...base, inboxSeat: 'yes' } as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => decideAutoAssignmentAvailability({ ...base, awayReason: 3 } as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => decideAutoAssignmentAvailability({ ...base, awayReason: 'Lunch' })).toThrow(expect.objectContaining({ code: 'away-reason-while-active' }));
    expect(() => decideAutoAssignmentAvailability({ ...base, reassignReplies: true })).toThrow(expect.objectContaining({ code: 'reassign-while-active' }));
  });

  test.prop([anyTeammateArb])('STATUS-3: an away teammate is never available for automatic assignment', (t) => {
    const away = applyStatusChange({ teammate: deepFreeze(t), status: 'away' });
    const decision = decideAutoAssignmentAvailability(away);
    expect(decision.kind).toBe('unavailable');
    if (decision.kind === 'unavailable') expect(decision.reasons).toContain('teammate-away');
  });

  test.prop([anyTeammateArb])('STATUS-4: an active teammate with a seat is always available', (t) => {
    const active = applyStatusChange({ teammate: deepFreeze(t), status: 'active' });
    expect(decideAutoAssignmentAvailability(active).kind).toBe(active.inboxSeat ? 'available' : 'unavailable');
  });

  test.prop([anyTeammateArb])('STATUS-15: a teammate without a seat is never available, whatever the status', (t) => {
    const decision = decideAutoAssignmentAvailability(deepFreeze(createTeammate({ ...t, inboxSeat: false })));
    expect(decision).toEqual({ kind: 'unavailable', reasons: expect.arrayContaining(['no-inbox-seat']) });
  });

  test.prop([anyTeammateArb])('STATUS-3, STATUS-15: unavailable exactly when away or seatless, with exactly those reasons, in the documented order', (t) => {
    const decision = decideAutoAssignmentAvailability(deepFreeze(t));
    const expected = AUTO_ASSIGNMENT_UNAVAILABLE_REASONS.filter((r) => (r === 'teammate-away' ? t.status === 'away' : !t.inboxSeat));
    expect(decision).toEqual(expected.length === 0 ? { kind: 'available' } : { kind: 'unavailable', reasons: expected });
  });

  test.prop([anyTeammateArb, statusChangeArb, statusChangeArb])('STATUS-3, STATUS-4: availability depends only on the last status set (and the seat), not on the history', (t, first, second) => {
    const viaHistory = applyStatusChange({ teammate: applyStatusChange({ teammate: t, ...first }), ...second });
    const direct = applyStatusChange({ teammate: t, ...second });
    expect(decideAutoAssignmentAvailability(viaHistory)).toEqual(decideAutoAssignmentAvailability(direct));
    expect(teammateMode(viaHistory) === 'active').toBe(second.status === 'active');
  });

  test.prop([anyTeammateArb, fc.constantFrom('active' as const, 'away' as const)])('determinism: equal teammates give equal decisions', (t, status) => {
    const a = applyStatusChange({ teammate: t, status });
    expect(decideAutoAssignmentAvailability(a)).toEqual(decideAutoAssignmentAvailability(createTeammate(a)));
  });
});
