/**
 * The browser side of `react-roster/server`: an adapter that holds no IdP secret at all and asks
 * the host's own server, which authenticates the caller, scopes them to their tenant and only then
 * talks to the identity provider.
 */
import {
  ADAPTER_OPTIONAL_READ_METHODS,
  ADAPTER_READ_METHODS,
  ADAPTER_WRITE_METHODS,
  FULL_CAPABILITIES,
  NO_CREATE_INPUTS,
  type AdapterCapabilities,
  type AdapterMethodName,
  type AdapterWriteMethod,
  type RosterAdapter,
} from '../../core/adapter.js';
import { isRosterError, RosterError } from '../../core/errors.js';
import { NO_MANAGEMENT } from '../../core/manage.js';
import { NO_DETAILS } from '../../core/userDetails.js';
import { validateCapabilities } from '../../core/validateAdapter.js';
import { parseMemberships, parseOrganizationsPage, parseRoles, parseUser, parseUsersPage } from '../../core/validate.js';
import { createHttpClient, type FetchLike, type HttpClientOptions, type HttpRequest } from '../http/httpClient.js';
import { definitionMethods, offeredManagement } from './definitionMethods.js';
import { detailsMethods, offeredDetails } from './detailsMethods.js';
import { describeRemoteError, retryAfterFromBody } from './describeError.js';
import {
  encodeOrganizationsQuery,
  encodeUsersQuery,
  protocolPath,
  ROSTER_REQUEST_HEADER,
  ROSTER_REQUEST_HEADER_VALUE,
  type CapabilitiesResponse,
} from '../../core/protocol.js';

export interface RemoteAdapterOptions {
  /** Where the host mounted `createRosterHandler`, e.g. `/roster-api` or `https://app.example/roster-api`. */
  baseUrl: string;
  fetch?: FetchLike;
  /** Extra headers for every request, e.g. a bearer token; may be async to fetch a fresh one. */
  headers?: HttpClientOptions['headers'];
  /** Per request, in milliseconds. Default 15,000. */
  timeoutMs?: number;
  /**
   * What the server's backend can do, laid over the full set. Left out, the adapter offers no
   * write at all — the UI shows no control that a narrower server would refuse — and claims
   * server-side search, sort and filters. Use `loadRemoteAdapter`, which asks the server first
   * at the cost of one round trip before anything renders.
   */
  capabilities?: Partial<AdapterCapabilities>;
  /**
   * Write methods to offer: all of them when `capabilities` is given, none otherwise. The UI hides
   * controls for the others.
   */
  writeOperations?: readonly AdapterWriteMethod[];
  /**
   * Optional reads to offer (`getOrganization`, `listPermissions`, the details reads such as
   * `listUserActivity`): all when `capabilities` is given, none otherwise, as for writes.
   */
  readOperations?: readonly OptionalRead[];
  /** Defaults to `remote:<baseUrl>`. */
  id?: string;
}

type OptionalRead = (typeof ADAPTER_OPTIONAL_READ_METHODS)[number];

/**
 * Fields added to the capabilities after the protocol's first version, with the value a server
 * that does not send them means: a description without them is still complete. A server older
 * than definitions management has none of its routes, so it manages nothing; one older than the
 * one-user details offers none of them; one older than `details.activityIncludesChanges` does not
 * say its activity holds changes, so it is not taken to.
 */
function withLaterFields<T>(capabilities: T): T {
  if (typeof capabilities !== 'object' || capabilities === null || Array.isArray(capabilities)) return capabilities;
  const told = { rolesPerMembership: 'many', manage: NO_MANAGEMENT, details: NO_DETAILS, ...capabilities } as Record<string, unknown>;
  const details = told.details;
  if (typeof details !== 'object' || details === null || Array.isArray(details) || 'activityIncludesChanges' in details) return told as T;
  return { ...told, details: { ...details, activityIncludesChanges: false } } as T;
}

/** What the remote adapter claims before it is told: every read done on the server, no writes. */
export const REMOTE_DEFAULT_CAPABILITIES: AdapterCapabilities = Object.freeze({
  ...FULL_CAPABILITIES,
  createUser: NO_CREATE_INPUTS,
  editableFields: [],
  userStatus: false,
  manage: NO_MANAGEMENT,
  details: NO_DETAILS,
});

const WRITE_HEADERS = { [ROSTER_REQUEST_HEADER]: ROSTER_REQUEST_HEADER_VALUE };

export function createRemoteAdapter(options: RemoteAdapterOptions): RosterAdapter {
  const client = createHttpClient({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    headers: options.headers,
    timeoutMs: options.timeoutMs,
    describeError: describeRemoteError,
  });

  async function call<T = unknown>(req: HttpRequest): Promise<T> {
    const isWrite = req.method !== 'GET';
    try {
      return await client.request<T>(isWrite ? { ...req, headers: { ...WRITE_HEADERS, ...req.headers } } : req);
    } catch (error) {
      // The HTTP client keeps the parsed error body as the cause.
      if (isRosterError(error) && error.code === 'rate_limited' && error.retryAfterMs === undefined) {
        const retryAfterMs = retryAfterFromBody(error.cause);
        if (retryAfterMs !== undefined) {
          throw new RosterError(error.code, { message: error.message, status: error.status, fieldErrors: error.fieldErrors, retryAfterMs, cause: error.cause });
        }
      }
      throw error;
    }
  }

  const user = (userId: string) => protocolPath('users/:userId', { userId });
  const roleBody = (roleIds: string[], organizationId: string | undefined) => ({ roleIds, ...(organizationId && { organizationId }) });

  const all: Required<Omit<RosterAdapter, 'id' | 'capabilities'>> = {
    async listUsers(query, ctx) {
      return parseUsersPage(await call({ method: 'GET', path: '/users', query: encodeUsersQuery(query), signal: ctx?.signal }));
    },
    async getUser(userId, ctx) {
      return parseUser(await call({ method: 'GET', path: user(userId), signal: ctx?.signal }));
    },
    async createUser(input, ctx) {
      return parseUser(await call({ method: 'POST', path: '/users', body: input, signal: ctx?.signal }));
    },
    async updateUser(userId, patch, ctx) {
      return parseUser(await call({ method: 'PATCH', path: user(userId), body: patch, signal: ctx?.signal }));
    },
    async deleteUser(userId, ctx) {
      await call({ method: 'DELETE', path: user(userId), signal: ctx?.signal });
    },
    async setUserStatus(userId, status, ctx) {
      return parseUser(await call({ method: 'PUT', path: `${user(userId)}/status`, body: { status }, signal: ctx?.signal }));
    },
    async listRoles(scope, ctx) {
      return parseRoles(await call({ method: 'GET', path: '/roles', query: { organizationId: scope?.organizationId || undefined }, signal: ctx?.signal }));
    },
    async addUserRoles(userId, roleIds, scope, ctx) {
      await call({ method: 'POST', path: `${user(userId)}/roles`, body: roleBody(roleIds, scope?.organizationId), signal: ctx?.signal });
    },
    async removeUserRoles(userId, roleIds, scope, ctx) {
      await call({ method: 'DELETE', path: `${user(userId)}/roles`, body: roleBody(roleIds, scope?.organizationId), signal: ctx?.signal });
    },
    async setUserRoles(userId, roleIds, scope, ctx) {
      await call({ method: 'PUT', path: `${user(userId)}/roles`, body: roleBody(roleIds, scope?.organizationId), signal: ctx?.signal });
    },
    async listOrganizations(query, ctx) {
      return parseOrganizationsPage(await call({ method: 'GET', path: '/organizations', query: encodeOrganizationsQuery(query), signal: ctx?.signal }));
    },
    async listUserMemberships(userId, ctx) {
      return parseMemberships(await call({ method: 'GET', path: `${user(userId)}/memberships`, signal: ctx?.signal }));
    },
    async addUserMembership(userId, organizationId, { roleIds } = {}, ctx) {
      const path = protocolPath('users/:userId/memberships/:organizationId', { userId, organizationId });
      await call({ method: 'PUT', path, body: roleIds ? { roleIds } : {}, signal: ctx?.signal });
    },
    async removeUserMembership(userId, organizationId, ctx) {
      const path = protocolPath('users/:userId/memberships/:organizationId', { userId, organizationId });
      await call({ method: 'DELETE', path, signal: ctx?.signal });
    },
    ...definitionMethods(call),
    ...detailsMethods(call),
  };

  // Every write is offered only on a complete description of the server; a partial one (say, just
  // maxPageSize) tells nothing about writes.
  const isComplete = validateCapabilities(withLaterFields(options.capabilities)).ok;
  const writes = options.writeOperations ?? (isComplete ? ADAPTER_WRITE_METHODS : []);
  const reads = options.readOperations ?? (isComplete ? ADAPTER_OPTIONAL_READ_METHODS : []);
  const offered = new Set<AdapterMethodName>([...ADAPTER_READ_METHODS, ...reads, ...writes]);
  // A complete description that leaves out a later field is an older server's (see withLaterFields);
  // a partial one only narrows the full set.
  const told = { ...FULL_CAPABILITIES, ...(isComplete ? withLaterFields(options.capabilities) : options.capabilities) };
  // A write's capabilities follow its method: described where offered (every input when the host
  // only names it), off where not, so the adapter never promises a write it lacks.
  const capabilities: AdapterCapabilities = {
    ...told,
    createUser: offered.has('createUser') ? told.createUser : NO_CREATE_INPUTS,
    editableFields: offered.has('updateUser') ? told.editableFields : [],
    userStatus: offered.has('setUserStatus') && told.userStatus,
    manage: offeredManagement(told.manage, offered),
    details: offeredDetails(told.details, offered),
  };
  const adapter: Record<string, unknown> = { id: options.id ?? `remote:${options.baseUrl}`, capabilities };
  for (const [name, method] of Object.entries(all)) if (offered.has(name as AdapterMethodName)) adapter[name] = method;
  return adapter as unknown as RosterAdapter;
}

/**
 * Asks the server what its backend can do, then builds the adapter to match, so the UI offers
 * exactly the controls that work. Costs one request before the first render.
 */
export async function loadRemoteAdapter(options: Omit<RemoteAdapterOptions, 'capabilities' | 'writeOperations' | 'readOperations'>, ctx?: { signal?: AbortSignal }): Promise<RosterAdapter> {
  const client = createHttpClient({ baseUrl: options.baseUrl, fetch: options.fetch, headers: options.headers, timeoutMs: options.timeoutMs, describeError: describeRemoteError });
  const body = await client.request<unknown>({ method: 'GET', path: '/capabilities', signal: ctx?.signal });
  const { capabilities, operations } = parseCapabilitiesResponse(body);
  const writes = ADAPTER_WRITE_METHODS.filter((method) => operations.includes(method));
  const reads = ADAPTER_OPTIONAL_READ_METHODS.filter((method) => operations.includes(method));
  return createRemoteAdapter({ ...options, capabilities, writeOperations: writes, readOperations: reads });
}

/** The server's own description, checked as the provider checks an adapter's. */
function parseCapabilitiesResponse(body: unknown): CapabilitiesResponse {
  const value = (typeof body === 'object' && body !== null ? body : {}) as Partial<CapabilitiesResponse>;
  const checked = validateCapabilities(withLaterFields(value.capabilities));
  const operations = value.operations;
  if (!checked.ok || !Array.isArray(operations) || !operations.every((o) => typeof o === 'string')) {
    throw new RosterError('bad_response', { message: 'The Roster server described its capabilities in an unexpected shape.', cause: body });
  }
  return { capabilities: checked.value, operations };
}
