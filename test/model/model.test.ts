import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  INBOX_RULE_ERROR_CODES, InboxRuleError, createConversation, createTeam, createTeammate, isInboxRuleError, toInstant,
} from '../../src/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { idArb, instantArb } from '../arbitraries/model.js';

const code = (c: string): Error => expect.objectContaining({ code: c }) as Error;

describe('InboxRuleError', () => {
  it('carries a stable code, a message and details', () => {
    const e = new InboxRuleError('unknown-team', 'No team "x".', { team: 'x' });
    expect([e.name, e.code, e.message, e.details]).toEqual(['InboxRuleError', 'unknown-team', 'No team "x".', { team: 'x' }]);
    expect(e).toBeInstanceOf(Error);
  });

  it('isInboxRuleError matches by name and code, and rejects look-alikes', () => {
    const e = new InboxRuleError('invalid-id', 'bad');
    expect(isInboxRuleError(e)).toBe(true);
    expect(isInboxRuleError(e, 'invalid-id')).toBe(true);
    expect(isInboxRuleError(e, 'unknown-team')).toBe(false);
    expect(isInboxRuleError(new Error('x'))).toBe(false);
    expect(isInboxRuleError({ name: 'InboxRuleError', code: 'invalid-id' })).toBe(false);
  });

  it('error codes are unique kebab-case strings', () => {
    expect(new Set(INBOX_RULE_ERROR_CODES).size).toBe(INBOX_RULE_ERROR_CODES.length);
    for (const c of INBOX_RULE_ERROR_CODES) expect(c).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('createTeammate', () => {
  it('STATUS-5, STATUS-6: a reason or reassign flag on an active teammate is rejected', () => {
    expect(() => createTeammate({ id: 'a', awayReason: 'lunch' })).toThrow(code('away-reason-while-active'));
    expect(() => createTeammate({ id: 'a', reassignReplies: true })).toThrow(code('reassign-while-active'));
    expect(createTeammate({ id: 'a', status: 'away', awayReason: 'lunch', reassignReplies: true })).toMatchObject({ awayReason: 'lunch', reassignReplies: true });
  });

  it('rejects wrong field types with a message naming the teammate and field', () => {
    expect(() => createTeammate({ id: 'ana', status: 'busy' as never })).toThrow(/teammate "ana" status must be one of "active", "away"/);
    expect(() => createTeammate({ id: 'ana', inboxSeat: 'yes' as never })).toThrow(code('invalid-argument'));
    expect(() => createTeammate({ id: 'ana', openCount: -1 })).toThrow(code('invalid-open-count'));
    expect(() => createTeammate({ id: 'ana', lastAssignedAt: Number.POSITIVE_INFINITY })).toThrow(code('invalid-instant'));
    expect(() => createTeammate({ id: 'ana', timezone: 'Mars/Olympus' })).toThrow(code('invalid-time-zone'));
    expect(() => createTeammate({ id: 'ana', name: 3 as never })).toThrow(code('invalid-argument'));
    expect(() => createTeammate({ id: 'ana', email: 3 as never })).toThrow(code('invalid-argument'));
    expect(() => createTeammate(null as never)).toThrow(code('invalid-argument'));
  });

  it('keeps every given field', () => {
    const t = createTeammate({
      id: 'ana', name: 'Ana', email: 'ana@acme.test', handle: 'ana.b', timezone: 'Europe/Paris', assignmentLimit: 3,
      inboxSeat: false, openCount: 2, lastAssignedAt: 5, canSendFromCustomAddresses: true,
    });
    expect(t).toMatchObject({ name: 'Ana', email: 'ana@acme.test', handle: 'ana.b', timezone: 'Europe/Paris', assignmentLimit: 3, inboxSeat: false, openCount: 2, lastAssignedAt: 5, canSendFromCustomAddresses: true });
  });

  test.prop([idArb])('never mutates its (frozen) input', (id) => {
    const input = deepFreeze({ id, status: 'away' as const, awayReason: 'holiday' });
    expect(createTeammate(input)).toMatchObject(input);
  });
});

describe('createTeam', () => {
  it('ASSIGN-3: a new team inbox defaults to manual assignment', () => {
    expect(createTeam({ id: 'support' })).toEqual({ id: 'support', name: 'support', assignment: 'manual', members: [], assignmentLimit: null, rotationCursor: null });
  });

  it('ASSIGN-3: rejects an unknown method; ASSIGN-26: rejects a bad team limit', () => {
    expect(() => createTeam({ id: 't', assignment: 'random' as never })).toThrow(code('invalid-assignment-method'));
    expect(() => createTeam({ id: 't', assignmentLimit: 0 })).toThrow(code('invalid-assignment-limit'));
  });

  it('rejects a member listed twice, and non-string members', () => {
    expect(() => createTeam({ id: 't', members: ['a', 'a'] })).toThrow(code('duplicate-id'));
    expect(() => createTeam({ id: 't', members: [1 as never] })).toThrow(code('invalid-id'));
    expect(() => createTeam({ id: 't', members: 'a' as never })).toThrow(code('invalid-argument'));
  });

  it('keeps name, limit and rotation cursor', () => {
    expect(createTeam({ id: 't', name: 'Tier 2', assignmentLimit: 2, rotationCursor: 'ana', members: ['ana'] })).toMatchObject({ name: 'Tier 2', assignmentLimit: 2, rotationCursor: 'ana' });
  });
});

describe('createConversation', () => {
  it('ASSIGN-1: team and teammate slots are independent and both start empty', () => {
    const c = createConversation({ id: 'c1', createdAt: 0 });
    expect([c.team, c.teammate, c.state]).toEqual([null, null, 'open']);
    expect(createConversation({ id: 'c2', createdAt: 0, teammate: 'ana' })).toMatchObject({ team: null, teammate: 'ana' });
    expect(createConversation({ id: 'c3', createdAt: 7, team: 'billing' })).toMatchObject({ team: 'billing', teammate: null, teamSince: 7 });
  });

  it('CONV-1: the state is one of open, snoozed, closed', () => {
    expect(() => createConversation({ id: 'c', createdAt: 0, state: 'pending' as never })).toThrow(code('invalid-argument'));
  });

  it('snooze fields are set exactly while snoozed', () => {
    expect(() => createConversation({ id: 'c', createdAt: 0, state: 'snoozed' })).toThrow(/snoozedAt and snoozedUntil/);
    expect(() => createConversation({ id: 'c', createdAt: 0, snoozedUntil: 5 })).toThrow(code('invalid-argument'));
  });

  it('validates parts, reopenings, rating request and rating', () => {
    const ok = createConversation({
      id: 'c', createdAt: 0, customers: ['u1'], channel: 'email', priority: true, startedBy: 'ana', waitingSince: 1,
      assignedManually: true, closeCount: 1, closedAt: 9, state: 'closed',
      parts: [{ type: 'customer-reply', author: 'u1', text: 'hi', at: 1 }, { type: 'bot-reply', author: 'fin', text: 'x', at: 2 }],
      reopenings: [{ reason: 'manual', snoozedAt: null, reopenedAt: 3 }],
      ratingRequest: { requestedAt: 9, teammate: 'ana', contact: 'u1' },
      rating: { score: 4, comment: null, ratedAt: 10, updatedAt: 10 },
    });
    expect(ok).toMatchObject({ channel: 'email', priority: true, startedBy: 'ana', closeCount: 1, rating: { score: 4 } });
    expect(() => createConversation({ id: 'c', createdAt: 0, parts: [{ type: 'email' as never, author: 'u1', text: '', at: 0 }] })).toThrow(code('invalid-argument'));
    expect(() => createConversation({ id: 'c', createdAt: 0, rating: { score: 6, comment: null, ratedAt: 0, updatedAt: 0 } })).toThrow(code('invalid-score'));
    expect(() => createConversation({ id: 'c', createdAt: 0, channel: 'sms' as never })).toThrow(code('invalid-channel'));
    expect(() => createConversation({ id: 'c', createdAt: Number.NaN })).toThrow(code('invalid-instant'));
  });

  test.prop([idArb, instantArb])('any id and instant in range round-trip through JSON unchanged', (id, createdAt) => {
    const c = createConversation({ id, createdAt, customers: [id] });
    expect(createConversation(JSON.parse(JSON.stringify(c)))).toEqual(c);
  });
});

describe('toInstant', () => {
  it('reads ISO strings with an offset, Dates and epoch ms', () => {
    expect(toInstant('2026-01-05T09:00:00Z')).toBe(Date.UTC(2026, 0, 5, 9));
    expect(toInstant('2026-01-05T09:00:00.250+01:00')).toBe(Date.UTC(2026, 0, 5, 8, 0, 0, 250));
    expect(toInstant(new Date(Date.UTC(2026, 0, 1)))).toBe(Date.UTC(2026, 0, 1));
    expect(toInstant(42)).toBe(42);
  });

  it('rejects host-zone-dependent or invalid values', () => {
    for (const bad of ['2026-01-05T09:00:00', '2026-01-05', 'yesterday', Number.NaN, new Date(Number.NaN)]) {
      expect(() => toInstant(bad)).toThrow(code('invalid-instant'));
    }
  });

  test.prop([instantArb])('an ISO string of an instant converts back to it', (t) => {
    expect(toInstant(new Date(t).toISOString())).toBe(t);
  });
});

describe('ids', () => {
  test.prop([fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty')])('prototype-like ids are ordinary ids', (id) => {
    const team = createTeam({ id, members: [id] });
    expect(team.members).toEqual([id]);
    expect(Object.getPrototypeOf(team)).toBe(Object.prototype);
  });
});
