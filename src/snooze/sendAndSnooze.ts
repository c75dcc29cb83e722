import type { Conversation } from '../model/index.js';
import { addPart, neverReopens } from '../conversation/_lifecycle.js';
import { snoozeConversation } from './snoozeConversation.js';
import type { SnoozeConversationInput } from './types.js';

/**
 * Input of {@link sendAndSnooze}: a snooze command plus the reply's `text`.
 *
 * @example
 * ```ts
 * import { createConversation } from 'inbox-rules';
 * import type { SendAndSnoozeInput } from 'inbox-rules/snooze';
 * const input: SendAndSnoozeInput = {
 *   conversation: createConversation({ id: 'c1', createdAt: 0, teammate: 'ana' }), teammate: 'ana', now: 0, text: 'Will check', for: 'P1D', timezone: 'UTC',
 * };
 * ```
 * @category Snooze
 */
export type SendAndSnoozeInput = SnoozeConversationInput & {
  /** The reply the customer sees. */
  readonly text: string;
};

/**
 * "Send and snooze": appends the teammate's reply, then snoozes the conversation.
 *
 * CONV-4: the sender's own reply must not reopen the conversation (SNOOZE-7): the reply is part
 * of the command, so no reopening is recorded even when the sender is not the assignee of a
 * snoozed conversation, and the result is snoozed until the new end (SNOOZE-12). The reply ends
 * the customer's wait (LIST-6). Everything else is as in {@link snoozeConversation}; all or
 * nothing (a closed conversation throws and nothing is appended). Pure: the input is not mutated.
 *
 * @param input - {@link SnoozeOptions}, a {@link SnoozeTarget} and the reply's `text`.
 * @returns the snoozed conversation with the reply appended.
 * @throws {@link InboxRuleError} as {@link snoozeConversation} does.
 * @example
 * ```ts
 * import { createConversation } from 'inbox-rules';
 * import { sendAndSnooze } from 'inbox-rules/snooze';
 * const open = createConversation({ id: 'c1', createdAt: 0, teammate: 'ana' });
 * const c = sendAndSnooze({ conversation: open, teammate: 'ana', text: 'I will check with billing.', now: 0, until: 3_600_000 });
 * [c.state, c.snoozedUntil, c.parts.length]; // => ['snoozed', 3600000, 1]
 * ```
 * @category Snooze
 */
export function sendAndSnooze(input: SendAndSnoozeInput): Conversation {
  const { conversation } = addPart('sendAndSnooze', input, 'teammate-reply', neverReopens);
  return snoozeConversation({ ...input, conversation });
}
