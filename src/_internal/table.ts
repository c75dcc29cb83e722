/**
 * A persistent (immutable, structurally shared) id-keyed table for the workspace's large
 * collections: 65,536 hash buckets in three levels (64 × 32 × 32), so an update copies one 64-slot
 * top array, one 32-slot middle array, one 32-slot leaf and one tiny bucket, whatever the size of
 * the table (toolchain.md, section 7: every container on an update path must stay small; fewer,
 * smaller copies also mean less garbage per event than two levels of 256). Plain arrays and
 * objects only, so a table survives `JSON.stringify`/`JSON.parse` unchanged and needs no index
 * outside the state. Any string is a safe id (`__proto__` included): ids are compared, never used
 * as object keys.
 * @internal
 */
export interface Table<T extends { readonly id: string }> {
  /** Number of entries. */
  readonly size: number;
  /** 64 middles (null until first written) of 32 leaves (null until written) of 32 buckets (null when empty). */
  readonly chunks: readonly (readonly (readonly (readonly T[] | null)[] | null)[] | null)[];
}

type Leaf<T> = readonly (readonly T[] | null)[];

const TOP = 64;
const FAN = 32;

/** FNV-1a over UTF-16 code units, folded to 16 bits: which bucket an id lives in. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> 16)) & 0xffff;
}

const EMPTY_TOP: readonly null[] = /* @__PURE__ */ Object.freeze(new Array<null>(TOP).fill(null));

/** A table with no entries. @internal */
export function emptyTable<T extends { readonly id: string }>(): Table<T> {
  return { size: 0, chunks: EMPTY_TOP };
}

function bucketAt<T extends { readonly id: string }>(table: Table<T>, b: number): readonly T[] | null | undefined {
  return table.chunks[b >>> 10]?.[(b >>> 5) & 31]?.[b & 31];
}

/** The entry with this id, or undefined. O(bucket size). @internal */
export function tableGet<T extends { readonly id: string }>(table: Table<T>, id: string): T | undefined {
  const bucket = bucketAt(table, bucketOf(id));
  if (!bucket) return undefined;
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

function emptyArray<E>(n: number): (E | null)[] {
  return new Array<E | null>(n).fill(null);
}

function replaceBucket<T extends { readonly id: string }>(table: Table<T>, b: number, bucket: readonly T[] | null, size: number): Table<T> {
  const hi = b >>> 10;
  const mi = (b >>> 5) & 31;
  const middle = table.chunks[hi];
  const leaf = middle?.[mi];
  const nextLeaf = leaf ? leaf.slice() : emptyArray<readonly T[]>(FAN);
  nextLeaf[b & 31] = bucket;
  const nextMiddle = middle ? middle.slice() : emptyArray<Leaf<T>>(FAN);
  nextMiddle[mi] = nextLeaf;
  const chunks = table.chunks.slice();
  chunks[hi] = nextMiddle;
  return { size, chunks };
}

/**
 * Inserts or replaces the entry with `entry.id`. Returns the same table when the stored entry is
 * already this very object. @internal
 */
export function tableSet<T extends { readonly id: string }>(table: Table<T>, entry: T): Table<T> {
  const b = bucketOf(entry.id);
  const bucket = bucketAt(table, b) ?? null;
  if (bucket) {
    for (let i = 0; i < bucket.length; i++) {
      if ((bucket[i] as T).id === entry.id) {
        if (bucket[i] === entry) return table;
        const next = bucket.slice();
        next[i] = entry;
        return replaceBucket(table, b, next, table.size);
      }
    }
    return replaceBucket(table, b, [...bucket, entry], table.size + 1);
  }
  return replaceBucket(table, b, [entry], table.size + 1);
}

/** Removes the entry with this id (same table when absent). @internal */
export function tableDelete<T extends { readonly id: string }>(table: Table<T>, id: string): Table<T> {
  const b = bucketOf(id);
  const bucket = bucketAt(table, b);
  if (!bucket) return table;
  const i = bucket.findIndex((e) => e.id === id);
  if (i < 0) return table;
  const next = bucket.length === 1 ? null : bucket.filter((_, j) => j !== i);
  return replaceBucket(table, b, next, table.size - 1);
}

/** Every entry, in bucket order (stable for a given set of ids, not insertion order). @internal */
export function* tableValues<T extends { readonly id: string }>(table: Table<T>): Generator<T, void, undefined> {
  for (const middle of table.chunks) {
    if (!middle) continue;
    for (const leaf of middle) {
      if (!leaf) continue;
      for (const bucket of leaf) if (bucket) yield* bucket;
    }
  }
}

/** A table holding these entries (later duplicates replace earlier ones). @internal */
export function tableFrom<T extends { readonly id: string }>(entries: Iterable<T>): Table<T> {
  // Built mutably, then handed out as immutable: O(n) instead of n persistent inserts.
  const chunks = emptyArray<(T[] | null)[][]>(TOP) as ((T[] | null)[] | null)[][];
  let size = 0;
  for (const entry of entries) {
    const b = bucketOf(entry.id);
    const middle = (chunks[b >>> 10] ??= emptyArray<(T[] | null)[]>(FAN) as (T[] | null)[][]);
    const leaf = (middle[(b >>> 5) & 31] ??= emptyArray<T[]>(FAN));
    const bucket = (leaf[b & 31] ??= []);
    const i = bucket.findIndex((e) => e.id === entry.id);
    if (i >= 0) bucket[i] = entry;
    else {
      bucket.push(entry);
      size++;
    }
  }
  return { size, chunks };
}
