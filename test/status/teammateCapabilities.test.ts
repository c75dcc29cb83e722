import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createTeammate } from '../../src/index.js';
import { teammateCapabilities } from '../../src/status/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { anyTeammateArb } from '../arbitraries/status.js';

const always = { canBeMentioned: true, canBeNotified: true, canAddNotes: true };

describe('teammateCapabilities', () => {
  it('STATUS-15, STATUS-16: without a seat: no assignment at all, but mentions, notifications and notes', () => {
    expect(teammateCapabilities(createTeammate({ id: 'lee', inboxSeat: false }))).toEqual({ canBeAssigned: false, canBeAutoAssigned: false, ...always });
  });

  it('STATUS-3, STATUS-7: away blocks automatic assignment only', () => {
    expect(teammateCapabilities(createTeammate({ id: 'ana', status: 'away', reassignReplies: true }))).toEqual({ canBeAssigned: true, canBeAutoAssigned: false, ...always });
    expect(teammateCapabilities(createTeammate({ id: 'ana' }))).toEqual({ canBeAssigned: true, canBeAutoAssigned: true, ...always });
  });

  test.prop([anyTeammateArb])('STATUS-15: without a seat a teammate can never be assigned, manually or automatically', (t) => {
    const caps = teammateCapabilities(deepFreeze(createTeammate({ ...t, inboxSeat: false })));
    expect([caps.canBeAssigned, caps.canBeAutoAssigned]).toEqual([false, false]);
  });

  test.prop([anyTeammateArb])('STATUS-16: every teammate, seat or not, away or not, can be mentioned, is notified and can add notes', (t) => {
    expect(teammateCapabilities(deepFreeze(t))).toMatchObject(always);
  });

  test.prop([anyTeammateArb])('STATUS-3, STATUS-7, STATUS-15: assignable by hand iff seated; automatically iff seated and active', (t) => {
    const caps = teammateCapabilities(t);
    expect(caps.canBeAssigned).toBe(t.inboxSeat);
    expect(caps.canBeAutoAssigned).toBe(t.inboxSeat && t.status === 'active');
  });
});
