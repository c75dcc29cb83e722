// Teammate handles, validated and indexed, and the parse over an index. Private.
import { assertArray, assertId, assertOneOf, assertRecord, assertString, fail, own, show } from '../_internal/validate.js';
import { PART_TYPES, type Part, type TeammateId } from '../model/index.js';
import { foldHandle, isValidHandle, scanHandles, withoutTrailingDots } from './_scanner.js';
import { compareIds } from './_state.js';
import type { AmbiguousHandle, MentionParse } from './types.js';

/**
 * Who a folded handle names (several ids = ambiguous), and whether an id is a teammate's: built
 * per call from a teammates list by {@link indexHandles}, or read from a workspace's own tables.
 */
export interface HandleIndex {
  /** The teammates whose folded handle is `key`, sorted by id; undefined when none. */
  lookup(key: string): readonly TeammateId[] | undefined;
  /** Whether `id` is one of the teammates. */
  has(id: TeammateId): boolean;
}

/**
 * Validates the teammates (unique ids, mentionable handles) and indexes them by folded handle:
 * O(teammates) per call, with nothing kept between calls (a workspace keeps its index as data).
 */
export function indexHandles(teammates: unknown): HandleIndex {
  const { byHandle, ids } = handleGroups(teammates);
  return { lookup: (key) => byHandle.get(key), has: (id) => ids.has(id) };
}

/** The teammates' ids grouped by folded handle (each group sorted by id), and all ids, after validating them. */
export function handleGroups(teammates: unknown): { readonly byHandle: ReadonlyMap<string, readonly TeammateId[]>; readonly ids: ReadonlySet<TeammateId> } {
  const list = assertArray(teammates, 'teammates');
  const byHandle = new Map<string, TeammateId[]>();
  const ids = new Set<TeammateId>();
  list.forEach((raw, i) => {
    const t = assertRecord(raw, `teammates[${i}]`);
    const id = assertId(own(t, 'id'), `teammates[${i}].id`);
    if (ids.has(id)) fail('duplicate-id', `Two teammates share the id ${show(id)}; ids must be unique.`, { id, kind: 'teammate' });
    ids.add(id);
    const rawHandle = own(t, 'handle');
    const handle = typeof rawHandle === 'string' ? rawHandle : assertString(rawHandle, `teammate ${show(id)} handle`);
    if (!isValidHandle(handle)) {
      fail(
        'invalid-handle',
        `Teammate ${show(id)} has the handle ${show(handle)}, which cannot be written as an @mention: a handle is a non-empty run of letters, digits, marks, ".", "_" or "-" (set teammate.handle).`,
        { teammate: id, handle },
      );
    }
    const key = foldHandle(handle);
    const same = byHandle.get(key);
    if (same === undefined) byHandle.set(key, [id]);
    else same.push(id);
  });
  for (const same of byHandle.values()) same.sort(compareIds);
  return { byHandle, ids };
}

/** Validates a part at the edge and returns it typed. */
export function assertPart(raw: unknown, what: string): Part {
  const p = assertRecord(raw, what);
  assertOneOf(own(p, 'type'), PART_TYPES, `${what}.type`);
  assertString(own(p, 'text'), `${what}.text`);
  return raw as Part;
}

/** The empty parse (a reply, or a text without mentions). */
export const NO_MENTIONS: MentionParse = /* @__PURE__ */ Object.freeze({ mentioned: /* @__PURE__ */ Object.freeze([]), unknown: /* @__PURE__ */ Object.freeze([]), ambiguous: /* @__PURE__ */ Object.freeze([]) });

/**
 * Parses `text` against an index. A token that matches no handle but ends with dots is retried
 * without them (`@ana.` at the end of a sentence mentions `ana`; a handle that really ends with a
 * dot still matches first). Results are de-duplicated by teammate or by folded handle.
 */
export function parseWithIndex(text: string, index: HandleIndex): MentionParse {
  const mentioned = new Set<TeammateId>();
  // (made on first use: most notes have no unknown or ambiguous handle)
  let unknown = null as Map<string, string> | null; // (filled in the callback below)
  let ambiguous = null as Map<string, AmbiguousHandle> | null;
  // Each distinct token comes once: a repeat could only repeat what it did (results are de-duplicated).
  scanHandles(text, (token) => {
    let handle = token;
    let key = foldHandle(handle);
    let ids = index.lookup(key);
    if (ids === undefined && token.endsWith('.')) {
      handle = withoutTrailingDots(token);
      if (handle === '') return;
      key = foldHandle(handle);
      ids = index.lookup(key);
    }
    if (ids === undefined) {
      unknown ??= new Map();
      if (!unknown.has(key)) unknown.set(key, handle);
    } else if (ids.length > 1) {
      ambiguous ??= new Map();
      if (!ambiguous.has(key)) ambiguous.set(key, Object.freeze({ handle, teammates: Object.freeze([...ids]) }));
    } else {
      for (const id of ids) mentioned.add(id);
    }
  });
  if (mentioned.size === 0 && unknown === null && ambiguous === null) return NO_MENTIONS;
  return Object.freeze({
    mentioned: mentioned.size === 0 ? NO_MENTIONS.mentioned : Object.freeze([...mentioned]),
    unknown: unknown === null ? NO_MENTIONS.unknown : Object.freeze([...unknown.values()]),
    ambiguous: ambiguous === null ? NO_MENTIONS.ambiguous : Object.freeze([...ambiguous.values()]),
  });
}
