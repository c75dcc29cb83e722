// Recipient addresses (OUT-5 Resolve): a pragmatic subset of RFC 5321/5322 that real inboxes use.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const ALL_DIGITS = /^[0-9]+$/;

/** The comparison key of an address: trimmed and lower-cased (OUT-5, OUT-6, OUT-7 compare case-insensitively). */
export function emailKey(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * Whether a trimmed address is acceptable: exactly one `@`; a local part of at most 64 ASCII
 * characters in dot-atom form (letters, digits and ``!#$%&'*+/=?^_`{|}~-``, dots only between
 * them); a domain of at most 255 characters with at least two labels of letters, digits and inner
 * hyphens (1 to 63 each) and a last label that is not all digits. Quoted local parts, IP-literal
 * domains and non-ASCII characters are rejected (write internationalised domains in punycode).
 */
export function isValidEmail(address: string): boolean {
  const at = address.indexOf('@');
  if (at <= 0 || at !== address.lastIndexOf('@')) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || domain.length > 255 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  const last = domain.slice(domain.lastIndexOf('.') + 1);
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && !ALL_DIGITS.test(last);
}
