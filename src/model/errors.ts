/**
 * Every stable error code that {@link InboxRuleError} can carry, grouped by rule area.
 *
 * Codes are part of the public contract: they never change meaning within a major version, so
 * callers (and scenario files, via `expect.error`) can match on them.
 *
 * @example
 * ```ts
 * import { INBOX_RULE_ERROR_CODES } from 'inbox-rules';
 * INBOX_RULE_ERROR_CODES.includes('unknown-teammate'); // => true
 * ```
 * @category Model
 */
export const INBOX_RULE_ERROR_CODES = [
  // general input
  'invalid-argument',
  'invalid-id',
  'duplicate-id',
  'invalid-instant',
  'invalid-duration',
  'invalid-time-zone',
  'unknown-teammate',
  'unknown-team',
  'unknown-conversation',
  'unknown-contact',
  // teammate status (STATUS)
  'invalid-status',
  'away-reason-while-active',
  'reassign-while-active',
  // assignment (ASSIGN)
  'invalid-assignment-method',
  'invalid-assignment-limit',
  'invalid-open-count',
  'no-inbox-seat',
  'not-a-member',
  // conversation lifecycle and snooze (CONV, SNOOZE)
  'invalid-transition',
  'snooze-in-the-past',
  'snooze-closed-conversation',
  'invalid-snooze-preset',
  'invalid-snooze-presets',
  // mentions (MENTION)
  'note-before-send',
  'invalid-handle',
  'not-mentioned',
  // ratings (RATING)
  'invalid-score',
  'invalid-comment',
  'rating-not-requested',
  'rating-locked',
  // outbound (OUT)
  'no-recipients',
  'invalid-email',
  'teammate-recipient',
  'custom-sender-not-configured',
  'custom-sender-not-permitted',
  'insertion-not-allowed',
  'invalid-channel',
  // workspace and scenarios
  'invalid-event',
  'invalid-config',
  'time-went-backwards',
  'invalid-scenario',
  // testing kit (conformance)
  'not-conforming',
] as const;

/**
 * A stable, machine-readable error code: one of {@link INBOX_RULE_ERROR_CODES}.
 *
 * @example
 * ```ts
 * import type { InboxRuleErrorCode } from 'inbox-rules';
 * const code: InboxRuleErrorCode = 'snooze-in-the-past';
 * ```
 * @category Model
 */
export type InboxRuleErrorCode = (typeof INBOX_RULE_ERROR_CODES)[number];

/**
 * The one error type this library throws, for programmer errors and invalid input.
 *
 * Expected negative outcomes (nobody can take a conversation, a rating request is not sent) are
 * results with reasons, never errors. The `message` says what to fix; `code` is stable; `details`
 * carries the offending values as data (for logs, never for control flow).
 *
 * @example
 * ```ts
 * import { InboxRuleError, createTeammate } from 'inbox-rules';
 * try {
 *   createTeammate({ id: 'ana', assignmentLimit: 0 });
 * } catch (error) {
 *   if (error instanceof InboxRuleError) error.code; // => 'invalid-assignment-limit'
 * }
 * ```
 * @category Model
 */
export class InboxRuleError extends Error {
  /** The stable code; match on this, not on the message. */
  readonly code: InboxRuleErrorCode;
  /** The values that were wrong, as plain data. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - the stable code.
   * @param message - what was wrong and what to do about it.
   * @param details - the offending values, as plain data.
   */
  constructor(code: InboxRuleErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'InboxRuleError';
    this.code = code;
    this.details = details;
  }
}

/**
 * Whether a value is an {@link InboxRuleError}, optionally with a given code. Works across module
 * systems (ESM and CJS copies of the class), because it checks the name and code, not the prototype.
 *
 * @param value - anything caught.
 * @param code - when given, the error must also carry this code.
 * @returns true for an inbox-rules error (with that code).
 * @example
 * ```ts
 * import { isInboxRuleError, createTeammate } from 'inbox-rules';
 * try { createTeammate({ id: '' }); } catch (e) { isInboxRuleError(e, 'invalid-id'); } // => true
 * ```
 * @category Model
 */
export function isInboxRuleError(value: unknown, code?: InboxRuleErrorCode): value is InboxRuleError {
  if (!(value instanceof Error) || value.name !== 'InboxRuleError') return false;
  const actual = (value as { code?: unknown }).code;
  return typeof actual === 'string' && (code === undefined || actual === code);
}
