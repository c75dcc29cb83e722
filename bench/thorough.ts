// A diagnostic: the mutable baseline (bench/reference.ts over bench/baseline.ts's Maps) plus, done by
// hand on the same mutable state, the kinds of work its simplified reading skips and the library
// does on every event: each field the handler reads is checked (an invalid event throws), every
// reply and note is kept in the conversation's transcript, RATING-4's characters are counted as the
// library counts them (visible code points, with the library's own text function: text algorithms
// are measured on their own in the `text` group; at the close, over the transcript's replies, until
// the threshold is passed, as the library does), and a close's rating decision lists every failing
// criterion (RATING-1 to RATING-8) instead of one reason. It is not the library's event handling in
// every detail (effects are not compared); it measures what that extra work costs without
// persistence. Its checks look the conversation and teammates up once more than the handler does
// (a few Map reads per event). Used by the benchmark's `baseline-thorough` workspace variant only.
import { visibleCodePoints } from '../src/ratings/_text.js';
import type { WorkspaceEvent } from '../src/workspace/events.js';
import { ReferenceInbox, type RefConversation, type RefEffect, type Store } from './reference.js';

/** One transcript entry, as a mutable implementation would keep it. */
interface RefPart {
  readonly type: 'customer-reply' | 'teammate-reply' | 'note';
  readonly author: string;
  readonly text: string;
  readonly at: number;
}

const WEEK = 7 * 24 * 3600 * 1000;
const THRESHOLD = 250;
const TYPES = new Set([
  'conversation.created', 'customer.replied', 'teammate.replied', 'note.added', 'conversation.snoozed', 'conversation.closed',
  'rating.submitted', 'teammate.status-changed', 'conversation.assigned', 'conversation.viewed', 'time.passed',
]);

function bad(what: string): never {
  throw new Error(`baseline-thorough: invalid ${what}`);
}
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** The reference with event checks, transcripts, RATING-4 characters and every rating reason. */
export class ThoroughReferenceInbox extends ReferenceInbox {
  private readonly parts = new Map<string, RefPart[]>();

  constructor(private readonly s: Store, private readonly contacts: ReadonlySet<string>) {
    super(s);
  }

  private record(c: RefConversation, part: RefPart): void {
    const list = this.parts.get(c.id);
    if (list === undefined) this.parts.set(c.id, [part]);
    else list.push(part);
  }

  protected override reply(c: RefConversation, type: 'customer-reply' | 'teammate-reply', author: string, text: string, at: number): void {
    this.record(c, { type, author, text, at });
    c.lastReplyAt = at;
  }

  protected override noted(c: RefConversation, teammate: string, text: string, at: number): void {
    this.record(c, { type: 'note', author: teammate, text, at });
  }

  protected override ratingDecision(c: RefConversation, at: number): RefEffect {
    const reasons: string[] = [];
    if (c.lastTeammateReplier === null) reasons.push('no-teammate-reply');
    if (this.characters(c) <= THRESHOLD) reasons.push('too-short');
    const customers = new Set(c.customers);
    if (customers.size === 0) reasons.push('no-customer');
    if (customers.size > 1) reasons.push('several-customers');
    if (at - c.lastReplyAt > WEEK) reasons.push('last-reply-too-old');
    if (c.ratingRequested) reasons.push('already-requested');
    if (c.closedOnce) reasons.push('closed-before');
    if (reasons.length > 0) return { type: 'rating.not-requested', conversation: c.id, reasons };
    c.ratingRequested = true;
    return { type: 'rating.requested', conversation: c.id, teammate: c.lastTeammateReplier, contact: c.customers[0], channel: 'messenger' };
  }

  /** RATING-4: visible characters of the replies, counted until the threshold is passed. */
  private characters(c: RefConversation): number {
    const parts = this.parts.get(c.id) ?? [];
    let total = 0;
    for (let i = 0; i < parts.length && total <= THRESHOLD; i++) {
      const part = parts[i] as RefPart;
      if (part.type !== 'note') total += visibleCodePoints(part.text);
    }
    return total;
  }

  override apply(event: WorkspaceEvent): RefEffect[] {
    this.check(event);
    return super.apply(event);
  }

  /** Each field the handler reads, checked before anything changes. */
  private check(event: WorkspaceEvent): void {
    if (typeof event !== 'object' || event === null) bad('event');
    const e = event as unknown as Record<string, unknown>;
    if (typeof e['type'] !== 'string' || !TYPES.has(e['type'])) bad('event type');
    const at = e['at'];
    if (typeof at !== 'number' || !Number.isFinite(at) || at < this.s.clock()) bad('event time');
    if (event.type === 'time.passed') return;
    if (event.type === 'teammate.status-changed') {
      this.teammate(e['teammate']);
      if (e['status'] !== 'active' && e['status'] !== 'away') bad('status');
      if (e['reassignReplies'] !== undefined && typeof e['reassignReplies'] !== 'boolean') bad('reassignReplies');
      return;
    }
    const id = e['conversation'];
    if (!isId(id)) bad('conversation id');
    if (event.type === 'conversation.created') {
      if (this.s.conversation(id) !== undefined) bad('duplicate conversation');
      const customers = e['customers'];
      if (!Array.isArray(customers)) bad('customers');
      for (const u of customers as unknown[]) if (!isId(u) || !this.contacts.has(u)) bad('customer');
      if (typeof e['text'] !== 'string') bad('text');
      if (e['team'] !== undefined && e['team'] !== null && (!isId(e['team']) || this.s.team(e['team']) === undefined)) bad('team');
      if (e['priority'] !== undefined && typeof e['priority'] !== 'boolean') bad('priority');
      if (e['via'] !== undefined && e['via'] !== 'workflow' && e['via'] !== 'manual') bad('via');
      return;
    }
    const c = this.s.conversation(id) ?? bad('unknown conversation');
    switch (event.type) {
      case 'customer.replied':
        if (e['customer'] !== undefined && (!isId(e['customer']) || !this.contacts.has(e['customer']))) bad('customer');
        if (typeof e['text'] !== 'string') bad('text');
        return;
      case 'teammate.replied':
      case 'note.added':
        this.teammate(e['teammate']);
        if (typeof e['text'] !== 'string') bad('text');
        return;
      case 'conversation.snoozed': {
        this.teammate(e['teammate']);
        const given = (e['until'] !== undefined ? 1 : 0) + (e['for'] !== undefined ? 1 : 0) + (e['preset'] !== undefined ? 1 : 0);
        if (given !== 1) bad('snooze end');
        const until = e['until'];
        if (until !== undefined && (typeof until !== 'number' || !Number.isFinite(until) || until <= at)) bad('until');
        if (c.state === 'closed') bad('snooze of a closed conversation');
        return;
      }
      case 'conversation.closed':
        this.teammate(e['teammate']);
        if (c.state === 'closed') bad('close of a closed conversation');
        return;
      case 'rating.submitted': {
        const score = e['score'];
        if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) bad('score');
        const comment = e['comment'];
        if (comment !== undefined && comment !== null && typeof comment !== 'string') bad('comment');
        return;
      }
      case 'conversation.assigned': {
        this.teammate(e['by']);
        const to = e['to'];
        if (to === null) return;
        if (typeof to !== 'object' || to === undefined) bad('to');
        const target = to as Record<string, unknown>;
        if ('team' in target) {
          if (!isId(target['team']) || this.s.team(target['team']) === undefined) bad('team');
        } else if (target['teammate'] !== null) {
          this.teammate(target['teammate']);
        }
        return;
      }
      case 'conversation.viewed':
        this.teammate(e['teammate']);
        return;
    }
  }

  private teammate(id: unknown): void {
    if (!isId(id) || this.s.teammate(id) === undefined) bad('teammate');
  }
}
