import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeammate } from '../../src/index.js';
import { MESSENGER_AWAY_AFTER_MS, decideAutoAssignmentAvailability, messengerPresence } from '../../src/status/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { instantArb } from '../arbitraries/model.js';
import { anyTeammateArb } from '../arbitraries/status.js';

const ana = createTeammate({ id: 'ana' });
const now = Date.UTC(2026, 0, 5, 9);
const minutes = (n: number): number => n * 60_000;

describe('messengerPresence', () => {
  it('STATUS-19: an active teammate with a tab open appears online', () => {
    expect(messengerPresence({ teammate: ana, lastSeenAt: now, now })).toEqual({ kind: 'online' });
  });

  it('STATUS-19: no tab for more than 5 minutes appears away; exactly 5 minutes is still online', () => {
    expect(MESSENGER_AWAY_AFTER_MS).toBe(minutes(5));
    expect(messengerPresence({ teammate: ana, lastSeenAt: now - minutes(5), now })).toEqual({ kind: 'online' });
    expect(messengerPresence({ teammate: ana, lastSeenAt: now - minutes(5) - 1, now })).toEqual({ kind: 'appears-away', reasons: ['no-open-tab'] });
    expect(messengerPresence({ teammate: ana, lastSeenAt: null, now })).toEqual({ kind: 'appears-away', reasons: ['no-open-tab'] });
  });

  it('STATUS-19: an away teammate appears away; both reasons are listed when both apply', () => {
    const away = createTeammate({ id: 'ben', status: 'away' });
    expect(messengerPresence({ teammate: away, lastSeenAt: now, now })).toEqual({ kind: 'appears-away', reasons: ['teammate-away'] });
    expect(messengerPresence({ teammate: away, lastSeenAt: null, now })).toEqual({ kind: 'appears-away', reasons: ['teammate-away', 'no-open-tab'] });
  });

  it('STATUS-19: appearing away leaves the real status and eligibility alone', () => {
    const frozen = deepFreeze(createTeammate({ id: 'ana' }));
    expect(messengerPresence({ teammate: frozen, lastSeenAt: now - minutes(60), now }).kind).toBe('appears-away');
    expect(frozen.status).toBe('active');
    expect(decideAutoAssignmentAvailability(frozen)).toEqual({ kind: 'available' });
  });

  it('rejects a last-seen time after now, and bad instants', () => {
    expect(() => messengerPresence({ teammate: ana, lastSeenAt: now + 1, now })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => messengerPresence({ teammate: ana, lastSeenAt: now, now: Number.NaN })).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    expect(() => messengerPresence({ teammate: ana, now } as never)).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    expect(() => messengerPresence([] as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  test.prop([anyTeammateArb, fc.option(fc.integer({ min: 0, max: minutes(30) }), { nil: null }), instantArb])(
    'STATUS-19: appears away exactly when away or more than 5 minutes without a tab; status and eligibility never change',
    (t, idle, at) => {
      const frozen = deepFreeze(t);
      const before = decideAutoAssignmentAvailability(frozen);
      const presence = messengerPresence({ teammate: frozen, lastSeenAt: idle === null ? null : at - idle, now: at });
      const noTab = idle === null || idle > MESSENGER_AWAY_AFTER_MS;
      expect(presence.kind).toBe(t.status === 'away' || noTab ? 'appears-away' : 'online');
      if (presence.kind === 'appears-away') expect(presence.reasons.includes('no-open-tab')).toBe(noTab);
      expect(decideAutoAssignmentAvailability(frozen)).toEqual(before);
    },
  );

  test.prop([anyTeammateArb, instantArb])('STATUS-19: the boundary: exactly 5 minutes idle never counts as no open tab', (t, at) => {
    const presence = messengerPresence({ teammate: t, lastSeenAt: at - MESSENGER_AWAY_AFTER_MS, now: at });
    expect(presence.kind === 'appears-away' && presence.reasons.includes('no-open-tab')).toBe(false);
  });
});
