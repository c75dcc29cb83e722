// Assignment: balanced (workload management), the backlog, round robin, manual assignment and
// reassign-on-reply, each decision with its reasons.
// Run with: npx tsx examples/02-assignment.ts
import {
  applyManualAssignment, createConversation, createTeam, createTeammate, decideBalancedAssignee, decideReassignOnReply,
  drainBacklog, drainBacklogs, routeArrival, withOpenCounts, type Conversation, type Team, type Teammate,
} from '../src/index.js';

const at = (hhmm: string): number => Date.parse(`2026-01-05T${hhmm}:00Z`);
/** Replaces the changed values in a list (what a backend does with `changedTeammates`). */
const merge = <T extends { readonly id: string }>(list: readonly T[], changed: readonly T[]): T[] => list.map((x) => changed.find((c) => c.id === x.id) ?? x);

// #region balanced
// Balanced: eligible = member, active, with a seat, under the limit; fewest open wins (ASSIGN-13, ASSIGN-15).
const billing = createTeam({ id: 'billing', name: 'Billing', assignment: 'balanced', members: ['ana', 'ben', 'cy', 'dee'] });
let people: Teammate[] = [
  createTeammate({ id: 'ana', name: 'Ana', openCount: 1, lastAssignedAt: at('10:00'), assignmentLimit: 3 }),
  createTeammate({ id: 'ben', name: 'Ben', openCount: 1, lastAssignedAt: at('09:00'), assignmentLimit: 3 }),
  createTeammate({ id: 'cy', name: 'Cy', status: 'away' }),
  createTeammate({ id: 'dee', name: 'Dee', openCount: 3, assignmentLimit: 3 }),
  createTeammate({ id: 'eve', name: 'Eve' }),
];
const pick = decideBalancedAssignee({ team: billing, teammates: people });
console.log('balanced pick:', pick.kind === 'assigned' ? `${pick.teammate} (${pick.reason})` : pick.reasons);
for (const c of pick.considered) console.log(`  ${c.teammate}: ${c.eligible ? 'eligible' : 'not eligible'}`, c.reasons);
// #endregion balanced

// #region backlog
// The worked example ASSIGN-20: limit 3, A=0 (last 10:00), B=2 (last 09:00), five conversations wait.
const ab = createTeam({ id: 'ab', assignment: 'balanced', members: ['A', 'B'] });
const queue = [1, 2, 3, 4, 5].map((n) => createConversation({ id: `q${n}`, createdAt: at(`08:0${n}`), team: 'ab' }));
const drained = drainBacklog({
  team: ab,
  teammates: [
    createTeammate({ id: 'A', assignmentLimit: 3, openCount: 0, lastAssignedAt: at('10:00') }),
    createTeammate({ id: 'B', assignmentLimit: 3, openCount: 2, lastAssignedAt: at('09:00') }),
  ],
  conversations: queue,
  now: at('11:00'),
});
for (const a of drained.assignments) console.log(`drain: ${a.conversation} -> ${a.teammate} (${a.reason})`);
for (const w of drained.waiting) console.log(`still waiting in ${w.team}:`, w.conversations, w.reasons);

// A teammate in two balanced inboxes gets the next conversation across both by queue order (ASSIGN-27).
const shared = drainBacklogs({
  teams: [createTeam({ id: 'sales', assignment: 'balanced', members: ['eve'] }), createTeam({ id: 'vip-sales', assignment: 'balanced', members: ['eve'] })],
  teammates: [createTeammate({ id: 'eve', assignmentLimit: 1 })],
  conversations: [createConversation({ id: 's1', createdAt: at('08:30'), team: 'sales' }), createConversation({ id: 'v1', createdAt: at('08:45'), team: 'vip-sales', priority: true })],
  now: at('11:00'),
});
console.log('across inboxes:', shared.assignments.map((a) => `${a.conversation} (${a.team}) -> ${a.teammate}`), 'waiting:', shared.waiting.map((w) => w.conversations));
// #endregion backlog

// #region arrival
// A workflow routes a new conversation to Billing; balanced picks at once (ASSIGN-2, ASSIGN-22).
const arrival = routeArrival({ conversation: createConversation({ id: 'c1', createdAt: at('11:00') }), team: billing, teammates: people, now: at('11:00') });
console.log('arrival in billing ->', arrival.conversation.teammate, arrival.decision.kind === 'assigned' ? arrival.decision.reason : arrival.decision.reasons);
people = merge(people, arrival.changedTeammates);

// Round robin: name order, away members skipped, limits ignored, once at arrival (ASSIGN-28 to ASSIGN-32).
let vip: Team = createTeam({ id: 'vip', assignment: 'round-robin', members: ['eve', 'cy', 'ana', 'ben'] });
const rotation: (string | null)[] = [];
for (let i = 0; i < 5; i++) {
  const r = routeArrival({ conversation: createConversation({ id: `v${i}`, createdAt: at('11:05') }), team: vip, teammates: people, now: at('11:05') + i });
  rotation.push(r.conversation.teammate);
  vip = r.team;
  people = merge(people, r.changedTeammates);
}
console.log('round robin (Cy is away):', rotation);
const byHand = routeArrival({ conversation: createConversation({ id: 'v9', createdAt: at('11:10') }), team: vip, teammates: people, via: 'manual', now: at('11:10') });
console.log('moved into vip by hand:', byHand.conversation.teammate, byHand.decision.kind === 'unassigned' ? byHand.decision.reasons : []);
// #endregion arrival

// #region manual
// Manual assignment keeps the team, ignores status and limits, needs a seat (ASSIGN-5, ASSIGN-8, ASSIGN-9).
const full = createTeammate({ id: 'dee', name: 'Dee', openCount: 3, assignmentLimit: 3 });
const c2: Conversation = createConversation({ id: 'c2', createdAt: at('11:20'), team: 'billing' });
const toDee = applyManualAssignment({ conversation: c2, to: { teammate: 'dee' }, teammates: [full], teams: [billing], now: at('11:20') });
console.log('manual to Dee (at her limit):', toDee.conversation.team, toDee.conversation.teammate, 'openCount now', toDee.changedTeammates[0]?.openCount);
const back = applyManualAssignment({ conversation: toDee.conversation, to: { team: 'billing' }, teammates: toDee.changedTeammates, teams: [billing], now: at('11:25') });
console.log('back to the Billing inbox:', back.conversation.teammate, back.followUp, 'drain:', back.drain);
try {
  applyManualAssignment({ conversation: c2, to: { teammate: 'sam' }, teammates: [createTeammate({ id: 'sam', inboxSeat: false })], teams: [billing], now: at('11:30') });
} catch (error) {
  console.log('seatless teammate:', (error as { code?: string }).code);
}
// #endregion manual

// #region reply
// Reassign on reply: only a customer reply to an Away + reassign teammate's conversation unassigns (STATUS-9 to STATUS-11).
const tom = createTeammate({ id: 'tom', status: 'away', reassignReplies: true, openCount: 1 });
const team = createTeam({ id: 'support', assignment: 'balanced', members: ['tom', 'eve'] });
const held = createConversation({ id: 'c3', createdAt: at('08:00'), team: 'support', teammate: 'tom' });
const base = { teammates: [tom, createTeammate({ id: 'eve' })], teams: [team], now: at('12:00') };
console.log('a note:', decideReassignOnReply({ ...base, conversation: held, replyType: 'note', defaultAssignee: null }).kind);
const replied = decideReassignOnReply({ ...base, conversation: held, replyType: 'customer-reply', defaultAssignee: null });
console.log('customer reply:', replied.kind, replied.kind === 'unassign' ? replied.destination : null, 'drain:', replied.drain);
const orphan = createConversation({ id: 'c4', createdAt: at('08:00'), teammate: 'tom' });
const toDefault = decideReassignOnReply({ ...base, conversation: orphan, replyType: 'customer-reply', defaultAssignee: { teammate: 'tom' } });
console.log('no team, default is Tom himself:', toDefault.kind === 'unassign' ? toDefault.destination : null);
// #endregion reply

// #region counts
// A backend with its own database computes openCount from its conversations (ASSIGN-16).
const counted = withOpenCounts({ teammates: [createTeammate({ id: 'ana' })], conversations: [...queue.slice(0, 2).map((c) => createConversation({ ...c, teammate: 'ana' }))] });
console.log('ana openCount:', counted[0]?.openCount);
// #endregion counts
