/**
 * The one check of an organization's email domain, used alike by the forms, the server handler
 * and the adapters, so a domain is refused with the same answer everywhere: `example.com`,
 * `mail.example.co.uk` — letters, digits and hyphens per label, at least two labels, no `@`, no
 * scheme, no port. Internationalized domains are accepted in their ASCII (punycode) form.
 */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Lower case, trimmed, without a leading `@`: how a domain is stored and compared. */
export function normalizeDomain(value: string): string {
  return value.trim().replace(/^@/, '').toLowerCase();
}

/** Whether `value` (already normalized) is a domain an organization can own. */
export function isDomain(value: string): boolean {
  if (value.length > 253) return false;
  const labels = value.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels.at(-1)!);
}
