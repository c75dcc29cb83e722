import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createConversation, createTeammate } from '../../src/index.js';
import { withOpenCounts } from '../../src/assignment/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { worldArb } from '../arbitraries/assignment.js';

const code = (c: string): Error => expect.objectContaining({ code: c }) as Error;

describe('withOpenCounts', () => {
  it('ASSIGN-16: counts open conversations across all team inboxes (and none); snoozed and closed do not count', () => {
    const conversations = [
      createConversation({ id: 'c1', createdAt: 0, team: 'billing', teammate: 'ana' }),
      createConversation({ id: 'c2', createdAt: 0, team: 'sales', teammate: 'ana' }),
      createConversation({ id: 'c3', createdAt: 0, teammate: 'ana' }),
      createConversation({ id: 'c4', createdAt: 0, teammate: 'ana', state: 'snoozed', snoozedAt: 0, snoozedUntil: 1 }),
      createConversation({ id: 'c5', createdAt: 0, teammate: 'ana', state: 'closed' }),
      createConversation({ id: 'c6', createdAt: 0, teammate: 'ghost' }),
      createConversation({ id: 'c7', createdAt: 0, team: 'billing' }),
    ];
    const [ana, ben] = withOpenCounts({ teammates: [createTeammate({ id: 'ana' }), createTeammate({ id: 'ben', openCount: 4 })], conversations });
    expect([ana?.openCount, ben?.openCount]).toEqual([3, 0]);
  });

  test.prop([worldArb({ teams: 2 })])('ASSIGN-16: openCount(T) = the number of open conversations whose teammate is T', (w) => {
    const counted = withOpenCounts(deepFreeze({ teammates: w.teammates, conversations: w.conversations }));
    expect(counted.map((t) => t.id)).toEqual(w.teammates.map((t) => t.id));
    for (const t of counted) expect(t.openCount).toBe(w.conversations.filter((c) => c.state === 'open' && c.teammate === t.id).length);
  });

  test.prop([worldArb()])('returns the same reference for a teammate whose count is already right, and is idempotent', (w) => {
    const once = withOpenCounts({ teammates: w.teammates, conversations: w.conversations });
    const twice = withOpenCounts({ teammates: once, conversations: w.conversations });
    twice.forEach((t, i) => {
      expect(t).toBe(once[i]);
    });
  });

  it('rejects duplicate ids', () => {
    const a = createTeammate({ id: 'a' });
    expect(() => withOpenCounts({ teammates: [a, a], conversations: [] })).toThrow(code('duplicate-id'));
    expect(() => withOpenCounts({ teammates: [], conversations: [createConversation({ id: 'c', createdAt: 0 }), createConversation({ id: 'c', createdAt: 1 })] })).toThrow(code('duplicate-id'));
  });
});
