import { assertBoolean, assertId, assertOneOf, assertRecord, assertString, own, show } from '../_internal/validate.js';
import { TEAMMATE_STATUSES, type Teammate } from '../model/index.js';
import { assertAwayOnlyFields } from '../model/teammate.js';

/**
 * Checks, at the edge of every status function, the teammate fields the status rules read
 * (`id`, `status`, `awayReason`, `reassignReplies`, `inboxSeat`) and their invariants (STATUS-5,
 * STATUS-6), so a hand-built or untyped value fails with a stable code instead of a wrong answer.
 * Returns the value unchanged (no copy).
 */
export function assertTeammate(value: unknown, what: string): Teammate {
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
