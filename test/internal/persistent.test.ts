// The workspace's persistent structures against deliberately simple models (a Map, a sorted array).
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { emptyTable, hashOf, tableDelete, tableFrom, tableGet, tableHas, tableSet, tableValues, type Table, type TableNode } from '../../src/_internal/table.js';
import {
  EMPTY_SORTED_LIST, compareEntries, sortedDelete, sortedFirst, sortedInsert, sortedValues, type SortedEntry, type SortedList,
} from '../../src/_internal/sortedList.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { idArb } from '../arbitraries/model.js';

type E = { readonly id: string; readonly v: number };
const tableOp = fc.oneof(
  fc.record({ op: fc.constant('set' as const), id: idArb, v: fc.integer() }),
  fc.record({ op: fc.constant('delete' as const), id: idArb }),
);

describe('persistent table', () => {
  test.prop([fc.array(tableOp, { maxLength: 200 })])('behaves like a Map, and never changes an earlier version', (ops) => {
    let table: Table<E> = emptyTable<E>();
    const model = new Map<string, E>();
    const versions: [Table<E>, Map<string, E>][] = [];
    for (const o of ops) {
      if (o.op === 'set') {
        const e = { id: o.id, v: o.v };
        table = tableSet(table, e);
        model.set(o.id, e);
      } else {
        table = tableDelete(table, o.id);
        model.delete(o.id);
      }
      versions.push([deepFreeze(table), new Map(model)]);
    }
    for (const [t, m] of versions) {
      expect(t.size).toBe(m.size);
      for (const [id, e] of m) expect(tableGet(t, id)).toBe(e);
      expect([...tableValues(t)].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual([...m.values()].sort((x, y) => (x.id < y.id ? -1 : 1)));
    }
  });

  test.prop([fc.array(fc.record({ id: idArb, v: fc.integer() }), { maxLength: 100 })])('tableFrom equals inserting one by one, and survives JSON', (entries) => {
    const bulk = tableFrom(entries);
    const oneByOne = entries.reduce((t, e) => tableSet(t, e), emptyTable<E>());
    expect(bulk.size).toBe(oneByOne.size);
    for (const e of entries) expect(tableGet(bulk, e.id)).toEqual(tableGet(oneByOne, e.id));
    const parsed = JSON.parse(JSON.stringify(bulk)) as Table<E>;
    for (const e of entries) expect(tableHas(parsed, e.id)).toBe(true);
    expect(tableHas(parsed, '__proto__')).toBe(entries.some((e) => e.id === '__proto__'));
  });

  test.prop([idArb])('setting the very same entry again returns the same table; deleting a missing id too', (id) => {
    const e = { id, v: 1 };
    const t = tableSet(emptyTable<E>(), e);
    expect(tableSet(t, e)).toBe(t);
    expect(tableDelete(t, `${id}-missing`)).toBe(t);
  });

  // The trie's shape: every node holds exactly the children its mask names, none empty; every
  // entry sits under the hash digits of its id; a node other than the root with a single child has
  // a node under it (an entry or bucket alone moves up, so entries sit as high as their hash allows
  // and the shape depends only on the ids held); buckets hold two or more ids with one full hash.
  /** The number of entries under a node, or -1 when it breaks one of those rules (plain checks: thousands of nodes). */
  function packedEntries(node: TableNode<E>, shift = 0, prefix = 0): number {
    const m = node[0];
    let bits = 0;
    for (let x = m; x !== 0; x &= x - 1) bits++;
    if (m === 0 || node.length !== bits + 1 || shift > 25) return -1;
    if (shift > 0 && node.length === 2 && !(Array.isArray(node[1]) && typeof (node[1] as unknown[])[0] === 'number')) return -1;
    let entries = 0;
    let slot = 1;
    for (let digit = 0; digit < 32; digit++) {
      if ((m & (1 << digit)) === 0) continue;
      const child = node[slot++];
      const path = prefix | (digit << shift);
      const mask = shift === 25 ? 0x3fffffff : (1 << (shift + 5)) - 1;
      const placed = (id: string): boolean => (hashOf(id) & mask) === path;
      let under: number;
      if (!Array.isArray(child)) under = placed((child as E).id) ? 1 : -1;
      else if (typeof child[0] === 'number') under = packedEntries(child as unknown as TableNode<E>, shift + 5, path);
      else {
        const bucket = child as readonly E[];
        const h = hashOf((bucket[0] as E).id);
        const distinct = new Set(bucket.map((e) => e.id)).size === bucket.length;
        under = bucket.length >= 2 && distinct && bucket.every((e) => hashOf(e.id) === h) && placed((bucket[0] as E).id) ? bucket.length : -1;
      }
      if (under < 0) return -1;
      entries += under;
    }
    return entries;
  }

  /** Ids `${prefix}${i}` until two share the hash bits under `mask`. */
  function collidingIds(prefix: string, mask: number): [string, string] {
    const seen = new Map<number, string>();
    for (let i = 0; ; i++) {
      const id = `${prefix}${i}`;
      const other = seen.get(hashOf(id) & mask);
      if (other !== undefined) return [other, id];
      seen.set(hashOf(id) & mask, id);
    }
  }

  test.prop([fc.constantFrom(0x3fffffff, 0x1ffffff, 0xfffff, 0x3ff), fc.string({ maxLength: 3 })], { numRuns: 12 })(
    'ids whose hashes share many levels (or all 30 bits) are stored, found, replaced and removed, and the shape stays canonical',
    (mask, prefix) => {
      const [a, b] = collidingIds(`k${prefix}`, mask);
      const others = Array.from({ length: 40 }, (_, i) => `o${i}`);
      const ids = [a, b, ...others];
      let table = emptyTable<E>();
      ids.forEach((id, v) => {
        table = tableSet(table, { id, v });
      });
      expect(packedEntries(table.root as TableNode<E>)).toBe(ids.length);
      table = tableSet(table, { id: b, v: -1 });
      expect(tableGet(table, a)?.v).toBe(0);
      expect(tableGet(table, b)?.v).toBe(-1);
      expect(table.size).toBe(ids.length);
      table = tableDelete(table, a);
      expect(tableHas(table, a)).toBe(false);
      expect(tableGet(table, b)?.v).toBe(-1);
      expect(packedEntries(table.root as TableNode<E>)).toBe(ids.length - 1);
      // the same shape as a table built from the remaining entries alone
      expect(JSON.stringify(table)).toBe(JSON.stringify(tableFrom([...tableValues(table)])));
      for (const id of ids) table = tableDelete(table, id);
      expect(table).toEqual(emptyTable<E>());
    },
  );

  test.prop([fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 2, max: 7 })], { numRuns: 15 })(
    'thousands of ids: inserts then deletes of every k-th keep the nodes packed and agree with a Map; deleting all leaves the empty table',
    (n, k) => {
      const ids = Array.from({ length: n }, (_, i) => `cv_${i.toString(36)}x`);
      let table = emptyTable<E>();
      for (const id of ids) table = tableSet(table, { id, v: 1 });
      const built = tableFrom(ids.map((id) => ({ id, v: 1 })));
      expect(packedEntries(built.root as TableNode<E>)).toBe(n);
      const model = new Map(ids.map((id) => [id, 1]));
      ids.forEach((id, i) => {
        if (i % k !== 0) return;
        table = tableDelete(table, id);
        model.delete(id);
      });
      expect(table.size).toBe(model.size);
      if (table.root !== null) expect(packedEntries(table.root)).toBe(model.size);
      expect(ids.filter((id) => tableHas(table, id) !== model.has(id))).toEqual([]);
      for (const id of model.keys()) table = tableDelete(table, id);
      expect(table).toEqual(emptyTable<E>());
    },
  );
});

const entryArb: fc.Arbitrary<SortedEntry> = fc.record({ a: fc.integer({ min: 0, max: 3 }), b: fc.integer({ min: 0, max: 20 }), id: idArb });

describe('persistent sorted list', () => {
  test.prop([fc.array(fc.tuple(fc.boolean(), entryArb), { maxLength: 400 })])('stays sorted and equal to a sorted-array model', (ops) => {
    let list: SortedList = EMPTY_SORTED_LIST;
    let model: SortedEntry[] = [];
    for (const [insert, e] of ops) {
      const before = list;
      deepFreeze(before);
      if (insert) {
        list = sortedInsert(list, e);
        if (!model.some((m) => compareEntries(m, e) === 0)) model = [...model, e].sort(compareEntries);
      } else {
        list = sortedDelete(list, e);
        model = model.filter((m) => compareEntries(m, e) !== 0);
      }
      expect(list.size).toBe(model.length);
    }
    expect([...sortedValues(list)]).toEqual(model);
    expect(sortedFirst(list)).toEqual(model[0]);
    expect(list.chunks.every((c) => c.length > 0 && c.length <= 128)).toBe(true);
  });
});

describe('persistent sorted list, many entries', () => {
  test.prop([fc.uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 300, maxLength: 1000 })], { numRuns: 20 })(
    'splits chunks and stays sorted through inserts then deletes',
    (keys) => {
      let list = EMPTY_SORTED_LIST;
      for (const k of keys) list = sortedInsert(list, { a: k % 7, b: k, id: `c${k}` });
      expect(list.chunks.length).toBeGreaterThan(2);
      const values = [...sortedValues(list)];
      expect(values.map((v) => v.b)).toEqual([...keys].sort((x, y) => (x % 7) - (y % 7) || x - y));
      for (const k of keys.slice(0, keys.length >> 1)) list = sortedDelete(list, { a: k % 7, b: k, id: `c${k}` });
      expect(list.size).toBe(keys.length - (keys.length >> 1));
      expect(sortedDelete(list, { a: 9, b: 0, id: 'none' })).toBe(list);
    },
  );
});
