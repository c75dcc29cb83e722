// Replays mentions-inbox histories against the real functions and against a tiny reference model
// written straight from MENTION-3 to MENTION-10 (a Map of read flags; no ordering tricks).
import type { Teammate } from '../../src/index.js';
import {
  createMentionsState, markMentionUnread, markMentionsRead, mentionsView, recordMentions, type MentionFilter, type MentionsState,
} from '../../src/mentions/index.js';
import { CONVERSATIONS, type InboxOp } from '../arbitraries/mentions.js';

export const conversationOf = (i: number): string => CONVERSATIONS[i]!;

/** The note text that mentions the given teammates (by handle, in order). */
export const noteMentioning = (teammates: readonly Teammate[], who: readonly number[]): string =>
  who.map((i) => `@${teammates[i]!.handle}`).join(' and ');

/** Applies one operation with the real functions. */
export function applyReal(state: MentionsState, op: InboxOp, teammates: readonly Teammate[]): MentionsState {
  const conversation = conversationOf(op.conversation);
  switch (op.type) {
    case 'note': {
      const part = { type: 'note', author: teammates[op.author]!.id, text: noteMentioning(teammates, op.mentioned), at: op.now } as const;
      return recordMentions({ state, conversation, part, teammates, now: op.now }).state;
    }
    case 'view':
      return markMentionsRead({ state, teammate: teammates[op.teammate]!.id, conversation });
    case 'unread':
      return markMentionUnread({ state, teammate: teammates[op.teammate]!.id, conversation, notMentioned: 'ignore' });
  }
}

export function replay(teammates: readonly Teammate[], ops: readonly InboxOp[], from: MentionsState = createMentionsState()): MentionsState {
  return ops.reduce((state, op) => applyReal(state, op, teammates), from);
}

interface ModelEntry {
  unread: boolean;
  last: number;
}

/** The reference model: per (teammate, conversation), is it unread and when was it last mentioned. */
export class InboxModel {
  private readonly entries = new Map<string, ModelEntry>();
  private static key(teammate: string, conversation: string): string {
    return JSON.stringify([teammate, conversation]);
  }

  apply(op: InboxOp, teammates: readonly Teammate[]): void {
    const conversation = conversationOf(op.conversation);
    if (op.type === 'note') {
      const author = teammates[op.author]!.id;
      for (const i of new Set(op.mentioned)) {
        const id = teammates[i]!.id;
        if (id === author) continue; // self-mentions are ignored by default (Beyond-22)
        const key = InboxModel.key(id, conversation);
        const old = this.entries.get(key);
        this.entries.set(key, { unread: true, last: Math.max(old?.last ?? op.now, op.now) }); // MENTION-4, MENTION-10
      }
      return;
    }
    const entry = this.entries.get(InboxModel.key(teammates[op.teammate]!.id, conversation));
    if (entry !== undefined) entry.unread = op.type === 'unread'; // MENTION-4, MENTION-5
  }

  /** MENTION-3 / MENTION-6, newest first then by id. */
  view(teammate: string, filter: MentionFilter): string[] {
    const rows: { conversation: string; last: number }[] = [];
    for (const [key, entry] of this.entries) {
      const [t, c] = JSON.parse(key) as [string, string];
      if (t === teammate && (filter === 'all' || entry.unread)) rows.push({ conversation: c, last: entry.last });
    }
    return rows.sort((a, b) => b.last - a.last || (a.conversation < b.conversation ? -1 : 1)).map((r) => r.conversation);
  }
}

/** Every teammate's two views, for comparing whole states by what users see. */
export function allViews(state: MentionsState, teammates: readonly Teammate[]): Record<string, { all: readonly string[]; unread: readonly string[] }> {
  const out: Record<string, { all: readonly string[]; unread: readonly string[] }> = Object.create(null) as never;
  for (const t of teammates) {
    out[t.id] = { all: mentionsView({ state, teammate: t.id, filter: 'all' }), unread: mentionsView({ state, teammate: t.id, filter: 'unread' }) };
  }
  return out;
}

/** Whether every object and array reachable from `value` is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}
