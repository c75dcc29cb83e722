// A diagnostic stand-in for src/_internal/table.ts, used only by the benchmark's `in-place` workspace
// variant: the same functions over a Map that is updated in place (`tableSet` mutates and returns the
// table it was given). Swapped in for the persistent table when the benchmark bundles that variant
// (bench/run.ts), it measures the library's own event handling (validation, rule functions,
// explanations, entity copies, rosters, effects) without the cost of keeping its collections
// persistent: the part of the per-event time that the state shape is responsible for. Not a valid
// workspace (an earlier state sees later changes); never imported by src/ or the tests.

/** The persistent table's shape, its entries kept in a Map (mutated in place). */
export interface Table<T extends { readonly id: string }> {
  readonly size: number;
  readonly root: Map<string, T>;
}

/** Unused by the workspace; kept so the module has the persistent table's exports. */
export type TableNode<T> = Map<string, T>;

/** Unused by the in-place tables (no trie); kept so the module has the persistent table's exports. */
export function hashOf(id: string): number {
  return id.length;
}

/** A new, empty table. */
export function emptyTable<T extends { readonly id: string }>(): Table<T> {
  return { size: 0, root: new Map() };
}

/** The entry with this id, or undefined. */
export function tableGet<T extends { readonly id: string }>(table: Table<T>, id: string): T | undefined {
  return table.root.get(id);
}

/** Whether an entry with this id exists. */
export function tableHas<T extends { readonly id: string }>(table: Table<T>, id: string): boolean {
  return table.root.has(id);
}

/** Inserts or replaces the entry with `entry.id`, in place; returns the same table. */
export function tableSet<T extends { readonly id: string }>(table: Table<T>, entry: T): Table<T> {
  const had = table.root.has(entry.id);
  table.root.set(entry.id, entry);
  if (!had) (table as { size: number }).size++;
  return table;
}

/** Removes the entry with this id, in place; returns the same table. */
export function tableDelete<T extends { readonly id: string }>(table: Table<T>, id: string): Table<T> {
  if (table.root.delete(id)) (table as { size: number }).size--;
  return table;
}

/** Every entry, in insertion order. */
export function* tableValues<T extends { readonly id: string }>(table: Table<T>): Generator<T, void, undefined> {
  yield* table.root.values();
}

/** A table holding these entries (later duplicates replace earlier ones). */
export function tableFrom<T extends { readonly id: string }>(entries: Iterable<T>): Table<T> {
  const table = emptyTable<T>();
  for (const entry of entries) tableSet(table, entry);
  return table;
}
