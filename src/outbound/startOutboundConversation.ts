import { assertArray, assertId, assertInstant, assertOneOf, assertRecord, assertString, fail, indexById, own, show } from '../_internal/validate.js';
import { CHANNELS, createConversation, createTeam, createTeammate, type TeamInput, type TeammateInput } from '../model/index.js';
import { resolveAssignee } from './_assignee.js';
import { checkInsertions } from './_insertions.js';
import { matchContacts, readRecipients } from './_recipients.js';
import { resolveSender } from './_sender.js';
import type { KnownContact, StartOutboundConversationInput, StartedOutboundConversation } from './types.js';

function readContacts(value: unknown): readonly KnownContact[] {
  const contacts = assertArray(value, 'contacts').map((entry, i) => {
    const rec = assertRecord(entry, `contacts[${i}]`);
    const email = own(rec, 'email') ?? null;
    return { id: assertId(own(rec, 'id'), `contacts[${i}].id`), email: email === null ? null : assertString(email, `contacts[${i}].email`) };
  });
  indexById(contacts, 'contact');
  return contacts;
}

/**
 * Sends a new outbound conversation from a teammate's draft: one conversation, the contacts to
 * create, and the warnings (OUT-1 to OUT-12).
 *
 * It performs the `send` and `apply-assignee` steps of {@link OUTBOUND_FLOW} (OUT-1), checking the
 * draft in the order of the flow (channel, sender, recipients, assignee, message), so the error
 * thrown is the one of the earliest failing step:
 * - Sender (OUT-2, OUT-3, OUT-4): the composing teammate by default. A custom address (email
 *   only) must be set up in the workspace, else `custom-sender-not-configured` (checked first),
 *   and the teammate needs "Can send outbound emails from custom addresses", else
 *   `custom-sender-not-permitted`. If the address has forwarding off, replies won't reach the
 *   inbox: warning `custom-sender-forwarding-off`.
 * - Recipients (OUT-5, OUT-7): at least one (`no-recipients`), each a valid address
 *   (`invalid-email`; *Resolve:* trimmed, then ASCII dot-atom local part of at most 64 characters,
 *   `@`, and a domain of two or more letter/digit/hyphen labels whose last label is not all
 *   digits), duplicates removed case-insensitively keeping the first spelling, and never a
 *   teammate's address, compared case-insensitively (`teammate-recipient`; `@mention` them in a
 *   note after sending instead). Errors list every offending address in `details`.
 * - Contacts (OUT-6): an address matching an existing contact (case-insensitively; the smallest
 *   id if several share it) reuses it; any other creates a contact, returned as data with the
 *   deterministic id `'contact:' + lower-cased address`.
 * - One conversation (OUT-9, *Resolve*): all recipients are its customers, in order, so with
 *   several it is a group conversation that never gets a rating request (RATING-5).
 * - The message is a teammate reply by the composing teammate at `now`, and `startedBy` is that
 *   teammate, so rating criterion A holds (OUT-12, RATING-2, RATING-8), whoever the sender is.
 * - Assignee (OUT-8), applied after sending: *Resolve:* by default the sending teammate (or
 *   unassigned when they have no inbox seat); `null` leaves it unassigned (the alternative
 *   reading); `{ teammate }` (needs a seat: `no-inbox-seat`) or `{ team }`. A team's assignment
 *   method is not run here.
 * - Insertions (OUT-11): on the email channel an app, article or product tour inserted directly is
 *   rejected (`insertion-not-allowed`); through a macro it is allowed with the warning
 *   `insertion-may-not-display`. On Messenger they pass.
 * - Notes can't be part of a draft (OUT-10, MENTION-12): see {@link addDraftNote}.
 *
 * @param input - the new conversation's `id`, the `draft`, the workspace's `teammates`, `teams`
 *   and `contacts`, its custom sender addresses (`workspace`), and `now` (the send time).
 * @returns `{ conversation, sender, createdContacts, warnings }`.
 * @throws {@link InboxRuleError} `no-recipients`, `invalid-email`, `teammate-recipient`,
 *   `custom-sender-not-configured`, `custom-sender-not-permitted`, `insertion-not-allowed`,
 *   `unknown-teammate`, `unknown-team`, `no-inbox-seat`, `duplicate-id`, `invalid-channel`,
 *   `invalid-instant`, `invalid-id`, or `invalid-argument` (a blank message, a custom sender on
 *   Messenger, a malformed field).
 * @example
 * ```ts
 * import { createTeammate } from 'inbox-rules';
 * import { startOutboundConversation } from 'inbox-rules/outbound';
 * const result = startOutboundConversation({
 *   id: 'c9',
 *   draft: {
 *     teammate: 'ana', channel: 'email', from: 'help@acme.test', text: 'Your order shipped.',
 *     to: ['u1@example.test', 'NEW@example.test', 'new@example.test'],
 *     insertions: [{ kind: 'article', via: 'macro' }],
 *   },
 *   teammates: [createTeammate({ id: 'ana', email: 'ana@acme.test', canSendFromCustomAddresses: true })],
 *   contacts: [{ id: 'u1', email: 'U1@example.test' }],
 *   workspace: { customSenderAddresses: [{ address: 'help@acme.test', forwarding: false }] },
 *   now: 1_000,
 * });
 * result.conversation.customers; // => ['u1', 'contact:new@example.test']
 * result.conversation.teammate; // => 'ana'
 * result.sender; // => { type: 'custom-address', address: 'help@acme.test' }
 * result.createdContacts; // => [{ id: 'contact:new@example.test', email: 'NEW@example.test' }]
 * result.warnings;
 * // => [{ code: 'custom-sender-forwarding-off', address: 'help@acme.test' },
 * //     { code: 'insertion-may-not-display', insertion: 'article' }]
 * ```
 * @category Outbound
 */
export function startOutboundConversation(input: StartOutboundConversationInput): StartedOutboundConversation {
  const raw = assertRecord(input, 'startOutboundConversation input');
  const now = assertInstant(own(raw, 'now'), 'now');
  const teammates = indexById(assertArray(own(raw, 'teammates'), 'teammates').map((t) => createTeammate(t as TeammateInput)), 'teammate');
  const teamIds = new Set(assertArray(own(raw, 'teams') ?? [], 'teams').map((t) => createTeam(t as TeamInput).id));
  const draft = assertRecord(own(raw, 'draft'), 'draft');
  const senderId = assertId(own(draft, 'teammate'), 'draft.teammate');
  const teammate = teammates.get(senderId);
  if (teammate === undefined) fail('unknown-teammate', `draft.teammate ${show(senderId)} is not among the teammates passed in.`, { teammate: senderId });
  const channel = assertOneOf(own(draft, 'channel'), CHANNELS, 'draft.channel', 'invalid-channel');
  const { sender, warnings: senderWarnings } = resolveSender(own(draft, 'from'), teammate, channel, own(raw, 'workspace'));
  const { customers, createdContacts } = matchContacts(readRecipients(own(draft, 'to'), [...teammates.values()]), readContacts(own(raw, 'contacts')));
  const assignee = resolveAssignee(own(draft, 'assignTo'), teammate, teammates, teamIds);
  const text = assertString(own(draft, 'text'), 'draft.text');
  if (text.trim() === '') fail('invalid-argument', 'draft.text is blank; write the message before sending.', {});
  const insertionWarnings = checkInsertions(own(draft, 'insertions'), channel);

  const conversation = createConversation({
    id: assertId(own(raw, 'id'), 'id'), createdAt: now, customers, channel, startedBy: teammate.id,
    parts: [{ type: 'teammate-reply', author: teammate.id, text, at: now }],
    teammate: assignee.teammate, team: assignee.team, assignedManually: assignee.teammate !== null,
  });
  return { conversation, sender, createdContacts, warnings: [...senderWarnings, ...insertionWarnings] };
}
