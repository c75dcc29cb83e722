// The workspace's team rosters (see Roster): a team's member teammates in member order, in chunks of
// 16, so replacing one teammate copies one chunk and the list of chunks (at 250 members, 32 slots
// instead of 250).
import type { Teammate, TeamId } from '../model/index.js';
import type { Roster } from './types.js';

/** Members per chunk. */
const CHUNK = 16;

/** A team's roster from its member teammates, in member order. */
export function makeRoster(id: TeamId, members: readonly Teammate[]): Roster {
  const chunks: Teammate[][] = [];
  for (let i = 0; i < members.length; i += CHUNK) chunks.push(members.slice(i, i + CHUNK));
  return { id, chunks };
}

/** The roster's members in member order (a new array). */
export function rosterMembers(roster: Roster | undefined): Teammate[] {
  const members: Teammate[] = [];
  if (roster === undefined) return members;
  // (a plain loop: Array.prototype.flat took as long as the round-robin pick itself)
  for (const chunk of roster.chunks) for (let i = 0; i < chunk.length; i++) members.push(chunk[i] as Teammate);
  return members;
}

/**
 * The roster with teammate `next` in the place of its current value (`prev` when the caller has it:
 * found by identity, the usual case; by id otherwise, as after a JSON round trip); null when the
 * teammate is not a member.
 */
export function rosterWith(roster: Roster, prev: Teammate | undefined, next: Teammate): Roster | null {
  const { chunks } = roster;
  for (let byId = prev === undefined ? 1 : 0; byId < 2; byId++) {
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c] as readonly Teammate[];
      const i = byId === 0 ? chunk.indexOf(prev as Teammate) : chunk.findIndex((m) => m.id === next.id);
      if (i < 0) continue;
      const nextChunk = chunk.slice();
      nextChunk[i] = next;
      const nextChunks = chunks.slice();
      nextChunks[c] = nextChunk;
      return { id: roster.id, chunks: nextChunks };
    }
  }
  return null;
}
