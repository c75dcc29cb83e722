// The @mention parser as it was before the performance work of issue 7 (one code point at a time,
// a regular expression per non-ASCII character, NFC on every token, no caches), kept as the
// reference the optimised parser must agree with exactly.
import type { Teammate } from '../../src/index.js';
import type { MentionParse } from '../../src/mentions/index.js';

const AT = 0x40;
const SLASH = 0x2f;
const BACKTICK = 0x60;
const ASCII_HANDLE = /^[A-Za-z0-9._-]$/;
const UNICODE_WORD = /^[\p{L}\p{N}\p{M}]$/u;

const isHandleCodePoint = (cp: number): boolean => {
  const c = String.fromCodePoint(cp);
  return cp < 128 ? ASCII_HANDLE.test(c) : UNICODE_WORD.test(c);
};
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);
const fold = (handle: string): string => handle.normalize('NFC').toLowerCase();

function codeSpans(text: string): number[] {
  const runs: [number, number][] = [];
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) !== BACKTICK) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < text.length && text.charCodeAt(i) === BACKTICK) i += 1;
    runs.push([start, i - start]);
  }
  const spans: number[] = [];
  for (let k = 0; k < runs.length; ) {
    const [start, length] = runs[k]!;
    const close = runs.findIndex(([, l], c) => c > k && l === length);
    if (close < 0) {
      k += 1;
      continue;
    }
    spans.push(start, runs[close]![0] + length);
    k = close + 1;
  }
  return spans;
}

function scanHandles(text: string, onHandle: (token: string) => void): void {
  if (!text.includes('@')) return;
  const spans = codeSpans(text);
  let span = 0;
  let prev = -1;
  for (let i = 0; i < text.length; ) {
    if (span < spans.length && i === spans[span]) {
      i = spans[span + 1]!;
      span += 2;
      prev = BACKTICK;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp !== AT || prev === AT || prev === SLASH || (prev >= 0 && isHandleCodePoint(prev))) {
      prev = cp;
      i += width(cp);
      continue;
    }
    let j = i + 1;
    let last = AT;
    while (j < text.length) {
      const c = text.codePointAt(j)!;
      if (!isHandleCodePoint(c)) break;
      last = c;
      j += width(c);
    }
    if (j > i + 1 && text.charCodeAt(j) !== AT) onHandle(text.slice(i + 1, j));
    prev = last;
    i = j;
  }
}

/** What parseMentions returned before the optimisation (same grammar, same order, same de-duplication). */
export function previousParse(text: string, teammates: readonly Teammate[]): MentionParse {
  const byHandle = new Map<string, string[]>();
  for (const t of teammates) byHandle.set(fold(t.handle), [...(byHandle.get(fold(t.handle)) ?? []), t.id]);
  for (const ids of byHandle.values()) ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const mentioned = new Set<string>();
  const unknown = new Map<string, string>();
  const ambiguous = new Map<string, { handle: string; teammates: string[] }>();
  scanHandles(text, (token) => {
    let handle = token;
    let ids = byHandle.get(fold(handle));
    if (ids === undefined && token.endsWith('.')) {
      handle = token.replace(/\.+$/, '');
      if (handle === '') return;
      ids = byHandle.get(fold(handle));
    }
    const key = fold(handle);
    if (ids === undefined) {
      if (!unknown.has(key)) unknown.set(key, handle);
    } else if (ids.length > 1) {
      if (!ambiguous.has(key)) ambiguous.set(key, { handle, teammates: [...ids] });
    } else {
      for (const id of ids) mentioned.add(id);
    }
  });
  return { mentioned: [...mentioned], unknown: [...unknown.values()], ambiguous: [...ambiguous.values()] };
}
