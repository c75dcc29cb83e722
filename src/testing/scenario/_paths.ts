// Path arithmetic for the CLI without node:path (src/ is checked without Node types). Paths use
// `/`; a Windows drive path (`C:/...`) or a leading `/` is absolute.

const isAbsolute = (path: string): boolean => path.startsWith('/') || /^[A-Za-z]:\//.test(path);

/** Collapses `.`, `..` and repeated slashes. */
export function normalisePath(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const root = /^([A-Za-z]:)?\//.exec(slashed)?.[0] ?? '';
  const out: string[] = [];
  for (const segment of slashed.slice(root.length).split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (segment !== '..' || root === '') out.push(segment);
  }
  return root + out.join('/');
}

/** `path` against the folder `cwd` (absolute paths are kept). */
export function resolvePath(cwd: string, path: string): string {
  const slashed = path.replace(/\\/g, '/');
  return normalisePath(isAbsolute(slashed) ? slashed : `${cwd}/${slashed}`);
}

/** How to show an absolute path: relative to `cwd` when below it, else as it is. */
export function displayPath(cwd: string, path: string): string {
  const base = normalisePath(cwd);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
