/**
 * What the adapter checks itself before a definition write, because SSOJet's docs do not say it
 * would: a blank name, a name another role / permission / organization already has (SSOJet
 * documents no refusal of duplicate names, so the adapter reads the list first), a domain that is
 * not one. Also the slug SSOJet requires and calls "the unique identifier", made from the name.
 */
import { isAbortError, isRosterError, RosterError } from '../../core/errors.js';
import { isDomain, normalizeDomain } from '../../core/domain.js';

export type DefinitionKind = 'role' | 'permission' | 'organization';

export function requiredName(value: unknown, kind: DefinitionKind): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (!name) throw new RosterError('invalid_input', { message: `Enter a name for the ${kind}.`, fieldErrors: { name: 'Enter a name.' } });
  return name;
}

const comparable = (name: string) => name.trim().toLowerCase();
const ARTICLE: Record<DefinitionKind, string> = { role: 'A role', permission: 'A permission', organization: 'An organization' };

/** Names compare trimmed and case-insensitively, as the person reading the list would. */
export function refuseTakenName(name: string, existing: readonly { id: string; name: string }[], kind: DefinitionKind, exceptId?: string): void {
  const wanted = comparable(name);
  if (existing.some((item) => item.id !== exceptId && comparable(item.name) === wanted)) {
    throw new RosterError('conflict', { message: `${ARTICLE[kind]} with this name already exists.`, fieldErrors: { name: 'This name is already taken.' } });
  }
}

/** SSOJet's slugs in its examples are the lower-case name (`owner`, `admin`); capped, as an id. */
const SLUG_LENGTH = 64;

/**
 * A slug for `name` that no record in `taken` has: ASCII letters and digits joined by hyphens
 * (`Billing Admin` → `billing-admin`), `-2`, `-3`… when taken; `kind` when nothing is left.
 */
export function freeSlug(name: string, taken: Iterable<string>, kind: DefinitionKind): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, SLUG_LENGTH)
      .replace(/^-+|-+$/g, '') || kind;
  const used = new Set(taken);
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Normalized, each checked with the one domain rule, duplicates dropped. */
export function checkedDomains(domains: readonly string[]): string[] {
  const normalized = [...new Set(domains.map(normalizeDomain))];
  if (!normalized.every(isDomain)) {
    throw new RosterError('invalid_input', { message: 'Enter email domains such as example.com.', fieldErrors: { domains: 'Enter domains such as example.com.' } });
  }
  return normalized;
}

export function notFound(kind: DefinitionKind): RosterError {
  return new RosterError('not_found', { status: 404, message: `This ${kind} no longer exists.` });
}

export function uniqueNames(names: readonly string[] | undefined): string[] {
  return [...new Set(names ?? [])];
}

/**
 * A failure after SSOJet made the record says so, keeping the code, so nobody creates it again
 * (which would only meet "already exists").
 */
export function afterCreate(error: unknown, kind: DefinitionKind, step: string): unknown {
  if (isAbortError(error) || !isRosterError(error)) return error;
  return new RosterError(error.code, {
    message: `SSOJet created the ${kind}, but ${step} failed: ${error.message}`,
    status: error.status,
    retryAfterMs: error.retryAfterMs,
    fieldErrors: error.fieldErrors,
    cause: error,
  });
}
