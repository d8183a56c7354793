/**
 * The domains field's text as a list, checked with the one domain check the backends use
 * (core/domain.ts), so the form refuses before sending exactly what a backend would refuse after.
 * Admins paste lists in every shape: one per line, or separated by commas, semicolons or spaces.
 */
import { isDomain, normalizeDomain } from '../../core/domain.js';

export interface DomainList {
  /** Normalized, without repeats, in the order typed. */
  domains: string[];
  /** What is not a domain, as typed. */
  invalid: string[];
}

export function parseDomainList(text: string): DomainList {
  const domains: string[] = [];
  const invalid: string[] = [];
  for (const entry of text.split(/[\s,;]+/)) {
    if (!entry) continue;
    const domain = normalizeDomain(entry);
    if (!isDomain(domain)) invalid.push(entry);
    else if (!domains.includes(domain)) domains.push(domain);
  }
  return { domains, invalid };
}

/** The field's text for domains already stored: one per line. */
export function domainListText(domains: readonly string[]): string {
  return domains.join('\n');
}

/** Whether two domain lists hold the same domains, whatever their order. */
export function sameDomains(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((d) => b.includes(d));
}
