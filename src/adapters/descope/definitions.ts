/**
 * What the Descope adapter's definition writes (roles, permissions, tenants) share: checking the
 * input, telling names apart as the contract does (trimmed, case-insensitive), the errors it
 * raises itself, and the one place Descope's own failures are turned into safe messages.
 *
 * Descope documents no error code for an unknown or a duplicate role, permission or tenant, and
 * its updates replace every field (the SDK: "Update will override all fields as is"), so every
 * write reads the current list first: to refuse a duplicate, to answer `not_found`, and to send
 * back the fields a partial change leaves alone.
 */
import { isRosterError, RosterError } from '../../core/errors.js';
import { isDomain, normalizeDomain } from '../../core/domain.js';

const invalid = (field: string, message: string, fieldMessage: string) => new RosterError('invalid_input', { message, fieldErrors: { [field]: fieldMessage } });

/** A definition's name, trimmed; empty after trimming is refused on `name`. */
export function definitionName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (!name) throw invalid('name', 'A name is required.', 'Enter a name.');
  return name;
}

/** An optional description: text or nothing. */
export function optionalDescription(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid('description', 'The description must be text.', 'Enter text.');
  return value;
}

/** Permission names as given, each once, in order. */
export function permissionNames(value: unknown): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    throw invalid('permissions', 'Permissions must be a list of permission names.', 'Pick permissions from the list.');
  }
  return [...new Set(value as string[])];
}

/** Refuses names that are not permissions of the project. */
export function checkPermissionsExist(names: readonly string[], known: readonly string[]): void {
  if (names.some((n) => !known.includes(n))) {
    throw invalid('permissions', 'A permission does not exist (it may have just been deleted).', 'Contains a permission that does not exist.');
  }
}

/** An organization's domains, normalized, each once; one that is not a domain is refused on `domains`. */
export function organizationDomains(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalid('domains', 'Domains must be a list.', 'Enter domains such as example.com.');
  const domains = [...new Set((value as string[]).map(normalizeDomain).filter((d) => d !== ''))];
  if (domains.some((d) => !isDomain(d))) throw invalid('domains', 'A domain is not valid.', 'Enter domains such as example.com, without @ or https://.');
  return domains;
}

/** Whether two names are the same name to an admin: trimmed, ignoring case. */
export const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export type DefinitionKind = 'role' | 'permission' | 'organization';

export function nameTaken(kind: DefinitionKind): RosterError {
  const article = kind === 'organization' ? 'An' : 'A';
  return new RosterError('conflict', { message: `${article} ${kind} with this name already exists.`, fieldErrors: { name: 'This name is already taken.' } });
}

export function definitionNotFound(kind: DefinitionKind): RosterError {
  return new RosterError('not_found', { message: `The ${kind} was not found; someone may have just deleted it.` });
}

/**
 * Runs a call to Descope; a failure Descope answered keeps its code and status but gets Roster's
 * own message: Descope's text may echo the name that was sent, which can be anything.
 */
export async function descopeCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isRosterError(error) || error.status === undefined) throw error;
    throw new RosterError(error.code, { status: error.status, retryAfterMs: error.retryAfterMs, cause: error });
  }
}
