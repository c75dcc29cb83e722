import { describe, expect, it } from 'vitest';
import { createMentionsState, markMentionsRead, mentionsView } from '../../src/mentions/index.js';

const m = (conversation: string, unread: boolean) => ({ conversation, unread, lastMentionedAt: 100, by: 'ana' });
const state = createMentionsState({
  teammates: [
    { teammate: 'ben', mentions: [m('c1', true), m('c2', true)] },
    { teammate: 'cy', mentions: [m('c1', true)] },
  ],
});

describe('markMentionsRead', () => {
  it('MENTION-4, MENTION-3: opening clears the unread mention, and the conversation stays in Mentions', () => {
    const next = markMentionsRead({ state, teammate: 'ben', conversation: 'c1' });
    expect(mentionsView({ state: next, teammate: 'ben', filter: 'unread' })).toEqual(['c2']);
    expect(mentionsView({ state: next, teammate: 'ben', filter: 'all' })).toEqual(['c1', 'c2']);
    expect(next.teammates[0]!.mentions[0]).toEqual({ conversation: 'c1', unread: false, lastMentionedAt: 100, by: 'ana' });
  });

  it('MENTION-7: ben reading c1 leaves cy\'s mention of c1 unread', () => {
    const next = markMentionsRead({ state, teammate: 'ben', conversation: 'c1' });
    expect(mentionsView({ state: next, teammate: 'cy', filter: 'unread' })).toEqual(['c1']);
    expect(next.teammates[1]).toBe(state.teammates[1]);
  });

  it('MENTION-4: opening again, or opening a conversation without a mention, returns the same state', () => {
    const read = markMentionsRead({ state, teammate: 'ben', conversation: 'c1' });
    expect(markMentionsRead({ state: read, teammate: 'ben', conversation: 'c1' })).toBe(read);
    expect(markMentionsRead({ state, teammate: 'ben', conversation: 'c9' })).toBe(state);
    expect(markMentionsRead({ state, teammate: 'zed', conversation: 'c1' })).toBe(state);
  });

  it('rejects bad ids and a malformed state', () => {
    expect(() => markMentionsRead({ state, teammate: '', conversation: 'c1' })).toThrow(expect.objectContaining({ code: 'invalid-id' }));
    expect(() => markMentionsRead({ state, teammate: 'ben', conversation: 7 as never })).toThrow(expect.objectContaining({ code: 'invalid-id' }));
    expect(() => markMentionsRead({ state: null as never, teammate: 'ben', conversation: 'c1' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => markMentionsRead({ state: { teammates: [{ teammate: 'ben', mentions: [{ ...m('c1', true), lastMentionedAt: 'x' }] }] } as never, teammate: 'ben', conversation: 'c1' }))
      .toThrow(expect.objectContaining({ code: 'invalid-instant' }));
  });
});
