/**
 * A persistent (immutable, structurally shared) id-keyed table for the workspace's large
 * collections: 65,536 hash buckets under four levels of 16-way nodes, each node holding only the
 * children that exist (a 16-bit mask and a packed array, as in a hash array mapped trie). An update
 * copies one node per level, and each copied node is only as wide as its present children: at
 * 1,000 entries about 35 slots per update, at 100,000 about 60, whatever the size of the table
 * (toolchain.md, section 7: every container on an update path must stay small; a fixed 64 × 32 × 32
 * layout copied 128 slots per update at any size, most of them empty in a small table, and that
 * garbage cost more than the extra level). A node is one array, its mask first, and a bucket holding
 * one entry is that entry itself: a lookup follows one array per level (the cache misses of a large
 * table) and a write allocates one array per level. Plain arrays, objects and numbers only,
 * so a table survives `JSON.stringify`/`JSON.parse` unchanged and needs no index outside the state.
 * Any string is a safe id (`__proto__` included): ids are compared, never used as object keys.
 * @internal
 */
export interface Table<T extends { readonly id: string }> {
  /** Number of entries. */
  readonly size: number;
  /** The top node, or null when the table is empty. */
  readonly root: TableNode<T> | null;
}

/**
 * One node, one array: `[m, ...children]`. Bit k of the mask `m` is set when child k (the next hash
 * digit, 0-15) exists, and that child is at index 1 + (number of set bits of `m` below bit k).
 * Children are nodes, or on the last level leaves. @internal
 */
export type TableNode<T> = readonly [mask: number, ...children: Child<T>[]];

/**
 * The entries of one bucket: the entry itself when it is alone (most buckets), else an array of two
 * or more. An entry is never an array (it is an object with an `id`), so `Array.isArray` tells them apart.
 */
type Leaf<T> = T | readonly T[];

/** A node's child: a node, or on the last level a leaf. */
type Child<T> = TableNode<T> | Leaf<T>;

/** Hash digits from the top level down: the shifts of the four 4-bit digits of a bucket number. */
const SHIFTS = [12, 8, 4, 0] as const;
const LAST = SHIFTS.length - 1;

/** FNV-1a over UTF-16 code units, folded to 16 bits: which bucket an id lives in. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> 16)) & 0xffff;
}

/** Number of set bits of a 16-bit mask. */
function bits(x: number): number {
  x -= (x >>> 1) & 0x5555;
  x = (x & 0x3333) + ((x >>> 2) & 0x3333);
  x = (x + (x >>> 4)) & 0x0f0f;
  return (x + (x >>> 8)) & 0x1f;
}

/** A table with no entries. @internal */
export function emptyTable<T extends { readonly id: string }>(): Table<T> {
  return { size: 0, root: null };
}

/** The bit of bucket `b`'s hash digit at `level` in a node's mask. */
function digitBit(b: number, level: number): number {
  return 1 << ((b >>> (SHIFTS[level] as number)) & 15);
}

/** The child of `node` at `bit`, or undefined when absent. */
function childAt<T>(node: TableNode<T>, bit: number): Child<T> | undefined {
  const m = node[0];
  return (m & bit) === 0 ? undefined : (node[1 + bits(m & (bit - 1))] as Child<T>);
}

/** The leaf of bucket `b` of a table (undefined when empty). */
function leafAt<T extends { readonly id: string }>(table: Table<T>, b: number): Leaf<T> | undefined {
  let node: Child<T> | undefined = table.root ?? undefined;
  for (let level = 0; node !== undefined && level <= LAST; level++) node = childAt(node as TableNode<T>, digitBit(b, level));
  return node as Leaf<T> | undefined;
}

/** The entry with this id, or undefined. O(bucket size). @internal */
export function tableGet<T extends { readonly id: string }>(table: Table<T>, id: string): T | undefined {
  const leaf = leafAt(table, bucketOf(id));
  if (leaf === undefined) return undefined;
  if (!Array.isArray(leaf)) return (leaf as T).id === id ? (leaf as T) : undefined;
  const bucket = leaf as readonly T[];
  for (let i = 0; i < bucket.length; i++) {
    const entry = bucket[i] as T;
    if (entry.id === id) return entry;
  }
  return undefined;
}

/** Whether an entry with this id exists. @internal */
export function tableHas<T extends { readonly id: string }>(table: Table<T>, id: string): boolean {
  return tableGet(table, id) !== undefined;
}

/** A copy of `node` with child `bit` replaced by `child` (inserted when absent, removed when null). */
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

/** The nodes on bucket `b`'s path, top first (null where absent), and the leaf (undefined when empty). */
function pathTo<T extends { readonly id: string }>(table: Table<T>, b: number): { readonly nodes: (TableNode<T> | null)[]; readonly leaf: Leaf<T> | undefined } {
  const nodes: (TableNode<T> | null)[] = [null, null, null, null];
  let node: Child<T> | undefined = table.root ?? undefined;
  for (let level = 0; node !== undefined && level <= LAST; level++) {
    nodes[level] = node as TableNode<T>;
    node = childAt(node as TableNode<T>, digitBit(b, level));
  }
  return { nodes, leaf: node as Leaf<T> | undefined };
}

/** The table with bucket `b` (on `nodes`, its path) replaced, removed when null: one copied node per level. */
function replaceLeaf<T>(nodes: readonly (TableNode<T> | null)[], b: number, leaf: Leaf<T> | null, size: number): { size: number; root: TableNode<T> | null } {
  let child: Child<T> | null = leaf;
  for (let level = LAST; level >= 0; level--) child = withChild(nodes[level] as TableNode<T> | null, digitBit(b, level), child);
  return { size, root: child as TableNode<T> | null };
}

/**
 * Inserts or replaces the entry with `entry.id`. Returns the same table when the stored entry is
 * already this very object. @internal
 */
export function tableSet<T extends { readonly id: string }>(table: Table<T>, entry: T): Table<T> {
  const b = bucketOf(entry.id);
  const { nodes, leaf } = pathTo(table, b);
  if (leaf === undefined) return replaceLeaf(nodes, b, entry, table.size + 1);
  if (!Array.isArray(leaf)) {
    const alone = leaf as T;
    if (alone.id !== entry.id) return replaceLeaf(nodes, b, [alone, entry], table.size + 1);
    return alone === entry ? table : replaceLeaf(nodes, b, entry, table.size);
  }
  const bucket = leaf as readonly T[];
  for (let i = 0; i < bucket.length; i++) {
    if ((bucket[i] as T).id === entry.id) {
      if (bucket[i] === entry) return table;
      const next = bucket.slice();
      next[i] = entry;
      return replaceLeaf(nodes, b, next, table.size);
    }
  }
  return replaceLeaf(nodes, b, [...bucket, entry], table.size + 1);
}

/** Removes the entry with this id (same table when absent). @internal */
export function tableDelete<T extends { readonly id: string }>(table: Table<T>, id: string): Table<T> {
  const b = bucketOf(id);
  const { nodes, leaf } = pathTo(table, b);
  if (leaf === undefined) return table;
  if (!Array.isArray(leaf)) return (leaf as T).id === id ? replaceLeaf(nodes, b, null, table.size - 1) : table;
  const bucket = leaf as readonly T[];
  const i = bucket.findIndex((e) => e.id === id);
  if (i < 0) return table;
  // (a bucket left with one entry becomes that entry)
  const next = bucket.length === 2 ? (bucket[1 - i] as T) : bucket.filter((_, j) => j !== i);
  return replaceLeaf(nodes, b, next, table.size - 1);
}

/** Every entry, in bucket order (stable for a given set of ids, not insertion order). @internal */
export function* tableValues<T extends { readonly id: string }>(table: Table<T>): Generator<T, void, undefined> {
  if (table.root !== null) yield* valuesUnder<T>(table.root, 0);
}

function* valuesUnder<T>(node: TableNode<T>, level: number): Generator<T, void, undefined> {
  for (let i = 1; i < node.length; i++) {
    const child = node[i] as Child<T>;
    if (level < LAST) yield* valuesUnder<T>(child as TableNode<T>, level + 1);
    else if (Array.isArray(child)) yield* child as readonly T[];
    else yield child as T;
  }
}

/** A table holding these entries (later duplicates replace earlier ones). @internal */
export function tableFrom<T extends { readonly id: string }>(entries: Iterable<T>): Table<T> {
  // Built mutably (16-slot arrays, then packed), and handed out as immutable: O(n) instead of n
  // persistent inserts.
  type Open = (Open | T[] | undefined)[];
  const top: Open = [];
  let size = 0;
  for (const entry of entries) {
    const b = bucketOf(entry.id);
    let node = top;
    for (let level = 0; level < LAST; level++) node = (node[(b >>> (SHIFTS[level] as number)) & 15] ??= []) as Open;
    const bucket = (node[b & 15] ??= []) as T[];
    const i = bucket.findIndex((e) => e.id === entry.id);
    if (i >= 0) bucket[i] = entry;
    else {
      bucket.push(entry);
      size++;
    }
  }
  const pack = (node: Open, level: number): TableNode<T> => {
    let m = 0;
    const packed: (number | Child<T>)[] = [0];
    for (let k = 0; k < 16; k++) {
      const child = node[k];
      if (child === undefined) continue;
      m |= 1 << k;
      if (level < LAST) packed.push(pack(child as Open, level + 1));
      else packed.push((child as T[]).length === 1 ? (child as T[])[0] as T : (child as T[]));
    }
    packed[0] = m;
    return packed as unknown as TableNode<T>;
  };
  return { size, root: size === 0 ? null : pack(top, 0) };
}
