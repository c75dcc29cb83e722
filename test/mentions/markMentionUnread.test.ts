import { describe, expect, it } from 'vitest';
import { createMentionsState, markMentionUnread, markMentionsRead, mentionsView } from '../../src/mentions/index.js';

const state = createMentionsState({
  teammates: [
    { teammate: 'ben', mentions: [{ conversation: 'c1', unread: false, lastMentionedAt: 100, by: 'ana' }] },
    { teammate: 'cy', mentions: [{ conversation: 'c1', unread: false, lastMentionedAt: 100, by: 'ana' }] },
  ],
});

describe('markMentionUnread', () => {
  it('MENTION-5, MENTION-6: a read mention marked unread reappears in Unread mentions, time and author kept', () => {
    const next = markMentionUnread({ state, teammate: 'ben', conversation: 'c1' });
    expect(mentionsView({ state: next, teammate: 'ben', filter: 'unread' })).toEqual(['c1']);
    expect(next.teammates[0]!.mentions).toEqual([{ conversation: 'c1', unread: true, lastMentionedAt: 100, by: 'ana' }]);
  });

  it('MENTION-7: ben marking c1 unread leaves cy\'s read state alone', () => {
    const next = markMentionUnread({ state, teammate: 'ben', conversation: 'c1' });
    expect(mentionsView({ state: next, teammate: 'cy', filter: 'unread' })).toEqual([]);
  });

  it('MENTION-5: marking an unread mention unread again returns the same state; reading then marking round-trips', () => {
    const unread = markMentionUnread({ state, teammate: 'ben', conversation: 'c1' });
    expect(markMentionUnread({ state: unread, teammate: 'ben', conversation: 'c1' })).toBe(unread);
    expect(markMentionUnread({ state: markMentionsRead({ state: unread, teammate: 'ben', conversation: 'c1' }), teammate: 'ben', conversation: 'c1' })).toEqual(unread);
  });

  it('MENTION-5: a conversation without a mention is rejected with not-mentioned by default, or ignored on request', () => {
    expect(() => markMentionUnread({ state, teammate: 'ben', conversation: 'c2' })).toThrow(expect.objectContaining({ code: 'not-mentioned' }));
    expect(() => markMentionUnread({ state, teammate: 'zed', conversation: 'c1', notMentioned: 'reject' })).toThrow(expect.objectContaining({ code: 'not-mentioned' }));
    expect(markMentionUnread({ state, teammate: 'ben', conversation: 'c2', notMentioned: 'ignore' })).toBe(state);
  });

  it('rejects an unknown policy and bad ids', () => {
    expect(() => markMentionUnread({ state, teammate: 'ben', conversation: 'c1', notMentioned: 'maybe' as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => markMentionUnread({ state, teammate: 'ben', conversation: '' })).toThrow(expect.objectContaining({ code: 'invalid-id' }));
  });
});
