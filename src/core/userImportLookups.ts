/**
 * What an import asks the backend before its preview: which organization each value of the file
 * names (by id or name), the roles assignable in each, and which addresses belong to users that
 * exist already. A few requests at a time, pausing on 429 like the import itself.
 */
import type { RosterAdapter } from './adapter.js';
import { abortReason, isAbortError, isRosterError } from './errors.js';
import type { Organization, Role, User } from './model.js';
import type { ParsedImport } from './userImport.js';
import { userByEmailLookup } from './userLookup.js';
import { createTaskRun, type TaskRun } from './userImportRun.js';
import { organizationValues, type ImportContext } from './userImportValidate.js';

type OrganizationRef = Pick<Organization, 'id' | 'name'>;

/** `fn` over every item, a few at a time; rejects with the first failure once all have settled. */
export async function mapBounded<I, T>(items: readonly I[], fn: (item: I, signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T[]> {
  const run = createTaskRun({ count: items.length, send: (i, s) => fn(items[i]!, s) });
  const stop = () => run.dispose();
  signal?.addEventListener('abort', stop);
  try {
    run.start();
    await run.whenSettled();
    if (signal?.aborted) throw abortReason(signal);
    for (let i = 0; i < items.length; i++) if (run.status(i) === 'failed') throw run.error(i);
    return items.map((_, i) => run.result(i)!);
  } finally {
    signal?.removeEventListener('abort', stop);
    run.dispose();
  }
}

const isMiss = (error: unknown) => isRosterError(error) && (error.code === 'not_found' || error.code === 'invalid_input');

/** The organization `value` names: its id, else its name (ignoring case); null when none. */
export async function findOrganization(adapter: RosterAdapter, value: string, signal: AbortSignal): Promise<OrganizationRef | null> {
  if (adapter.getOrganization) {
    try {
      const { id, name } = await adapter.getOrganization(value, { signal });
      return { id, name };
    } catch (error) {
      // A name is not an id: the backend answers that there is no such organization.
      if (!isMiss(error)) throw error;
    }
  }
  const lower = value.toLowerCase();
  const page = await adapter.listOrganizations({ search: value, page: { size: 50 } }, { signal });
  const found = page.items.find((o) => o.id === value) ?? page.items.find((o) => o.name.toLowerCase() === lower);
  return found ? { id: found.id, name: found.name } : null;
}

/** Each value to the organization it names, or null. */
export async function resolveOrganizations(adapter: RosterAdapter, values: readonly string[], signal: AbortSignal): Promise<Map<string, OrganizationRef | null>> {
  const found = await mapBounded(values, (value, s) => findOrganization(adapter, value, s), signal);
  return new Map(values.map((value, i) => [value, found[i]!]));
}

/** The roles assignable inside each organization. */
export async function rolesOfOrganizations(adapter: RosterAdapter, organizationIds: readonly string[], signal: AbortSignal): Promise<Map<string, Role[]>> {
  const roles = await mapBounded(organizationIds, (organizationId, s) => adapter.listRoles({ organizationId }, { signal: s }), signal);
  return new Map(organizationIds.map((id, i) => [id, roles[i]!]));
}


/** The background check for users that exist already: which of `emails` it has found so far. */
export interface ExistingUsersRun {
  run: TaskRun<User | null>;
  /** Lower-case addresses found to belong to a user. */
  found: ReadonlySet<string>;
  /** A look-up failed (other than a 429, which pauses); the run is cancelled then. */
  readonly failed: boolean;
}

/** Looks up each address a few at a time; undefined where the backend can neither look up nor search. */
export function createExistingUsersRun(adapter: RosterAdapter, emails: readonly string[]): ExistingUsersRun | undefined {
  const lookup = userByEmailLookup(adapter);
  if (!lookup) return undefined;
  const found = new Set<string>();
  let failed = false;
  const send = async (i: number, signal: AbortSignal) => {
    try {
      const user = await lookup(emails[i]!, signal);
      if (user) found.add(emails[i]!);
      return user;
    } catch (error) {
      if (!isAbortError(error) && !(isRosterError(error) && error.code === 'rate_limited')) failed = true;
      throw error;
    }
  };
  const run = createTaskRun<User | null>({ count: emails.length, send });
  // One failure ends the check: the backend refuses a duplicate create all the same.
  run.subscribe(() => failed && run.cancel());
  return {
    run,
    found,
    get failed() {
      return failed;
    },
  };
}

/**
 * Everything validateImport needs from the backend for this file: the import's organization (its
 * name, for the results), the organizations the file names, and the roles of each scope the file
 * grants roles in, each read once.
 */
export async function lookUpImportContext(adapter: RosterAdapter, file: ParsedImport, organizationId: string | undefined, signal: AbortSignal): Promise<Omit<ImportContext, 'inviteByDefault'>> {
  const create = adapter.capabilities.createUser;
  const canJoin = create.organization || typeof adapter.addUserMembership === 'function';
  const hasRoles = file.rows.some((r) => r.values.roles?.trim());
  const organization = organizationId ? ((await findOrganization(adapter, organizationId, signal)) ?? { id: organizationId, name: organizationId }) : undefined;
  const organizations = !organization && canJoin ? await resolveOrganizations(adapter, organizationValues(file), signal) : new Map<string, OrganizationRef | null>();
  const withRoles = new Set<string>(organization ? [organization.id] : []);
  for (const r of file.rows) {
    const org = r.values.roles?.trim() && organizations.get(r.values.organization?.trim() ?? '');
    if (org) withRoles.add(org.id);
  }
  const organizationRoles = hasRoles ? await rolesOfOrganizations(adapter, [...withRoles], signal) : new Map<string, Role[]>();
  const projectRoles = hasRoles && !organization ? await adapter.listRoles({}, { signal }) : [];
  return { create, rolesPerMembership: adapter.capabilities.rolesPerMembership, canJoin, organization, projectRoles, organizations, organizationRoles };
}
