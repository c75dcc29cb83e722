// Generators for the mentions area: handles, teammates with handles, note texts full of tricky
// `@` patterns, and sequences of mentions-inbox operations.
import { fc } from '@fast-check/vitest';
import { createTeammate, type Teammate } from '../../src/index.js';
import { idArb, instantArb } from './model.js';

/** A valid handle: letters (some non-ASCII), digits, '.', '_' and '-', never ending with a dot. */
export const handleArb: fc.Arbitrary<string> = fc
  .tuple(fc.stringMatching(/^[A-Za-zéßø][A-Za-z0-9._\-é]{0,6}$/), fc.constantFrom('', 'a', '1', 'é'))
  .map(([h, tail]) => (h.endsWith('.') ? h + (tail === '' ? 'x' : tail) : h + tail));

/**
 * 0..maxLength teammates with unique ids; each handle is the id, a generated handle, or a case
 * variant of another teammate's handle (so ambiguous handles occur).
 */
export function mentionTeammatesArb(maxLength = 6): fc.Arbitrary<Teammate[]> {
  return fc
    .uniqueArray(fc.tuple(idArb, fc.option(handleArb, { nil: undefined }), fc.boolean(), fc.boolean()), { maxLength, selector: ([id]) => id })
    .map((rows) => {
      const teammates: Teammate[] = [];
      rows.forEach(([id, handle, collide, seat], i) => {
        const previous = teammates[i - 1];
        const chosen = collide && previous !== undefined ? previous.handle.toUpperCase() === previous.handle ? previous.handle.toLowerCase() : previous.handle.toUpperCase() : handle;
        teammates.push(createTeammate({ id, handle: chosen, inboxSeat: seat }));
      });
      return teammates;
    });
}

/** Teammates whose handles are their ids, unique case-insensitively (no ambiguity), at least `min`. */
export function plainTeammatesArb(min = 1, max = 5): fc.Arbitrary<Teammate[]> {
  return fc
    .uniqueArray(idArb, { minLength: min, maxLength: max, selector: (id) => id.toLowerCase() })
    .map((ids) => ids.map((id) => createTeammate({ id })));
}

/** Random-case spelling of a handle (ASCII letters only change case). */
export function anyCaseArb(handle: string): fc.Arbitrary<string> {
  return fc.array(fc.boolean(), { minLength: handle.length, maxLength: handle.length }).map((flips) =>
    Array.from(handle).map((ch, i) => (flips[i] === true && /[a-z]/i.test(ch) ? (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()) : ch)).join(''),
  );
}

const strangerArb = fc.stringMatching(/^@[a-z]{1,4}$/);
const fillerArb = fc.constantFrom(' ', '  ', '\n', '@', '.', '/', 'https://x.test/', '(', ')', 'é', '😀', 'hello', 'ana@acme.test', '@@', '@.');
const backtickArb = fc.constantFrom('`', '``', '```', '\n```\n');

/** One fragment of a note: mentions of known handles, near-misses, e-mails, code, punctuation. */
function fragmentArb(handles: readonly string[], withBackticks: boolean): fc.Arbitrary<string> {
  const known = handles.length === 0 ? fc.constant('@nobody') : fc.constantFrom(...handles).chain((h) => anyCaseArb(h).map((s) => `@${s}`));
  const options: fc.Arbitrary<string>[] = [
    known,
    known.map((m) => `${m}${'.,!?:;)'.charAt(m.length % 7)}`),
    known.map((m) => `x${m}`), // e-mail-like: not a mention
    known.map((m) => `@${m}`), // @@handle
    known.map((m) => `${m}@acme.test`),
    strangerArb,
    fillerArb,
  ];
  if (withBackticks) options.push(backtickArb, known.map((m) => `\`${m}\``));
  return fc.oneof(...options);
}

/** A note text built from tricky fragments around the given handles. */
export function noteTextArb(handles: readonly string[], { withBackticks = true } = {}): fc.Arbitrary<string> {
  return fc.array(fragmentArb(handles, withBackticks), { maxLength: 14 }).map((parts) => parts.join(''));
}

/** Any short string over the characters that matter to the scanner. */
export const scannerSoupArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('@', '`', 'a', 'B', '.', '-', '_', ' ', '/', ',', 'é', '😀', '\u0301'), { maxLength: 30 })
  .map((cs) => cs.join(''));

/** An operation on the mentions inbox, over teammate and conversation indexes. */
export type InboxOp =
  | { readonly type: 'note'; readonly author: number; readonly mentioned: readonly number[]; readonly conversation: number; readonly now: number }
  | { readonly type: 'view'; readonly teammate: number; readonly conversation: number }
  | { readonly type: 'unread'; readonly teammate: number; readonly conversation: number };

/** Conversation ids, unsafe ones included. */
export const CONVERSATIONS = ['c1', 'c2', '__proto__', 'constructor'] as const;

export function inboxOpArb(teammateCount: number): fc.Arbitrary<InboxOp> {
  const t = fc.nat({ max: teammateCount - 1 });
  const c = fc.nat({ max: CONVERSATIONS.length - 1 });
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ type: fc.constant('note' as const), author: t, mentioned: fc.array(t, { maxLength: 4 }), conversation: c, now: instantArb }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('view' as const), teammate: t, conversation: c }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('unread' as const), teammate: t, conversation: c }) },
  );
}

/** Teammates (plain handles) and a sequence of operations on them. */
export const inboxHistoryArb: fc.Arbitrary<{ teammates: Teammate[]; ops: InboxOp[] }> = plainTeammatesArb(1, 4).chain((teammates) =>
  fc.record({ teammates: fc.constant(teammates), ops: fc.array(inboxOpArb(teammates.length), { maxLength: 25 }) }),
);
