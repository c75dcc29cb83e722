import type { DefaultAssignee } from '../../assignment/index.js';
import type { TeamInput, TeammateInput } from '../../model/index.js';
import type { CustomSenderAddress } from '../../outbound/index.js';
import type { RatingRequestPolicy } from '../../ratings/index.js';
import type { SnoozePresetSettings } from '../../snooze/index.js';
import type { ConversationReopenedEffect, WorkspaceEffect } from '../../workspace/effects.js';
import type { ConversationSnoozedEvent, WorkspaceEvent } from '../../workspace/events.js';

/**
 * One thing wrong with a scenario file: where (a JSON path such as `$.steps[2].event.type`) and
 * what to fix.
 *
 * @example
 * ```ts
 * import type { ScenarioIssue } from 'inbox-rules/testing';
 * const issue: ScenarioIssue = { path: '$.steps[0].at', message: 'is required' };
 * ```
 * @category Testing
 */
export interface ScenarioIssue {
  /** The JSON path of the offending value: `$` is the file, `.key` a field, `[n]` an array item. */
  readonly path: string;
  /** What is wrong, in words (not a stable code: match on `path`). */
  readonly message: string;
}

/**
 * The result of {@link validateScenario}: the scenario (typed), or every issue found.
 *
 * @example
 * ```ts
 * import type { ScenarioValidation } from 'inbox-rules/testing';
 * const bad: ScenarioValidation = { ok: false, errors: [{ path: '$.name', message: 'is required' }] };
 * ```
 * @category Testing
 */
export type ScenarioValidation =
  | {
    /** The file is well-formed. */
    readonly ok: true;
    /** The same value, typed. */
    readonly scenario: Scenario;
  }
  | {
    /** The file is malformed. */
    readonly ok: false;
    /** Every issue found (never empty). */
    readonly errors: readonly ScenarioIssue[];
  };

/**
 * A teammate in a scenario's workspace (the fields of {@link TeammateInput} the format accepts).
 *
 * @example
 * ```ts
 * import type { ScenarioTeammate } from 'inbox-rules/testing';
 * const ben: ScenarioTeammate = { id: 'ben', status: 'away', reassignReplies: true, assignmentLimit: 3 };
 * ```
 * @category Testing
 */
export type ScenarioTeammate = Pick<
  TeammateInput,
  'id' | 'name' | 'email' | 'handle' | 'status' | 'awayReason' | 'reassignReplies' | 'assignmentLimit' | 'inboxSeat' | 'timezone'
  | 'canSendFromCustomAddresses'
>;

/**
 * A team inbox in a scenario's workspace (the fields of {@link TeamInput} the format accepts).
 *
 * @example
 * ```ts
 * import type { ScenarioTeam } from 'inbox-rules/testing';
 * const billing: ScenarioTeam = { id: 'billing', assignment: 'balanced', members: ['ana', 'ben'] };
 * ```
 * @category Testing
 */
export type ScenarioTeam = Pick<TeamInput, 'id' | 'name' | 'assignment' | 'members' | 'assignmentLimit'>;

/**
 * A known contact (customer).
 *
 * @example
 * ```ts
 * import type { ScenarioContact } from 'inbox-rules/testing';
 * const u1: ScenarioContact = { id: 'u1', email: 'u1@example.test' };
 * ```
 * @category Testing
 */
export interface ScenarioContact {
  /** Unique contact id. */
  readonly id: string;
  /** E-mail address (outbound recipients are matched against it, OUT-6). */
  readonly email?: string | null | undefined;
}

/**
 * Workspace settings, all optional.
 *
 * @example
 * ```ts
 * import type { ScenarioSettings } from 'inbox-rules/testing';
 * const settings: ScenarioSettings = { ratingRequest: 'until-sent', snoozePresets: { tomorrowAt: '08:00' } };
 * ```
 * @category Testing
 */
export interface ScenarioSettings {
  /** `"first-close"` (default, RATING-7) or `"until-sent"`. */
  readonly ratingRequest?: RatingRequestPolicy | undefined;
  /** The times behind the snooze presets (SNOOZE-3). */
  readonly snoozePresets?: Partial<SnoozePresetSettings> | null | undefined;
  /** Custom sender addresses set up in the workspace (OUT-3, OUT-4). */
  readonly customSenderAddresses?: readonly CustomSenderAddress[] | undefined;
}

/**
 * The workspace before the first step.
 *
 * @example
 * ```ts
 * import type { ScenarioWorkspace } from 'inbox-rules/testing';
 * const ws: ScenarioWorkspace = { teammates: [{ id: 'ana' }], teams: [{ id: 'billing', members: ['ana'] }] };
 * ```
 * @category Testing
 */
export interface ScenarioWorkspace {
  /** The workspace time zone (IANA name). */
  readonly timezone?: string | undefined;
  /** The default assignee, used only by reassign-on-reply without a team (STATUS-10); null = none. */
  readonly defaultAssignee?: DefaultAssignee | null | undefined;
  /** The teammates. */
  readonly teammates?: readonly ScenarioTeammate[] | undefined;
  /** The team inboxes. */
  readonly teams?: readonly ScenarioTeam[] | undefined;
  /** Known contacts. */
  readonly contacts?: readonly ScenarioContact[] | undefined;
  /** Workspace settings. */
  readonly settings?: ScenarioSettings | undefined;
}

/**
 * A workspace event as a scenario file writes it: the API's {@link WorkspaceEvent} without `at`
 * (the step carries it) and with the snooze's `until` as an ISO-8601 string.
 *
 * @example
 * ```ts
 * import type { ScenarioEvent } from 'inbox-rules/testing';
 * const e: ScenarioEvent = { type: 'conversation.snoozed', conversation: 'c1', teammate: 'ana', until: '2026-01-06T09:00:00Z' };
 * ```
 * @category Testing
 */
export type ScenarioEvent = WorkspaceEvent extends infer E
  ? E extends ConversationSnoozedEvent
    ? Omit<E, 'at' | 'until'> & {
      /** Snooze until this ISO-8601 instant. */
      readonly until?: string | undefined;
    }
    : Omit<E, 'at'>
  : never;

/**
 * An expected effect: a partial {@link WorkspaceEffect} (the `type` and the fields to check), with
 * instants as ISO-8601 strings.
 *
 * @example
 * ```ts
 * import type { ScenarioEffect } from 'inbox-rules/testing';
 * const e: ScenarioEffect = { type: 'conversation.assigned', conversation: 'c1', teammate: 'ana' };
 * ```
 * @category Testing
 */
export type ScenarioEffect = WorkspaceEffect extends infer E
  ? E extends ConversationReopenedEffect
    ? Pick<E, 'type'> & Partial<Omit<E, 'type' | 'snoozedAt' | 'reopenedAt'>> & {
      /** When it had been snoozed (ISO-8601), or null when it was closed. */
      readonly snoozedAt?: string | null | undefined;
      /** When it reopened (ISO-8601). */
      readonly reopenedAt?: string | undefined;
    }
    : E extends WorkspaceEffect
      ? Pick<E, 'type'> & Partial<Omit<E, 'type'>>
      : never
  : never;

/**
 * What must hold about one conversation after a step; only the fields given are checked.
 *
 * @example
 * ```ts
 * import type { ScenarioConversationExpectation } from 'inbox-rules/testing';
 * const c: ScenarioConversationExpectation = { state: 'open', assignee: 'ana', team: 'billing' };
 * ```
 * @category Testing
 */
export interface ScenarioConversationExpectation {
  /** `"open"`, `"snoozed"` or `"closed"`. */
  readonly state?: 'open' | 'snoozed' | 'closed' | undefined;
  /** The teammate assignee; null = none. */
  readonly assignee?: string | null | undefined;
  /** The team assignee; null = none. */
  readonly team?: string | null | undefined;
  /** When the snooze ends (ISO-8601); null when not snoozed. */
  readonly snoozedUntil?: string | null | undefined;
  /** Whether a rating request was ever sent. */
  readonly ratingRequested?: boolean | undefined;
  /** The rating (only the fields given are checked); null = not rated. */
  readonly rating?: {
    /** The score. */
    readonly score?: number | undefined;
    /** The remark; null = none. */
    readonly comment?: string | null | undefined;
  } | null | undefined;
}

/**
 * What must hold about one teammate after a step.
 *
 * @example
 * ```ts
 * import type { ScenarioTeammateExpectation } from 'inbox-rules/testing';
 * const t: ScenarioTeammateExpectation = { status: 'away', openCount: 2 };
 * ```
 * @category Testing
 */
export interface ScenarioTeammateExpectation {
  /** `"active"` or `"away"`. */
  readonly status?: 'active' | 'away' | undefined;
  /** Open conversations assigned to the teammate (ASSIGN-16). */
  readonly openCount?: number | undefined;
}

/**
 * A step's expectations; every key is optional and checks only what it lists.
 *
 * @example
 * ```ts
 * import type { ScenarioExpectation } from 'inbox-rules/testing';
 * const e: ScenarioExpectation = { conversations: { c1: { assignee: 'ana' } }, effectsInclude: [{ type: 'rating.requested' }] };
 * ```
 * @category Testing
 */
export interface ScenarioExpectation {
  /** Per conversation id. */
  readonly conversations?: Readonly<Record<string, ScenarioConversationExpectation>> | undefined;
  /** Per teammate id. */
  readonly teammates?: Readonly<Record<string, ScenarioTeammateExpectation>> | undefined;
  /** Per teammate id: the conversations with an unread mention, any order. */
  readonly mentions?: Readonly<Record<string, {
    /** Conversation ids, any order. */
    readonly unread: readonly string[];
  }>> | undefined;
  /** Exactly the effects the step emitted (of the v1 types), any order, each a partial object. */
  readonly effects?: readonly ScenarioEffect[] | undefined;
  /** Effects that must be among those emitted, each matching a different one. */
  readonly effectsInclude?: readonly ScenarioEffect[] | undefined;
  /** The event is rejected with this error code (`"*"`: any code) and the workspace is unchanged. */
  readonly error?: string | undefined;
}

/**
 * One step of the timeline.
 *
 * @example
 * ```ts
 * import type { ScenarioStep } from 'inbox-rules/testing';
 * const step: ScenarioStep = {
 *   at: '2026-01-05T09:00:00Z',
 *   event: { type: 'conversation.created', conversation: 'c1', customers: ['u1'], text: 'Hi', team: 'billing' },
 *   expect: { conversations: { c1: { assignee: 'ana' } } },
 * };
 * ```
 * @category Testing
 */
export interface ScenarioStep {
  /** When the event happens (ISO-8601); never earlier than the previous step's. */
  readonly at: string;
  /** The event. */
  readonly event: ScenarioEvent;
  /** What must hold afterwards. */
  readonly expect?: ScenarioExpectation | undefined;
  /** A comment for readers; ignored. */
  readonly note?: string | undefined;
}

/**
 * A scenario file (format v1, SCENARIOS.md): a workspace, a timeline of events, and what must hold
 * after each.
 *
 * @example
 * ```ts
 * import type { Scenario } from 'inbox-rules/testing';
 * const s: Scenario = {
 *   name: 'time passes',
 *   workspace: {},
 *   steps: [{ at: '2026-01-05T09:00:00Z', event: { type: 'time.passed' } }],
 * };
 * ```
 * @category Testing
 */
export interface Scenario {
  /** The JSON Schema the file follows (for editors); ignored. */
  readonly $schema?: string | undefined;
  /** What the scenario shows, one line. */
  readonly name: string;
  /** A longer explanation; ignored. */
  readonly description?: string | undefined;
  /** The rule ids it checks (e.g. `"ASSIGN-17"`). */
  readonly rules?: readonly string[] | undefined;
  /** The workspace before the first step. */
  readonly workspace: ScenarioWorkspace;
  /** The timeline (at least one step). */
  readonly steps: readonly ScenarioStep[];
}

/**
 * One failed check of a step: what was checked (a path such as `conversations.c1.assignee`), the
 * value the file expects and the value found, both as JSON values (instants as ISO-8601 strings).
 *
 * @example
 * ```ts
 * import type { ScenarioFailure } from 'inbox-rules/testing';
 * const f: ScenarioFailure = { key: 'conversations.c1.assignee', expected: 'ana', actual: null };
 * ```
 * @category Testing
 */
export interface ScenarioFailure {
  /** What was checked: `conversations.<id>.<field>`, `teammates.<id>.<field>`, `mentions.<id>.unread`, `effects`, `effectsInclude`, `error` or `invariants`. */
  readonly key: string;
  /** The expected value, as the file gives it. */
  readonly expected: unknown;
  /** The value found (for `error`: `{ code, message }` of what was thrown, or null when the event was accepted). */
  readonly actual: unknown;
}

/**
 * The outcome of one step.
 *
 * @example
 * ```ts
 * import type { ScenarioStepReport } from 'inbox-rules/testing';
 * const s: ScenarioStepReport = { index: 0, at: '2026-01-05T09:00:00Z', event: 'time.passed', passed: true, failures: [] };
 * ```
 * @category Testing
 */
export interface ScenarioStepReport {
  /** The step's position, from 0 (as in the JSON path `$.steps[0]`). */
  readonly index: number;
  /** The step's `at`, as the file gives it. */
  readonly at: string;
  /** The event type. */
  readonly event: string;
  /** True when every check of the step passed. */
  readonly passed: boolean;
  /** The failed checks (empty when passed). */
  readonly failures: readonly ScenarioFailure[];
}

/**
 * What {@link runScenario} returns: every step with pass or fail and, for a failure, the expected
 * and actual values.
 *
 * @example
 * ```ts
 * import type { ScenarioReport } from 'inbox-rules/testing';
 * const r: ScenarioReport = { name: 'time passes', rules: [], passed: true, steps: [] };
 * ```
 * @category Testing
 */
export interface ScenarioReport {
  /** The scenario's name. */
  readonly name: string;
  /** The rule ids it checks. */
  readonly rules: readonly string[];
  /** True when every step passed. */
  readonly passed: boolean;
  /** Every step, in order. */
  readonly steps: readonly ScenarioStepReport[];
}
