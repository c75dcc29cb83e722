import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { COMPOSER_MODES, COMPOSER_SHORTCUTS, toggleComposerMode } from '../../src/mentions/index.js';

describe('toggleComposerMode', () => {
  it('MENTION-13: N switches to a note and R to a reply', () => {
    expect(COMPOSER_SHORTCUTS).toEqual({ N: 'note', R: 'reply' });
    expect(Object.isFrozen(COMPOSER_SHORTCUTS)).toBe(true);
  });

  it('MENTION-13: double-clicking toggles Reply to Note and Note to Reply', () => {
    expect(toggleComposerMode({ mode: 'reply' })).toBe('note');
    expect(toggleComposerMode({ mode: 'note' })).toBe('reply');
  });

  test.prop([fc.constantFrom(...COMPOSER_MODES)])('MENTION-13: toggling twice returns to the same mode, and once always changes it', (mode) => {
    const once = toggleComposerMode({ mode });
    expect(once).not.toBe(mode);
    expect(toggleComposerMode({ mode: once })).toBe(mode);
  });

  it('MENTION-13: rejects a mode that does not exist', () => {
    expect(() => toggleComposerMode({ mode: 'email' as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => toggleComposerMode(null as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
