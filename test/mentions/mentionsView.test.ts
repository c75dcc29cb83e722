import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeammate } from '../../src/index.js';
import {
  createMentionsState, markMentionUnread, markMentionsRead, mentionsView, recordMentions, type MentionsState,
} from '../../src/mentions/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { inboxHistoryArb } from '../arbitraries/mentions.js';
import { InboxModel, allViews, isDeepFrozen, replay } from './_inbox.js';

const teammates = [createTeammate({ id: 'ana' }), createTeammate({ id: 'ben' }), createTeammate({ id: 'cy' })];
const note = (author: string, text: string) => ({ type: 'note', author, text, at: 0 }) as const;

describe('mentionsView', () => {
  it('MENTION-2, MENTION-3, MENTION-4, MENTION-5, MENTION-6: the course walkthrough, step by step', () => {
    // "add an internal note and @mention any one of your teammates so they get notified straight away"
    let state = createMentionsState();
    const first = recordMentions({ state, conversation: 'c1', part: note('ana', '@ben can you take this?'), teammates, now: 1000 });
    expect(first.notified).toEqual([{ type: 'mention.notified', conversation: 'c1', teammate: 'ben', by: 'ana' }]);
    state = first.state;
    // "Any conversation that you're mentioned in will appear in your inbox under Mentions"
    expect(mentionsView({ state, teammate: 'ben', filter: 'all' })).toEqual(['c1']);
    expect(mentionsView({ state, teammate: 'ben', filter: 'unread' })).toEqual(['c1']);
    // "select Unread mentions ... and click into any conversation that is unopened"
    state = markMentionsRead({ state, teammate: 'ben', conversation: 'c1' });
    expect(mentionsView({ state, teammate: 'ben', filter: 'unread' })).toEqual([]);
    expect(mentionsView({ state, teammate: 'ben', filter: 'all' })).toEqual(['c1']);
    // "click the three dots next to a conversation and select Mark unread"
    state = markMentionUnread({ state, teammate: 'ben', conversation: 'c1' });
    expect(mentionsView({ state, teammate: 'ben', filter: 'unread' })).toEqual(['c1']);
  });

  it('MENTION-3, MENTION-6: newest mention first, ties by conversation id; unread is the unread subset', () => {
    const state = createMentionsState({
      teammates: [{
        teammate: 'ben',
        mentions: [
          { conversation: 'b', unread: true, lastMentionedAt: 10, by: 'ana' },
          { conversation: 'a', unread: false, lastMentionedAt: 10, by: 'ana' },
          { conversation: 'c', unread: true, lastMentionedAt: 30, by: 'ana' },
          { conversation: 'd', unread: false, lastMentionedAt: 20, by: 'ana' },
        ],
      }],
    });
    expect(mentionsView({ state, teammate: 'ben' })).toEqual(['c', 'd', 'a', 'b']);
    expect(mentionsView({ state, teammate: 'ben', filter: 'unread' })).toEqual(['c', 'b']);
    expect(mentionsView({ state, teammate: 'ana', filter: 'unread' })).toEqual([]);
    expect(mentionsView({ state, teammate: '__proto__' })).toEqual([]);
  });

  it('rejects an unknown filter, a bad teammate id and a malformed or unsorted state', () => {
    const state = createMentionsState();
    expect(() => mentionsView({ state, teammate: 'ben', filter: 'read' as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => mentionsView({ state, teammate: '' })).toThrow(expect.objectContaining({ code: 'invalid-id' }));
    expect(() => mentionsView({ state: {} as never, teammate: 'ben' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    const m = { conversation: 'c1', unread: true, lastMentionedAt: 0, by: 'ana' };
    const unsorted = { teammates: [{ teammate: 'ben', mentions: [m] }, { teammate: 'ana', mentions: [m] }] };
    expect(() => mentionsView({ state: unsorted, teammate: 'ben' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    const unsortedMentions = { teammates: [{ teammate: 'ben', mentions: [{ ...m, conversation: 'c2' }, m] }] };
    expect(() => mentionsView({ state: unsortedMentions, teammate: 'ben' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    const badFlag = { teammates: [{ teammate: 'ben', mentions: [{ ...m, unread: 'yes' }] }] };
    expect(() => mentionsView({ state: badFlag as never, teammate: 'ben' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('mentions inbox properties', () => {
  test.prop([inboxHistoryArb])(
    'MENTION-3, MENTION-4, MENTION-5, MENTION-6, MENTION-10: after any history, every view matches the reference model',
    ({ teammates, ops }) => {
      const model = new InboxModel();
      let state = createMentionsState();
      for (const op of deepFreeze(ops)) {
        state = replay(deepFreeze(teammates), [op], state);
        model.apply(op, teammates);
        for (const t of teammates) {
          expect(mentionsView({ state, teammate: t.id, filter: 'all' })).toEqual(model.view(t.id, 'all'));
          expect(mentionsView({ state, teammate: t.id, filter: 'unread' })).toEqual(model.view(t.id, 'unread'));
        }
      }
    },
  );

  test.prop([inboxHistoryArb])('MENTION-6: the unread view is the all view without the read conversations, in the same order', ({ teammates, ops }) => {
    const state = deepFreeze(replay(teammates, ops));
    for (const t of teammates) {
      const all = mentionsView({ state, teammate: t.id, filter: 'all' });
      const unread = mentionsView({ state, teammate: t.id, filter: 'unread' });
      expect(all.filter((c) => unread.includes(c))).toEqual(unread);
      expect(new Set(all).size).toBe(all.length);
    }
  });

  test.prop([inboxHistoryArb, fc.nat(), fc.nat({ max: 3 }), fc.boolean()])(
    'MENTION-7: one teammate opening or marking unread never changes another teammate\'s mentions',
    ({ teammates, ops }, who, c, open) => {
      const state = deepFreeze(replay(teammates, ops));
      const t1 = teammates[who % teammates.length]!.id;
      const conversation = ['c1', 'c2', '__proto__', 'constructor'][c]!;
      const next = open
        ? markMentionsRead({ state, teammate: t1, conversation })
        : markMentionUnread({ state, teammate: t1, conversation, notMentioned: 'ignore' });
      for (const entry of state.teammates) {
        if (entry.teammate !== t1) expect(next.teammates.find((e) => e.teammate === entry.teammate)).toBe(entry);
      }
      expect(next.teammates.map((e) => e.teammate)).toEqual(state.teammates.map((e) => e.teammate));
    },
  );

  test.prop([inboxHistoryArb])('every state built by the mentions functions is deeply frozen, canonical and survives JSON', ({ teammates, ops }) => {
    const state: MentionsState = replay(teammates, ops);
    expect(isDeepFrozen(state)).toBe(true);
    const reloaded = createMentionsState(JSON.parse(JSON.stringify(state)) as MentionsState);
    expect(reloaded).toEqual(state);
    expect(allViews(reloaded, teammates)).toEqual(allViews(state, teammates));
  });
});
