import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createTeammate, isInboxRuleError } from '../../src/index.js';
import { idArb } from '../arbitraries/model.js';

describe('createTeammate', () => {
  it('STATUS-2: a new teammate starts active, without reassign and without a reason', () => {
    const t = createTeammate({ id: 'ana' });
    expect([t.status, t.reassignReplies, t.awayReason]).toEqual(['active', false, null]);
  });

  test.prop([idArb])('any non-empty string is a valid id, __proto__ included', (id) => {
    expect(createTeammate({ id }).id).toBe(id);
  });

  it('ASSIGN-26: rejects a limit of 0, a negative or a fractional limit', () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      expect(() => createTeammate({ id: 'ana', assignmentLimit: limit })).toThrow(expect.objectContaining({ code: 'invalid-assignment-limit' }));
    }
  });

  it('rejects an empty id with invalid-id and a message naming the field', () => {
    try {
      createTeammate({ id: '' });
      expect.unreachable();
    } catch (e) {
      expect(isInboxRuleError(e, 'invalid-id')).toBe(true);
      expect((e as Error).message).toContain('teammate.id');
    }
  });
});
