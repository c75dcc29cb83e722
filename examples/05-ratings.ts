// Conversation ratings (CSAT): when a close sends a rating request, who gets the credit, and how
// customers rate. Every decision prints its reasons.
// Run with: npx tsx examples/05-ratings.ts
import {
  CLOSING_CHECKLIST, applyRatingRequest, closeConversation, countRatingCharacters, createConversation, creditedTeammate,
  decideRatingRequest, isInboxRuleError, submitRating, type Conversation, type Part,
} from '../src/index.js';

const at = (iso: string): number => Date.parse(iso);
const customer = (text: string, when: string): Part => ({ type: 'customer-reply', author: 'u1', text, at: at(when) });
const teammate = (author: string, text: string, when: string): Part => ({ type: 'teammate-reply', author, text, at: at(when) });

// #region criteria
// A dialogue of 300 characters between one customer and a teammate, with Fin and a note around it.
const base: Conversation = createConversation({
  id: 'c1', createdAt: at('2026-01-05T09:00:00Z'), customers: ['u1'], channel: 'email', teammate: 'cy',
  parts: [
    customer('My invoice shows the wrong VAT number and I need it corrected before the end of the month, please. '.padEnd(150, '.'), '2026-01-05T09:00:00Z'),
    { type: 'bot-reply', author: 'fin', text: 'I am handing you over to the billing team.', at: at('2026-01-05T09:00:05Z') },
    teammate('ana', 'Thanks for flagging it! I have corrected the VAT number and re-sent the invoice to you just now. '.padEnd(150, '.'), '2026-01-05T09:30:00Z'),
    { type: 'note', author: 'ana', text: 'Fixed in the billing tool.', at: at('2026-01-05T09:31:00Z') },
  ],
});
const closeAt = at('2026-01-05T10:00:00Z');
console.log('characters counted:', countRatingCharacters(base)); // notes and Fin are not counted (RATING-4)
console.log('baseline close:', decideRatingRequest({ conversation: base, now: closeAt }));

// Each criterion flipped on its own gives exactly its reason (RATING-9).
const flips: Record<string, Conversation> = {
  'A: only Fin replied': createConversation({ ...base, parts: [...base.parts.filter((p) => p.type !== 'teammate-reply'), customer('x'.repeat(150), '2026-01-05T09:40:00Z')] }),
  'B: too short': createConversation({ ...base, parts: [customer('Hi', '2026-01-05T09:00:00Z'), teammate('ana', 'Done!', '2026-01-05T09:30:00Z')] }),
  'C: two customers': createConversation({ ...base, customers: ['u1', 'u2'] }),
  'E: closed before': createConversation({ ...base, closeCount: 1 }),
};
for (const [label, conversation] of Object.entries(flips)) console.log(`${label}:`, decideRatingRequest({ conversation, now: closeAt }));
console.log('D: closed 7 days + 1 ms after the last reply:', decideRatingRequest({ conversation: base, now: at('2026-01-12T09:30:00.001Z') }));
console.log('   exactly 7 days after:', decideRatingRequest({ conversation: base, now: at('2026-01-12T09:30:00Z') }).kind);
// #endregion criteria

// #region once
// Close, reopen, close again: only the first close can send (RATING-7, default 'first-close').
const short = createConversation({ ...base, parts: [customer('Hi', '2026-01-05T09:00:00Z'), teammate('ana', 'Hello!', '2026-01-05T09:01:00Z')] });
const first = applyRatingRequest({ conversation: short, now: at('2026-01-05T09:02:00Z'), closedBy: 'workflow' });
console.log('first close:', first.decision);
const reopened = createConversation({ ...closeConversation({ conversation: first.conversation, now: at('2026-01-05T09:02:00Z') }), state: 'open', closedAt: null, parts: base.parts });
console.log('second close, first-close:', decideRatingRequest({ conversation: reopened, now: closeAt }));
console.log('second close, until-sent:', decideRatingRequest({ conversation: reopened, now: closeAt, policy: 'until-sent' }));
// #endregion once

// #region attribution
// The last teammate reply gets the credit, not the assignee (cy) and not Fin (RATING-10).
console.log('credited teammate:', creditedTeammate(base), '| assignee:', base.teammate);
const sent = applyRatingRequest({ conversation: base, now: closeAt });
console.log('request recorded:', sent.conversation.ratingRequest);
// #endregion attribution

// #region rating
// The customer rates 3, then changes to 5 with a comment, which locks it (RATING-11, RATING-12).
const closed = closeConversation({ conversation: sent.conversation, now: closeAt });
const r1 = submitRating({ conversation: closed, score: 3, now: at('2026-01-05T11:00:00Z') });
console.log('first rating:', r1.record, 'changed:', r1.changed);
const r2 = submitRating({ conversation: r1.conversation, score: 5, comment: 'Quick fix, thanks!', now: at('2026-01-05T12:00:00Z') });
console.log('changed rating:', r2.record, 'changed:', r2.changed);
for (const attempt of [
  () => submitRating({ conversation: r2.conversation, score: 1, now: at('2026-01-05T13:00:00Z') }),
  () => submitRating({ conversation: closed, score: 7, now: at('2026-01-05T13:00:00Z') }),
  () => submitRating({ conversation: base, score: 4, now: at('2026-01-05T13:00:00Z') }),
]) {
  try {
    attempt();
  } catch (error) {
    if (isInboxRuleError(error)) console.log('rejected:', error.code);
  }
}
console.log('closing checklist (guidance, RATING-16):', CLOSING_CHECKLIST.map((item) => item.id));
// #endregion rating
