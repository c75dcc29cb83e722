import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeammate } from '../../src/index.js';
import { ABSENCES, applyStatusChange, recommendStatus, teammateMode } from '../../src/status/index.js';
import { anyTeammateArb } from '../arbitraries/status.js';

describe('recommendStatus', () => {
  it('STATUS-21: short absences (meeting, coaching, lunch, break) call for Away', () => {
    for (const absence of ['meeting', 'coaching', 'lunch', 'break'] as const) {
      expect(recommendStatus({ absence })).toEqual({ status: 'away', reassignReplies: false });
    }
  });

  it('STATUS-21: end of shift, holidays and several days away call for Away + reassign', () => {
    for (const absence of ['end-of-shift', 'holiday', 'several-days'] as const) {
      expect(recommendStatus({ absence })).toEqual({ status: 'away', reassignReplies: true });
    }
  });

  it('STATUS-21: the course example: lunch is Away, holidays are Away + reassign', () => {
    const ana = createTeammate({ id: 'ana' });
    expect(teammateMode(applyStatusChange({ teammate: ana, ...recommendStatus({ absence: 'lunch' }) }))).toBe('away');
    expect(teammateMode(applyStatusChange({ teammate: ana, ...recommendStatus({ absence: 'holiday' }), awayReason: 'Holiday' }))).toBe('away-reassigning');
  });

  it('rejects an absence it does not know', () => {
    expect(() => recommendStatus({ absence: 'nap' as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => recommendStatus(null as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  test.prop([fc.constantFrom(...ABSENCES), anyTeammateArb])('STATUS-21: every recommendation is a valid away change that takes the teammate out of automatic assignment', (absence, t) => {
    const next = applyStatusChange({ teammate: t, ...recommendStatus({ absence }) });
    expect(next.status).toBe('away');
    expect(teammateMode(next)).toBe(ABSENCES.indexOf(absence) < 4 ? 'away' : 'away-reassigning');
  });
});
