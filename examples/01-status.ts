// Teammate status: modes, away reasons, reassign replies, seats and what customers see.
// Run with: npx tsx examples/01-status.ts
import {
  applyStatusChange, createConversation, createTeammate, decideAutoAssignmentAvailability, decideManualAssignability,
  decideReplyReassignment, messengerPresence, planSeatRemoval, recommendStatus, statusColour, teammateCapabilities, teammateMode,
} from '../src/index.js';

// #region modes
// A new teammate is active (STATUS-2) and in the automatic-assignment pools.
const ana = createTeammate({ id: 'ana', name: 'Ana' });
console.log('new teammate:', teammateMode(ana), statusColour(ana), decideAutoAssignmentAvailability(ana));

// Going to lunch: Away, which opts her out of balanced assignment and round robin (STATUS-3, STATUS-21).
const lunch = applyStatusChange({ teammate: ana, ...recommendStatus({ absence: 'lunch' }), awayReason: 'Lunch' });
console.log('at lunch:', teammateMode(lunch), lunch.awayReason, statusColour(lunch), decideAutoAssignmentAvailability(lunch));

// Back at her desk: active again, the reason is cleared (STATUS-4, STATUS-5).
const back = applyStatusChange({ teammate: lunch, status: 'active' });
console.log('back:', teammateMode(back), back.awayReason, decideAutoAssignmentAvailability(back));
// #endregion modes

// #region reassign
// On holiday: Away + reassign (STATUS-21). A customer reply unassigns her (STATUS-9); nothing else does (STATUS-11).
const holiday = applyStatusChange({ teammate: back, ...recommendStatus({ absence: 'holiday' }), awayReason: 'Holiday' });
console.log('on holiday:', teammateMode(holiday));
console.log('  customer replies:', decideReplyReassignment({ assignee: holiday, replyType: 'customer-reply' }));
console.log('  a colleague adds a note:', decideReplyReassignment({ assignee: holiday, replyType: 'note' }));
// Away never blocks a manual assignment (STATUS-7).
console.log('  can still be assigned by hand:', decideManualAssignability(holiday));
// Away without reassign keeps the conversation (STATUS-8).
console.log('at lunch, customer replies:', decideReplyReassignment({ assignee: lunch, replyType: 'customer-reply' }));
// #endregion reassign

// #region presence
// What customers see is not the status (STATUS-19): no tab for more than 5 minutes appears away.
const now = Date.parse('2026-01-05T09:00:00Z');
console.log('tab closed 5 min ago:', messengerPresence({ teammate: back, lastSeenAt: now - 5 * 60_000, now }));
console.log('tab closed 6 min ago:', messengerPresence({ teammate: back, lastSeenAt: now - 6 * 60_000, now }));
console.log('  still available for assignment:', decideAutoAssignmentAvailability(back));
// #endregion presence

// #region seats
// Without an inbox seat: no assignment, but mentions, notifications and notes (STATUS-15, STATUS-16).
const lee = createTeammate({ id: 'lee', inboxSeat: false });
console.log('no seat:', teammateCapabilities(lee));

// Removing a seat hands every conversation to a successor with a seat (STATUS-17).
const ben = createTeammate({ id: 'ben', name: 'Ben', openCount: 1 });
const plan = planSeatRemoval({
  teammate: ben,
  successor: back,
  conversations: [
    createConversation({ id: 'c1', createdAt: now, teammate: 'ben', team: 'billing' }),
    createConversation({ id: 'c2', createdAt: now, teammate: 'ben', state: 'closed' }),
    createConversation({ id: 'c3', createdAt: now, teammate: 'cy' }),
  ],
  now,
});
console.log('seat removal hands over:', plan.handedOver, '->', plan.conversations.map((c) => `${c.id}:${String(c.teammate)}`).join(' '));
console.log('  ben has a seat:', plan.teammate.inboxSeat, '| ana open count:', plan.successor.openCount);
// #endregion seats
