import { describe, expect, it } from 'vitest';
import { CLOSING_CHECKLIST } from '../../src/ratings/index.js';

describe('CLOSING_CHECKLIST', () => {
  it('RATING-16: the guidance is to ask whether anything else is needed, then encourage a rating; neither is enforced', () => {
    expect(CLOSING_CHECKLIST.map((item) => item.id)).toEqual(['ask-anything-else', 'encourage-rating']);
    expect(CLOSING_CHECKLIST.some((item) => item.enforced)).toBe(false);
  });
});
