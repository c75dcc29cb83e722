import type { Conversation, Instant } from '../model/index.js';

/** The instant a conversation has been waiting since, for ASSIGN-23. */
function waitingKey(c: Conversation): Instant {
  return c.waitingSince ?? c.teamSince ?? c.createdAt;
}

/**
 * Orders a team inbox's waiting conversations: the order in which balanced assignment hands them
 * out (ASSIGN-23 *Resolve*).
 *
 * Priority conversations first; then the longest waiting first, by `waitingSince` ascending,
 * falling back to `teamSince` (when it entered the team inbox) and then `createdAt` when those
 * are null; then the id ascending in code-unit order, so the order is total and never depends on
 * the input order. Equal instants tie (inclusive), and the id decides.
 *
 * Unlike the other functions it takes two arguments, so it can be passed to `Array.prototype.sort`
 * directly. It reads the fields as given and does not validate them.
 *
 * @param a - a conversation.
 * @param b - another conversation.
 * @returns a negative number when `a` comes first, a positive one when `b` does, 0 only for the
 * same id.
 * @example
 * ```ts
 * import { compareWaitingConversations, createConversation } from 'inbox-rules';
 * const queue = [
 *   createConversation({ id: 'c1', createdAt: 1_000 }),
 *   createConversation({ id: 'c2', createdAt: 5_000, priority: true }),
 *   createConversation({ id: 'c3', createdAt: 9_000, waitingSince: 500 }),
 * ];
 * [...queue].sort(compareWaitingConversations).map((c) => c.id); // => ['c2', 'c3', 'c1']
 * ```
 * @category Assignment
 */
export function compareWaitingConversations(a: Conversation, b: Conversation): number {
  if (a.priority !== b.priority) return a.priority ? -1 : 1;
  const wa = waitingKey(a);
  const wb = waitingKey(b);
  if (wa !== wb) return wa < wb ? -1 : 1;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}
