import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createTeammate } from '../../src/index.js';
import { STATUS_COLOURS, statusColour } from '../../src/status/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { anyTeammateArb } from '../arbitraries/status.js';

describe('statusColour', () => {
  it('STATUS-20: active is a green dot, away a yellow one', () => {
    expect(statusColour(createTeammate({ id: 'ana' }))).toBe('green');
    expect(statusColour(createTeammate({ id: 'ana', status: 'away' }))).toBe('yellow');
    expect(statusColour(createTeammate({ id: 'ana', status: 'away', reassignReplies: true, awayReason: 'Holiday' }))).toBe('yellow');
  });

  it('rejects a value that is not a teammate', () => {
    expect(() => statusColour({ id: 'ana', status: 'busy' } as never)).toThrow(expect.objectContaining({ code: 'invalid-status' }));
  });

  test.prop([anyTeammateArb])('STATUS-20: the dot is green exactly when the status is active, whatever the seat or reassign flag', (t) => {
    const colour = statusColour(deepFreeze(t));
    expect(STATUS_COLOURS).toContain(colour);
    expect(colour === 'green').toBe(t.status === 'active');
  });
});
