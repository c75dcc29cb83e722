// Model-based test of the whole lifecycle: random command sequences against a tiny reference
// model (state, snooze end, assignee), checking the invariants of CONV and SNOOZE after each step.
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CONVERSATION_STATES, type Conversation, type ConversationState, type Instant } from '../../src/index.js';
import {
  addBotReply, addCustomerReply, addNote, addTeammateReply, closeConversation, CONVERSATION_TRANSITIONS, reopenConversation,
  sendAndClose, type ConversationUpdate,
} from '../../src/conversation/index.js';
import { sendAndSnooze, snoozeConversation, wakeConversation } from '../../src/snooze/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { conversationInStateArb, lifecycleCommandArb, type LifecycleCommand } from '../arbitraries/conversation.js';

/** The reference model: what the rules say must happen, written independently of src/. */
interface Model {
  state: ConversationState;
  until: Instant | null;
  readonly assignee: string | null;
}
type Expected = { readonly error: string } | { readonly state: ConversationState; readonly reopenReason: string | null; readonly until?: Instant };

function expected(m: Model, cmd: LifecycleCommand, now: Instant): Expected {
  const stateful = (state: ConversationState, reopenReason: string | null = null): Expected => ({ state, reopenReason });
  switch (cmd.kind) {
    case 'customer-reply':
      return m.state === 'open' ? stateful('open') : stateful('open', 'customer-replied');
    case 'teammate-reply':
      return m.state === 'snoozed' && cmd.who !== m.assignee ? stateful('open', 'teammate-replied') : stateful(m.state);
    case 'note':
      return m.state === 'snoozed' && cmd.who !== m.assignee ? stateful('open', 'note-added') : stateful(m.state);
    case 'bot-reply':
      return stateful(m.state);
    case 'wake':
      return m.state === 'snoozed' && m.until !== null && now >= m.until ? stateful('open', 'snooze-ended') : stateful(m.state);
    case 'close':
    case 'send-and-close':
      return m.state === 'closed' ? { error: 'invalid-transition' } : stateful('closed');
    case 'reopen':
      return m.state === 'open' ? { error: 'invalid-transition' } : stateful('open', 'manual');
    case 'snooze':
    case 'send-and-snooze':
      if (m.state === 'closed') return { error: 'snooze-closed-conversation' };
      return cmd.forMs === 0 ? { error: 'snooze-in-the-past' } : { state: 'snoozed', reopenReason: null, until: now + cmd.forMs };
  }
}

function run(c: Conversation, cmd: LifecycleCommand, now: Instant): ConversationUpdate {
  const same = (conversation: Conversation): ConversationUpdate => ({ conversation, reopened: null });
  switch (cmd.kind) {
    case 'customer-reply': return addCustomerReply({ conversation: c, customer: 'u1', text: 'hi', now });
    case 'teammate-reply': return addTeammateReply({ conversation: c, teammate: cmd.who, text: 'reply', now });
    case 'bot-reply': return addBotReply({ conversation: c, bot: 'fin', text: 'bot', now });
    case 'note': return addNote({ conversation: c, teammate: cmd.who, text: 'note', now });
    case 'wake': return wakeConversation({ conversation: c, now });
    case 'close': return same(closeConversation({ conversation: c, now }));
    case 'send-and-close': return same(sendAndClose({ conversation: c, teammate: cmd.who, text: 'done', now }));
    case 'reopen': return reopenConversation({ conversation: c, teammate: cmd.who, now });
    case 'snooze': return same(snoozeConversation({ conversation: c, teammate: cmd.who, now, for: cmd.forMs }));
    case 'send-and-snooze': return same(sendAndSnooze({ conversation: c, teammate: cmd.who, text: 'later', now, for: cmd.forMs }));
  }
}

/** Replays the commands from `start` (inputs deep-frozen), calling `check` on every accepted step; refused ones change nothing. */
function replay(start: Conversation, commands: readonly LifecycleCommand[], check: (before: Conversation, cmd: LifecycleCommand, now: Instant, update: ConversationUpdate) => void): void {
  let c = deepFreeze(start);
  let now = c.snoozedAt ?? c.createdAt;
  for (const cmd of commands) {
    now += cmd.dt;
    let update: ConversationUpdate;
    try {
      update = run(c, cmd, now);
    } catch {
      continue;
    }
    check(c, cmd, now, update);
    c = deepFreeze(update.conversation);
  }
}

const runArb = fc.tuple(conversationInStateArb(), fc.array(lifecycleCommandArb, { maxLength: 25 }));

describe('conversation lifecycle (model-based)', () => {
  test.prop([runArb])(
    'CONV-1, CONV-2, CONV-4, SNOOZE-1, SNOOZE-4, SNOOZE-5, SNOOZE-6, SNOOZE-7, SNOOZE-8, SNOOZE-13, SNOOZE-14: every command agrees with the reference model, and every state change is a row of CONVERSATION_TRANSITIONS',
    ([start, commands]) => {
      let c = deepFreeze(start);
      const model: Model = { state: c.state, until: c.snoozedUntil, assignee: c.teammate };
      let now = c.snoozedAt ?? c.createdAt;
      for (const cmd of commands) {
        now += cmd.dt;
        const want = expected(model, cmd, now);
        if ('error' in want) {
          expect(() => run(c, cmd, now)).toThrow(expect.objectContaining({ code: want.error }));
          continue;
        }
        const { conversation: next, reopened } = run(c, cmd, now);
        expect(CONVERSATION_STATES).toContain(next.state);
        expect(next.state).toBe(want.state);
        expect(reopened?.reason ?? null).toBe(want.reopenReason);
        if (next.state !== c.state) {
          const row = CONVERSATION_TRANSITIONS.find((t) => t.from === c.state && t.to === next.state);
          expect(row).toBeDefined();
          if (reopened !== null) expect(row?.triggers).toContain(reopened.reason);
        }
        if (want.until !== undefined) expect(next.snoozedUntil).toBe(want.until);
        model.state = next.state;
        model.until = next.snoozedUntil;
        c = deepFreeze(next);
      }
    },
  );

  test.prop([runArb])(
    'SNOOZE-5, SNOOZE-6, SNOOZE-7, SNOOZE-8: a snoozed conversation is never open before snoozedUntil unless a customer reply, a reply or note by a non-assignee, or a manual reopen came',
    ([start, commands]) => {
      replay(start, commands, (before, cmd, now, { conversation: next }) => {
        if (before.state === 'snoozed' && next.state === 'open' && now < (before.snoozedUntil ?? 0)) {
          const interrupted =
            cmd.kind === 'customer-reply' || cmd.kind === 'reopen' ||
            ((cmd.kind === 'teammate-reply' || cmd.kind === 'note') && cmd.who !== before.teammate);
          expect(interrupted).toBe(true);
        }
      });
    },
  );

  test.prop([runArb])(
    'SNOOZE-9, SNOOZE-11: every reopening is recorded once with the snooze start it ended, and no command changes the team or teammate',
    ([start, commands]) => {
      replay(start, commands, (before, _cmd, _now, { conversation: next, reopened }) => {
        expect([next.team, next.teammate]).toEqual([before.team, before.teammate]);
        expect(next.reopenings).toEqual(reopened === null ? before.reopenings : [...before.reopenings, reopened]);
        if (reopened !== null) expect(reopened.snoozedAt).toBe(before.state === 'snoozed' ? before.snoozedAt : null);
        expect(next.snoozedAt !== null).toBe(next.state === 'snoozed');
        expect(next.snoozedUntil !== null).toBe(next.state === 'snoozed');
      });
    },
  );
});
