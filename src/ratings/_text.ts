import type { Conversation, Instant, Part, TeammateId } from '../model/index.js';

const LESS_THAN = 0x3c;
const HIGH_SURROGATE_FIRST = 0xd800;
const HIGH_SURROGATE_LAST = 0xdbff;
const LOW_SURROGATE_FIRST = 0xdc00;
const LOW_SURROGATE_LAST = 0xdfff;

/** A `<` starts a tag only when followed by a letter, `/`, `!` or `?` (so "a < b" and "<3" are text). */
function opensTag(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || unit === 0x2f || unit === 0x21 || unit === 0x3f;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= HIGH_SURROGATE_FIRST && unit <= HIGH_SURROGATE_LAST;
}

/**
 * Counts the Unicode code points of `text` once HTML-style tags (`<p>`, `</b>`, `<br/>`,
 * `<!-- … -->`) are removed. One linear pass over the UTF-16 units, without building arrays, so
 * huge texts cost O(length): the position of the next `>` is cached and only searched again once
 * the scan has passed it. A surrogate pair counts 1; a lone surrogate counts 1; an unclosed `<`
 * counts as text.
 */
export function visibleCodePoints(text: string): number {
  const length = text.length;
  let count = 0;
  let nextClose = -1;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === LESS_THAN && i + 1 < length && opensTag(text.charCodeAt(i + 1))) {
      if (nextClose < i) {
        const found = text.indexOf('>', i + 1);
        nextClose = found === -1 ? length : found;
      }
      if (nextClose < length) {
        i = nextClose;
        continue;
      }
    }
    const pairsWithPrevious = unit >= LOW_SURROGATE_FIRST && unit <= LOW_SURROGATE_LAST && i > 0 && isHighSurrogate(text.charCodeAt(i - 1));
    if (!pairsWithPrevious) count++;
  }
  return count;
}

/** A customer-visible message written by a person (RATING-4, RATING-6). */
function isHumanReply(part: Part): boolean {
  return part.type === 'teammate-reply' || part.type === 'customer-reply';
}

function isTeammateReply(part: Part): boolean {
  return part.type === 'teammate-reply';
}

/**
 * RATING-4: the characters of the customer-visible messages written by people (teammates and
 * customers). With `enough`, counting stops as soon as the total is over it (the request only asks
 * whether a conversation is over 250 characters, and a long one need not be read to its end): the
 * result is then some total over `enough`, not the full count.
 */
export function ratingCharacters(parts: readonly Part[], enough = Number.POSITIVE_INFINITY): number {
  let total = 0;
  for (let i = 0; i < parts.length && total <= enough; i++) {
    const part = parts[i] as Part;
    if (isHumanReply(part)) total += visibleCodePoints(part.text);
  }
  return total;
}

/**
 * The latest part `wanted` accepts (greatest `at`; on equal times, the later part), or undefined.
 * With `inOrder` (parts known to be in time order, as the workspace appends them while its clock
 * only moves forward) that is the last such part, found from the end; otherwise every part is read.
 */
function latestPart(parts: readonly Part[], wanted: (part: Part) => boolean, inOrder: boolean): Part | undefined {
  if (inOrder) {
    for (let i = parts.length - 1; i >= 0; i--) if (wanted(parts[i] as Part)) return parts[i];
    return undefined;
  }
  let latest: Part | undefined;
  for (const part of parts) if (wanted(part) && (latest === undefined || part.at >= latest.at)) latest = part;
  return latest;
}

/** RATING-6: the time of the latest teammate-or-customer reply, or null when there is none (`inOrder`: see latestPart). */
export function lastHumanReplyAt(parts: readonly Part[], inOrder = false): Instant | null {
  return latestPart(parts, isHumanReply, inOrder)?.at ?? null;
}

/**
 * RATING-10: the author of the latest teammate reply (greatest `at`; on equal times, the later
 * part), else the starter of a teammate-started outbound conversation (OUT-12), else null.
 */
export function creditOf(conversation: Conversation, inOrder = false): TeammateId | null {
  return latestPart(conversation.parts, isTeammateReply, inOrder)?.author ?? conversation.startedBy;
}
