import { assertArray, assertOneOf, assertRecord, fail, own } from '../_internal/validate.js';
import type { Channel } from '../model/index.js';
import { INSERTION_KINDS, INSERTION_METHODS, type InsertionKind, type OutboundWarning } from './types.js';

/**
 * OUT-11: in a new email, apps, articles and product tours can't be inserted directly (rejected);
 * through a macro they are allowed with one `insertion-may-not-display` warning per kind, in order
 * of first appearance. The limitation is about email: on the Messenger channel they pass silently.
 */
export function checkInsertions(insertions: unknown, channel: Channel): readonly OutboundWarning[] {
  const kinds: InsertionKind[] = [];
  assertArray(insertions ?? [], 'draft.insertions').forEach((entry, i) => {
    const rec = assertRecord(entry, `draft.insertions[${i}]`);
    const kind = assertOneOf(own(rec, 'kind'), INSERTION_KINDS, `draft.insertions[${i}].kind`);
    const via = assertOneOf(own(rec, 'via'), INSERTION_METHODS, `draft.insertions[${i}].via`);
    if (channel !== 'email') return;
    if (via === 'direct') {
      fail('insertion-not-allowed', `A ${kind} can't be inserted directly into a new email (OUT-11); insert it through a macro (it may not display correctly) or leave it out.`, { kind, via });
    }
    if (!kinds.includes(kind)) kinds.push(kind);
  });
  return kinds.map((insertion) => ({ code: 'insertion-may-not-display', insertion }));
}
