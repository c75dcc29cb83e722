/**
 * One entry of a {@link SortedList}: ordered by `a`, then `b`, then `id` (code-unit order).
 * @internal
 */
export interface SortedEntry {
  /** First key (e.g. 0 for priority conversations, 1 otherwise; or an instant). */
  readonly a: number;
  /** Second key (e.g. the instant a conversation started waiting). */
  readonly b: number;
  /** Tie-break, and the identity of the entry (unique within a list). */
  readonly id: string;
}

/**
 * A persistent sorted list of {@link SortedEntry}, as sorted chunks of at most 128 entries, so an
 * insert or delete copies one chunk plus the (n / 64)-slot array of chunks: the queue of snoozes
 * that will end and each balanced team's waiting queue stay cheap to update at 100,000 entries.
 * Plain arrays: JSON round-trips unchanged.
 * @internal
 */
export interface SortedList {
  /** Number of entries. */
  readonly size: number;
  /** Non-empty sorted chunks, in order. */
  readonly chunks: readonly (readonly SortedEntry[])[];
}

const MAX_CHUNK = 128;

/** Negative when x sorts before y. @internal */
export function compareEntries(x: SortedEntry, y: SortedEntry): number {
  if (x.a !== y.a) return x.a < y.a ? -1 : 1;
  if (x.b !== y.b) return x.b < y.b ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** The empty list. @internal */
export const EMPTY_SORTED_LIST: SortedList = { size: 0, chunks: [] };

/** Index of the first chunk whose last entry is >= entry (chunks.length when none). */
function chunkFor(list: SortedList, entry: SortedEntry): number {
  let lo = 0;
  let hi = list.chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const chunk = list.chunks[mid] as readonly SortedEntry[];
    if (compareEntries(chunk[chunk.length - 1] as SortedEntry, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entry >= entry within a chunk. */
function indexIn(chunk: readonly SortedEntry[], entry: SortedEntry): number {
  let lo = 0;
  let hi = chunk.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareEntries(chunk[mid] as SortedEntry, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds an entry (an equal entry already present is left as is). @internal */
export function sortedInsert(list: SortedList, entry: SortedEntry): SortedList {
  if (list.chunks.length === 0) return { size: 1, chunks: [[entry]] };
  const ci = Math.min(chunkFor(list, entry), list.chunks.length - 1);
  const chunk = list.chunks[ci] as readonly SortedEntry[];
  const i = indexIn(chunk, entry);
  if (i < chunk.length && compareEntries(chunk[i] as SortedEntry, entry) === 0) return list;
  const grown = [...chunk.slice(0, i), entry, ...chunk.slice(i)];
  const chunks = list.chunks.slice();
  if (grown.length > MAX_CHUNK) chunks.splice(ci, 1, grown.slice(0, grown.length >>> 1), grown.slice(grown.length >>> 1));
  else chunks[ci] = grown;
  return { size: list.size + 1, chunks };
}

/** Removes the entry equal to `entry` (same list when absent). @internal */
export function sortedDelete(list: SortedList, entry: SortedEntry): SortedList {
  const ci = chunkFor(list, entry);
  const chunk = list.chunks[ci];
  if (!chunk) return list;
  const i = indexIn(chunk, entry);
  if (i >= chunk.length || compareEntries(chunk[i] as SortedEntry, entry) !== 0) return list;
  const chunks = list.chunks.slice();
  if (chunk.length === 1) chunks.splice(ci, 1);
  else chunks[ci] = [...chunk.slice(0, i), ...chunk.slice(i + 1)];
  return { size: list.size - 1, chunks };
}

/** The smallest entry, or undefined when empty. @internal */
export function sortedFirst(list: SortedList): SortedEntry | undefined {
  return list.chunks[0]?.[0];
}

/** Every entry in order. @internal */
export function* sortedValues(list: SortedList): Generator<SortedEntry, void, undefined> {
  for (const chunk of list.chunks) yield* chunk;
}
