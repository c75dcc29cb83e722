// Conversation lifecycle and snooze: presets across time zones, reopening, the timer, composites.
// Run with: npx tsx examples/03-snooze.ts
import {
  addCustomerReply, addNote, addTeammateReply, closeConversation, createConversation, decideCloseOrSnooze, reopenConversation,
  sendAndClose,
} from '../src/index.js';
import {
  availableSnoozePresets, dueSnoozes, formatInstantInZone, formatReopening, sendAndSnooze, SNOOZE_PRESETS, snoozeConversation,
  snoozePresetTime, wakeConversation,
} from '../src/snooze/index.js';

const show = (instant: number | null, timezone: string): string =>
  instant === null ? '-' : formatInstantInZone({ instant, timezone, pattern: "EEE yyyy-MM-dd HH:mm xxx" });

// #region presets
// The same moment, three teammates: the presets follow each one's wall clock (SNOOZE-3).
const now = Date.parse('2026-03-28T12:00:00Z'); // a Saturday; Europe moves its clocks that night
for (const timezone of ['Europe/Berlin', 'America/New_York', 'Pacific/Chatham']) {
  console.log(`${timezone}: now ${show(now, timezone)}`);
  const menu = availableSnoozePresets({ now, timezone });
  for (const option of menu.options) console.log(`  ${option.preset.padEnd(11)} ${show(option.until, timezone)}`);
  for (const hidden of menu.hidden) console.log(`  ${hidden.preset.padEnd(11)} hidden: ${hidden.reason}`);
}
// Late in the evening "later today" is hidden: it would end after local midnight.
console.log('New York 22:00:', availableSnoozePresets({ now: Date.parse('2026-03-28T22:00:00-04:00'), timezone: 'America/New_York' }).hidden);
console.log('all presets:', SNOOZE_PRESETS);
// "Tomorrow 09:00" across the DST change is 09:00 local: 23 hours after Saturday 09:00 in Berlin.
const saturdayNine = Date.parse('2026-03-28T09:00:00+01:00');
const sunday = snoozePresetTime({ preset: 'tomorrow', now: saturdayNine, timezone: 'Europe/Berlin' });
console.log('Berlin Sat 09:00 -> tomorrow:', show(sunday, 'Europe/Berlin'), `(${(sunday - saturdayNine) / 3_600_000} h later)`);
// The preset times are configurable (SNOOZE-3).
console.log('tomorrow at 08:00 instead:', show(snoozePresetTime({ preset: 'tomorrow', now, timezone: 'UTC', presets: { tomorrowAt: '08:00' } }), 'UTC'));
// #endregion presets

// #region lifecycle
// Ana snoozes a conversation until tomorrow, explaining why in a note (SNOOZE-1, SNOOZE-16).
const c1 = createConversation({ id: 'c1', createdAt: now, teammate: 'ana', team: 'billing', customers: ['u1'] });
let c = snoozeConversation({ conversation: c1, teammate: 'ana', now, preset: 'tomorrow', timezone: 'Europe/Berlin', snoozeReason: 'Waiting for the refund' });
console.log('snoozed:', c.state, 'until', show(c.snoozedUntil, 'Europe/Berlin'), '| assignee kept:', c.teammate, c.team);

// Her own reply does not wake it (SNOOZE-7); a note by Ben does (SNOOZE-8).
c = addTeammateReply({ conversation: c, teammate: 'ana', text: 'Still on it', now: now + 60_000 }).conversation;
console.log('after her own reply:', c.state);
const byBen = addNote({ conversation: c, teammate: 'ben', text: '@ana refund is done', now: now + 120_000 });
console.log('after a note by ben:', byBen.conversation.state, byBen.reopened);

// A customer reply wakes a snoozed conversation before its time (SNOOZE-6)...
const byCustomer = addCustomerReply({ conversation: c, customer: 'u1', text: 'Any news?', now: now + 180_000 });
console.log('after a customer reply:', byCustomer.conversation.state, byCustomer.reopened?.reason);
// ...and reopens a closed one (CONV-2). Closing twice is an invalid transition.
const closed = closeConversation({ conversation: byCustomer.conversation, now: now + 240_000 });
console.log('closed:', closed.state, 'closeCount', closed.closeCount);
try {
  closeConversation({ conversation: closed, now: now + 250_000 });
} catch (error) {
  console.log('closing again:', (error as { code: string }).code);
}
console.log('manual reopen:', reopenConversation({ conversation: closed, teammate: 'ana', now: now + 300_000 }).reopened);
// #endregion lifecycle

// #region timer
// A backend runs the timer: find the ended snoozes, in order, and wake each (SNOOZE-5, SNOOZE-10).
const snoozed = (id: string, until: string) =>
  createConversation({ id, createdAt: now, teammate: 'ana', state: 'snoozed', snoozedAt: now, snoozedUntil: Date.parse(until) });
const inbox = [snoozed('c3', '2026-03-29T09:00:00Z'), snoozed('c2', '2026-03-29T07:00:00Z'), snoozed('c4', '2026-03-30T07:00:00Z')];
const tick = Date.parse('2026-03-29T09:00:00Z');
for (const due of dueSnoozes({ conversations: inbox, now: tick })) {
  const { reopened } = wakeConversation({ conversation: due, now: tick });
  if (reopened !== null) {
    // The audit trail in each viewer's own zone (SNOOZE-9).
    console.log(`${due.id} reopened (notify ana):`, formatReopening({ reopening: reopened, timezone: 'Europe/Berlin' }), '| for a viewer in Tokyo:', formatReopening({ reopening: reopened, timezone: 'Asia/Tokyo' }).reopenedAt);
  }
}
// #endregion timer

// #region composites
// "Send and snooze" and "send and close" (CONV-4); advice on which to use (CONV-3).
const c5 = createConversation({ id: 'c5', createdAt: now, teammate: 'ana', customers: ['u1'] });
const waiting = sendAndSnooze({ conversation: c5, teammate: 'ana', text: 'I asked billing, back to you soon.', now, for: 'P1D', timezone: 'Europe/Berlin' });
console.log('send and snooze:', waiting.state, show(waiting.snoozedUntil, 'Europe/Berlin'), waiting.parts.map((p) => p.type));
console.log('advice when waiting on the customer:', decideCloseOrSnooze({ resolved: false, waitingOn: 'customer' }));
const done = sendAndClose({ conversation: waiting, teammate: 'ana', text: 'Refunded, thanks!', now: now + 3_600_000 });
console.log('send and close:', done.state, done.parts.map((p) => p.type), 'reopenings:', done.reopenings.length);
// #endregion composites
