/**
 * The Auth0 adapter: Roster's neutral operations over Auth0's Management API v2, server side only.
 * It holds a Management API token (or the client secret that obtains one), which controls the
 * whole tenant, so it refuses to start where a browser runs; serve it with createRosterHandler
 * from "react-roster/server" and use "react-roster/remote" in the browser.
 */
import { FULL_CAPABILITIES, type AdapterCapabilities, type RosterAdapter } from '../../core/adapter.js';
import { NO_MANAGEMENT } from '../../core/manage.js';
import type { FetchLike } from '../http/httpClient.js';
import { assertServerSide } from '../http/serverOnly.js';
import { createAuth0Client, type Auth0Auth } from './client.js';
import type { MetadataField } from './mapping.js';
import { createMembershipMethods } from './memberships.js';
import { AUTH0_DETAILS, createAuth0Details } from './userDetails.js';
import { createUserMethods } from './users.js';
import { SORT_FIELDS } from './usersQuery.js';
import { AUTH0_DEFAULT_CONNECTION, AUTH0_MAX_PER_PAGE } from './wire.js';

export interface Auth0TokenAuth {
  /** Returns a Management API access token; called before every request, so it may renew one. */
  getToken: () => string | Promise<string>;
}

export interface Auth0ClientCredentialsAuth {
  /** A machine-to-machine application authorized for the Management API. */
  clientId: string;
  clientSecret: string;
  /** Default `https://<domain>/api/v2/`. */
  audience?: string;
}

export interface Auth0AdapterOptions {
  /** The tenant's canonical domain, e.g. `acme.eu.auth0.com` (not a custom domain). */
  domain: string;
  auth: Auth0TokenAuth | Auth0ClientCredentialsAuth;
  /** The database connection new users are created in. Default `Username-Password-Authentication`. */
  connection?: string;
  /** Where `customAttributes` live. Default `app_metadata`, which only admins can change. */
  customAttributes?: MetadataField;
  fetch?: FetchLike;
  /** Per request, in milliseconds. Default 15,000. */
  timeoutMs?: number;
}

export const AUTH0_CAPABILITIES: AdapterCapabilities = Object.freeze({
  search: true,
  sortFields: Object.freeze(Object.keys(SORT_FIELDS)) as AdapterCapabilities['sortFields'],
  // Roles are not part of Auth0's user search; the hooks filter by role in the browser.
  filters: Object.freeze({ status: true, roleIds: false, organizationId: true }),
  pagination: 'offset',
  totals: true,
  maxPageSize: AUTH0_MAX_PER_PAGE,
  projectRoles: true,
  organizationRoles: true,
  roleUpdates: 'delta',
  rolesPerMembership: 'many',
  createUser: Object.freeze({ ...FULL_CAPABILITIES.createUser, invite: false, phone: false }),
  editableFields: Object.freeze(['name', 'givenName', 'familyName', 'picture', 'customAttributes'] as const),
  userStatus: true,
  manage: NO_MANAGEMENT,
  details: AUTH0_DETAILS,
});

// A bare host name, optionally with a port: anything else could send the token somewhere else.
const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+(?::\d{1,5})?$/;

function checkOptions(options: Auth0AdapterOptions): void {
  if (typeof options?.domain !== 'string' || !DOMAIN.test(options.domain)) {
    throw new TypeError('Roster: createAuth0Adapter needs `domain`, your tenant’s host name as Auth0 shows it (e.g. "acme.eu.auth0.com"), without https:// or a path.');
  }
  const auth = options.auth as Partial<Auth0TokenAuth & Auth0ClientCredentialsAuth> | undefined;
  const hasToken = typeof auth?.getToken === 'function';
  const hasCredentials = typeof auth?.clientId === 'string' && auth.clientId !== '' && typeof auth.clientSecret === 'string' && auth.clientSecret !== '';
  if (!hasToken && !hasCredentials) {
    throw new TypeError('Roster: createAuth0Adapter needs `auth: { getToken }` (a Management API token) or `auth: { clientId, clientSecret }` (a machine-to-machine application).');
  }
  if (options.customAttributes !== undefined && options.customAttributes !== 'app_metadata' && options.customAttributes !== 'user_metadata') {
    throw new TypeError('Roster: `customAttributes` must be "app_metadata" or "user_metadata".');
  }
  assertServerSide({ factory: 'createAuth0Adapter', holds: 'Its Management API token controls the whole Auth0 tenant' });
}

export function createAuth0Adapter(options: Auth0AdapterOptions): RosterAdapter {
  checkOptions(options);
  const client = createAuth0Client({ domain: options.domain, auth: options.auth as Auth0Auth, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const connection = options.connection ?? AUTH0_DEFAULT_CONNECTION;
  const users = createUserMethods({ client, connection, metadata: options.customAttributes ?? 'app_metadata' });
  const { requireUser, withRoles, patch, ...userMethods } = users;
  return {
    id: `auth0:${options.domain}`,
    capabilities: AUTH0_CAPABILITIES,
    ...userMethods,
    ...createMembershipMethods(client, requireUser),
    ...createAuth0Details({ client, connection, withRoles, patch, getUser: userMethods.getUser, requireUser }),
  };
}
