import { assertOneOf, assertRecord, own } from '../_internal/validate.js';
import { COMPOSER_MODES, type ComposerMode, type ToggleComposerModeInput } from './types.js';

/**
 * The composer's mode after a double-click: Reply becomes Note and Note becomes Reply.
 *
 * MENTION-13 is UI only: `N` switches to a note and `R` to a reply (see
 * {@link COMPOSER_SHORTCUTS}), and double-clicking toggles between the two. This tiny model exists
 * so a UI can share the rule; nothing else in the library depends on the composer. Only a note can
 * mention teammates (MENTION-1).
 *
 * @param input - the current `mode`.
 * @returns the other mode.
 * @throws {@link InboxRuleError} `invalid-argument` for a mode other than `'reply'` or `'note'`.
 * @example
 * ```ts
 * import { toggleComposerMode } from 'inbox-rules/mentions';
 * toggleComposerMode({ mode: 'reply' }); // => 'note'
 * toggleComposerMode({ mode: 'note' }); // => 'reply'
 * ```
 * @category Mentions
 */
export function toggleComposerMode(input: ToggleComposerModeInput): ComposerMode {
  const mode = assertOneOf(own(assertRecord(input, 'toggleComposerMode input'), 'mode'), COMPOSER_MODES, 'mode');
  return mode === 'reply' ? 'note' : 'reply';
}
