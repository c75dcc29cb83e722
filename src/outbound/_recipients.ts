import { assertArray, fail, show } from '../_internal/validate.js';
import type { ContactId, Teammate } from '../model/index.js';
import { emailKey, isValidEmail } from './_email.js';
import type { CreatedContact, KnownContact } from './types.js';

/** One recipient after OUT-5: its address as first written (trimmed) and its comparison key. */
interface Recipient {
  readonly email: string;
  readonly key: string;
}

/**
 * OUT-5 and OUT-7: at least one recipient, every address valid, duplicates removed
 * case-insensitively (the first spelling is kept), and no teammate's address. Every offending
 * address is listed in the error's details, not only the first.
 */
export function readRecipients(to: unknown, teammates: readonly Teammate[]): readonly Recipient[] {
  const list = assertArray(to, 'draft.to');
  if (list.length === 0) fail('no-recipients', 'draft.to is empty; add at least one recipient e-mail address (OUT-5).', {});
  const invalid = list.filter((address) => typeof address !== 'string' || !isValidEmail(address.trim()));
  if (invalid.length > 0) {
    fail('invalid-email', `These recipient addresses are not valid e-mail addresses: ${invalid.map(show).join(', ')} (OUT-5); fix or remove them.`, { invalid });
  }
  const byKey = new Map<string, Recipient>();
  for (const address of list as readonly string[]) {
    const key = emailKey(address);
    if (!byKey.has(key)) byKey.set(key, { email: address.trim(), key });
  }
  const teammateByKey = new Map<string, Teammate>();
  for (const teammate of teammates) if (teammate.email !== null) teammateByKey.set(emailKey(teammate.email), teammate);
  const clashes = [...byKey.values()].flatMap((r) => {
    const teammate = teammateByKey.get(r.key);
    return teammate === undefined ? [] : [{ address: r.email, teammate: teammate.id }];
  });
  if (clashes.length > 0) {
    fail('teammate-recipient', `${clashes.map((c) => `${show(c.address)} belongs to teammate ${show(c.teammate)}`).join('; ')}. A teammate can't be a recipient (OUT-7): send the conversation, then @mention them in a note.`, { teammates: clashes });
  }
  return [...byKey.values()];
}

/**
 * OUT-6: each recipient becomes an existing contact with that address (compared
 * case-insensitively; if several share it, the smallest id), or a new contact whose id is
 * `'contact:'` + the lower-cased address.
 */
export function matchContacts(
  recipients: readonly Recipient[], contacts: readonly KnownContact[],
): { readonly customers: readonly ContactId[]; readonly createdContacts: readonly CreatedContact[] } {
  const ids = new Set<ContactId>();
  const byKey = new Map<string, KnownContact>();
  for (const contact of contacts) {
    ids.add(contact.id);
    if (contact.email === null) continue;
    const key = emailKey(contact.email);
    const known = byKey.get(key);
    if (known === undefined || contact.id < known.id) byKey.set(key, contact);
  }
  const customers: ContactId[] = [];
  const createdContacts: CreatedContact[] = [];
  for (const recipient of recipients) {
    const known = byKey.get(recipient.key);
    if (known !== undefined) {
      customers.push(known.id);
      continue;
    }
    const id = `contact:${recipient.key}`;
    if (ids.has(id)) {
      fail('duplicate-id', `A new contact for ${show(recipient.email)} would get the id ${show(id)}, which an existing contact with another address already has; rename that contact.`, { id, email: recipient.email });
    }
    customers.push(id);
    createdContacts.push({ id, email: recipient.email });
  }
  return { customers, createdContacts };
}
