// The mentions state: validation at the edge, the one factory per value, and the keyed update
// every state function goes through. Private to mentions.
//
// Layout: teammates sorted by id, each with its mentions sorted by conversation id (code-unit
// order), so a lookup is a binary search and an update copies one teammate's list plus the outer
// list of teammates, never the whole state. New values are frozen; unchanged parts are shared.
import { assertArray, assertBoolean, assertId, assertInstant, assertRecord, fail, own, show } from '../_internal/validate.js';
import type { ConversationId, Instant, TeammateId } from '../model/index.js';
import type { Mention, MentionsState, TeammateMentions } from './types.js';

/** Code-unit order of ids: locale- and host-independent. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Binary search in a list sorted by `keyOf`: the index of `key`, or `-(insertion point) - 1`. */
function search<T>(items: readonly T[], key: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareIds(keyOf(items[mid] as T), key);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}

/**
 * A copy of `items` with `item` put at `found` (replace) or inserted at the insertion point; frozen.
 * Copied by spread: on a frozen array (all of ours) `slice()` takes a slow generic path in V8 11
 * (Node 20), about 150 times slower than on a plain array; spread stays a fast copy.
 */
function putAt<T>(items: readonly T[], found: number, item: T): readonly T[] {
  const next = [...items];
  if (found >= 0) next[found] = item;
  else next.splice(-found - 1, 0, item);
  return Object.freeze(next);
}

// States and teammate entries built by the factories below hold only values checked before they
// were built, and are frozen all the way down, so checking them again could only find what was
// already found. Each carries a private mark whose value is the object itself: readState and
// readMentions return at once for a marked object, and a copy of one (a spread, an immer or
// structured clone, JSON) is not itself the mark's value, so it is checked in full. No state
// outside the values: the mark travels with the object it vouches for.
const BUILT: unique symbol = Symbol('inbox-rules.built-mentions');

function mark<T extends object>(value: T): T {
  Object.defineProperty(value, BUILT, { value });
  return Object.freeze(value);
}

function isBuilt(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { readonly [BUILT]?: unknown })[BUILT] === value;
}

/** The one factory for a mention (fixed key order, frozen). */
export function makeMention(conversation: ConversationId, unread: boolean, lastMentionedAt: Instant, by: TeammateId): Mention {
  return Object.freeze({ conversation, unread, lastMentionedAt, by });
}

/** The one factory for a teammate's mentions (frozen). */
export function makeTeammateMentions(teammate: TeammateId, mentions: readonly Mention[]): TeammateMentions {
  return mark({ teammate, mentions: Object.isFrozen(mentions) ? mentions : Object.freeze(mentions.slice()) });
}

/** The one factory for a state (frozen). */
export function makeMentionsState(teammates: readonly TeammateMentions[]): MentionsState {
  return mark({ teammates: Object.isFrozen(teammates) ? teammates : Object.freeze(teammates.slice()) });
}

/** Validates one mention's shape and returns it typed. */
export function readMention(raw: unknown, where: string): Mention {
  const m = assertRecord(raw, where);
  assertId(own(m, 'conversation'), `${where}.conversation`);
  assertBoolean(own(m, 'unread'), `${where}.unread`);
  assertInstant(own(m, 'lastMentionedAt'), `${where}.lastMentionedAt`);
  assertId(own(m, 'by'), `${where}.by`);
  return raw as Mention;
}

/** Validates one teammate entry's shape (not its mentions) and returns it typed. */
export function readTeammateMentions(raw: unknown, where: string): TeammateMentions {
  const t = assertRecord(raw, where);
  assertId(own(t, 'teammate'), `${where}.teammate`);
  assertArray(own(t, 'mentions'), `${where}.mentions`);
  return raw as TeammateMentions;
}

function assertSorted<T>(items: readonly T[], keyOf: (item: T) => string, what: string): void {
  for (let i = 1; i < items.length; i += 1) {
    if (compareIds(keyOf(items[i - 1] as T), keyOf(items[i] as T)) >= 0) {
      fail(
        'invalid-argument',
        `${what} must be sorted by id without duplicates (${show(keyOf(items[i] as T))} is out of order); build or load states with createMentionsState.`,
        { field: what },
      );
    }
  }
}

/** Validates a state's outer list (shape and order) and returns it. */
export function readState(raw: unknown): readonly TeammateMentions[] {
  if (isBuilt(raw)) return (raw as MentionsState).teammates;
  const state = assertRecord(raw, 'state');
  const list = assertArray(own(state, 'teammates'), 'state.teammates').map((t, i) => readTeammateMentions(t, `state.teammates[${i}]`));
  assertSorted(list, (t) => t.teammate, 'state.teammates');
  return list;
}

/** Validates one teammate's mentions (shape and order) and returns them. */
function readMentions(entry: TeammateMentions): readonly Mention[] {
  if (isBuilt(entry)) return entry.mentions;
  const where = `mentions of ${show(entry.teammate)}`;
  const list = entry.mentions.map((m, i) => readMention(m, `${where}[${i}]`));
  assertSorted(list, (m) => m.conversation, where);
  return list;
}

/** The validated mentions of `teammate` in a validated outer list (empty when none). */
export function mentionsOf(teammates: readonly TeammateMentions[], teammate: TeammateId): readonly Mention[] {
  const found = search(teammates, teammate, (t) => t.teammate);
  const entry = found >= 0 ? teammates[found] : undefined;
  return entry === undefined ? [] : readMentions(entry);
}

/**
 * Where each teammate's mention list (sorted by conversation id) is kept: in the public
 * {@link MentionsState} (teammates in a sorted list), or, for the workspace, in its own keyed table
 * (one teammate's update then copies no list of all teammates). The rules read and write through
 * this, so both keep them the same way.
 */
export interface MentionLists<S> {
  /** The teammate's mentions, sorted by conversation id (empty when none). */
  read(state: S, teammate: TeammateId): readonly Mention[];
  /** The state with the teammate's mentions replaced. */
  write(state: S, teammate: TeammateId, mentions: readonly Mention[]): S;
}

/** The lists of a public {@link MentionsState}. */
export const STATE_LISTS: MentionLists<MentionsState> = {
  read: (state, teammate) => mentionsOf(readState(state), teammate),
  write: (state, teammate, mentions) => {
    const teammates = readState(state);
    return makeMentionsState(putAt(teammates, search(teammates, teammate, (e) => e.teammate), makeTeammateMentions(teammate, mentions)));
  },
};

/**
 * The state with `teammate`'s mention in `conversation` replaced by `change(current)` (current is
 * undefined when there is none). Returning `current` itself (or undefined) means "no change": the
 * same state reference comes back.
 */
export function updateMention<S>(
  lists: MentionLists<S>,
  state: S,
  teammate: TeammateId,
  conversation: ConversationId,
  change: (current: Mention | undefined) => Mention | undefined,
): S {
  const mentions = lists.read(state, teammate);
  const m = search(mentions, conversation, (e) => e.conversation);
  const current = m >= 0 ? mentions[m] : undefined;
  const next = change(current);
  if (next === current || next === undefined) return state;
  return lists.write(state, teammate, putAt(mentions, m, next));
}
