// Zone names are checked through Intl once and remembered (a pure function of the string); the
// memory is bounded, so a stream of distinct names (Intl accepts any casing) cannot grow it.
import { describe, expect, it } from 'vitest';
import { createTeammate } from '../../src/index.js';

/** The i-th casing of "Europe/Paris" (bit k of i upper-cases letter k). */
const casing = (i: number): string => {
  let k = 0;
  return 'europe/paris'.replace(/[a-z]/g, (ch) => ((i >> k++) & 1 ? ch.toUpperCase() : ch));
};

describe('time-zone names', () => {
  it('every casing of a zone is valid, past the number of names remembered, and a bad name still fails after', () => {
    const names = Array.from({ length: 1500 }, (_, i) => casing(i));
    expect(new Set(names).size).toBe(1500);
    for (const timezone of names) expect(createTeammate({ id: 'ana', timezone }).timezone).toBe(timezone);
    expect(() => createTeammate({ id: 'ana', timezone: 'Europe/Pariss' })).toThrow(expect.objectContaining({ code: 'invalid-time-zone' }) as Error);
    expect(createTeammate({ id: 'ana', timezone: casing(0) }).timezone).toBe('europe/paris');
  });
});
