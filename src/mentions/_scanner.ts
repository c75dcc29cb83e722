// The @mention scanner: one left-to-right pass over the text, no regular expression over the
// text (so no backtracking), O(length of the text) time whatever its content. Private to mentions.

const AT = 0x40; // '@'
const SLASH = 0x2f; // '/'
const BACKTICK = 0x60; // '`'
const DOT = 0x2e; // '.'

/** ASCII handle characters: letters, digits, '.', '_' and '-'. */
const ASCII_HANDLE = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-') ASCII_HANDLE[c.charCodeAt(0)] = 1;

/** Non-ASCII handle characters: any Unicode letter, number or combining mark. Tested on one code point. */
const UNICODE_WORD = /^[\p{L}\p{N}\p{M}]$/u;

/** Whether a code point can be part of a handle. */
export function isHandleCodePoint(cp: number): boolean {
  return cp < 128 ? ASCII_HANDLE[cp] === 1 : UNICODE_WORD.test(String.fromCodePoint(cp));
}

/** The code point at `i`; callers guarantee `0 <= i < text.length`. */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) as number;
}

/** How many UTF-16 code units a code point takes. */
function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Whether a string can be a handle: non-empty, handle characters only. */
export function isValidHandle(handle: string): boolean {
  if (handle.length === 0) return false;
  for (let i = 0; i < handle.length; ) {
    const cp = codePointAt(handle, i);
    if (!isHandleCodePoint(cp)) return false;
    i += width(cp);
  }
  return true;
}

/** How handles are compared: case-insensitively, after Unicode NFC normalisation (locale-independent). */
export function foldHandle(handle: string): string {
  return handle.normalize('NFC').toLowerCase();
}

/**
 * Code spans, CommonMark style, as a flat list `[start0, end0, start1, end1, ...]` (end exclusive):
 * a run of N backticks opens a span that ends at the next run of exactly N backticks; a run with no
 * such closer is literal text. Fenced blocks (```) are runs of three, so they are covered too.
 * Linear: each run's closer is found by a right-to-left pass with a map from run length to the
 * nearest run of that length.
 */
export function codeSpans(text: string): number[] {
  if (!text.includes('`')) return [];
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) !== BACKTICK) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < text.length && text.charCodeAt(i) === BACKTICK) i += 1;
    starts.push(start);
    lengths.push(i - start);
  }
  const closer = new Array<number>(starts.length);
  const nearest = new Map<number, number>();
  for (let k = starts.length - 1; k >= 0; k -= 1) {
    const length = lengths[k] as number;
    closer[k] = nearest.get(length) ?? -1;
    nearest.set(length, k);
  }
  const spans: number[] = [];
  for (let k = 0; k < starts.length; ) {
    const close = closer[k] as number;
    if (close < 0) {
      k += 1;
      continue;
    }
    spans.push(starts[k] as number, (starts[close] as number) + (lengths[close] as number));
    k = close + 1;
  }
  return spans;
}

/**
 * Calls `onHandle` with every `@handle` token of `text`, in order, as written (without the `@`).
 * A token is the longest run of handle characters after an `@` that
 * - is not inside a code span,
 * - is not preceded by a handle character, another `@` or a `/` (e-mail addresses, `@@`, URL paths),
 * - is not directly followed by another `@` (`@ana@acme.test` is an address, not a mention),
 * - is not empty.
 * Trailing dots are kept here; the caller decides (see parseMentions).
 */
export function scanHandles(text: string, onHandle: (token: string) => void): void {
  if (!text.includes('@')) return;
  const spans = codeSpans(text);
  let span = 0;
  let prev = -1; // the code point before position i; -1 at the start of the text
  for (let i = 0; i < text.length; ) {
    if (span < spans.length && i === spans[span]) {
      i = spans[span + 1] as number;
      span += 2;
      prev = BACKTICK;
      continue;
    }
    const cp = codePointAt(text, i);
    if (cp !== AT || prev === AT || prev === SLASH || (prev >= 0 && isHandleCodePoint(prev))) {
      prev = cp;
      i += width(cp);
      continue;
    }
    // A mention may start here: read the run of handle characters (it cannot cross a code span,
    // which starts with a backtick, nor another '@').
    let j = i + 1;
    let last = AT;
    while (j < text.length) {
      const c = codePointAt(text, j);
      if (!isHandleCodePoint(c)) break;
      last = c;
      j += width(c);
    }
    if (j > i + 1 && text.charCodeAt(j) !== AT) onHandle(text.slice(i + 1, j));
    prev = last;
    i = j;
  }
}

/** The token without its trailing dots (sentence punctuation: `@ana.`), or '' when only dots. */
export function withoutTrailingDots(token: string): string {
  let end = token.length;
  while (end > 0 && token.charCodeAt(end - 1) === DOT) end -= 1;
  return token.slice(0, end);
}
