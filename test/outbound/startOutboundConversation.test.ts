import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CHANNELS, createConversation, createTeam, createTeammate, type Part } from '../../src/index.js';
import {
  INSERTION_KINDS, INSERTION_METHODS, OUTBOUND_FLOW, startOutboundConversation, type KnownContact, type OutboundDraft, type StartOutboundConversationInput,
} from '../../src/outbound/index.js';
import { decideRatingRequest } from '../../src/ratings/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { idArb } from '../arbitraries/model.js';

const T0 = Date.UTC(2026, 0, 5, 9);
const ana = createTeammate({ id: 'ana', email: 'ana@acme.test', canSendFromCustomAddresses: true });
const ben = createTeammate({ id: 'ben', email: 'Ben@Acme.test' });
const sam = createTeammate({ id: 'sam', email: 'sam@acme.test', inboxSeat: false });
const contacts: KnownContact[] = [{ id: 'u1', email: 'u1@example.test' }, { id: 'u2', email: null }];
const workspace = { customSenderAddresses: [{ address: 'help@acme.test', forwarding: true }, { address: 'sales@acme.test', forwarding: false }] };

function start(draft: Partial<OutboundDraft> = {}, extra: Partial<StartOutboundConversationInput> = {}) {
  return startOutboundConversation({
    id: 'c1', draft: { teammate: 'ana', channel: 'email', to: ['u1@example.test'], text: 'Hello', ...draft },
    teammates: [ana, ben, sam], teams: [createTeam({ id: 'billing' })], contacts, workspace, now: T0, ...extra,
  });
}
const code = (c: string): Error => expect.objectContaining({ code: c }) as Error;

/** Randomly upper-cases letters of an address: a case variation of the same address. */
const caseVariantArb = (address: string): fc.Arbitrary<string> =>
  fc.array(fc.boolean(), { minLength: address.length, maxLength: address.length })
    .map((ups) => Array.from(address).map((ch, i) => (ups[i] ? ch.toUpperCase() : ch)).join(''));

describe('startOutboundConversation: flow and sender', () => {
  it('OUT-1: the flow is compose, conversation, channel, sender, recipients, assignee, write, send, then the assignee is applied', () => {
    expect(OUTBOUND_FLOW).toEqual(['compose', 'choose-conversation', 'pick-channel', 'pick-sender', 'add-recipients', 'choose-assignee', 'write', 'send', 'apply-assignee']);
  });

  it('OUT-1: the draft is checked in flow order, so the earliest failing step is reported', () => {
    expect(() => start({ from: 'nope@acme.test', to: [] })).toThrow(code('custom-sender-not-configured'));
    expect(() => start({ to: ['bad'], assignTo: { teammate: 'ghost' } })).toThrow(code('invalid-email'));
    expect(() => start({ assignTo: { teammate: 'ghost' }, text: '' })).toThrow(code('unknown-teammate'));
    expect(() => start({ text: ' ', insertions: [{ kind: 'app', via: 'direct' }] })).toThrow(code('invalid-argument'));
  });

  it('OUT-2, OUT-12: by default the message is sent as the composing teammate, as their reply, and they started it', () => {
    const r = start();
    expect(r.sender).toEqual({ type: 'teammate', teammate: 'ana' });
    expect(r.conversation.parts).toEqual([{ type: 'teammate-reply', author: 'ana', text: 'Hello', at: T0 }]);
    expect(r.conversation.startedBy).toBe('ana');
    expect(start({ from: 'ANA@acme.test' }).sender).toEqual({ type: 'teammate', teammate: 'ana' });
    expect(start({ from: null }).sender).toEqual({ type: 'teammate', teammate: 'ana' });
  });

  it('OUT-3: a custom address needs to be set up in the workspace (checked first) and the teammate permission', () => {
    expect(start({ from: 'HELP@acme.test' }).sender).toEqual({ type: 'custom-address', address: 'help@acme.test' });
    expect(() => start({ from: 'other@acme.test' })).toThrow(code('custom-sender-not-configured'));
    expect(() => start({ teammate: 'ben', from: 'help@acme.test' })).toThrow(code('custom-sender-not-permitted'));
    expect(() => start({ teammate: 'ben', from: 'other@acme.test' })).toThrow(code('custom-sender-not-configured'));
    expect(() => start({ channel: 'messenger', from: 'help@acme.test' })).toThrow(code('invalid-argument'));
  });

  it('OUT-4: a custom address without forwarding sends, with a warning that replies will not reach the inbox', () => {
    expect(start({ from: 'sales@acme.test' }).warnings).toEqual([{ code: 'custom-sender-forwarding-off', address: 'sales@acme.test' }]);
    expect(start({ from: 'help@acme.test' }).warnings).toEqual([]);
  });

  test.prop([fc.constantFrom('ana', 'ben', 'sam'), fc.constantFrom('email' as const, 'messenger' as const)])('OUT-2: without a chosen sender, every teammate sends as themselves', (teammate, channel) => {
    expect(start({ teammate, channel }).sender).toEqual({ type: 'teammate', teammate });
  });

  test.prop([fc.boolean(), fc.constantFrom('help@acme.test', 'sales@acme.test', 'other@acme.test')])(
    'OUT-3, OUT-4: a custom sender is accepted exactly when configured and permitted, and warns exactly when forwarding is off',
    (permitted, from) => {
      const me = createTeammate({ id: 'me', email: 'me@acme.test', canSendFromCustomAddresses: permitted });
      const run = () => start({ teammate: 'me', from }, { teammates: [me] });
      const configured = workspace.customSenderAddresses.find((a) => a.address === from);
      if (configured === undefined) expect(run).toThrow(code('custom-sender-not-configured'));
      else if (!permitted) expect(run).toThrow(code('custom-sender-not-permitted'));
      else expect(run().warnings.length).toBe(configured.forwarding ? 0 : 1);
    },
  );
});

describe('startOutboundConversation: recipients and contacts', () => {
  it('OUT-5: no recipients is rejected', () => {
    expect(() => start({ to: [] })).toThrow(code('no-recipients'));
  });

  it('OUT-5: invalid addresses are rejected, all of them listed', () => {
    const invalid = ['plainaddress', '@x.test', 'a@', 'a@b', 'a@@b.test', 'a b@x.test', 'a..b@x.test', '.a@x.test', 'a@-x.test', 'a@x-.test', 'a@x.123', 'ä@x.test', 'a@[1.2.3.4]', `${'x'.repeat(65)}@x.test`, ''];
    for (const address of invalid) expect(() => start({ to: [address] }), address).toThrow(code('invalid-email'));
    expect(() => start({ to: [42 as never] })).toThrow(code('invalid-email'));
    expect(() => start({ to: ['u1@example.test', 'bad', 'worse@'] })).toThrow(expect.objectContaining({ code: 'invalid-email', details: { invalid: ['bad', 'worse@'] } }));
  });

  it('OUT-5: ordinary addresses pass, trimmed; duplicates are removed case-insensitively, keeping the first spelling', () => {
    const valid = ['first.last+tag@sub.example.co', "o'brien@example.test", 'a@xn--bcher-kva.example', 'A@EXAMPLE.TEST', '  pad@example.test '];
    for (const address of valid) expect(start({ to: [address] }).conversation.customers, address).toHaveLength(1);
    const r = start({ to: ['New@Example.test', 'new@example.test', ' NEW@EXAMPLE.TEST '] });
    expect(r.createdContacts).toEqual([{ id: 'contact:new@example.test', email: 'New@Example.test' }]);
    expect(r.conversation.customers).toEqual(['contact:new@example.test']);
  });

  it('OUT-6: a known address reuses its contact (case-insensitively); an unknown one creates a contact, returned as data', () => {
    const r = start({ to: ['fresh@example.test', 'U1@EXAMPLE.TEST'] });
    expect(r.conversation.customers).toEqual(['contact:fresh@example.test', 'u1']);
    expect(r.createdContacts).toEqual([{ id: 'contact:fresh@example.test', email: 'fresh@example.test' }]);
  });

  it('OUT-6: contacts sharing an address resolve to the smallest id; an id clash with another contact is rejected', () => {
    const shared = [{ id: 'u9', email: 'same@example.test' }, { id: 'u3', email: 'SAME@example.test' }];
    expect(start({ to: ['same@example.test'] }, { contacts: shared }).conversation.customers).toEqual(['u3']);
    const clash = [{ id: 'contact:x@example.test', email: 'other@example.test' }];
    expect(() => start({ to: ['x@example.test'] }, { contacts: clash })).toThrow(code('duplicate-id'));
    expect(() => start({}, { contacts: [{ id: 'u1', email: null }, { id: 'u1', email: null }] })).toThrow(code('duplicate-id'));
    expect(() => start({}, { contacts: [{ id: 'u1', email: 7 as never }] })).toThrow(code('invalid-argument'));
  });

  it('OUT-7: a teammate address is rejected in any letter case, and the message suggests a note mention', () => {
    expect(() => start({ to: ['u1@example.test', 'ben@ACME.test'] })).toThrow(expect.objectContaining({ code: 'teammate-recipient', details: { teammates: [{ address: 'ben@ACME.test', teammate: 'ben' }] } }));
    expect(() => start({ to: ['ana@acme.test'] })).toThrow(/@mention/);
  });

  test.prop([fc.uniqueArray(fc.emailAddress(), { minLength: 1, maxLength: 4, selector: (a) => a.toLowerCase() })])('OUT-5: every RFC-shaped address fast-check generates is accepted', (to) => {
    expect(start({ to }).conversation.customers).toHaveLength(to.length);
  });

  test.prop([fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}@[a-z]{1,6}\.test$/), { minLength: 1, maxLength: 4 }).chain((addresses) =>
    fc.tuple(fc.constant(addresses), fc.array(fc.constantFrom(...addresses).chain(caseVariantArb), { maxLength: 6 })))])(
    'OUT-5, OUT-6, OUT-9: recipients are unique case-insensitively, one customer each, and new contacts are exactly the unknown ones',
    ([addresses, variants]) => {
      const known = contacts.filter((c) => c.email !== null).map((c) => c.email!.toLowerCase());
      const to = deepFreeze([...addresses, ...variants]);
      const r = start({ to });
      const distinct = new Set(to.map((a) => a.toLowerCase()));
      expect(r.conversation.customers).toHaveLength(distinct.size);
      expect(new Set(r.conversation.customers).size).toBe(distinct.size);
      expect(r.createdContacts.map((c) => c.email.toLowerCase()).sort()).toEqual([...distinct].filter((a) => !known.includes(a)).sort());
    },
  );

  test.prop([fc.constantFrom(ana, ben, sam).chain((t) => caseVariantArb(t.email!)), fc.array(fc.constantFrom('x@example.test', 'u1@example.test'), { maxLength: 3 })])(
    'OUT-7: a teammate address among the recipients is always rejected',
    (teammateAddress, others) => {
      expect(() => start({ to: [...others, teammateAddress] })).toThrow(code('teammate-recipient'));
    },
  );
});

describe('startOutboundConversation: assignee, group conversations, insertions', () => {
  it('OUT-8: by default the sending teammate is assigned once the message is sent', () => {
    const c = start().conversation;
    expect([c.teammate, c.team, c.assignedManually, c.state]).toEqual(['ana', null, true, 'open']);
  });

  it('OUT-8: null leaves it unassigned; a teammate or a team can be chosen', () => {
    expect(start({ assignTo: null }).conversation.teammate).toBeNull();
    expect(start({ assignTo: { teammate: 'ben' } }).conversation.teammate).toBe('ben');
    const team = start({ assignTo: { team: 'billing' } }).conversation;
    expect([team.teammate, team.team, team.teamSince, team.assignedManually]).toEqual([null, 'billing', T0, false]);
  });

  it('OUT-8: an unknown or seatless assignee is rejected; a seatless sender leaves it unassigned by default', () => {
    expect(() => start({ assignTo: { teammate: 'ghost' } })).toThrow(code('unknown-teammate'));
    expect(() => start({ assignTo: { team: 'ghost' } })).toThrow(code('unknown-team'));
    expect(() => start({ assignTo: { team: 'billing' } }, { teams: undefined })).toThrow(code('unknown-team'));
    expect(() => start({ assignTo: { teammate: 'sam' } })).toThrow(code('no-inbox-seat'));
    expect(() => start({ assignTo: { teammate: 'ben', team: 'billing' } as never })).toThrow(code('invalid-argument'));
    expect(() => start({ assignTo: {} as never })).toThrow(code('invalid-argument'));
    expect(start({ teammate: 'sam' }).conversation.teammate).toBeNull();
  });

  it('OUT-9, RATING-5: several recipients make one group conversation, which never gets a rating request', () => {
    const r = start({ to: ['u1@example.test', 'a@example.test', 'b@example.test'] });
    expect(r.conversation.customers).toEqual(['u1', 'contact:a@example.test', 'contact:b@example.test']);
    const replied = createConversation({ ...r.conversation, parts: [...r.conversation.parts, { type: 'customer-reply', author: 'u1', text: 'x'.repeat(300), at: T0 + 1 }] });
    expect(decideRatingRequest({ conversation: replied, now: T0 + 2 })).toEqual({ kind: 'no-request', reasons: ['several-customers'] });
  });

  it('OUT-11: apps, articles and tours inserted directly into an email are rejected; through a macro they warn once per kind', () => {
    expect(() => start({ insertions: [{ kind: 'app', via: 'direct' }] })).toThrow(code('insertion-not-allowed'));
    const r = start({ insertions: [{ kind: 'article', via: 'macro' }, { kind: 'product-tour', via: 'macro' }, { kind: 'article', via: 'macro' }] });
    expect(r.warnings).toEqual([{ code: 'insertion-may-not-display', insertion: 'article' }, { code: 'insertion-may-not-display', insertion: 'product-tour' }]);
    expect(() => start({ insertions: [{ kind: 'gif', via: 'macro' } as never] })).toThrow(code('invalid-argument'));
  });

  it('OUT-11: the limitation is about email; on Messenger insertions pass without a warning', () => {
    expect(start({ channel: 'messenger', insertions: [{ kind: 'product-tour', via: 'direct' }, { kind: 'app', via: 'macro' }] }).warnings).toEqual([]);
  });

  it('OUT-4, OUT-11: warnings come in a fixed order: sender first, then insertions', () => {
    expect(start({ from: 'sales@acme.test', insertions: [{ kind: 'app', via: 'macro' }] }).warnings.map((w) => w.code)).toEqual(['custom-sender-forwarding-off', 'insertion-may-not-display']);
  });

  it('OUT-12, RATING-2: a teammate-started outbound conversation satisfies criterion A and credits the sender', () => {
    const r = start({ from: 'help@acme.test', text: 'Hi! Following up on your order.' });
    const reply: Part = { type: 'customer-reply', author: 'u1', text: 'y'.repeat(250), at: T0 + 1 };
    const conversation = createConversation({ ...r.conversation, parts: [...r.conversation.parts, reply] });
    expect(decideRatingRequest({ conversation, now: T0 + 2 })).toEqual({ kind: 'request', teammate: 'ana', contact: 'u1', channel: 'email' });
  });

  test.prop([fc.constantFrom('ana', 'ben', 'sam'), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '')])(
    'OUT-12: an outbound conversation never fails rating criterion A',
    (teammate, text) => {
      const { conversation } = start({ teammate, text });
      const d = decideRatingRequest({ conversation, now: T0 });
      expect(d.kind === 'request' || !d.reasons.includes('no-teammate-reply')).toBe(true);
    },
  );
});

describe('startOutboundConversation: more properties', () => {
  test.prop([fc.record({ sender: fc.boolean(), recipients: fc.boolean(), assignee: fc.boolean(), text: fc.boolean() })])(
    'OUT-1: with any set of faulty steps, the error is the one of the earliest faulty step in flow order',
    (faults) => {
      const draft: Partial<OutboundDraft> = {
        ...(faults.sender ? { from: 'nope@acme.test' } : {}),
        ...(faults.recipients ? { to: ['not-an-address'] } : {}),
        ...(faults.assignee ? { assignTo: { teammate: 'ghost' } } : {}),
        ...(faults.text ? { text: '' } : {}),
      };
      const expected = faults.sender ? 'custom-sender-not-configured' : faults.recipients ? 'invalid-email' : faults.assignee ? 'unknown-teammate' : faults.text ? 'invalid-argument' : null;
      if (expected === null) expect(start(draft).conversation.id).toBe('c1');
      else expect(() => start(draft)).toThrow(code(expected));
    },
  );

  test.prop([fc.constantFrom('ana', 'ben', 'sam'), fc.option(fc.oneof(fc.constantFrom('ana', 'ben').map((teammate) => ({ teammate })), fc.constant({ team: 'billing' })), { nil: undefined })])(
    'OUT-8: after sending, the conversation carries the chosen assignee, or the sender (with a seat) when none was chosen',
    (teammate, assignTo) => {
      const c = start({ teammate, assignTo }).conversation;
      const expected = assignTo === undefined ? { teammate: teammate === 'sam' ? null : teammate, team: null }
        : 'team' in assignTo ? { teammate: null, team: assignTo.team } : { teammate: assignTo.teammate, team: null };
      expect({ teammate: c.teammate, team: c.team }).toEqual(expected);
      expect(c.parts[0]).toEqual({ type: 'teammate-reply', author: teammate, text: 'Hello', at: T0 });
    },
  );

  test.prop([fc.array(fc.record({ kind: fc.constantFrom(...INSERTION_KINDS), via: fc.constantFrom(...INSERTION_METHODS) }), { maxLength: 6 }), fc.constantFrom(...CHANNELS)])(
    'OUT-11: in an email any direct insertion is rejected and macro insertions warn once per kind in order; on Messenger nothing is flagged',
    (insertions, channel) => {
      const run = () => start({ channel, insertions: deepFreeze(insertions) });
      if (channel === 'messenger') expect(run().warnings).toEqual([]);
      else if (insertions.some((i) => i.via === 'direct')) expect(run).toThrow(code('insertion-not-allowed'));
      else expect(run().warnings).toEqual([...new Set(insertions.map((i) => i.kind))].map((insertion) => ({ code: 'insertion-may-not-display', insertion })));
    },
  );
});

describe('startOutboundConversation: invalid input and purity', () => {
  it('rejects an unknown sender, a blank message, an unknown channel, a bad id or time, and malformed collections', () => {
    expect(() => start({ teammate: 'ghost' })).toThrow(code('unknown-teammate'));
    expect(() => start({ text: '   ' })).toThrow(code('invalid-argument'));
    expect(() => start({ channel: 'sms' as never })).toThrow(code('invalid-channel'));
    expect(() => start({}, { id: '' })).toThrow(code('invalid-id'));
    expect(() => start({}, { now: Number.NaN })).toThrow(code('invalid-instant'));
    expect(() => start({}, { teammates: [ana, ana] })).toThrow(code('duplicate-id'));
    expect(() => start({}, { workspace: { customSenderAddresses: [{ address: 'x@acme.test' }] } as never })).toThrow(code('invalid-argument'));
    expect(() => start({ to: 'u1@example.test' as never })).toThrow(code('invalid-argument'));
    expect(() => start({}, { workspace: {} as never })).toThrow(code('invalid-argument'));
  });

  test.prop([fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }), fc.constantFrom('email' as const, 'messenger' as const)])(
    'the result is deterministic and deep-frozen inputs are never mutated',
    (ids, channel) => {
      const input = deepFreeze({
        id: 'c1', draft: { teammate: 'ana', channel, to: ids.map((id) => `${id.replace(/_/g, '')}x@example.test`), text: 'Hi', insertions: [{ kind: 'article' as const, via: 'macro' as const }] },
        teammates: [ana, ben], contacts, workspace, now: T0,
      });
      expect(startOutboundConversation(input)).toEqual(startOutboundConversation(input));
    },
  );
});
