import { assertBoolean, assertId, assertOneOf, assertRecord, assertString, isId, own, show } from '../_internal/validate.js';
import { TEAMMATE_STATUSES, type Teammate } from '../model/index.js';
import { assertAwayOnlyFields } from '../model/teammate.js';

/**
 * Checks, at the edge of every status function, the teammate fields the status rules read
 * (`id`, `status`, `awayReason`, `reassignReplies`, `inboxSeat`) and their invariants (STATUS-5,
 * STATUS-6), so a hand-built or untyped value fails with a stable code instead of a wrong answer.
 * Returns the value unchanged (no copy). A valid teammate is recognised without building any
 * message (the workspace asks for a teammate's mode on every customer reply); anything else goes
 * through the checks one field at a time, so the error names the first field to fix.
 */
export function assertTeammate(value: unknown, what: string): Teammate {
  if (isStatusTeammate(value)) return value;
  const raw = assertRecord(value, what);
  const id = assertId(own(raw, 'id'), `${what}.id`);
  const where = `${what} ${show(id)}`;
  const status = assertOneOf(own(raw, 'status'), TEAMMATE_STATUSES, `${where} status`, 'invalid-status');
  const reason = own(raw, 'awayReason');
  if (reason !== null) assertString(reason, `${where} awayReason`);
  const reassign = assertBoolean(own(raw, 'reassignReplies'), `${where} reassignReplies`);
  assertBoolean(own(raw, 'inboxSeat'), `${where} inboxSeat`);
  assertAwayOnlyFields(where, id, status, reason, reassign);
  return value as Teammate;
}

/** Whether every check of {@link assertTeammate} passes (the same checks, as one predicate). */
function isStatusTeammate(value: unknown): value is Teammate {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const raw = value as Readonly<Record<string, unknown>>;
  const status = own(raw, 'status');
  const reason = own(raw, 'awayReason');
  const reassign = own(raw, 'reassignReplies');
  // STATUS-5, STATUS-6: an away reason and reassign-replies only while away
  const awayFields = status === 'active' ? reason === null && reassign === false : status === 'away' && (reason === null || typeof reason === 'string') && typeof reassign === 'boolean';
  return awayFields && isId(own(raw, 'id')) && typeof own(raw, 'inboxSeat') === 'boolean';
}
