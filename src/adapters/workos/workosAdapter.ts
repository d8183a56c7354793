/**
 * The WorkOS adapter: Roster's neutral operations over WorkOS's User Management API, request for
 * request as `@workos-inc/node` v8 sends them. Server only: the secret API key controls the whole
 * WorkOS environment, so the adapter refuses to start where a browser runs it.
 *
 * What WorkOS cannot do, the capabilities leave to the browser: no search, sort, total or status
 * filter (users page by cursor, filtered by organization only), and no project-wide role
 * assignments (roles are held per organization membership).
 */
import type { AdapterCapabilities, RosterAdapter } from '../../core/adapter.js';
import { NO_MANAGEMENT } from '../../core/manage.js';
import type { FetchLike } from '../http/httpClient.js';
import { assertServerSide } from '../http/serverOnly.js';
import { createWorkOSContext } from './context.js';
import { createMembershipOperations } from './memberships.js';
import { createWorkOSDetails, WORKOS_DETAILS } from './userDetails.js';
import { createUserOperations } from './users.js';
import { WORKOS_DEFAULT_BASE_URL, WORKOS_MAX_PAGE_SIZE } from './wire.js';

export interface WorkOSAdapterOptions {
  /** The secret API key (`sk_…`): only ever on a server. */
  apiKey: string;
  /** Default `https://api.workos.com`. */
  baseUrl?: string;
  fetch?: FetchLike;
  /** Per request, in milliseconds. Default 15,000. */
  timeoutMs?: number;
  /** Part of the adapter id (cache keys); name the WorkOS environment when one server serves several. */
  environment?: string;
}

export const WORKOS_CAPABILITIES: AdapterCapabilities = Object.freeze({
  search: false,
  sortFields: [],
  filters: Object.freeze({ status: false, roleIds: false, organizationId: true }),
  pagination: 'cursor',
  totals: false,
  maxPageSize: WORKOS_MAX_PAGE_SIZE,
  projectRoles: false,
  organizationRoles: true,
  roleUpdates: 'set',
  rolesPerMembership: 'many',
  createUser: Object.freeze({ active: true, invite: true, phone: false, nameParts: true, customAttributes: true, roleIds: false, organization: true }),
  editableFields: ['name', 'givenName', 'familyName', 'customAttributes'] as const,
  userStatus: true,
  manage: NO_MANAGEMENT,
  details: WORKOS_DETAILS,
});

function checkOptions(options: WorkOSAdapterOptions): void {
  if (typeof options?.apiKey !== 'string' || options.apiKey.trim() === '') {
    throw new TypeError('Roster: createWorkOSAdapter needs `apiKey`, your WorkOS secret key (sk_…), on your server.');
  }
  if (/\s/.test(options.apiKey)) throw new TypeError('Roster: the WorkOS `apiKey` contains whitespace; copy the key exactly as the WorkOS dashboard shows it.');
  assertServerSide({ factory: 'createWorkOSAdapter', holds: 'A WorkOS secret key controls your whole WorkOS environment' });
  if (options.baseUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(options.baseUrl)) {
    throw new TypeError(`Roster: the WorkOS \`baseUrl\` must be an http(s) URL, got ${JSON.stringify(options.baseUrl.slice(0, 60))}.`);
  }
}

export function createWorkOSAdapter(options: WorkOSAdapterOptions): RosterAdapter {
  checkOptions(options);
  const ctx = createWorkOSContext({ apiKey: options.apiKey, baseUrl: options.baseUrl ?? WORKOS_DEFAULT_BASE_URL, fetch: options.fetch, timeoutMs: options.timeoutMs });
  return {
    id: `workos:${options.environment ?? 'default'}`,
    capabilities: WORKOS_CAPABILITIES,
    ...createUserOperations(ctx),
    ...createMembershipOperations(ctx),
    ...createWorkOSDetails(ctx),
  };
}
