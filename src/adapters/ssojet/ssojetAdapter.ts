import type { AdapterCapabilities, RequestContext, RoleScope, RosterAdapter } from '../../core/adapter.js';
import { isRosterError, RosterError } from '../../core/errors.js';
import type { CreateUserInput, Membership, Organization, Page, UpdateUserInput, User, UsersQuery } from '../../core/model.js';
import { createKeyedQueue } from '../../core/keyedQueue.js';
import { checkPageSize, searchAndPageOrganizations } from '../../core/paging.js';
import { createHttpClient, type FetchLike, type HttpRequest } from '../http/httpClient.js';
import { createSsojetUser } from './createUser.js';
import { createSsojetDefinitions, type SsojetDefinitionMethods } from './definitions.js';
import { describeSsojetError } from './describeError.js';
import { toMemberships, toOrganizations, toRoles, toUpdateUserBody, toUser, toUserId } from './mapping.js';
import { createSsojetUserDetails, SSOJET_DETAILS, type SsojetUserDetailsMethods } from './userDetails.js';
import { createUsersPager } from './usersPage.js';
import type { SsojetSetUserRolesBody, SsojetUpdateUserBody } from './wireTypes.js';

export const SSOJET_DEFAULT_BASE_URL = 'https://api.ssojet.com';

export interface SsojetAdapterOptions {
  /**
   * The SSOJet API host, default `https://api.ssojet.com`. A trailing `/api/v1` is accepted and
   * dropped: the user-organizations route lives under `/api/account`, outside it.
   */
  baseUrl?: string;
  /** The application's public client id; sent as `client_id` query and `clientId` header. */
  clientId: string;
  /** Called before every request; return a bearer token (cache and refresh it yourself). */
  getAccessToken: () => string | Promise<string>;
  fetch?: FetchLike;
  /** Per request, in milliseconds. Default 15,000. */
  timeoutMs?: number;
  /** Cache-key identity; defaults to `ssojet:<baseUrl>:<clientId>`. */
  id?: string;
}

type WriteMethods = 'createUser' | 'updateUser' | 'deleteUser' | 'addUserRoles' | 'removeUserRoles' | 'setUserRoles' | keyof SsojetDefinitionMethods | keyof SsojetUserDetailsMethods;

/** Every method SSOJet can serve is there (never undefined), so callers need no checks. */
export interface SsojetAdapter extends Omit<RosterAdapter, WriteMethods>, Required<Pick<RosterAdapter, WriteMethods>> {}

/**
 * Everything here is done by the adapter, not by SSOJet: the list answers a bare array or a
 * cursor page, so there is no server-side search, sort, filter, total or page index. Roles are
 * assigned project-wide only, by replacing the whole set.
 */
export const SSOJET_CAPABILITIES: AdapterCapabilities = Object.freeze({
  search: false,
  sortFields: [],
  filters: Object.freeze({ status: false, roleIds: false, organizationId: false }),
  pagination: 'cursor',
  totals: false,
  // The current API refuses a `limit` above 50 (400), so a larger page could never be asked for
  // in one request; the legacy API has no documented cap, but there each page re-reads the
  // users before it, which is another reason to keep pages modest.
  maxPageSize: 50,
  // Manage User Roles sets the project-wide set; the legacy API has no per-organization one.
  projectRoles: true,
  organizationRoles: false,
  roleUpdates: 'set',
  rolesPerMembership: 'many',
  createUser: Object.freeze({
    // Create a User makes an active user at once; it has no invitation and no phone field.
    active: true,
    invite: false,
    phone: false,
    nameParts: true,
    // Stored by a follow-up Update User in `raw_attributes`.
    customAttributes: true,
    // Granted by a follow-up Manage User Roles.
    roleIds: true,
    // No legacy route adds a user to an organization.
    organization: false,
  }),
  // Update User stores first name, last name and raw_attributes; phone and picture it cannot.
  editableFields: Object.freeze(['name', 'givenName', 'familyName', 'customAttributes'] as const),
  // SSOJet has no enable/disable; Verify User Status is about the email address.
  userStatus: false,
  // Roles, permissions and organizations (definitions.ts). The legacy role routes take no
  // organization ("Remove Organization Role By Role Id" notwithstanding), so roles are project-wide.
  manage: Object.freeze({ projectRoles: true, organizationRoles: false, permissions: true, organizations: true }),
  // Lookup by email, Verify User Status (email only) and the login logs (userDetails.ts).
  details: SSOJET_DETAILS,
});

function unsupported(message: string): RosterError {
  return new RosterError('unsupported', { message });
}

function refuseServerSideQuery(query: UsersQuery): void {
  if (query.search?.trim()) throw unsupported('SSOJet cannot search users; filter the loaded users instead.');
  if (query.sort) throw unsupported('SSOJet cannot sort users.');
  const filter = query.filter ?? {};
  if (filter.status?.length || filter.roleIds?.length || filter.organizationId) throw unsupported('SSOJet cannot filter users.');
  if (query.page.index) throw unsupported('SSOJet pages by cursor only; follow nextCursor.');
}

function rejectOrganizationScope(scope: RoleScope | undefined): void {
  if (scope?.organizationId) {
    throw unsupported('SSOJet assigns roles project-wide only; it has no per-organization role assignment.');
  }
}

/** The user after a successful Update User, from the full record that was sent. */
function withWritten(current: User, body: SsojetUpdateUserBody): User {
  return {
    ...current,
    name: [body.first_name, body.last_name].filter(Boolean).join(' ') || null,
    givenName: body.first_name || null,
    familyName: body.last_name || null,
    customAttributes: { ...body.raw_attributes },
  };
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
}

/**
 * A RosterAdapter over SSOJet's user-management API: the routes the legacy docs (the seeds)
 * document — `/api/v1/users…`, `/api/v1/roles`, `/api/v1/organizations`, `/api/account/identity/…`
 * — read tolerantly enough for the current API too: its cursor-paged user list, its JSON error
 * object next to the legacy plain-text errors, and every documented answer of each write.
 *
 * The token `getAccessToken` returns is a bearer credential. SSOJet's management token is minted
 * with the client secret and belongs on a server: in production run this adapter behind
 * `react-roster/server` and give the browser `react-roster/remote`. Use it directly in a browser
 * only with the signed-in user's own access token, on routes where SSOJet accepts one.
 */
export function createSsojetAdapter(options: SsojetAdapterOptions): SsojetAdapter {
  if (typeof options.clientId !== 'string' || options.clientId === '') {
    throw new TypeError('createSsojetAdapter: pass your SSOJet `clientId` (the public client id from the dashboard).');
  }
  if (typeof options.getAccessToken !== 'function') {
    throw new TypeError('createSsojetAdapter: pass `getAccessToken`, a function returning a bearer token.');
  }
  const baseUrl = (options.baseUrl ?? SSOJET_DEFAULT_BASE_URL).replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  const { clientId } = options;

  async function accessToken(): Promise<string> {
    let token: unknown;
    try {
      token = await options.getAccessToken();
    } catch (cause) {
      if (isRosterError(cause)) throw cause;
      throw new RosterError('unauthorized', { message: 'Could not get an SSOJet access token.', cause });
    }
    if (typeof token !== 'string' || token === '') {
      throw new RosterError('unauthorized', { message: 'getAccessToken() returned no token.' });
    }
    return token;
  }

  const http = createHttpClient({
    baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    describeError: describeSsojetError,
    // SSOJet's docs disagree on where the client id goes (query or header); both are sent.
    headers: async () => ({ authorization: `Bearer ${await accessToken()}`, clientId }),
  });
  const queue = createKeyedQueue();

  function send(method: HttpRequest['method'], path: string, ctx: RequestContext | undefined, body?: unknown, query: HttpRequest['query'] = {}): Promise<unknown> {
    return http.request({ method, path, query: { client_id: clientId, ...query }, body, signal: ctx?.signal });
  }

  /** A write whose answer nothing depends on: SSOJet documents several for each, text included. */
  function write(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown, ctx: RequestContext | undefined): Promise<unknown> {
    return http.request({ method, path, query: { client_id: clientId }, body, signal: ctx?.signal, responseBody: 'any' });
  }

  const userPath = (userId: string) => `/api/v1/users/${encodeURIComponent(userId)}`;

  async function getUser(userId: string, ctx?: RequestContext): Promise<User> {
    return toUser(await send('GET', userPath(userId), ctx));
  }

  async function findUserId(email: string, ctx: RequestContext | undefined): Promise<string> {
    return toUserId(await send('GET', `/api/v1/users/${encodeURIComponent(email.trim())}/email`, ctx), 'userByEmail');
  }

  /** Manage User Roles answers `{}` as text, or the user, by which page you read: neither is needed. */
  async function putRoles(userId: string, roleIds: readonly string[], ctx: RequestContext | undefined): Promise<void> {
    const body: SsojetSetUserRolesBody = { role_id: [...new Set(roleIds)] };
    await write('PUT', `${userPath(userId)}/roles`, body, ctx);
  }

  async function writeUser(current: User, patch: UpdateUserInput, ctx: RequestContext | undefined): Promise<User> {
    // SSOJet keeps a phone only as a login id and has no picture; refusing beats silently dropping.
    if (patch.phone !== undefined && (patch.phone || null) !== current.phone) throw unsupported('SSOJet cannot change a user’s phone here.');
    if (patch.picture) throw unsupported('SSOJet stores no profile picture.');
    const body = toUpdateUserBody(current, patch);
    const answer = await write('PUT', userPath(current.id), body, ctx);
    // The docs promise the user back but show no example; what was written is known either way.
    try {
      return toUser(answer, 'updatedUser');
    } catch {
      return withWritten(current, body);
    }
  }

  const listUsers = createUsersPager((query, ctx) => send('GET', '/api/v1/users', ctx, undefined, query));

  async function changeRoles(userId: string, change: (held: string[]) => string[], scope: RoleScope | undefined, ctx: RequestContext | undefined): Promise<void> {
    rejectOrganizationScope(scope);
    await queue(userId, async () => {
      const held = (await getUser(userId, ctx)).roleIds;
      const next = change(held);
      if (!sameMembers(next, held)) await putRoles(userId, next, ctx);
    }, ctx?.signal);
  }

  return {
    id: options.id ?? `ssojet:${baseUrl}:${clientId}`,
    capabilities: SSOJET_CAPABILITIES,

    async listUsers(query: UsersQuery, ctx?: RequestContext): Promise<Page<User>> {
      refuseServerSideQuery(query);
      checkPageSize(query.page.size, SSOJET_CAPABILITIES.maxPageSize);
      return listUsers(query.page.size, query.page.cursor, ctx);
    },

    getUser,

    createUser(input: CreateUserInput, ctx?: RequestContext): Promise<User> {
      return createSsojetUser({ write, getUser, findUserId, userPath }, input, ctx);
    },

    async updateUser(userId: string, patch: UpdateUserInput, ctx?: RequestContext): Promise<User> {
      return queue(userId, async () => writeUser(await getUser(userId, ctx), patch, ctx), ctx?.signal);
    },

    async deleteUser(userId: string, ctx?: RequestContext): Promise<void> {
      await queue(userId, () => send('DELETE', userPath(userId), ctx), ctx?.signal);
    },

    async setUserRoles(userId: string, roleIds: string[], scope?: RoleScope, ctx?: RequestContext): Promise<void> {
      rejectOrganizationScope(scope);
      await queue(userId, () => putRoles(userId, roleIds, ctx), ctx?.signal);
    },

    addUserRoles(userId: string, roleIds: string[], scope?: RoleScope, ctx?: RequestContext): Promise<void> {
      return changeRoles(userId, (held) => [...new Set([...held, ...roleIds])], scope, ctx);
    },

    removeUserRoles(userId: string, roleIds: string[], scope?: RoleScope, ctx?: RequestContext): Promise<void> {
      return changeRoles(userId, (held) => held.filter((id) => !roleIds.includes(id)), scope, ctx);
    },

    // SSOJet's roles are account-wide; inside an organization the same roles are assignable.
    async listRoles(_scope?: RoleScope, ctx?: RequestContext) {
      const [roles, permissions] = await Promise.all([send('GET', '/api/v1/roles', ctx), send('GET', '/api/v1/permissions', ctx)]);
      return toRoles(roles, permissions);
    },

    // SSOJet answers every organization at once; searching and paging that list here is exact.
    async listOrganizations(query = {}, ctx?: RequestContext): Promise<Page<Organization>> {
      return searchAndPageOrganizations(toOrganizations(await send('GET', '/api/v1/organizations', ctx)), query);
    },

    async listUserMemberships(userId: string, ctx?: RequestContext): Promise<Membership[]> {
      return toMemberships(await send('GET', `/api/account/identity/users/${encodeURIComponent(userId)}/organizations`, ctx));
    },

    ...createSsojetDefinitions({ read: (path, ctx) => send('GET', path, ctx), write, queue }),

    ...createSsojetUserDetails({ send, getUser, findUserId, userPath, queue }),
  };
}
