import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, type Part } from '../../src/index.js';
import { countRatingCharacters } from '../../src/ratings/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { noiseArb, withNoise } from '../arbitraries/ratings.js';

const withText = (...texts: string[]) =>
  createConversation({ id: 'c1', createdAt: 0, customers: ['u1'], parts: texts.map((text, i): Part => ({ type: i % 2 === 0 ? 'customer-reply' : 'teammate-reply', author: i % 2 === 0 ? 'u1' : 'ana', text, at: i })) });

/** Text without markup characters, as code points (fast-check's 'binary' unit is one code point). */
const codePointsArb = fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((s) => s !== '<' && s !== '>'), { maxLength: 80 });

describe('countRatingCharacters', () => {
  it('RATING-4: counts code points, not UTF-16 units: an emoji counts 1, a letter with a combining mark 2', () => {
    expect(countRatingCharacters(withText('👍'))).toBe(1);
    expect(countRatingCharacters(withText('e\u0301'))).toBe(2);
    expect(countRatingCharacters(withText('👨‍👩‍👧'))).toBe(5); // three emoji joined by two zero-width joiners
    expect(countRatingCharacters(withText('a b', ' c'))).toBe(5); // spaces count
  });

  it('RATING-4: strips HTML-style tags and counts what is left; a lone < or an unclosed tag is text', () => {
    expect(countRatingCharacters(withText('<p>Hi <b>there</b></p><br/><!-- x -->'))).toBe(8);
    expect(countRatingCharacters(withText('a < b', '<3'))).toBe(7);
    expect(countRatingCharacters(withText('<b unclosed'))).toBe(11);
    expect(countRatingCharacters(withText('&amp;'))).toBe(5); // entities are not decoded
  });

  it('RATING-4: a lone surrogate counts 1 and a pair split by a tag counts 2', () => {
    expect(countRatingCharacters(withText('\uD83D'))).toBe(1);
    expect(countRatingCharacters(withText('\uD83D<i>\uDC4D'))).toBe(2);
  });

  it('RATING-4: stays linear on huge texts full of unclosed tags (every "<a" is text)', () => {
    expect(countRatingCharacters(withText('<a'.repeat(300_000)))).toBe(600_000);
  });

  it('RATING-4: an empty conversation has 0 characters', () => {
    expect(countRatingCharacters(createConversation({ id: 'c1', createdAt: 0 }))).toBe(0);
  });

  test.prop([fc.array(codePointsArb, { maxLength: 4 })])('RATING-4: the count is the number of code points written by people', (texts) => {
    const conversation = deepFreeze(withText(...texts.map((cps) => cps.join(''))));
    expect(countRatingCharacters(conversation)).toBe(texts.reduce((n, cps) => n + cps.length, 0));
  });

  test.prop([codePointsArb, fc.array(fc.tuple(fc.nat(), fc.constantFrom('<p>', '</p>', '<br/>', '<a href="x">', '<!-- hidden -->')), { maxLength: 5 })])(
    'RATING-4: inserting tags anywhere never changes the count',
    (cps, tags) => {
      const plain = cps.join('');
      const tagged = [...cps];
      for (const [at, tag] of tags) tagged.splice(at % (tagged.length + 1), 0, tag);
      expect(countRatingCharacters(withText(tagged.join('')))).toBe(countRatingCharacters(withText(plain)));
    },
  );

  test.prop([fc.array(codePointsArb, { maxLength: 4 }), noiseArb(['ana'], 100)])('RATING-4: notes and bot messages add nothing', (texts, noise) => {
    const conversation = withText(...texts.map((cps) => cps.join('')));
    expect(countRatingCharacters(withNoise(conversation, noise, 0, 100))).toBe(countRatingCharacters(conversation));
  });
});
