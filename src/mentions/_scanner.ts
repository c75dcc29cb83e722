// The @mention scanner: one left-to-right pass over the text, no regular expression over the
// text (so no backtracking), O(length of the text) time whatever its content. Private to mentions.

const AT = 0x40; // '@'
const SLASH = 0x2f; // '/'
const BACKTICK = 0x60; // '`'
const DOT = 0x2e; // '.'
/** Slots of the cache of recent tokens (a power of two). */
const RECENT = 64;

/** ASCII handle characters: letters, digits, '.', '_' and '-' (built in a pure call, so tree-shakable). */
const ASCII_HANDLE = /* @__PURE__ */ ((): Uint8Array => {
  const table = new Uint8Array(128);
  for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-') table[c.charCodeAt(0)] = 1;
  return table;
})();

/** Non-ASCII handle characters: any Unicode letter, number or combining mark. Tested on one code point. */
const UNICODE_WORD = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * The Basic Multilingual Plane's answers to UNICODE_WORD, filled in as code points are met (0 not
 * asked yet, 1 handle character, 2 not), so a text full of non-ASCII characters costs one table
 * read per character instead of a regular expression and a string each. A cache: same answers.
 */
const BMP_HANDLE = /* @__PURE__ */ new Uint8Array(0x10000);

/** Whether a code point can be part of a handle. */
export function isHandleCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_HANDLE[cp] === 1;
  if (cp > 0xffff) return UNICODE_WORD.test(String.fromCodePoint(cp));
  let known = BMP_HANDLE[cp];
  if (known === 0) BMP_HANDLE[cp] = known = UNICODE_WORD.test(String.fromCharCode(cp)) ? 1 : 2;
  return known === 1;
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

/** A character from U+0300 on (combining marks start there); below it every string is already NFC. */
const MAY_NEED_NFC = /[^\u0000-\u02ff]/;

/** How handles are compared: case-insensitively, after Unicode NFC normalisation (locale-independent). */
export function foldHandle(handle: string): string {
  return (MAY_NEED_NFC.test(handle) ? handle.normalize('NFC') : handle).toLowerCase();
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
  for (let i = text.indexOf('`'); i !== -1; i = text.indexOf('`', i)) {
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

/** The code point that ends just before `i` (a surrogate pair read whole), or -1 at the start. */
function codePointBefore(text: string, i: number): number {
  if (i === 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/**
 * Calls `onHandle` with every distinct `@handle` token of `text`, at its first occurrence, as
 * written (without the `@`). A token is the longest run of handle characters after an `@` that
 * - is not inside a code span,
 * - is not preceded by a handle character, another `@` or a `/` (e-mail addresses, `@@`, URL paths),
 * - is not directly followed by another `@` (`@ana@acme.test` is an address, not a mention),
 * - is not empty.
 * Trailing dots are kept here; the caller decides (see parseMentions). The scan jumps from `@` to
 * `@` (native indexOf) and reads only the character before each one and the run after it; a token
 * equal to one of the last few distinct ones is recognised in place, without being copied.
 */
export function scanHandles(text: string, onHandle: (token: string) => void): void {
  let at = text.indexOf('@');
  if (at === -1) return;
  const spans = codeSpans(text);
  const seen = new Set<string>();
  const recent = new Array<string>(RECENT).fill('');
  let span = 0;
  while (at !== -1) {
    while (span < spans.length && (spans[span + 1] as number) <= at) span += 2;
    if (span < spans.length && (spans[span] as number) <= at) {
      at = text.indexOf('@', spans[span + 1]);
      continue;
    }
    const prev = codePointBefore(text, at);
    if (prev === AT || prev === SLASH || (prev >= 0 && isHandleCodePoint(prev))) {
      // Every '@' of a run of them follows an '@': skip the run at once.
      let k = at + 1;
      while (text.charCodeAt(k) === AT) k += 1;
      at = text.indexOf('@', k);
      continue;
    }
    // A mention may start here: read the run of handle characters (it cannot cross a code span,
    // which starts with a backtick, nor another '@').
    let j = at + 1;
    while (j < text.length) {
      const c = codePointAt(text, j);
      if (!isHandleCodePoint(c)) break;
      j += width(c);
    }
    if (j > at + 1 && text.charCodeAt(j) !== AT) {
      const slot = (j - at + text.charCodeAt(at + 1) * 7 + text.charCodeAt(j - 1) * 31) & (RECENT - 1);
      const cached = recent[slot] as string;
      if (cached.length !== j - at - 1 || !text.startsWith(cached, at + 1)) {
        const token = text.slice(at + 1, j);
        recent[slot] = token;
        if (!seen.has(token)) {
          seen.add(token);
          onHandle(token);
        }
      }
    }
    at = text.indexOf('@', j);
  }
}

/** The token without its trailing dots (sentence punctuation: `@ana.`), or '' when only dots. */
export function withoutTrailingDots(token: string): string {
  let end = token.length;
  while (end > 0 && token.charCodeAt(end - 1) === DOT) end -= 1;
  return token.slice(0, end);
}
