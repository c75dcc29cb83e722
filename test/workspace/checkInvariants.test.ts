// checkInvariants must be able to fail: each test takes a sound workspace, breaks one invariant by
// editing its serialised form (as a corrupted store would), and expects that violation reported.
import { describe, expect, it } from 'vitest';
import { apply, checkInvariants, createWorkspace, type Workspace, type WorkspaceEvent } from '../../src/workspace/index.js';

const T = (hhmm: string): number => Date.parse(`2026-01-05T${hhmm}:00Z`);

/** ana (limit 1) and ben (away) in balanced billing; c1 with ana, c2 waiting, c3 snoozed with ana until 12:00. */
function sound(): Workspace {
  let ws = createWorkspace({
    teammates: [{ id: 'ana', assignmentLimit: 1 }, { id: 'ben', status: 'away' }],
    teams: [{ id: 'billing', assignment: 'balanced', members: ['ana', 'ben'] }],
    contacts: [{ id: 'u1', email: 'u1@example.test' }],
  });
  const events: WorkspaceEvent[] = [
    { type: 'conversation.created', at: T('09:00'), conversation: 'c3', customers: ['u1'], text: 'Hi' },
    { type: 'conversation.assigned', at: T('09:00'), conversation: 'c3', by: 'ana', to: { teammate: 'ana' } },
    { type: 'conversation.snoozed', at: T('09:00'), conversation: 'c3', teammate: 'ana', until: T('12:00') },
    { type: 'conversation.created', at: T('09:01'), conversation: 'c1', customers: ['u1'], text: 'Hi', team: 'billing' },
    { type: 'conversation.created', at: T('09:02'), conversation: 'c2', customers: ['u1'], text: 'Hi', team: 'billing' },
    { type: 'conversation.created', at: T('09:03'), conversation: 'c4', customers: ['u1'], text: 'Hi', team: 'billing' },
  ];
  for (const e of events) ws = apply(ws, e).workspace;
  return ws;
}

/** A deep copy of the workspace with `edit` applied to every object in it. */
function tamper(ws: Workspace, edit: (node: Record<string, unknown>) => void): Workspace {
  const copy = JSON.parse(JSON.stringify(ws)) as Workspace;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      edit(v as Record<string, unknown>);
      Object.values(v).forEach(visit);
    }
  };
  visit(copy);
  return copy;
}

const reports = (ws: Workspace, pattern: RegExp): void => {
  expect(checkInvariants(ws)).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
};

describe('checkInvariants', () => {
  it('a workspace built by apply is sound (the baseline of the tampering tests)', () => {
    const ws = sound();
    expect(checkInvariants(ws)).toEqual([]);
    expect(checkInvariants(JSON.parse(JSON.stringify(ws)) as Workspace)).toEqual([]);
  });

  it('ASSIGN-16: reports an openCount that does not match the open conversations', () => {
    reports(tamper(sound(), (n) => { if (n['id'] === 'ana' && 'openCount' in n) n['openCount'] = 3; }), /openCount of ana is 3 but 1/);
  });

  it('SNOOZE-5: reports a conversation still snoozed after its end', () => {
    reports(tamper(sound(), (n) => { if (n['format'] !== undefined) n['clock'] = T('13:00'); }), /c3 is still snoozed/);
  });

  it('STATUS-15: reports a conversation held by a teammate without a seat, or by no teammate at all', () => {
    reports(tamper(sound(), (n) => { if (n['id'] === 'ana' && 'inboxSeat' in n) n['inboxSeat'] = false; }), /c1 is assigned to ana, who has no inbox seat/);
    reports(tamper(sound(), (n) => { if (n['id'] === 'c1' && 'teammate' in n) n['teammate'] = 'ghost'; }), /c1 is assigned to unknown teammate ghost/);
  });

  it('ASSIGN-22: reports waiting conversations while a member is eligible', () => {
    reports(tamper(sound(), (n) => { if (n['id'] === 'ben' && 'status' in n) n['status'] = 'active'; }), /team billing has waiting conversations although ben is eligible/);
  });

  it('ASSIGN-23: reports a waiting queue out of ASSIGN-23 order', () => {
    reports(tamper(sound(), (n) => { if (n['id'] === 'c4' && 'priority' in n) n['priority'] = true; }), /the waiting queue of team billing is \[c2, c4\], expected \[c4, c2\]/);
  });

  it('reports a roster that no longer holds its members\' current values', () => {
    let first = true; // only the teammates table's copy, not the roster's
    reports(tamper(sound(), (n) => {
      if (first && n['id'] === 'ana' && 'timezone' in n) {
        n['timezone'] = 'Asia/Tokyo';
        first = false;
      }
    }), /the roster of team billing/);
  });
});
