// Starting an outbound conversation: sender, recipients, new contacts, assignee, warnings, and
// why notes wait until the message is sent.
// Run with: npx tsx examples/06-outbound.ts
import { addNote, createTeam, createTeammate, decideRatingRequest, isInboxRuleError } from '../src/index.js';
import {
  OUTBOUND_FLOW, addDraftNote, startOutboundConversation, type OutboundDraft, type StartOutboundConversationInput,
} from '../src/outbound/index.js';

const now = Date.parse('2026-01-05T09:00:00Z');
const context: Omit<StartOutboundConversationInput, 'draft' | 'id'> = {
  teammates: [
    createTeammate({ id: 'ana', name: 'Ana', email: 'ana@acme.test', canSendFromCustomAddresses: true }),
    createTeammate({ id: 'ben', name: 'Ben', email: 'ben@acme.test' }),
  ],
  teams: [createTeam({ id: 'billing', members: ['ana', 'ben'] })],
  contacts: [{ id: 'u1', email: 'jo@example.test' }],
  workspace: { customSenderAddresses: [{ address: 'billing@acme.test', forwarding: false }] },
  now,
};
console.log('flow (OUT-1):', OUTBOUND_FLOW.join(' -> '));

// #region send
const draft: OutboundDraft = {
  teammate: 'ana', channel: 'email', from: 'billing@acme.test',
  to: ['Jo@Example.test', 'sam@example.test', 'SAM@example.test'],
  assignTo: { team: 'billing' },
  text: 'Hi both, your new invoices are attached.',
  insertions: [{ kind: 'article', via: 'macro' }],
};
const started = startOutboundConversation({ id: 'c42', draft, ...context });
console.log('sender:', started.sender);
console.log('customers (one group conversation, OUT-9):', started.conversation.customers);
console.log('contacts to create (OUT-6):', started.createdContacts);
console.log('assignee applied after sending (OUT-8):', { teammate: started.conversation.teammate, team: started.conversation.team });
console.log('warnings:', started.warnings);
// A group conversation never gets a rating request (RATING-5).
console.log('rating on close:', decideRatingRequest({ conversation: started.conversation, now: now + 60_000 }));
// #endregion send

// #region notes
// No notes while composing (MENTION-12, OUT-10); afterwards they work as usual.
try {
  addDraftNote({ draft, teammate: 'ana', text: '@ben can you check the totals?' });
} catch (error) {
  if (isInboxRuleError(error)) console.log('note on the draft:', error.code);
}
const noted = addNote({ conversation: started.conversation, teammate: 'ana', text: '@ben can you check the totals?', now: now + 1_000 });
console.log('note after sending:', noted.conversation.parts.map((p) => p.type));
// #endregion notes

// #region rejected
// What the composer refuses, each with a stable code.
const attempts: Record<string, Partial<OutboundDraft>> = {
  'no recipients (OUT-5)': { to: [] },
  'invalid address (OUT-5)': { to: ['jo@example'] },
  'a teammate as recipient (OUT-7)': { to: ['BEN@acme.test'] },
  'unknown custom sender (OUT-3)': { from: 'sales@acme.test' },
  'sender without permission (OUT-3)': { teammate: 'ben' },
  'article inserted directly (OUT-11)': { insertions: [{ kind: 'article', via: 'direct' }] },
};
for (const [label, change] of Object.entries(attempts)) {
  try {
    startOutboundConversation({ id: 'c43', draft: { ...draft, ...change }, ...context });
    console.log(`${label}: accepted`);
  } catch (error) {
    if (isInboxRuleError(error)) console.log(`${label}: ${error.code}`);
  }
}
// #endregion rejected
