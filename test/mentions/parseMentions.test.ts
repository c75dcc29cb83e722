import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeammate, type Teammate } from '../../src/index.js';
import { parseMentions, type MentionParse } from '../../src/mentions/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { mentionTeammatesArb, noteTextArb, scannerSoupArb } from '../arbitraries/mentions.js';

const team = (...specs: (string | [string, string])[]): Teammate[] =>
  specs.map((s) => (typeof s === 'string' ? createTeammate({ id: s }) : createTeammate({ id: s[0], handle: s[1] })));
const parse = (text: string, teammates: readonly Teammate[]): MentionParse => parseMentions({ text, teammates });
const fold = (s: string): string => s.normalize('NFC').toLowerCase();
const MB = 1 << 20;

describe('parseMentions', () => {
  const ws = team('ana', 'ben', ['cy', 'Cy.Lee']);

  it('MENTION-8: a handle matches case-insensitively and ends at punctuation', () => {
    for (const text of ['@ana', '@ANA', '@Ana,', '@ana!', '@ana?', '@ana:', '@ana;', '(@ana)', "@ana's", '@ana.', '@ana...', 'hi\n@ana\tthere']) {
      expect(parse(text, ws).mentioned, text).toEqual(['ana']);
    }
  });

  it('MENTION-8: a handle may contain dots, and a trailing dot after it is punctuation', () => {
    expect(parse('ask @cy.lee.', ws)).toEqual({ mentioned: ['cy'], unknown: [], ambiguous: [] });
    // "@cy" alone is another handle, unknown here: the longest run is the handle.
    expect(parse('ask @cy', ws)).toEqual({ mentioned: [], unknown: ['cy'], ambiguous: [] });
  });

  it('MENTION-8: a handle that really ends with a dot is matched before the dot is dropped', () => {
    const dotted = team(['ann', 'ann.'], ['bo', 'bo']);
    expect(parse('@ann. and @bo.', dotted).mentioned).toEqual(['ann', 'bo']);
  });

  it('MENTION-8: e-mail addresses, @@handle and URL paths are not mentions', () => {
    for (const text of ['ana@acme.test', 'mail ben@ana.test', '@@ana', 'x@@ana', '@ana@acme.test', 'https://x.test/@ana', 'a.@ana', 'a-@ana', 'é@ana']) {
      expect(parse(text, ws), text).toEqual({ mentioned: [], unknown: [], ambiguous: [] });
    }
  });

  it('MENTION-8: text in code spans and fenced blocks is not scanned; an unmatched backtick is plain text', () => {
    expect(parse('run `@ana` now, ``x ` @ana`` too', ws).mentioned).toEqual([]);
    expect(parse('```\nping @ana\n```\nthen @ben', ws).mentioned).toEqual(['ben']);
    expect(parse('a ` b @ana', ws).mentioned).toEqual(['ana']);
    expect(parse('``x` @ana', ws).mentioned).toEqual(['ana']); // `` never closed, ` never closed
    expect(parse('`x`@ana', ws).mentioned).toEqual(['ana']); // right after a code span
  });

  it('MENTION-8: teammates without an inbox seat can be mentioned; contacts and typos mention nobody', () => {
    const teammates = [createTeammate({ id: 'ana', inboxSeat: false }), createTeammate({ id: 'ben' })];
    expect(parse('@ana @u1 @bne', teammates)).toEqual({ mentioned: ['ana'], unknown: ['u1', 'bne'], ambiguous: [] });
  });

  it('MENTION-8: a handle shared case-insensitively by two teammates mentions nobody (Beyond-22)', () => {
    const teammates = team(['ana-2', 'ANA'], ['ana-1', 'ana'], 'ben');
    expect(parse('@Ana and @ben, again @ana', teammates)).toEqual({
      mentioned: ['ben'], unknown: [], ambiguous: [{ handle: 'Ana', teammates: ['ana-1', 'ana-2'] }],
    });
  });

  it('MENTION-9: several teammates in one note, each once, in order of first mention', () => {
    expect(parse('@ben @ana @BEN @ben. @zed @ZED', ws)).toEqual({ mentioned: ['ben', 'ana'], unknown: ['zed'], ambiguous: [] });
  });

  it('MENTION-8: non-ASCII handles, matched after Unicode normalisation', () => {
    const teammates = team(['zoe', 'zoë'], ['jo', 'José']);
    // "zoë" written with a combining diaeresis (NFD) still matches the NFC handle.
    expect(parse('@zoe\u0308 and @JOSÉ', teammates).mentioned).toEqual(['zoe', 'jo']);
    expect(parse('josé@zoë', teammates).mentioned).toEqual([]);
    // Letters outside the Basic Multilingual Plane (two UTF-16 code units) are handle characters too.
    expect(parse('@𝒜na, ping 𝒜@𝒜na', team(['math', '𝒜na'])).mentioned).toEqual(['math']);
  });

  it('MENTION-8: an @ with no handle after it, or only dots, reports nothing', () => {
    expect(parse('@ @, @. @... @', ws)).toEqual({ mentioned: [], unknown: [], ambiguous: [] });
  });

  it('MENTION-8: ids such as __proto__ are safe as ids and handles', () => {
    const teammates = team('__proto__', 'constructor', ['toString', 'hasOwnProperty']);
    expect(parse('@__proto__ @constructor @hasownproperty @valueOf', teammates)).toEqual({
      mentioned: ['__proto__', 'constructor', 'toString'], unknown: ['valueOf'], ambiguous: [],
    });
  });

  it('rejects bad input with a code that says what to fix', () => {
    const bad = (input: unknown): unknown => parseMentions(input as never);
    expect(() => bad({ text: 1, teammates: [] })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => bad(null)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => bad({ text: '', teammates: 'ana' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => bad({ text: '', teammates: [null] })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => bad({ text: '', teammates: [{ id: '', handle: 'x' }] })).toThrow(expect.objectContaining({ code: 'invalid-id' }));
    expect(() => parse('', team('ana', 'ana'))).toThrow(expect.objectContaining({ code: 'duplicate-id' }));
    for (const handle of ['', 'ana lopez', 'ana@acme', '@ana', 'a/b']) {
      expect(() => parse('', [createTeammate({ id: 't', handle })]), handle).toThrow(expect.objectContaining({ code: 'invalid-handle' }));
    }
  });

  describe('linear scanner on 1 MB of pathological input (exact results, no timing)', () => {
    const one = team('a', 'b');
    it('MENTION-8: a megabyte of "@" mentions nobody', () => {
      expect(parse('@'.repeat(MB), one)).toEqual({ mentioned: [], unknown: [], ambiguous: [] });
    });
    it('MENTION-8: "@a@a@a..." is an address-like word, not a mention', () => {
      expect(parse('@a'.repeat(MB / 2), one)).toEqual({ mentioned: [], unknown: [], ambiguous: [] });
    });
    it('MENTION-9: 350,000 "@a " collapse to one mention', () => {
      expect(parse('@a '.repeat(349_525), one)).toEqual({ mentioned: ['a'], unknown: [], ambiguous: [] });
    });
    it('MENTION-8: a single megabyte-long unknown handle is reported once', () => {
      const result = parse(`@${'x'.repeat(MB)}. @b`, one);
      expect(result.mentioned).toEqual(['b']);
      expect(result.unknown.map((h) => h.length)).toEqual([MB]);
    });
    it('MENTION-8: backtick runs that all close hide every mention inside them', () => {
      expect(parse(`${' `@a`'.repeat(MB / 5)} @b`, one).mentioned).toEqual(['b']);
    });
    it('MENTION-8: 1,400 unmatched backtick runs of distinct lengths leave every mention visible', () => {
      // A naive "search for the closer of each run" costs length x runs here.
      let text = '';
      for (let n = 1; text.length < MB; n += 1) text += `${'`'.repeat(n)} @a `;
      expect(parse(`${text}@b`, one).mentioned).toEqual(['a', 'b']);
    });
    it('MENTION-8: "@." runs and "@@" runs mention nobody', () => {
      expect(parse('@.'.repeat(MB / 2) + '@@a'.repeat(MB / 3), one)).toEqual({ mentioned: [], unknown: [], ambiguous: [] });
    });
  });
});

/** The documented grammar, written naively (quadratic, small inputs only) as a reference. */
function referenceParse(text: string, teammates: readonly Teammate[]): MentionParse {
  const inCode: boolean[] = Array.from({ length: text.length }, () => false);
  const runEnd = (from: number): number => {
    let e = from;
    while (text[e] === '`') e += 1;
    return e;
  };
  for (let i = 0; i < text.length; ) {
    if (text[i] !== '`') {
      i += 1;
      continue;
    }
    const end = runEnd(i);
    let close = -1;
    for (let k = end; k < text.length; ) {
      if (text[k] !== '`') {
        k += 1;
        continue;
      }
      const e = runEnd(k);
      if (e - k === end - i) {
        close = e;
        break;
      }
      k = e;
    }
    if (close < 0) {
      i = end;
      continue;
    }
    for (let x = i; x < close; x += 1) inCode[x] = true;
    i = close;
  }
  const handleChar = /^[\p{L}\p{N}\p{M}._-]$/u;
  const byHandle = new Map<string, string[]>();
  for (const t of teammates) byHandle.set(fold(t.handle), [...(byHandle.get(fold(t.handle)) ?? []), t.id].sort());
  const mentioned: string[] = [];
  const unknown = new Map<string, string>();
  const ambiguous = new Map<string, { handle: string; teammates: string[] }>();
  for (let p = 0; p < text.length; p += 1) {
    if (text[p] !== '@' || inCode[p]) continue;
    const before = Array.from(text.slice(0, p)).pop() ?? '';
    if (before === '@' || before === '/' || handleChar.test(before)) continue;
    const chars = Array.from(text.slice(p + 1));
    let n = 0;
    while (n < chars.length && handleChar.test(chars[n]!)) n += 1;
    let token = chars.slice(0, n).join('');
    if (token === '' || chars[n] === '@') continue;
    if (!byHandle.has(fold(token))) token = token.replace(/\.+$/, '');
    if (token === '') continue;
    const ids = byHandle.get(fold(token));
    if (ids === undefined) {
      if (!unknown.has(fold(token))) unknown.set(fold(token), token);
    } else if (ids.length > 1) {
      if (!ambiguous.has(fold(token))) ambiguous.set(fold(token), { handle: token, teammates: ids });
    } else if (!mentioned.includes(ids[0]!)) mentioned.push(ids[0]!);
  }
  return { mentioned, unknown: [...unknown.values()], ambiguous: [...ambiguous.values()] };
}

const soupTeam = team(['t1', 'a'], ['t2', 'aB'], ['t3', 'B.'], ['t4', 'b'], ['t5', 'B'], ['t6', 'é_'], ['t7', 'a.a'], ['t8', 'e\u0301']);
const withHandles = mentionTeammatesArb().chain((teammates) =>
  fc.tuple(fc.constant(teammates), noteTextArb(teammates.map((t) => t.handle))),
);

describe('parseMentions properties', () => {
  test.prop([scannerSoupArb])('MENTION-8, MENTION-9: agrees with a naive reading of the documented grammar', (text) => {
    expect(parseMentions(deepFreeze({ text, teammates: soupTeam }))).toEqual(referenceParse(text, soupTeam));
  });

  test.prop([withHandles])('MENTION-8: every reported handle occurs in the text right after an "@"', ([teammates, text]) => {
    const result = parseMentions(deepFreeze({ text, teammates }));
    const folded = fold(text);
    for (const id of result.mentioned) expect(folded).toContain(`@${fold(teammates.find((t) => t.id === id)!.handle)}`);
    for (const handle of [...result.unknown, ...result.ambiguous.map((a) => a.handle)]) expect(text).toContain(`@${handle}`);
  });

  test.prop([withHandles])('MENTION-8: only teammates are mentioned, each by a handle no other teammate shares', ([teammates, text]) => {
    const result = parseMentions(deepFreeze({ text, teammates }));
    for (const id of result.mentioned) {
      const handle = fold(teammates.find((t) => t.id === id)!.handle);
      expect(teammates.filter((t) => fold(t.handle) === handle).map((t) => t.id)).toEqual([id]);
    }
    for (const a of result.ambiguous) expect(a.teammates.length).toBeGreaterThan(1);
  });

  test.prop([mentionTeammatesArb().chain((ts) => fc.tuple(fc.constant(ts), noteTextArb(ts.map((t) => t.handle), { withBackticks: false })))])(
    'MENTION-9: duplicates collapse: a note said twice mentions the same teammates as once',
    ([teammates, text]) => {
      const once = parseMentions(deepFreeze({ text, teammates }));
      expect(new Set(once.mentioned).size).toBe(once.mentioned.length);
      expect(parseMentions({ text: `${text} ${text}`, teammates })).toEqual(once);
    },
  );

  test.prop([withHandles.chain(([ts, text]) => fc.tuple(fc.constant(text), fc.shuffledSubarray(ts, { minLength: ts.length })))])(
    'MENTION-8: the order of the teammates does not matter',
    ([text, shuffled]) => {
      const sorted = [...shuffled].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(parseMentions({ text, teammates: deepFreeze(shuffled) })).toEqual(parseMentions({ text, teammates: sorted }));
    },
  );

  test.prop([withHandles])('MENTION-8: a note wrapped in a code span (with a longer backtick run than any inside it) mentions nobody', ([teammates, text]) => {
    const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length)) + 1);
    expect(parseMentions({ text: `${fence} ${text} ${fence}`, teammates })).toEqual({ mentioned: [], unknown: [], ambiguous: [] });
  });

  test.prop([withHandles.filter(([, text]) => /^[\x20-\x7e\n]*$/.test(text))])('MENTION-8: upper-casing an ASCII note mentions the same teammates', ([teammates, text]) => {
    expect(parseMentions({ text: text.toUpperCase(), teammates }).mentioned).toEqual(parseMentions({ text, teammates }).mentioned);
  });
});
