/**
 * A persistent (immutable, structurally shared) id-keyed table for the workspace's large
 * collections: 65,536 hash buckets under four levels of 16-way nodes, each node holding only the
 * children that exist (a 16-bit mask and a packed array, as in a hash array mapped trie). An update
 * copies one node per level and one tiny bucket, and each copied node is only as wide as its
 * present children: at 1,000 entries about 35 slots per update, at 100,000 about 60, whatever the
 * size of the table (toolchain.md, section 7: every container on an update path must stay small;
 * a fixed 64 × 32 × 32 layout copied 128 slots per update at any size, most of them empty in a small
 * table, and that garbage cost more than the extra level). Plain arrays, objects and numbers only,
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
 * One node: bit k of `m` is set when child k (the next hash digit, 0-15) exists, and that child is
 * `c[number of set bits of m below bit k]`. Children are nodes, or on the last level buckets (the
 * entries whose ids hash to that bucket). @internal
 */
export interface TableNode<T> {
  readonly m: number;
  readonly c: readonly Child<T>[];
}

/** A node's child: a node, or on the last level a bucket. */
type Child<T> = TableNode<T> | readonly T[];

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
  return (node.m & bit) === 0 ? undefined : node.c[bits(node.m & (bit - 1))];
}

/** The bucket `b` of a table (undefined when empty). */
function bucketAt<T extends { readonly id: string }>(table: Table<T>, b: number): readonly T[] | undefined {
  let node: Child<T> | undefined = table.root ?? undefined;
  for (let level = 0; node !== undefined && level <= LAST; level++) node = childAt(node as TableNode<T>, digitBit(b, level));
  return node as readonly T[] | undefined;
}

/** The entry with this id, or undefined. O(bucket size). @internal */
export function tableGet<T extends { readonly id: string }>(table: Table<T>, id: string): T | undefined {
  const bucket = bucketAt(table, bucketOf(id));
  if (bucket === undefined) return undefined;
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
  const m = node === null ? 0 : node.m;
  const c: readonly Child<T>[] = node === null ? [] : node.c;
  const at = bits(m & (bit - 1));
  if ((m & bit) !== 0) {
    if (child === null) {
      if (m === bit) return null;
      const next = new Array<Child<T>>(c.length - 1);
      for (let i = 0, j = 0; i < c.length; i++) if (i !== at) next[j++] = c[i] as Child<T>;
      return { m: m & ~bit, c: next };
    }
    const next = c.slice();
    next[at] = child;
    return { m, c: next };
  }
  if (child === null) return node;
  const next = new Array<Child<T>>(c.length + 1);
  for (let i = 0; i < at; i++) next[i] = c[i] as Child<T>;
  next[at] = child;
  for (let i = at; i < c.length; i++) next[i + 1] = c[i] as Child<T>;
  return { m: m | bit, c: next };
}

/** The nodes on bucket `b`'s path, top first (null where absent), and the bucket (undefined when empty). */
function pathTo<T extends { readonly id: string }>(table: Table<T>, b: number): { readonly nodes: (TableNode<T> | null)[]; readonly bucket: readonly T[] | undefined } {
  const nodes: (TableNode<T> | null)[] = [null, null, null, null];
  let node: Child<T> | undefined = table.root ?? undefined;
  for (let level = 0; node !== undefined && level <= LAST; level++) {
    nodes[level] = node as TableNode<T>;
    node = childAt(node as TableNode<T>, digitBit(b, level));
  }
  return { nodes, bucket: node as readonly T[] | undefined };
}

/** The table with bucket `b` (on `nodes`, its path) replaced, removed when null: one copied node per level. */
function replaceBucket<T>(nodes: readonly (TableNode<T> | null)[], b: number, bucket: readonly T[] | null, size: number): { size: number; root: TableNode<T> | null } {
  let child: Child<T> | null = bucket;
  for (let level = LAST; level >= 0; level--) child = withChild(nodes[level] as TableNode<T> | null, digitBit(b, level), child);
  return { size, root: child as TableNode<T> | null };
}

/**
 * Inserts or replaces the entry with `entry.id`. Returns the same table when the stored entry is
 * already this very object. @internal
 */
export function tableSet<T extends { readonly id: string }>(table: Table<T>, entry: T): Table<T> {
  const b = bucketOf(entry.id);
  const { nodes, bucket } = pathTo(table, b);
  if (bucket !== undefined) {
    for (let i = 0; i < bucket.length; i++) {
      if ((bucket[i] as T).id === entry.id) {
        if (bucket[i] === entry) return table;
        const next = bucket.slice();
        next[i] = entry;
        return replaceBucket(nodes, b, next, table.size);
      }
    }
    return replaceBucket(nodes, b, [...bucket, entry], table.size + 1);
  }
  return replaceBucket(nodes, b, [entry], table.size + 1);
}

/** Removes the entry with this id (same table when absent). @internal */
export function tableDelete<T extends { readonly id: string }>(table: Table<T>, id: string): Table<T> {
  const b = bucketOf(id);
  const { nodes, bucket } = pathTo(table, b);
  if (bucket === undefined) return table;
  const i = bucket.findIndex((e) => e.id === id);
  if (i < 0) return table;
  const next = bucket.length === 1 ? null : bucket.filter((_, j) => j !== i);
  return replaceBucket(nodes, b, next, table.size - 1);
}

/** Every entry, in bucket order (stable for a given set of ids, not insertion order). @internal */
export function* tableValues<T extends { readonly id: string }>(table: Table<T>): Generator<T, void, undefined> {
  if (table.root !== null) yield* valuesUnder<T>(table.root, 0);
}

function* valuesUnder<T>(node: TableNode<T>, level: number): Generator<T, void, undefined> {
  for (const child of node.c) {
    if (level === LAST) yield* child as readonly T[];
    else yield* valuesUnder<T>(child as TableNode<T>, level + 1);
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
    const c: Child<T>[] = [];
    for (let k = 0; k < 16; k++) {
      const child = node[k];
      if (child === undefined) continue;
      m |= 1 << k;
      c.push(level === LAST ? (child as T[]) : pack(child as Open, level + 1));
    }
    return { m, c };
  };
  return { size, root: size === 0 ? null : pack(top, 0) };
}
