import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeammate } from '../../src/index.js';
import { TEAMMATE_MODES, teammateMode } from '../../src/status/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { anyTeammateArb } from '../arbitraries/status.js';

describe('teammateMode', () => {
  it('STATUS-1: the three effective modes: Active, Away, Away + reassign', () => {
    expect(teammateMode(createTeammate({ id: 'ana' }))).toBe('active');
    expect(teammateMode(createTeammate({ id: 'ana', status: 'away', awayReason: 'Lunch' }))).toBe('away');
    expect(teammateMode(createTeammate({ id: 'ana', status: 'away', reassignReplies: true }))).toBe('away-reassigning');
  });

  it('STATUS-2: a new teammate is in mode active', () => {
    expect(teammateMode(createTeammate({ id: '__proto__' }))).toBe('active');
  });

  it('STATUS-5, STATUS-6: rejects a hand-built value that breaks the invariants', () => {
    const ana = { ...createTeammate({ id: 'ana' }) };
    expect(() => teammateMode({ ...ana, reassignReplies: true })).toThrow(expect.objectContaining({ code: 'reassign-while-active' }));
    expect(() => teammateMode({ ...ana, awayReason: 'Lunch' })).toThrow(expect.objectContaining({ code: 'away-reason-while-active' }));
    expect(() => teammateMode({ ...ana, status: 'offline' } as never)).toThrow(expect.objectContaining({ code: 'invalid-status' }));
    expect(() => teammateMode({ ...ana, reassignReplies: undefined } as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  test.prop([anyTeammateArb])('STATUS-1: every teammate is in exactly one mode, which follows from status and reassignReplies', (t) => {
    const mode = teammateMode(deepFreeze(t));
    expect(TEAMMATE_MODES).toContain(mode);
    expect(mode === 'active').toBe(t.status === 'active');
    expect(mode === 'away-reassigning').toBe(t.status === 'away' && t.reassignReplies);
  });

  test.prop([fc.constantFrom(...TEAMMATE_MODES)])('STATUS-1: every mode can be reached', (mode) => {
    const t = createTeammate({ id: 'ana', status: mode === 'active' ? 'active' : 'away', reassignReplies: mode === 'away-reassigning' });
    expect(teammateMode(t)).toBe(mode);
  });
});
