// A small glob matcher for the CLI (Node 20 has no fs.glob, and we add no dependency):
// `*` any characters within a path segment, `**` any number of whole segments (zero included),
// `?` one character, `{a,b}` alternatives, `[abc]` a character class. Paths use `/`.

const MAGIC = /[*?[{]/;

/** Whether a pattern has any glob syntax (otherwise it is a plain path). */
export function isGlob(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/**
 * Splits a pattern into the folder to list (its leading segments without glob syntax) and the
 * pattern to match paths below that folder against: `test/**\/*.json` -> `test` and `**\/*.json`.
 */
export function splitGlob(pattern: string): { readonly base: string; readonly rest: string } {
  const segments = pattern.split('/');
  const firstMagic = segments.findIndex((s) => isGlob(s));
  const at = firstMagic < 0 ? segments.length : firstMagic;
  return { base: segments.slice(0, at).join('/'), rest: segments.slice(at).join('/') };
}

const escape = (c: string): string => (/[\\^$.+()|{}[\]*?]/.test(c) ? `\\${c}` : c);

function segmentSource(segment: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (c === '*') out += i === 0 ? '(?!\\.)[^/]*' : '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) out += '|';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        const body = segment.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else out += escape(c);
  }
  return depth === 0 ? out : segment.split('').map(escape).join('');
}

/**
 * The regular expression of a relative pattern, anchored at both ends. `*` and `**` do not match
 * names that start with a dot (hidden files and folders), as in shells.
 */
export function globToRegExp(pattern: string): RegExp {
  const segments = pattern.split('/');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') source += last ? '(?:(?!\\.)[^/]*(?:/(?!\\.)[^/]*)*)?' : '(?:(?!\\.)[^/]*/)*';
    else source += segmentSource(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}
