// The workspace reads a closing conversation's latest replies from the end of its parts (they are
// appended as its clock moves forward, so they are in time order); the public rating functions read
// every part, since a caller's parts may come in any order. Both readings must agree on parts in
// time order, ties included (on equal times the later part is the latest, RATING-10).
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, type Part } from '../../src/index.js';
import { creditOf, lastHumanReplyAt } from '../../src/ratings/_text.js';

const partArb: fc.Arbitrary<Part> = fc.record({
  type: fc.constantFrom('customer-reply', 'teammate-reply', 'bot-reply', 'note'),
  author: fc.constantFrom('ana', 'ben', '__proto__', 'u1'),
  text: fc.constant('hello'),
  at: fc.integer({ min: 0, max: 6 }), // few distinct times: many ties
});
/** Parts in time order (a stable sort keeps the order of equal times). */
const inTimeOrderArb = fc.array(partArb, { maxLength: 12 }).map((parts) => [...parts].sort((a, b) => a.at - b.at));

describe('latest replies read from the end', () => {
  test.prop([inTimeOrderArb])('RATING-6: on parts in time order, the latest human reply is the same read from the end or in full', (parts) => {
    expect(lastHumanReplyAt(parts, true)).toBe(lastHumanReplyAt(parts, false));
  });

  test.prop([inTimeOrderArb, fc.option(fc.constantFrom('ana', 'cy'), { nil: null })])('RATING-10: on parts in time order, the credited teammate is the same read from the end or in full', (parts, startedBy) => {
    const conversation = createConversation({ id: 'c1', createdAt: 0, parts, startedBy });
    expect(creditOf(conversation, true)).toBe(creditOf(conversation, false));
  });
});
