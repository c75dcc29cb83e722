import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeammate, PART_TYPES, type Part } from '../../src/index.js';
import { mentionsInPart, parseMentions } from '../../src/mentions/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { mentionTeammatesArb, noteTextArb } from '../arbitraries/mentions.js';

const teammates = [createTeammate({ id: 'ana' }), createTeammate({ id: 'ben' })];
const none = { mentioned: [], unknown: [], ambiguous: [] };

describe('mentionsInPart', () => {
  it('MENTION-1: an internal note mentions; the same text as a teammate, customer or bot reply does not', () => {
    const text = '@ben please check, and @bob too';
    expect(mentionsInPart({ part: { type: 'note', author: 'ana', text, at: 0 }, teammates })).toEqual({ mentioned: ['ben'], unknown: ['bob'], ambiguous: [] });
    expect(mentionsInPart({ part: { type: 'teammate-reply', author: 'ana', text, at: 0 }, teammates })).toEqual(none);
    expect(mentionsInPart({ part: { type: 'customer-reply', author: 'u1', text, at: 0 }, teammates })).toEqual(none);
    expect(mentionsInPart({ part: { type: 'bot-reply', author: 'fin', text, at: 0 }, teammates })).toEqual(none);
  });

  it('MENTION-1: bad input fails the same way for replies as for notes', () => {
    const reply: Part = { type: 'teammate-reply', author: 'ana', text: '', at: 0 };
    expect(() => mentionsInPart({ part: reply, teammates: [createTeammate({ id: 'x', handle: 'a b' })] })).toThrow(expect.objectContaining({ code: 'invalid-handle' }));
    expect(() => mentionsInPart({ part: { ...reply, type: 'sms' } as never, teammates })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => mentionsInPart({ part: { ...reply, text: null } as never, teammates })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => mentionsInPart({ part: null as never, teammates })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

const caseArb = mentionTeammatesArb().chain((ts) => fc.tuple(fc.constant(ts), noteTextArb(ts.map((t) => t.handle))));

describe('mentionsInPart properties', () => {
  test.prop([caseArb, fc.constantFrom(...PART_TYPES.filter((t) => t !== 'note'))])('MENTION-1: a reply never yields mentions', ([ts, text], type) => {
    expect(mentionsInPart(deepFreeze({ part: { type, author: 'ana', text, at: 0 }, teammates: ts }))).toEqual(none);
  });

  test.prop([caseArb])('MENTION-1: a note yields exactly the mentions of its text', ([ts, text]) => {
    expect(mentionsInPart(deepFreeze({ part: { type: 'note', author: 'ana', text, at: 0 }, teammates: ts }))).toEqual(parseMentions({ text, teammates: ts }));
  });
});
