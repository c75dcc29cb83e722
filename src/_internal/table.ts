/**
 * A persistent (immutable, structurally shared) id-keyed table for the workspace's large
 * collections: 65,536 hash buckets in two levels of 256, so an update copies one 256-slot top
 * array, one 256-slot chunk and one tiny bucket, whatever the size of the table (toolchain.md,
 * section 7: every container on an update path must stay small). Plain arrays and objects only,
 * so a table survives `JSON.stringify`/`JSON.parse` unchanged and needs no index outside the state.
 * Any string is a safe id (`__proto__` included): ids are compared, never used as object keys.
 * @internal
 */
export interface Table<T extends { readonly id: string }> {
  /** Number of entries. */
  readonly size: number;
  /** 256 chunks (null until first written) of 256 buckets (null when empty) of entries. */
  readonly chunks: readonly (readonly (readonly T[] | null)[] | null)[];
}

const FAN = 256;

/** FNV-1a over UTF-16 code units, folded to 16 bits: which bucket an id lives in. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> 16)) & 0xffff;
}

const EMPTY_CHUNKS: readonly null[] = Object.freeze(new Array<null>(FAN).fill(null));

/** A table with no entries. @internal */
export function emptyTable<T extends { readonly id: string }>(): Table<T> {
  return { size: 0, chunks: EMPTY_CHUNKS };
}

/** The entry with this id, or undefined. O(bucket size). @internal */
export function tableGet<T extends { readonly id: string }>(table: Table<T>, id: string): T | undefined {
  const b = bucketOf(id);
  const bucket = table.chunks[b >>> 8]?.[b & 0xff];
  if (!bucket) return undefined;
  for (const entry of bucket) if (entry.id === id) return entry;
  return undefined;
}

/** Whether an entry with this id exists. @internal */
export function tableHas<T extends { readonly id: string }>(table: Table<T>, id: string): boolean {
  return tableGet(table, id) !== undefined;
}

function replaceBucket<T extends { readonly id: string }>(table: Table<T>, b: number, bucket: readonly T[] | null, size: number): Table<T> {
  const hi = b >>> 8;
  const chunk = table.chunks[hi];
  const nextChunk = chunk ? chunk.slice() : new Array<readonly T[] | null>(FAN).fill(null);
  nextChunk[b & 0xff] = bucket;
  const chunks = table.chunks.slice();
  chunks[hi] = nextChunk;
  return { size, chunks };
}

/**
 * Inserts or replaces the entry with `entry.id`. Returns the same table when the stored entry is
 * already this very object. @internal
 */
export function tableSet<T extends { readonly id: string }>(table: Table<T>, entry: T): Table<T> {
  const b = bucketOf(entry.id);
  const bucket = table.chunks[b >>> 8]?.[b & 0xff] ?? null;
  if (bucket) {
    for (let i = 0; i < bucket.length; i++) {
      if (bucket[i]?.id === entry.id) {
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
  const bucket = table.chunks[b >>> 8]?.[b & 0xff];
  if (!bucket) return table;
  const i = bucket.findIndex((e) => e.id === id);
  if (i < 0) return table;
  const next = bucket.length === 1 ? null : bucket.filter((_, j) => j !== i);
  return replaceBucket(table, b, next, table.size - 1);
}

/** Every entry, in bucket order (stable for a given set of ids, not insertion order). @internal */
export function* tableValues<T extends { readonly id: string }>(table: Table<T>): Generator<T, void, undefined> {
  for (const chunk of table.chunks) {
    if (!chunk) continue;
    for (const bucket of chunk) if (bucket) yield* bucket;
  }
}

/** A table holding these entries (later duplicates replace earlier ones). @internal */
export function tableFrom<T extends { readonly id: string }>(entries: Iterable<T>): Table<T> {
  // Built mutably, then handed out as immutable: O(n) instead of n persistent inserts.
  const chunks: (T[] | null)[][] = [];
  let size = 0;
  for (const entry of entries) {
    const b = bucketOf(entry.id);
    const chunk = (chunks[b >>> 8] ??= new Array<T[] | null>(FAN).fill(null));
    const bucket = (chunk[b & 0xff] ??= []);
    const i = bucket.findIndex((e) => e.id === entry.id);
    if (i >= 0) bucket[i] = entry;
    else {
      bucket.push(entry);
      size++;
    }
  }
  const top: ((T[] | null)[] | null)[] = new Array<(T[] | null)[] | null>(FAN).fill(null);
  chunks.forEach((c, i) => (top[i] = c));
  return { size, chunks: top };
}
