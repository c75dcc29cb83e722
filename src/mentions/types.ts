import type { ConversationId, Instant, Part, Teammate, TeammateId } from '../model/index.js';

/**
 * A handle that matches several teammates case-insensitively (for example `Ana` and `ana`).
 * It mentions nobody (Beyond-22).
 *
 * @example
 * ```ts
 * import type { AmbiguousHandle } from 'inbox-rules/mentions';
 * const a: AmbiguousHandle = { handle: 'ana', teammates: ['ana-1', 'ana-2'] };
 * ```
 * @category Mentions
 */
export interface AmbiguousHandle {
  /** The handle as first written in the text, without the `@`. */
  readonly handle: string;
  /** The ids of every teammate it matches, in code-unit order. */
  readonly teammates: readonly TeammateId[];
}

/**
 * What {@link parseMentions} found in a text: the teammates mentioned, and the `@handles` that
 * mention nobody because no teammate has them or several do.
 *
 * @example
 * ```ts
 * import type { MentionParse } from 'inbox-rules/mentions';
 * const parse: MentionParse = { mentioned: ['ben'], unknown: ['bob'], ambiguous: [] };
 * ```
 * @category Mentions
 */
export interface MentionParse {
  /** Ids of the mentioned teammates, each once, in order of first mention (MENTION-9). */
  readonly mentioned: readonly TeammateId[];
  /** Handles that match no teammate (MENTION-8), each once, as first written, in order of appearance. */
  readonly unknown: readonly string[];
  /** Handles that match several teammates (Beyond-22), each once, in order of appearance. */
  readonly ambiguous: readonly AmbiguousHandle[];
}

/**
 * The input of {@link parseMentions}.
 *
 * @example
 * ```ts
 * import { createTeammate } from 'inbox-rules';
 * import type { ParseMentionsInput } from 'inbox-rules/mentions';
 * const input: ParseMentionsInput = { text: '@ana please check', teammates: [createTeammate({ id: 'ana' })] };
 * ```
 * @category Mentions
 */
export interface ParseMentionsInput {
  /** The note's plain text. Any string is accepted. */
  readonly text: string;
  /** Every teammate of the workspace, with or without an inbox seat (MENTION-8). Ids must be unique. */
  readonly teammates: readonly Teammate[];
}

/**
 * The input of {@link mentionsInPart}.
 *
 * @example
 * ```ts
 * import { createTeammate } from 'inbox-rules';
 * import type { MentionsInPartInput } from 'inbox-rules/mentions';
 * const input: MentionsInPartInput = {
 *   part: { type: 'note', author: 'ana', text: '@ben', at: 0 },
 *   teammates: [createTeammate({ id: 'ana' }), createTeammate({ id: 'ben' })],
 * };
 * ```
 * @category Mentions
 */
export interface MentionsInPartInput {
  /** A conversation part; only a `note` can mention anyone (MENTION-1). */
  readonly part: Part;
  /** Every teammate of the workspace (MENTION-8). */
  readonly teammates: readonly Teammate[];
}

/**
 * One teammate's mention in one conversation: a line of that teammate's Mentions view.
 *
 * @example
 * ```ts
 * import type { Mention } from 'inbox-rules/mentions';
 * const m: Mention = { conversation: 'c1', unread: true, lastMentionedAt: 0, by: 'ana' };
 * ```
 * @category Mentions
 */
export interface Mention {
  /** The conversation the teammate was mentioned in. */
  readonly conversation: ConversationId;
  /** Whether the teammate has not read it yet (MENTION-4, MENTION-5, MENTION-10). */
  readonly unread: boolean;
  /** When the latest mention was recorded; it never moves backwards. */
  readonly lastMentionedAt: Instant;
  /** Who wrote the latest mention. */
  readonly by: TeammateId;
}

/**
 * The mentions of one teammate, sorted by conversation id (code-unit order), one per conversation.
 *
 * @example
 * ```ts
 * import type { TeammateMentions } from 'inbox-rules/mentions';
 * const ben: TeammateMentions = {
 *   teammate: 'ben',
 *   mentions: [{ conversation: 'c1', unread: true, lastMentionedAt: 0, by: 'ana' }],
 * };
 * ```
 * @category Mentions
 */
export interface TeammateMentions {
  /** The mentioned teammate. */
  readonly teammate: TeammateId;
  /** One entry per conversation, sorted by conversation id; never empty in a state built by this library. */
  readonly mentions: readonly Mention[];
}

/**
 * The mentions inbox of a whole workspace: plain, JSON-serialisable data with read state per
 * teammate (MENTION-7). Teammates are sorted by id and conversations by id (code-unit order), so
 * equal histories give deep-equal states. Build one with {@link createMentionsState}.
 *
 * @example
 * ```ts
 * import { createMentionsState } from 'inbox-rules/mentions';
 * createMentionsState(); // => { teammates: [] }
 * ```
 * @category Mentions
 */
export interface MentionsState {
  /** One entry per teammate with at least one mention, sorted by teammate id. */
  readonly teammates: readonly TeammateMentions[];
}

/**
 * The input of {@link createMentionsState}: optionally, a state loaded from storage.
 *
 * @example
 * ```ts
 * import type { CreateMentionsStateInput } from 'inbox-rules/mentions';
 * const input: CreateMentionsStateInput = { teammates: [] };
 * ```
 * @category Mentions
 */
export interface CreateMentionsStateInput {
  /** The teammates' mentions in any order; defaults to none. */
  readonly teammates?: readonly TeammateMentions[] | undefined;
}

/**
 * How a note's author mentioning themself is handled: `'ignore'` (the default, Beyond-22: no
 * notification and no entry) or `'notify'` (treated like any other mention).
 *
 * @example
 * ```ts
 * import { SELF_MENTION_POLICIES } from 'inbox-rules/mentions';
 * SELF_MENTION_POLICIES; // => ['ignore', 'notify']
 * ```
 * @category Mentions
 */
export const SELF_MENTION_POLICIES = ['ignore', 'notify'] as const;

/**
 * One of {@link SELF_MENTION_POLICIES}.
 *
 * @example
 * ```ts
 * import type { SelfMentionPolicy } from 'inbox-rules/mentions';
 * const policy: SelfMentionPolicy = 'ignore';
 * ```
 * @category Mentions
 */
export type SelfMentionPolicy = (typeof SELF_MENTION_POLICIES)[number];

/**
 * The input of {@link recordMentions}.
 *
 * @example
 * ```ts
 * import { createTeammate } from 'inbox-rules';
 * import { createMentionsState, type RecordMentionsInput } from 'inbox-rules/mentions';
 * const input: RecordMentionsInput = {
 *   state: createMentionsState(),
 *   conversation: 'c1',
 *   part: { type: 'note', author: 'ana', text: '@ben', at: 0 },
 *   teammates: [createTeammate({ id: 'ana' }), createTeammate({ id: 'ben' })],
 *   now: 0,
 * };
 * ```
 * @category Mentions
 */
export interface RecordMentionsInput {
  /** The current mentions state. */
  readonly state: MentionsState;
  /** The conversation the part was added to. */
  readonly conversation: ConversationId;
  /** The part just added; only a `note` mentions anyone (MENTION-1). Its author must be a teammate. */
  readonly part: Part;
  /** Every teammate of the workspace (MENTION-8). */
  readonly teammates: readonly Teammate[];
  /** When the note is recorded; becomes `lastMentionedAt` unless an earlier call recorded a later time. */
  readonly now: Instant;
  /** What to do when the author mentions themself; default `'ignore'` (Beyond-22). */
  readonly selfMention?: SelfMentionPolicy | undefined;
}

/**
 * The `mention.notified` effect: tell `teammate` right away that `by` mentioned them in
 * `conversation` (MENTION-2). One per mentioned teammate per note (MENTION-9).
 *
 * @example
 * ```ts
 * import type { MentionNotified } from 'inbox-rules/mentions';
 * const effect: MentionNotified = { type: 'mention.notified', conversation: 'c1', teammate: 'ben', by: 'ana' };
 * ```
 * @category Mentions
 */
export interface MentionNotified {
  /** Always `'mention.notified'` (the workspace effect name). */
  readonly type: 'mention.notified';
  /** The conversation with the note. */
  readonly conversation: ConversationId;
  /** The teammate to notify. */
  readonly teammate: TeammateId;
  /** The note's author. */
  readonly by: TeammateId;
}

/**
 * Why a part, or an `@handle` in it, notified nobody: `'not-a-note'` (a customer-facing or bot
 * reply, MENTION-1), `'unknown-handle'` (no teammate has it, MENTION-8), `'ambiguous-handle'`
 * (several teammates have it, Beyond-22), `'self-mention'` (the author, Beyond-22).
 *
 * @example
 * ```ts
 * import { MENTION_SKIP_REASONS } from 'inbox-rules/mentions';
 * MENTION_SKIP_REASONS; // => ['not-a-note', 'unknown-handle', 'ambiguous-handle', 'self-mention']
 * ```
 * @category Mentions
 */
export const MENTION_SKIP_REASONS = ['not-a-note', 'unknown-handle', 'ambiguous-handle', 'self-mention'] as const;

/**
 * One of {@link MENTION_SKIP_REASONS}.
 *
 * @example
 * ```ts
 * import type { MentionSkipReason } from 'inbox-rules/mentions';
 * const why: MentionSkipReason = 'unknown-handle';
 * ```
 * @category Mentions
 */
export type MentionSkipReason = (typeof MENTION_SKIP_REASONS)[number];

/**
 * A reason, as data, why {@link recordMentions} notified nobody for a part or a handle.
 *
 * @example
 * ```ts
 * import type { MentionSkip } from 'inbox-rules/mentions';
 * const skips: MentionSkip[] = [
 *   { code: 'unknown-handle', handle: 'bob' },
 *   { code: 'ambiguous-handle', handle: 'ana', teammates: ['ana-1', 'ana-2'] },
 *   { code: 'self-mention', teammate: 'ben' },
 * ];
 * ```
 * @category Mentions
 */
export type MentionSkip =
  | {
      /** The part is not an internal note, so it was not scanned (MENTION-1). */
      readonly code: 'not-a-note';
    }
  | {
      /** No teammate has this handle (MENTION-8). */
      readonly code: 'unknown-handle';
      /** The handle as written, without the `@`. */
      readonly handle: string;
    }
  | {
      /** Several teammates have this handle (Beyond-22). */
      readonly code: 'ambiguous-handle';
      /** The handle as written, without the `@`. */
      readonly handle: string;
      /** The teammates it matches. */
      readonly teammates: readonly TeammateId[];
    }
  | {
      /** The author mentioned themself and the self-mention policy is `'ignore'` (Beyond-22). */
      readonly code: 'self-mention';
      /** The author. */
      readonly teammate: TeammateId;
    };

/**
 * What {@link recordMentions} returns: the next state, the notifications to send, and why
 * anything was skipped.
 *
 * @example
 * ```ts
 * import { createMentionsState, type RecordMentionsResult } from 'inbox-rules/mentions';
 * const result: RecordMentionsResult = { state: createMentionsState(), notified: [], skipped: [{ code: 'not-a-note' }] };
 * ```
 * @category Mentions
 */
export interface RecordMentionsResult {
  /** The next state, or the same reference when nothing changed. */
  readonly state: MentionsState;
  /** One `mention.notified` effect per mentioned teammate, in order of first mention (MENTION-2, MENTION-9). */
  readonly notified: readonly MentionNotified[];
  /** Why the part or some of its handles notified nobody; empty when nothing was skipped. */
  readonly skipped: readonly MentionSkip[];
}

/**
 * The input of {@link markMentionsRead}: `teammate` opened `conversation`.
 *
 * @example
 * ```ts
 * import { createMentionsState, type MarkMentionsReadInput } from 'inbox-rules/mentions';
 * const input: MarkMentionsReadInput = { state: createMentionsState(), teammate: 'ben', conversation: 'c1' };
 * ```
 * @category Mentions
 */
export interface MarkMentionsReadInput {
  /** The current mentions state. */
  readonly state: MentionsState;
  /** The teammate who opened the conversation. */
  readonly teammate: TeammateId;
  /** The conversation opened. */
  readonly conversation: ConversationId;
}

/**
 * What {@link markMentionUnread} does when the teammate has no mention in the conversation:
 * `'reject'` (the default: throws `not-mentioned`) or `'ignore'` (returns the same state).
 *
 * @example
 * ```ts
 * import { NOT_MENTIONED_POLICIES } from 'inbox-rules/mentions';
 * NOT_MENTIONED_POLICIES; // => ['reject', 'ignore']
 * ```
 * @category Mentions
 */
export const NOT_MENTIONED_POLICIES = ['reject', 'ignore'] as const;

/**
 * One of {@link NOT_MENTIONED_POLICIES}.
 *
 * @example
 * ```ts
 * import type { NotMentionedPolicy } from 'inbox-rules/mentions';
 * const policy: NotMentionedPolicy = 'ignore';
 * ```
 * @category Mentions
 */
export type NotMentionedPolicy = (typeof NOT_MENTIONED_POLICIES)[number];

/**
 * The input of {@link markMentionUnread}.
 *
 * @example
 * ```ts
 * import { createMentionsState, type MarkMentionUnreadInput } from 'inbox-rules/mentions';
 * const input: MarkMentionUnreadInput = { state: createMentionsState(), teammate: 'ben', conversation: 'c1', notMentioned: 'ignore' };
 * ```
 * @category Mentions
 */
export interface MarkMentionUnreadInput {
  /** The current mentions state. */
  readonly state: MentionsState;
  /** The teammate marking their mention unread. */
  readonly teammate: TeammateId;
  /** The mentioned conversation. */
  readonly conversation: ConversationId;
  /** What to do if `teammate` has no mention in `conversation`; default `'reject'`. */
  readonly notMentioned?: NotMentionedPolicy | undefined;
}

/**
 * The filters of the Mentions view: `'all'` (MENTION-3) or `'unread'` (MENTION-6).
 *
 * @example
 * ```ts
 * import { MENTION_FILTERS } from 'inbox-rules/mentions';
 * MENTION_FILTERS; // => ['all', 'unread']
 * ```
 * @category Mentions
 */
export const MENTION_FILTERS = ['all', 'unread'] as const;

/**
 * One of {@link MENTION_FILTERS}.
 *
 * @example
 * ```ts
 * import type { MentionFilter } from 'inbox-rules/mentions';
 * const filter: MentionFilter = 'unread';
 * ```
 * @category Mentions
 */
export type MentionFilter = (typeof MENTION_FILTERS)[number];

/**
 * The input of {@link mentionsView}.
 *
 * @example
 * ```ts
 * import { createMentionsState, type MentionsViewInput } from 'inbox-rules/mentions';
 * const input: MentionsViewInput = { state: createMentionsState(), teammate: 'ben', filter: 'unread' };
 * ```
 * @category Mentions
 */
export interface MentionsViewInput {
  /** The current mentions state. */
  readonly state: MentionsState;
  /** Whose Mentions view. */
  readonly teammate: TeammateId;
  /** `'all'` (default) or `'unread'`. */
  readonly filter?: MentionFilter | undefined;
}

/**
 * The two modes of the conversation composer (MENTION-13): a customer-facing `'reply'` or an
 * internal `'note'`.
 *
 * @example
 * ```ts
 * import { COMPOSER_MODES } from 'inbox-rules/mentions';
 * COMPOSER_MODES; // => ['reply', 'note']
 * ```
 * @category Mentions
 */
export const COMPOSER_MODES = ['reply', 'note'] as const;

/**
 * One of {@link COMPOSER_MODES}.
 *
 * @example
 * ```ts
 * import type { ComposerMode } from 'inbox-rules/mentions';
 * const mode: ComposerMode = 'note';
 * ```
 * @category Mentions
 */
export type ComposerMode = (typeof COMPOSER_MODES)[number];

/**
 * The composer's keyboard shortcuts, used outside the composer (MENTION-13, UI only): `N` switches
 * to a note, `R` to a reply.
 *
 * @example
 * ```ts
 * import { COMPOSER_SHORTCUTS } from 'inbox-rules/mentions';
 * COMPOSER_SHORTCUTS.N; // => 'note'
 * ```
 * @category Mentions
 */
export const COMPOSER_SHORTCUTS = /* @__PURE__ */ Object.freeze({
  /** Switch to an internal note. */
  N: 'note',
  /** Switch to a customer-facing reply. */
  R: 'reply',
} as const);

/**
 * The input of {@link toggleComposerMode}.
 *
 * @example
 * ```ts
 * import type { ToggleComposerModeInput } from 'inbox-rules/mentions';
 * const input: ToggleComposerModeInput = { mode: 'reply' };
 * ```
 * @category Mentions
 */
export interface ToggleComposerModeInput {
  /** The composer's current mode. */
  readonly mode: ComposerMode;
}
