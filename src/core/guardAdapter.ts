/**
 * The boundary between an adapter and everything above it: results are shape-checked and every
 * failure comes out as a RosterError (or the AbortError of the caller's own signal). The provider
 * wraps the adapter it is given with this, so third-party adapters get the same guarantees.
 */
import { adapterMethods, type AdapterMethodName, type BoundAdapterMethod, type RosterAdapter } from './adapter.js';
import { isAbortError, toRosterError } from './errors.js';
import {
  parseActivityPage,
  parseAttributeDefinitions,
  parseMemberships,
  parseOrganization,
  parseOrganizationsPage,
  parsePermission,
  parsePermissions,
  parseRole,
  parseRoles,
  parseUser,
  parseUsersPage,
} from './validate.js';
import { assertValidAdapter } from './validateAdapter.js';

const RESULT_PARSERS: Partial<Record<AdapterMethodName, (value: unknown) => unknown>> = {
  listUsers: parseUsersPage,
  getUser: parseUser,
  createUser: parseUser,
  updateUser: parseUser,
  setUserStatus: parseUser,
  getUserByEmail: parseUser,
  setUserVerified: parseUser,
  listUserActivity: parseActivityPage,
  listAttributeDefinitions: parseAttributeDefinitions,
  listRoles: parseRoles,
  listOrganizations: parseOrganizationsPage,
  getOrganization: parseOrganization,
  listUserMemberships: parseMemberships,
  createRole: parseRole,
  updateRole: parseRole,
  listPermissions: parsePermissions,
  createPermission: parsePermission,
  updatePermission: parsePermission,
  createOrganization: parseOrganization,
  updateOrganization: parseOrganization,
};

// Bundlers replace process.env.NODE_ENV; declared here so the browser build needs no Node types.
declare const process: { env: { NODE_ENV?: string } };

const GUARDED = Symbol('roster.guarded');

const UNEXPECTED = 'The identity provider adapter failed unexpectedly.';

/**
 * Checks the adapter (see validateAdapter: a TypeError naming every problem and its fix) and wraps
 * it. Methods are taken by name, own or inherited, so class-based adapters keep theirs.
 *
 * The check runs in development and tests, where an adapter is written and wired; a production
 * browser bundle leaves it out (its rule table is the largest file the hooks would carry), as
 * React leaves out its own prop checks. Roster's server handler checks in every build,
 * and every answer is still parsed below in every build.
 */
export function guardAdapter(adapter: RosterAdapter): RosterAdapter {
  if (isGuarded(adapter)) return adapter;
  if (process.env.NODE_ENV !== 'production') assertValidAdapter(adapter);
  const guarded: Record<string | symbol, unknown> = {
    id: adapter.id,
    capabilities: adapter.capabilities,
    [GUARDED]: true,
  };
  for (const [name, method] of Object.entries(adapterMethods(adapter)) as [AdapterMethodName, BoundAdapterMethod][]) {
    const parse = RESULT_PARSERS[name];
    guarded[name] = async (...args: unknown[]) => {
      let result: unknown;
      try {
        result = await method(...args);
      } catch (error) {
        // The caller's own abort stays an AbortError; anything else becomes a RosterError.
        throw isAbortError(error) ? error : toRosterError(error, UNEXPECTED);
      }
      return parse ? parse(result) : undefined;
    };
  }
  return guarded as unknown as RosterAdapter;
}

function isGuarded(adapter: unknown): boolean {
  return typeof adapter === 'object' && adapter !== null && (adapter as { [GUARDED]?: boolean })[GUARDED] === true;
}
