// createWorkspace: defaults from the rules, and every malformed config rejected up front with a
// code and a message that names the config path.
import { describe, expect, it } from 'vitest';
import {
  checkInvariants, createWorkspace, getTeam, getTeammate, listConversations, type WorkspaceConfig,
} from '../../src/workspace/index.js';

const code = (c: string, path?: string): Error => expect.objectContaining({ code: c, ...(path ? { message: expect.stringContaining(path) as string } : {}) }) as Error;

describe('createWorkspace', () => {
  it('STATUS-2, ASSIGN-3: a new teammate is active without reassign or reason, a new team inbox is manual, and the workspace starts empty, at no time', () => {
    const ws = createWorkspace({ teammates: [{ id: 'ana' }], teams: [{ id: 'desk', members: ['ana'] }] });
    const ana = getTeammate(ws, 'ana')!;
    expect([ana.status, ana.reassignReplies, ana.awayReason, ana.openCount, ana.lastAssignedAt, ana.inboxSeat]).toEqual(['active', false, null, 0, null, true]);
    expect(getTeam(ws, 'desk')?.assignment).toBe('manual');
    expect([ws.clock, ws.timezone, ws.defaultAssignee, ws.settings.ratingRequest, listConversations(ws)]).toEqual([null, 'UTC', null, 'first-close', []]);
    expect(checkInvariants(ws)).toEqual([]);
  });

  it('ids that break naive object maps are ordinary ids', () => {
    const ws = createWorkspace({ teammates: [{ id: '__proto__' }, { id: 'constructor' }], teams: [{ id: 'hasOwnProperty', members: ['__proto__'] }] });
    expect([getTeammate(ws, '__proto__')?.id, getTeammate(ws, 'constructor')?.id, getTeam(ws, 'hasOwnProperty')?.members, getTeammate(ws, 'toString')]).toEqual(['__proto__', 'constructor', ['__proto__'], undefined]);
  });

  const bad: [string, WorkspaceConfig, string, string?][] = [
    ['a team member who is not a teammate', { teammates: [{ id: 'ana' }], teams: [{ id: 'billing', members: ['ana', 'ben'] }] }, 'unknown-teammate', 'teams[0].members'],
    ['two teammates with one id', { teammates: [{ id: 'ana' }, { id: 'ana' }] }, 'duplicate-id', 'teammates'],
    ['two contacts with one address (case-insensitively)', { contacts: [{ id: 'u1', email: 'u1@example.test' }, { id: 'u2', email: 'U1@Example.test' }] }, 'duplicate-id', 'contacts'],
    ['a default team that does not exist', { defaultAssignee: { team: 'ghost' } }, 'unknown-team', 'defaultAssignee'],
    ['a default teammate who does not exist', { defaultAssignee: { teammate: 'ghost' } }, 'unknown-teammate', 'defaultAssignee'],
    ['a default assignee that is both a team and a teammate', { teammates: [{ id: 'ana' }], teams: [{ id: 'b' }], defaultAssignee: { team: 'b', teammate: 'ana' } }, 'invalid-config', 'defaultAssignee'],
    ['an unknown rating policy', { settings: { ratingRequest: 'sometimes' as never } }, 'invalid-config', 'settings.ratingRequest'],
    ['an unknown time zone', { timezone: 'Mars/Olympus_Mons' }, 'invalid-time-zone', 'timezone'],
    ['a zero limit (ASSIGN-26)', { teammates: [{ id: 'ana', assignmentLimit: 0 }] }, 'invalid-assignment-limit', 'teammates[0]'],
    ['an unknown assignment method (ASSIGN-3)', { teams: [{ id: 'b', assignment: 'lottery' as never }] }, 'invalid-assignment-method', 'teams[0]'],
    ['reassignReplies on an active teammate (STATUS-6)', { teammates: [{ id: 'ana', reassignReplies: true }] }, 'reassign-while-active', 'teammates[0]'],
  ];
  for (const [what, config, errorCode, path] of bad) {
    it(`rejects ${what} (${errorCode}), naming the config path`, () => {
      expect(() => createWorkspace(config)).toThrow(code(errorCode, path));
    });
  }
});
