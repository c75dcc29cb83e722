/**
 * A persistent (immutable, structurally shared) id-keyed table for the workspace's large
 * collections: a hash array mapped trie of 32-way nodes over a 30-bit hash of the id, each node
 * holding only the children that exist (a 32-bit mask and a packed array) and each entry sitting as
 * high as its hash allows, so a lookup reads about log32(size) nodes (two at 1,000 entries, three at
 * 10,000, four at 100,000) and an update copies one node per level: at most 33 slots each, the
 * upper ones full, the last one small. A node is one array with its mask first, and an entry alone
 * in its place is the entry itself: a lookup follows one array per level and a write allocates one
 * array per level (toolchain.md, section 7: every container on an update path must stay small; a
 * fixed 64 × 32 × 32 layout copied 128 slots per update at any size, most of them empty in a small
 * table). Plain arrays, objects and numbers only, so a table survives
 * `JSON.stringify`/`JSON.parse` unchanged and needs no index outside the state. Any string is a
 * safe id (`__proto__` included): ids are compared, never used as object keys.
 * @internal
 */
export interface Table<T extends { readonly id: string }> {
  /** Number of entries. */
  readonly size: number;
  /** The top node, or null when the table is empty. */
  readonly root: TableNode<T> | null;
}

/**
 * One node, one array: `[m, ...children]`. Bit k of the mask `m` is set when child k (the hash digit
 * at this node's depth, 0-31) exists, and that child is at index 1 + (number of set bits of `m`
 * below bit k). A child is an entry (the only one under it), a node, or (only where two ids share
 * all 30 bits of their hash) a bucket: an array of two or more such entries. @internal
 */
export type TableNode<T> = readonly [mask: number, ...children: Child<T>[]];

/** A node's child. An entry is never an array (it is an object with an `id`), and a node starts with its mask (a number), a bucket with an entry. */
type Child<T> = T | TableNode<T> | readonly T[];

/** Bits of hash per level, and the hash width (six levels at most). */
const STEP = 5;
const HASH_BITS = 30;

/** FNV-1a over UTF-16 code units, folded to 30 bits: the id's place in the trie, five bits per level. */
export function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> 16)) & ((1 << HASH_BITS) - 1);
}

/** Number of set bits of a 32-bit mask. */
function bits(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** A table with no entries. @internal */
export function emptyTable<T extends { readonly id: string }>(): Table<T> {
  return { size: 0, root: null };
}

/** Whether a child is a node (an array starting with its mask) rather than an entry or a bucket. */
const isNode = <T>(child: Child<T>): child is TableNode<T> => Array.isArray(child) && typeof child[0] === 'number';

/** The entry with this id, or undefined. @internal */
export function tableGet<T extends { readonly id: string }>(table: Table<T>, id: string): T | undefined {
  let node = table.root;
  if (node === null) return undefined;
  const h = hashOf(id);
  for (let shift = 0; ; shift += STEP) {
    const bit = 1 << ((h >>> shift) & 31);
    const m = node[0];
    if ((m & bit) === 0) return undefined;
    const child = node[1 + bits(m & (bit - 1))] as Child<T>;
    if (!Array.isArray(child)) return (child as T).id === id ? (child as T) : undefined;
    if (isNode<T>(child)) {
      node = child;
      continue;
    }
    const bucket = child as readonly T[];
    for (let i = 0; i < bucket.length; i++) if ((bucket[i] as T).id === id) return bucket[i];
    return undefined;
  }
}

/** Whether an entry with this id exists. @internal */
export function tableHas<T extends { readonly id: string }>(table: Table<T>, id: string): boolean {
  return tableGet(table, id) !== undefined;
}

/** A copy of `node` (null: an empty one) with child `bit` set to `child` (inserted when absent, removed when null). */
function withChild<T>(node: TableNode<T> | null, bit: number, child: Child<T> | null): TableNode<T> | null {
  const m = node === null ? 0 : node[0];
  const n = node === null ? 1 : node.length;
  const at = 1 + bits(m & (bit - 1));
  let next: (number | Child<T>)[];
  if ((m & bit) !== 0) {
    if (child === null) {
      if (m === bit) return null;
      next = new Array<number | Child<T>>(n - 1);
      for (let i = 1, j = 1; i < n; i++) if (i !== at) next[j++] = (node as TableNode<T>)[i] as Child<T>;
      next[0] = m & ~bit;
      return next as unknown as TableNode<T>;
    }
    next = (node as TableNode<T>).slice();
    next[at] = child;
    return next as unknown as TableNode<T>;
  }
  if (child === null) return node;
  next = new Array<number | Child<T>>(n + 1);
  next[0] = m | bit;
  for (let i = 1; i < at; i++) next[i] = (node as TableNode<T>)[i] as Child<T>;
  next[at] = child;
  for (let i = at; i < n; i++) next[i + 1] = (node as TableNode<T>)[i] as Child<T>;
  return next as unknown as TableNode<T>;
}

/** The smallest subtrie at depth `shift` holding two leaves (entries or buckets) with different hashes. */
function pair<T>(a: T | readonly T[], ha: number, b: T | readonly T[], hb: number, shift: number): TableNode<T> {
  const da = (ha >>> shift) & 31;
  const db = (hb >>> shift) & 31;
  if (da === db) return [1 << da, pair(a, ha, b, hb, shift + STEP)];
  return (da < db ? [(1 << da) | (1 << db), a, b] : [(1 << da) | (1 << db), b, a]) as unknown as TableNode<T>;
}

/** `node` (at depth `shift`) with `entry` put in; `node` itself when it already holds this very entry. */
function put<T extends { readonly id: string }>(node: TableNode<T> | null, shift: number, h: number, entry: T): TableNode<T> {
  const bit = 1 << ((h >>> shift) & 31);
  const m = node === null ? 0 : node[0];
  if ((m & bit) === 0) return withChild(node, bit, entry) as TableNode<T>;
  const child = (node as TableNode<T>)[1 + bits(m & (bit - 1))] as Child<T>;
  let next: Child<T>;
  if (!Array.isArray(child)) {
    const alone = child as T;
    if (alone.id === entry.id) {
      if (alone === entry) return node as TableNode<T>;
      next = entry;
    } else {
      const ha = hashOf(alone.id);
      next = ha === h ? [alone, entry] : pair(alone, ha, entry, h, shift + STEP);
    }
  } else if (isNode<T>(child)) {
    next = put(child, shift + STEP, h, entry);
    if (next === child) return node as TableNode<T>;
  } else {
    const bucket = child as readonly T[];
    const hb = hashOf((bucket[0] as T).id);
    if (hb !== h) {
      next = pair(bucket, hb, entry, h, shift + STEP);
    } else {
      const i = bucket.findIndex((e) => e.id === entry.id);
      if (i >= 0 && bucket[i] === entry) return node as TableNode<T>;
      const copy = bucket.slice();
      if (i >= 0) copy[i] = entry;
      else copy.push(entry);
      next = copy;
    }
  }
  return withChild(node, bit, next) as TableNode<T>;
}

/**
 * `node` (at depth `shift`) without the entry `id`: the same node when absent, null when it becomes
 * empty. A node left with one child that is not a node is replaced by that child in its parent, so
 * every entry sits as high as its hash allows (the shape depends only on the ids held).
 */
function remove<T extends { readonly id: string }>(node: TableNode<T>, shift: number, h: number, id: string): Child<T> | null {
  const bit = 1 << ((h >>> shift) & 31);
  const m = node[0];
  if ((m & bit) === 0) return node;
  const child = node[1 + bits(m & (bit - 1))] as Child<T>;
  let next: Child<T> | null;
  if (!Array.isArray(child)) {
    if ((child as T).id !== id) return node;
    next = null;
  } else if (isNode<T>(child)) {
    next = remove<T>(child, shift + STEP, h, id);
    if (next === child) return node;
  } else {
    const bucket = child as readonly T[];
    const i = bucket.findIndex((e) => e.id === id);
    if (i < 0) return node;
    next = bucket.length === 2 ? (bucket[1 - i] as T) : bucket.filter((_, j) => j !== i);
  }
  const result = withChild(node, bit, next);
  // (a lone child that is an entry or a bucket moves up; the root stays a node)
  if (shift > 0 && result !== null && result.length === 2 && !isNode(result[1] as Child<T>)) return result[1] as Child<T>;
  return result;
}

/**
 * Inserts or replaces the entry with `entry.id`. Returns the same table when the stored entry is
 * already this very object. @internal
 */
export function tableSet<T extends { readonly id: string }>(table: Table<T>, entry: T): Table<T> {
  const root = put(table.root, 0, hashOf(entry.id), entry);
  if (root === table.root) return table;
  // (a second walk, on the path the first one just brought into cache, tells insert from replace)
  return { size: table.root !== null && tableGet(table, entry.id) !== undefined ? table.size : table.size + 1, root };
}

/** Removes the entry with this id (same table when absent). @internal */
export function tableDelete<T extends { readonly id: string }>(table: Table<T>, id: string): Table<T> {
  if (table.root === null) return table;
  const root = remove(table.root, 0, hashOf(id), id);
  if (root === table.root) return table;
  return { size: table.size - 1, root: root as TableNode<T> | null };
}

/** Every entry, in trie order (stable for a given set of ids, not insertion order). @internal */
export function* tableValues<T extends { readonly id: string }>(table: Table<T>): Generator<T, void, undefined> {
  if (table.root !== null) yield* valuesUnder<T>(table.root);
}

function* valuesUnder<T>(node: TableNode<T>): Generator<T, void, undefined> {
  for (let i = 1; i < node.length; i++) {
    const child = node[i] as Child<T>;
    if (!Array.isArray(child)) yield child as T;
    else if (isNode<T>(child)) yield* valuesUnder<T>(child);
    else yield* child as readonly T[];
  }
}

/** A table holding these entries (later duplicates replace earlier ones). @internal */
export function tableFrom<T extends { readonly id: string }>(entries: Iterable<T>): Table<T> {
  // (one insert at a time: a one-pass build grouped by hash digit measured no faster, 100,000
  // entries in about 0.1 s either way)
  let table = emptyTable<T>();
  for (const entry of entries) table = tableSet(table, entry);
  return table;
}
