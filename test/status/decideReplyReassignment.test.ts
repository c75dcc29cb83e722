import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createTeammate } from '../../src/index.js';
import {
  CONVERSATION_ACTIVITY_TYPES, REPLY_REASSIGNMENT_REASONS, applyStatusChange, decideManualAssignability, decideReplyReassignment, teammateMode,
} from '../../src/status/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { activityArb, anyConversationArb, anyTeammateArb, conversationsArb, teammateInModeArb } from '../arbitraries/status.js';

const ben = createTeammate({ id: 'ben', status: 'away', reassignReplies: true });
const unassign = { kind: 'unassign', reason: 'assignee-away-reassigning' };

describe('decideReplyReassignment', () => {
  it('STATUS-8: an assignee who is away without reassign keeps the conversation when the customer replies', () => {
    const ana = createTeammate({ id: 'ana', status: 'away', awayReason: 'Lunch' });
    expect(decideReplyReassignment({ assignee: ana, replyType: 'customer-reply' })).toEqual({
      kind: 'keep', reason: 'assignee-away-without-reassign', reasons: ['assignee-away-without-reassign'],
    });
  });

  it('STATUS-9, STATUS-10: a customer reply to an Away + reassign assignee unassigns them (team or not: the destination is the assignment rules\' call)', () => {
    expect(decideReplyReassignment({ assignee: ben, replyType: 'customer-reply' })).toEqual(unassign);
  });

  it('STATUS-11: a reply by the assignee, another teammate\'s reply or note, a bot, a mention, an assignment or a snooze ending unassign nobody', () => {
    for (const replyType of ['teammate-reply', 'bot-reply', 'note', 'mention', 'assignment', 'snooze-ended'] as const) {
      expect(decideReplyReassignment({ assignee: ben, replyType })).toEqual({ kind: 'keep', reason: 'not-a-customer-reply', reasons: ['not-a-customer-reply'] });
    }
  });

  it('an active assignee keeps the conversation; a conversation without assignee has nobody to unassign; all reasons are listed', () => {
    const ana = createTeammate({ id: 'ana' });
    expect(decideReplyReassignment({ assignee: ana, replyType: 'customer-reply' })).toEqual({ kind: 'keep', reason: 'assignee-active', reasons: ['assignee-active'] });
    expect(decideReplyReassignment({ assignee: null, replyType: 'customer-reply' })).toEqual({ kind: 'keep', reason: 'no-assignee', reasons: ['no-assignee'] });
    expect(decideReplyReassignment({ assignee: ana, replyType: 'note' })).toEqual({
      kind: 'keep', reason: 'assignee-active', reasons: ['assignee-active', 'not-a-customer-reply'],
    });
  });

  it('STATUS-13: a manual assignment to an Away + reassign teammate holds until the next customer reply', () => {
    const ana = createTeammate({ id: 'ana' });
    const holiday = applyStatusChange({ teammate: ana, status: 'away', awayReason: 'Holiday', reassignReplies: true });
    expect(decideManualAssignability(holiday)).toEqual({ kind: 'allowed' });
    for (const replyType of ['assignment', 'teammate-reply', 'note'] as const) expect(decideReplyReassignment({ assignee: holiday, replyType }).kind).toBe('keep');
    expect(decideReplyReassignment({ assignee: holiday, replyType: 'customer-reply' })).toEqual(unassign);
  });

  it('STATUS-21, STATUS-8, STATUS-9: the course example: away for lunch keeps replies, away on holiday (reassign) hands them back', () => {
    const ana = createTeammate({ id: 'ana' });
    const lunch = applyStatusChange({ teammate: ana, status: 'away', awayReason: 'Lunch' });
    const holiday = applyStatusChange({ teammate: ana, status: 'away', awayReason: 'Holiday', reassignReplies: true });
    expect(decideReplyReassignment({ assignee: lunch, replyType: 'customer-reply' }).kind).toBe('keep');
    expect(decideReplyReassignment({ assignee: holiday, replyType: 'customer-reply' }).kind).toBe('unassign');
  });

  it('rejects an unknown activity, a missing input and an assignee that is not a teammate', () => {
    expect(() => decideReplyReassignment({ assignee: ben, replyType: 'email' as never })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => decideReplyReassignment(undefined as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => decideReplyReassignment({ assignee: 'ben' as never, replyType: 'note' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  test.prop([fc.option(anyTeammateArb, { nil: null }), activityArb])(
    'STATUS-9, STATUS-11: unassign exactly when a customer replies to an Away + reassign assignee',
    (assignee, replyType) => {
      const decision = decideReplyReassignment(deepFreeze({ assignee, replyType }));
      const triggers = assignee !== null && teammateMode(assignee) === 'away-reassigning' && replyType === 'customer-reply';
      expect(decision.kind).toBe(triggers ? 'unassign' : 'keep');
    },
  );

  test.prop([fc.option(anyTeammateArb, { nil: null }), activityArb])('reasons: a keep always lists every reason that applies, first one as reason, in documented order', (assignee, replyType) => {
    const decision = decideReplyReassignment({ assignee, replyType });
    if (decision.kind === 'keep') {
      expect(decision.reasons.length).toBeGreaterThan(0);
      expect(decision.reason).toBe(decision.reasons[0]);
      expect(decision.reasons.includes('not-a-customer-reply')).toBe(replyType !== 'customer-reply');
      const order = decision.reasons.map((r) => REPLY_REASSIGNMENT_REASONS.indexOf(r));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  test.prop([teammateInModeArb('away'), activityArb])('STATUS-8: an assignee away without reassign is never unassigned', (assignee, replyType) => {
    expect(decideReplyReassignment({ assignee, replyType }).kind).toBe('keep');
  });

  test.prop([teammateInModeArb('away-reassigning'), fc.constantFrom(...CONVERSATION_ACTIVITY_TYPES.filter((a) => a !== 'customer-reply'))])(
    'STATUS-11: nothing but a customer reply unassigns an Away + reassign assignee',
    (assignee, replyType) => {
      expect(decideReplyReassignment({ assignee, replyType })).toEqual({ kind: 'keep', reason: 'not-a-customer-reply', reasons: ['not-a-customer-reply'] });
    },
  );

  test.prop([teammateInModeArb('active', 'ana'), conversationsArb(['ana', 'ben']), fc.array(activityArb, { maxLength: 6 })])(
    'STATUS-12: switching on Away + reassign unassigns nothing by itself: each conversation waits for its own customer reply',
    (ana, conversations, activities) => {
      const reassigning = applyStatusChange({ teammate: deepFreeze(ana), status: 'away', reassignReplies: true });
      const teammates = new Map([[reassigning.id, reassigning], ['ben', createTeammate({ id: 'ben' })]]);
      for (const c of deepFreeze(conversations)) {
        const assignee = c.teammate === null ? null : teammates.get(c.teammate) ?? null;
        for (const replyType of activities) {
          const unassigns = decideReplyReassignment({ assignee, replyType }).kind === 'unassign';
          expect(unassigns).toBe(c.teammate === 'ana' && replyType === 'customer-reply');
        }
      }
    },
  );

  test.prop([teammateInModeArb('away-reassigning', 'ana'), anyConversationArb('c1', ['ana'])])(
    'STATUS-14: the conversation\'s state (open, snoozed, closed) does not matter: a customer reply unassigns the Away + reassign assignee',
    (ana, conversation) => {
      const assignee = conversation.teammate === ana.id ? ana : null;
      expect(decideReplyReassignment({ assignee, replyType: 'customer-reply' })).toEqual(
        assignee === null ? { kind: 'keep', reason: 'no-assignee', reasons: ['no-assignee'] } : unassign,
      );
    },
  );
});
