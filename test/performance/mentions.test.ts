// The fast paths of the mentions area (issue 7): the scanner that jumps from '@' to '@', the cache of
// recent tokens, the table of non-ASCII handle characters, NFC skipped below U+0300, the handle index
// kept per teammates list, and states trusted because our own factories built them. None may change
// a result: the parser must agree exactly with the parser as it was before, and the inbox functions
// with a validated copy of the same state.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeammate, type Teammate } from '../../src/index.js';
import {
  createMentionsState, markMentionsRead, mentionsView, parseMentions, recordMentions, type MentionsState,
} from '../../src/mentions/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { inboxHistoryArb, mentionTeammatesArb } from '../arbitraries/mentions.js';
import { conversationOf, replay } from '../mentions/_inbox.js';
import { previousParse } from './_previousParser.js';

const team = (...rows: [string, string][]): Teammate[] => rows.map(([id, handle]) => createTeammate({ id, handle }));
const soupTeam = team(['t1', 'a'], ['t2', 'aB'], ['t3', 'B.'], ['t4', 'b'], ['t5', 'B'], ['t6', 'é_'], ['t7', 'a.a'], ['t8', 'e\u0301'], ['t9', 'Ωmega'], ['t10', '𝒜na']);

/** Fragments that exercise every branch of the scanner, repeated tokens and more than 64 distinct ones. */
const fragmentArb = fc.oneof(
  fc.constantFrom('@', '@@', '`', '``', '```', ' ', '/', '.', ',', '-', '_', '\n', 'a', 'B', 'é', 'e\u0301', 'Ω', '😀', '𝒜', '\uD83D', '\uDE00', 'ω\u0308'),
  fc.constantFrom('@a', '@aB', '@B.', '@b', '@B', '@é_', '@a.a', '@e\u0301', '@É_', '@ωmega', '@𝒜na', '@zed', 'x@a', '/@a', '@a@b', '`@a`'),
  fc.nat({ max: 200 }).map((n) => `@u${n} `),
);
const noteArb = fc.array(fragmentArb, { maxLength: 120 }).map((parts) => parts.join(''));

describe('mentions fast paths', () => {
  test.prop([noteArb])('MENTION-8, MENTION-9: the optimised parser agrees exactly with the previous parser', (text) => {
    expect(parseMentions(deepFreeze({ text, teammates: soupTeam }))).toEqual(previousParse(text, soupTeam));
  });

  test.prop([mentionTeammatesArb(), noteArb])('MENTION-8: agreement holds for generated teammates too', (teammates, text) => {
    expect(parseMentions({ text, teammates })).toEqual(previousParse(text, teammates));
  });

  it('MENTION-8: a thousand distinct tokens (recent-token slots reused) are all reported', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `@u${i}`).join(' ');
    const parse = parseMentions({ text, teammates: soupTeam });
    expect(parse.unknown).toHaveLength(1000);
    expect(parse).toEqual(previousParse(text, soupTeam));
  });

  test.prop([mentionTeammatesArb(5).filter((ts) => ts.length > 0), fc.nat(), fc.constantFrom('zz', 'Zz.z', 'ñ')])(
    'MENTION-8: the handle index follows a teammates list edited in place between calls',
    (teammates, k, handle) => {
      const list = [...teammates];
      const text = `${teammates.map((t) => `@${t.handle}`).join(' ')} @${handle}`;
      expect(parseMentions({ text, teammates: list })).toEqual(previousParse(text, list));
      const i = k % list.length;
      list[i] = createTeammate({ id: list[i]!.id, handle });
      expect(parseMentions({ text, teammates: list })).toEqual(previousParse(text, list));
      (list[i] as { handle: string }).handle = `${handle}x`;
      expect(parseMentions({ text, teammates: list })).toEqual(previousParse(text, list));
    },
  );

  it('MENTION-8: an in-place edit that breaks a cached teammates list is rejected as before', () => {
    const list = team(['ana', 'ana'], ['ben', 'ben']);
    expect(parseMentions({ text: '@ana', teammates: list }).mentioned).toEqual(['ana']);
    (list[1] as { id: string }).id = 'ana';
    expect(() => parseMentions({ text: '@ana', teammates: list })).toThrow(expect.objectContaining({ code: 'duplicate-id' }));
    (list[1] as { id: string; handle: string }).id = 'ben';
    (list[1] as { handle: string }).handle = 'b n';
    expect(() => parseMentions({ text: '@ana', teammates: list })).toThrow(expect.objectContaining({ code: 'invalid-handle' }));
  });

  test.prop([inboxHistoryArb])('MENTION-3, MENTION-4, MENTION-10: a state our factories built and a JSON copy of it answer the same', ({ teammates, ops }) => {
    const state = replay(teammates, ops);
    const copy = JSON.parse(JSON.stringify(state)) as MentionsState;
    for (const t of teammates) {
      for (const filter of ['all', 'unread'] as const) {
        expect(mentionsView({ state: copy, teammate: t.id, filter })).toEqual(mentionsView({ state, teammate: t.id, filter }));
      }
      const conversation = conversationOf(0);
      const read = markMentionsRead({ state, teammate: t.id, conversation });
      const readCopy = markMentionsRead({ state: copy, teammate: t.id, conversation });
      expect(JSON.parse(JSON.stringify(readCopy))).toEqual(JSON.parse(JSON.stringify(read)));
    }
  });

  it('MENTION-3: a hand-made state with a bad mention is still rejected, whatever was trusted before', () => {
    const teammates = team(['ana', 'ana'], ['ben', 'ben']);
    const good = recordMentions({ state: createMentionsState(), conversation: 'c1', part: { type: 'note', author: 'ben', text: '@ana', at: 1 }, teammates, now: 1 }).state;
    expect(mentionsView({ state: good, teammate: 'ana' })).toHaveLength(1);
    const bad = JSON.parse(JSON.stringify(good)) as { teammates: { mentions: { unread: unknown }[] }[] };
    bad.teammates[0]!.mentions[0]!.unread = 'yes';
    expect(() => mentionsView({ state: bad as unknown as MentionsState, teammate: 'ana' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
