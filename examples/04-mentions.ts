// Mentions: parsing @handles in internal notes, notifications, and each teammate's Mentions inbox.
// Run with: npx tsx examples/04-mentions.ts
import { createTeammate } from '../src/index.js';
import {
  COMPOSER_SHORTCUTS, createMentionsState, markMentionUnread, markMentionsRead, mentionsInPart, mentionsView, parseMentions,
  recordMentions, toggleComposerMode,
} from '../src/mentions/index.js';

const ana = createTeammate({ id: 'ana', name: 'Ana' });
const ben = createTeammate({ id: 'ben', name: 'Ben', handle: 'Ben' });
const lee = createTeammate({ id: 'lee', name: 'Lee', inboxSeat: false }); // no seat, still mentionable (MENTION-8)
const teammates = [ana, ben, lee];
const t0 = Date.parse('2026-01-05T09:00:00Z');

// #region parse
// Case-insensitive handles, punctuation ends a handle, duplicates collapse (MENTION-8, MENTION-9).
console.log(parseMentions({ text: '@ben, @BEN and @lee. Can you check?', teammates }));
// E-mail addresses, @@, URL paths and code are not mentions; unknown handles mention nobody.
console.log(parseMentions({ text: 'mail ana@acme.test, see https://x.test/@ana, run `@ana`, ask @bob', teammates }));
// #endregion parse

// #region notes-only
// Only an internal note mentions (MENTION-1): the same words in a reply mention nobody.
console.log('note :', mentionsInPart({ part: { type: 'note', author: 'ana', text: '@ben please look', at: t0 }, teammates }).mentioned);
console.log('reply:', mentionsInPart({ part: { type: 'teammate-reply', author: 'ana', text: '@ben will look', at: t0 }, teammates }).mentioned);
// #endregion notes-only

// #region inbox
// Ana's note mentions Ben and Lee: each is notified once, right away (MENTION-2, MENTION-9).
let state = createMentionsState();
const first = recordMentions({
  state, conversation: 'c1', teammates, now: t0,
  part: { type: 'note', author: 'ana', text: '@ben @lee can one of you take this? @ben', at: t0 },
});
state = first.state;
console.log('notified:', first.notified);

// Both see c1 under Mentions, unread (MENTION-3, MENTION-4).
console.log('ben unread:', mentionsView({ state, teammate: 'ben', filter: 'unread' }));
console.log('lee unread:', mentionsView({ state, teammate: 'lee', filter: 'unread' }));

// Ben opens c1: his mention is read, Lee's is not (MENTION-4, MENTION-7). It stays under "all" (MENTION-3).
state = markMentionsRead({ state, teammate: 'ben', conversation: 'c1' });
console.log('after ben opens c1 -> ben unread:', mentionsView({ state, teammate: 'ben', filter: 'unread' }),
  'ben all:', mentionsView({ state, teammate: 'ben' }), 'lee unread:', mentionsView({ state, teammate: 'lee', filter: 'unread' }));

// Ben marks it unread again (MENTION-5), opens it, then a new mention makes it unread again (MENTION-10).
state = markMentionUnread({ state, teammate: 'ben', conversation: 'c1' });
console.log('marked unread:', mentionsView({ state, teammate: 'ben', filter: 'unread' }));
state = markMentionsRead({ state, teammate: 'ben', conversation: 'c1' });
state = recordMentions({
  state, conversation: 'c1', teammates, now: t0 + 60_000,
  part: { type: 'note', author: 'lee', text: 'Done, @Ben.', at: t0 + 60_000 },
}).state;
console.log('new mention -> ben unread:', mentionsView({ state, teammate: 'ben', filter: 'unread' }));
// #endregion inbox

// #region edge-cases
// A self-mention notifies nobody by default; an ambiguous handle notifies nobody (Beyond-22).
const twins = [ana, createTeammate({ id: 'sam-1', handle: 'Sam' }), createTeammate({ id: 'sam-2', handle: 'sam' })];
const edge = recordMentions({
  state: createMentionsState(), conversation: 'c2', teammates: twins, now: t0,
  part: { type: 'note', author: 'ana', text: 'note to self @ana, and @sam?', at: t0 },
});
console.log('edge notified:', edge.notified, 'skipped:', edge.skipped);
// Without a mention, "Mark unread" is rejected by default, or ignored on request.
try {
  markMentionUnread({ state, teammate: 'ana', conversation: 'c1' });
} catch (error) {
  console.log('mark unread without a mention:', (error as { code?: string }).code);
}
// #endregion edge-cases

// #region storage
// The state is plain JSON: store it, and load it back through createMentionsState.
const stored = JSON.stringify(state);
const loaded = createMentionsState(JSON.parse(stored) as Parameters<typeof createMentionsState>[0]);
console.log('stored:', stored);
console.log('reloaded ben all:', mentionsView({ state: loaded, teammate: 'ben' }));
// #endregion storage

// #region composer
// MENTION-13 (UI only): N = note, R = reply, double-click toggles.
console.log('shortcuts:', COMPOSER_SHORTCUTS, 'double-click on reply ->', toggleComposerMode({ mode: 'reply' }));
// #endregion composer
