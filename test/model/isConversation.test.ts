import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createConversation, type Conversation } from '../../src/index.js';
import { isConversation } from '../../src/model/index.js';
import { conversationArbitrary } from '../../src/testing/index.js';

// isConversation is the allocation-free fast check the rule functions try before falling back to
// createConversation: it must accept what the factory builds (or the fast path is never taken),
// and it must never accept what the factory would reject or change (or it would let bad input in).
const FIELDS = [
  'id', 'state', 'team', 'teammate', 'customers', 'parts', 'priority', 'channel', 'createdAt', 'startedBy', 'waitingSince', 'teamSince',
  'assignedManually', 'snoozedAt', 'snoozedUntil', 'reopenings', 'closedAt', 'closeCount', 'ratingRequest', 'rating',
] as const;

const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom(null, undefined, '', 'x', -1, 0, 1.5, 6, Number.NaN, Number.POSITIVE_INFINITY, [], [null], [''], [{}], {}, true),
  fc.record({ type: fc.constantFrom('note', 'bot-reply', 'customer-reply', 'bogus'), author: fc.constantFrom('', 'a', 3), text: fc.constantFrom('t', 1), at: fc.constantFrom(0, Number.NaN) }).map((p) => [p]),
);

describe('isConversation', () => {
  test.prop([conversationArbitrary()])('accepts every conversation the factory builds', (c) => {
    expect(isConversation(c)).toBe(true);
    expect(isConversation(createConversation(c))).toBe(true);
  });

  test.prop([conversationArbitrary(), fc.constantFrom(...FIELDS), junk])('never accepts what createConversation would reject or change', (c, field, value) => {
    const corrupted: Conversation = { ...c, [field]: value };
    if (!isConversation(corrupted)) return;
    // accepted: the factory must agree and change nothing
    expect(createConversation(corrupted)).toEqual(corrupted);
  });

  test.prop([conversationArbitrary(), fc.constantFrom(...FIELDS)])('rejects a conversation missing any field (the factory fills it instead)', (c, field) => {
    const partial = Object.fromEntries(Object.entries(c).filter(([key]) => key !== field));
    expect(isConversation(partial)).toBe(false);
  });
});
