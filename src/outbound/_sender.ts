import { assertArray, assertBoolean, assertRecord, assertString, fail, own, show } from '../_internal/validate.js';
import type { Channel, Teammate } from '../model/index.js';
import { emailKey } from './_email.js';
import type { CustomSenderAddress, OutboundSender, OutboundWarning } from './types.js';

function readCustomAddresses(workspace: unknown): readonly CustomSenderAddress[] {
  const raw = assertRecord(workspace, 'workspace');
  return assertArray(own(raw, 'customSenderAddresses'), 'workspace.customSenderAddresses').map((entry, i) => {
    const rec = assertRecord(entry, `workspace.customSenderAddresses[${i}]`);
    return {
      address: assertString(own(rec, 'address'), `workspace.customSenderAddresses[${i}].address`),
      forwarding: assertBoolean(own(rec, 'forwarding'), `workspace.customSenderAddresses[${i}].forwarding`),
    };
  });
}

/**
 * OUT-2 to OUT-4: who the message is sent as, and the forwarding warning. No `from` (or the
 * teammate's own address) sends as the teammate. A custom address is email-only, must be set up
 * in the workspace (checked first) and needs the teammate's permission.
 */
export function resolveSender(
  from: unknown, teammate: Teammate, channel: Channel, workspace: unknown,
): { readonly sender: OutboundSender; readonly warnings: readonly OutboundWarning[] } {
  const addresses = readCustomAddresses(workspace);
  if (from === undefined || from === null) return { sender: { type: 'teammate', teammate: teammate.id }, warnings: [] };
  const key = emailKey(assertString(from, 'draft.from'));
  if (teammate.email !== null && emailKey(teammate.email) === key) return { sender: { type: 'teammate', teammate: teammate.id }, warnings: [] };
  if (channel !== 'email') {
    fail('invalid-argument', `draft.from ${show(from)}: a custom sender address applies to the email channel only; omit it for ${show(channel)}.`, { from, channel });
  }
  const configured = addresses.find((a) => emailKey(a.address) === key);
  if (configured === undefined) {
    fail('custom-sender-not-configured', `${show(from)} is not a custom sender address of this workspace; set it up first or send as the teammate (OUT-3).`, { from });
  }
  if (!teammate.canSendFromCustomAddresses) {
    fail('custom-sender-not-permitted', `Teammate ${show(teammate.id)} lacks the permission "Can send outbound emails from custom addresses" needed to send from ${show(configured.address)} (OUT-3).`, { teammate: teammate.id, from });
  }
  const sender: OutboundSender = { type: 'custom-address', address: configured.address };
  return { sender, warnings: configured.forwarding ? [] : [{ code: 'custom-sender-forwarding-off', address: configured.address }] };
}
