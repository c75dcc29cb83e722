import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, createTeammate, PART_TYPES, type Part } from '../../src/index.js';
import { createMentionsState, mentionsView, parseMentions, recordMentions, type MentionsState } from '../../src/mentions/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { instantArb } from '../arbitraries/model.js';
import { inboxHistoryArb, mentionTeammatesArb, noteTextArb } from '../arbitraries/mentions.js';
import { conversationOf, isDeepFrozen, noteMentioning, replay } from './_inbox.js';

const teammates = [createTeammate({ id: 'ana' }), createTeammate({ id: 'ben' }), createTeammate({ id: 'cy', inboxSeat: false })];
const note = (author: string, text: string): Part => ({ type: 'note', author, text, at: 0 });
const empty = createMentionsState();
const record = (state: MentionsState, part: Part, now = 1000, conversation = 'c1') => recordMentions({ state, conversation, part, teammates, now });

describe('recordMentions', () => {
  it('MENTION-1: a customer-facing reply naming a teammate creates no mention', () => {
    for (const part of [
      { type: 'teammate-reply', author: 'ana', text: '@ben will help you', at: 0 },
      { type: 'customer-reply', author: 'u1', text: 'thanks @ben', at: 0 },
      { type: 'bot-reply', author: 'fin', text: '@ben', at: 0 },
    ] as const) {
      const result = record(empty, part);
      expect(result.state).toBe(empty);
      expect(result.notified).toEqual([]);
      expect(result.skipped).toEqual([{ code: 'not-a-note' }]);
    }
  });

  it('MENTION-2, MENTION-9: one note mentioning several teammates notifies each exactly once, right away', () => {
    const { notified, state } = record(empty, note('ana', '@cy @ben, @Ben and @cy again'));
    expect(notified).toEqual([
      { type: 'mention.notified', conversation: 'c1', teammate: 'cy', by: 'ana' },
      { type: 'mention.notified', conversation: 'c1', teammate: 'ben', by: 'ana' },
    ]);
    expect(mentionsView({ state, teammate: 'ben', filter: 'unread' })).toEqual(['c1']);
    expect(mentionsView({ state, teammate: 'cy', filter: 'unread' })).toEqual(['c1']);
  });

  it('MENTION-8, STATUS-16: a teammate without an inbox seat is mentioned and notified; a contact is not', () => {
    const { notified, skipped } = record(empty, note('ana', '@cy and @u1'));
    expect(notified.map((n) => n.teammate)).toEqual(['cy']);
    expect(skipped).toEqual([{ code: 'unknown-handle', handle: 'u1' }]);
  });

  it('MENTION-8, STATUS-16: a teammate without a seat can write a note that mentions others', () => {
    expect(record(empty, note('cy', '@ana')).notified).toEqual([{ type: 'mention.notified', conversation: 'c1', teammate: 'ana', by: 'cy' }]);
  });

  it('MENTION-9: an ambiguous handle notifies nobody and says which teammates it matched (Beyond-22)', () => {
    const twins = [createTeammate({ id: 'ana' }), createTeammate({ id: 'a1', handle: 'Bo' }), createTeammate({ id: 'a2', handle: 'bo' })];
    const result = recordMentions({ state: empty, conversation: 'c1', part: note('ana', '@bo'), teammates: twins, now: 0 });
    expect(result).toEqual({ state: empty, notified: [], skipped: [{ code: 'ambiguous-handle', handle: 'bo', teammates: ['a1', 'a2'] }] });
  });

  it('MENTION-9: a self-mention notifies nobody by default; selfMention "notify" counts it (Beyond-22)', () => {
    const ignored = record(empty, note('ana', '@ana @ben'));
    expect(ignored.notified.map((n) => n.teammate)).toEqual(['ben']);
    expect(ignored.skipped).toEqual([{ code: 'self-mention', teammate: 'ana' }]);
    expect(mentionsView({ state: ignored.state, teammate: 'ana' })).toEqual([]);
    const counted = recordMentions({ state: empty, conversation: 'c1', part: note('ana', '@ana'), teammates, now: 5, selfMention: 'notify' });
    expect(counted.notified).toEqual([{ type: 'mention.notified', conversation: 'c1', teammate: 'ana', by: 'ana' }]);
    expect(counted.skipped).toEqual([]);
    expect(mentionsView({ state: counted.state, teammate: 'ana', filter: 'unread' })).toEqual(['c1']);
  });

  it('MENTION-10: a new mention in a conversation already read makes it unread again and notifies again', () => {
    const read = createMentionsState({ teammates: [{ teammate: 'ben', mentions: [{ conversation: 'c1', unread: false, lastMentionedAt: 10, by: 'cy' }] }] });
    const { state, notified } = record(read, note('ana', 'ping @ben'), 20);
    expect(notified).toHaveLength(1);
    expect(state.teammates[0]!.mentions).toEqual([{ conversation: 'c1', unread: true, lastMentionedAt: 20, by: 'ana' }]);
  });

  it('MENTION-10: a note recorded out of order still marks unread but never moves lastMentionedAt back', () => {
    const read = createMentionsState({ teammates: [{ teammate: 'ben', mentions: [{ conversation: 'c1', unread: false, lastMentionedAt: 50, by: 'cy' }] }] });
    const { state } = record(read, note('ana', '@ben'), 20);
    expect(state.teammates[0]!.mentions).toEqual([{ conversation: 'c1', unread: true, lastMentionedAt: 50, by: 'cy' }]);
  });

  it('MENTION-2: recording the same unread mention again still notifies, and returns the same state', () => {
    const once = record(empty, note('ana', '@ben'), 7);
    const again = record(once.state, note('ana', '@ben'), 7);
    expect(again.state).toBe(once.state);
    expect(again.notified).toHaveLength(1);
  });

  it('a note that mentions nobody returns the same state', () => {
    expect(record(empty, note('ana', 'no mention here; mail ana@acme.test')).state).toBe(empty);
  });

  it('rejects an unknown author, bad ids, a bad time, a bad policy and a malformed state', () => {
    expect(() => record(empty, note('zed', '@ben'))).toThrow(expect.objectContaining({ code: 'unknown-teammate' }));
    expect(() => record(empty, note('ana', '@ben'), 0, '')).toThrow(expect.objectContaining({ code: 'invalid-id' }));
    expect(() => record(empty, note('ana', '@ben'), Number.NaN)).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
    expect(() => recordMentions({ state: empty, conversation: 'c1', part: note('ana', ''), teammates, now: 0, selfMention: 'yes' as never }))
      .toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => record({ teammates: 'none' } as never, { type: 'teammate-reply', author: 'ana', text: '', at: 0 }))
      .toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => record(empty, { type: 'memo', author: 'ana', text: '', at: 0 } as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => recordMentions(null as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

const notePartArb = mentionTeammatesArb()
  .filter((ts) => ts.length > 0)
  .chain((ts) => fc.record({
    teammates: fc.constant(ts),
    author: fc.constantFrom(...ts.map((t) => t.id)),
    text: noteTextArb(ts.map((t) => t.handle)),
    now: instantArb,
  }));

describe('recordMentions properties', () => {
  test.prop([notePartArb, fc.constantFrom(...PART_TYPES.filter((t) => t !== 'note'))])(
    'MENTION-1: a reply never yields mentions, whatever its text',
    ({ teammates: ts, author, text, now }, type) => {
      const state = createMentionsState();
      const part = { type, author, text, at: now } as Part;
      const result = recordMentions(deepFreeze({ state, conversation: 'c1', part, teammates: ts, now }));
      expect(result).toEqual({ state, notified: [], skipped: [{ code: 'not-a-note' }] });
      expect(result.state).toBe(state);
    },
  );

  test.prop([notePartArb])('MENTION-2, MENTION-9: exactly one notification per distinct mentioned teammate other than the author', ({ teammates: ts, author, text, now }) => {
    const result = recordMentions(deepFreeze({ state: createMentionsState(), conversation: 'c1', part: note(author, text), teammates: ts, now }));
    const expected = parseMentions({ text, teammates: ts }).mentioned.filter((id) => id !== author);
    expect(result.notified.map((n) => n.teammate)).toEqual(expected);
    expect(new Set(expected).size).toBe(expected.length);
    for (const n of result.notified) expect(n).toEqual({ type: 'mention.notified', conversation: 'c1', teammate: n.teammate, by: author });
  });

  test.prop([inboxHistoryArb, fc.nat(), fc.nat(), fc.nat({ max: 3 }), instantArb])(
    'MENTION-10: a new mention makes the conversation unread again for the mentioned teammate',
    ({ teammates: ts, ops }, a, m, c, now) => {
      const state = deepFreeze(replay(ts, ops));
      const author = a % ts.length;
      const mentioned = m % ts.length;
      fc.pre(author !== mentioned);
      const conversation = conversationOf(c);
      const part = note(ts[author]!.id, noteMentioning(ts, [mentioned]));
      const next = recordMentions({ state, conversation, part, teammates: ts, now }).state;
      expect(mentionsView({ state: next, teammate: ts[mentioned]!.id, filter: 'unread' })).toContain(conversation);
      expect(isDeepFrozen(next)).toBe(true);
    },
  );

  test.prop([inboxHistoryArb, notePartArb.map((n) => n.now), fc.nat(), fc.nat(), fc.nat({ max: 3 })])(
    'MENTION-11: recording mentions changes only the mentioned teammates\' entry for that conversation, never the conversation',
    ({ teammates: ts, ops }, now, a, m, c) => {
      const state = deepFreeze(replay(ts, ops));
      const conversation = deepFreeze(createConversation({ id: conversationOf(c), createdAt: 0, teammate: ts[0]!.id, team: 'billing', state: 'snoozed', snoozedAt: 0, snoozedUntil: 9 }));
      const before = JSON.stringify(conversation);
      const part = note(ts[a % ts.length]!.id, noteMentioning(ts, [m % ts.length]));
      const result = recordMentions({ state, conversation: conversation.id, part, teammates: deepFreeze(ts), now });
      expect(Object.keys(result).sort()).toEqual(['notified', 'skipped', 'state']);
      expect(JSON.stringify(conversation)).toBe(before);
      const touched = new Set(result.notified.map((n) => n.teammate));
      for (const entry of state.teammates) {
        const after = result.state.teammates.find((e) => e.teammate === entry.teammate)!;
        if (!touched.has(entry.teammate)) expect(after).toBe(entry);
        else expect(after.mentions.filter((x) => x.conversation !== conversation.id)).toEqual(entry.mentions.filter((x) => x.conversation !== conversation.id));
      }
    },
  );
});
