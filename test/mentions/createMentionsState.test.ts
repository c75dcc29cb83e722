import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createMentionsState, type Mention, type TeammateMentions } from '../../src/mentions/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { idArb, instantArb } from '../arbitraries/model.js';
import { isDeepFrozen } from './_inbox.js';

const m = (conversation: string, lastMentionedAt = 0): Mention => ({ conversation, unread: true, lastMentionedAt, by: 'ana' });

describe('createMentionsState', () => {
  it('MENTION-3: starts empty: nobody has mentions', () => {
    expect(createMentionsState()).toEqual({ teammates: [] });
    expect(createMentionsState({})).toEqual({ teammates: [] });
  });

  it('MENTION-7: keeps one entry per teammate, in id order, each with conversations in id order', () => {
    const state = createMentionsState({
      teammates: [
        { teammate: 'cy', mentions: [m('b'), m('a')] },
        { teammate: '__proto__', mentions: [m('constructor')] },
        { teammate: 'ben', mentions: [] },
      ],
    });
    expect(state).toEqual({
      teammates: [
        { teammate: '__proto__', mentions: [m('constructor')] },
        { teammate: 'cy', mentions: [m('a'), m('b')] },
      ],
    });
    expect(isDeepFrozen(state)).toBe(true);
  });

  it('copies its input: the caller\'s objects are neither frozen nor changed', () => {
    const entry: TeammateMentions = { teammate: 'ben', mentions: [m('c2'), m('c1')] };
    createMentionsState({ teammates: [entry] });
    expect(Object.isFrozen(entry)).toBe(false);
    expect(entry.mentions.map((x) => x.conversation)).toEqual(['c2', 'c1']);
  });

  it('rejects duplicates and malformed entries', () => {
    expect(() => createMentionsState({ teammates: [{ teammate: 'ben', mentions: [m('c1')] }, { teammate: 'ben', mentions: [] }] }))
      .toThrow(expect.objectContaining({ code: 'duplicate-id' }));
    expect(() => createMentionsState({ teammates: [{ teammate: 'ben', mentions: [m('c1'), m('c1', 5)] }] })).toThrow(expect.objectContaining({ code: 'duplicate-id' }));
    expect(() => createMentionsState({ teammates: [{ teammate: '', mentions: [] }] })).toThrow(expect.objectContaining({ code: 'invalid-id' }));
    expect(() => createMentionsState({ teammates: [{ teammate: 'ben', mentions: [{ ...m('c1'), by: '' }] }] })).toThrow(expect.objectContaining({ code: 'invalid-id' }));
    expect(() => createMentionsState({ teammates: [{ teammate: 'ben' }] as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => createMentionsState({ teammates: {} as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => createMentionsState(null as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

const entriesArb = fc.uniqueArray(
  fc.record({
    teammate: idArb,
    mentions: fc.uniqueArray(fc.record({ conversation: idArb, unread: fc.boolean(), lastMentionedAt: instantArb, by: idArb }), { selector: (x) => x.conversation, maxLength: 4 }),
  }),
  { selector: (x) => x.teammate, maxLength: 5 },
);

describe('createMentionsState properties', () => {
  test.prop([entriesArb])('MENTION-7: the input order does not matter (canonical form), and loading is idempotent', (entries) => {
    const state = createMentionsState(deepFreeze({ teammates: entries }));
    const reversed = createMentionsState({ teammates: [...entries].reverse().map((e) => ({ teammate: e.teammate, mentions: [...e.mentions].reverse() })) });
    expect(reversed).toEqual(state);
    expect(createMentionsState(state)).toEqual(state);
    expect(state.teammates.map((t) => t.teammate)).toEqual(entries.filter((e) => e.mentions.length > 0).map((e) => e.teammate).sort());
  });
});
