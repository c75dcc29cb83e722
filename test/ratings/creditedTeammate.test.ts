import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createConversation } from '../../src/index.js';
import { creditedTeammate, decideRatingRequest } from '../../src/ratings/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { anyCaseArb } from '../arbitraries/ratings.js';

describe('creditedTeammate', () => {
  it('RATING-10: the last teammate reply wins; notes, bots, Fin and the assignee are ignored', () => {
    const conversation = createConversation({
      id: 'c1', createdAt: 0, customers: ['u1'], teammate: 'cy',
      parts: [
        { type: 'teammate-reply', author: 'ana', text: 'Hi', at: 1 },
        { type: 'teammate-reply', author: 'ben', text: 'Fixed', at: 2 },
        { type: 'bot-reply', author: 'fin', text: 'Anything else?', at: 3 },
        { type: 'note', author: 'cy', text: 'done', at: 4 },
      ],
    });
    expect(creditedTeammate(conversation)).toBe('ben');
  });

  it('RATING-10: on equal times the later part wins', () => {
    const conversation = createConversation({
      id: 'c1', createdAt: 0,
      parts: [{ type: 'teammate-reply', author: 'ana', text: 'a', at: 5 }, { type: 'teammate-reply', author: 'ben', text: 'b', at: 5 }],
    });
    expect(creditedTeammate(conversation)).toBe('ben');
  });

  it('RATING-10, OUT-12: without a teammate reply, the outbound starter is credited; otherwise nobody', () => {
    expect(creditedTeammate(createConversation({ id: 'c1', createdAt: 0, startedBy: 'ana' }))).toBe('ana');
    expect(creditedTeammate(createConversation({ id: 'c1', createdAt: 0, parts: [{ type: 'note', author: 'ana', text: 'x', at: 0 }] }))).toBeNull();
  });

  it('rejects an invalid conversation', () => {
    expect(() => creditedTeammate({ id: '' } as never)).toThrow(expect.objectContaining({ code: 'invalid-id' }));
  });

  test.prop([anyCaseArb])('RATING-10: the credited teammate always replied as a teammate (or started the outbound), and is the one a request names', (c) => {
    const conversation = deepFreeze(c.conversation);
    const credited = creditedTeammate(conversation);
    const repliers = conversation.parts.filter((p) => p.type === 'teammate-reply').map((p) => p.author);
    if (credited === null) expect(repliers.length === 0 && conversation.startedBy === null).toBe(true);
    else expect([...repliers, conversation.startedBy]).toContain(credited);
    const d = decideRatingRequest({ conversation, now: c.now, policy: 'until-sent' });
    if (d.kind === 'request') expect(d.teammate).toBe(credited);
  });
});
