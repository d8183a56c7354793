/**
 * The Descope adapter: Roster's neutral operations over Descope's Management API, in one of two
 * modes.
 *
 * - Management key (server only): the whole project. Users by `userId`, roles changed with the
 *   add (v2) / remove / set calls, project-wide or per tenant.
 * - A tenant admin's session (browser): only the endpoints Descope's own user-management widget
 *   calls, each with `?tenant=<tenantId>`. Descope then treats `roleNames` as the roles held in
 *   that tenant, as the widget does, so role changes are patches (read-modify-write, serialized
 *   per user, for add and remove).
 */
import type { AdapterCapabilities, RequestContext, RoleScope, RosterAdapter } from '../../core/adapter.js';
import { abortReason, RosterError, throwIfAborted } from '../../core/errors.js';
import type { CreateUserInput, Organization, OrganizationsQuery, Page, UpdateUserInput, User, UsersQuery } from '../../core/model.js';
import { createHttpClient, type FetchLike, type HttpRequest } from '../http/httpClient.js';
import { describeDescopeError } from './describeError.js';
import {
  createRoleCatalogue,
  readList,
  readRecord,
  readRole,
  readTenant,
  readUser,
  SORT_FIELDS_TO_DESCOPE,
  STATUSES_TO_DESCOPE,
  toOrganization,
  toRole,
  toUser,
  type RoleCatalogue,
} from './mapping.js';
import { parseRoleId, roleNamesForScope } from './roleIds.js';
import { DESCOPE_DEFAULT_BASE_URL, DESCOPE_PATHS, type DescopeUser, type DescopeUserSearchBody } from './wire.js';

export interface DescopeManagementKeyAuth {
  /** Full control of the project: only ever on a server. */
  managementKey: string;
}

export interface DescopeSessionAuth {
  /**
   * The token Descope's widgets put after `ProjectID:` in the bearer header: the signed-in user's
   * refresh JWT (`sdk.getRefreshToken()` in `@descope/web-js-sdk`). Return null when it lives in
   * an httpOnly `DSR` cookie; the cookie is then sent along instead.
   */
  getSessionToken: () => string | null | undefined | Promise<string | null | undefined>;
  /** The tenant the signed-in user administers; every call is scoped to it. */
  tenantId: string;
}

export interface DescopeAdapterOptions {
  projectId: string;
  /** Defaults to Descope's API host, with the region taken from a long project id as the SDKs do. */
  baseUrl?: string;
  auth: DescopeManagementKeyAuth | DescopeSessionAuth;
  fetch?: FetchLike;
  /** Per request, in milliseconds. Default 15,000. */
  timeoutMs?: number;
}

/** How long the role list used to tell tenant roles from project roles is reused. */
const ROLE_CATALOGUE_TTL_MS = 30_000;
/** Descope documents no maximum; the widgets ask for up to 10,000, this stays well inside. */
const MAX_PAGE_SIZE = 1000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const isSessionAuth = (auth: DescopeAdapterOptions['auth']): auth is DescopeSessionAuth =>
  typeof (auth as Partial<DescopeSessionAuth>).getSessionToken === 'function';

/** As the SDKs do: a project id of 32+ characters carries its region in characters 1–4. */
export function descopeBaseUrl(projectId: string): string {
  const region = projectId.length >= 32 ? projectId.slice(1, -27) : '';
  return region ? `https://api.${region}.descope.com` : DESCOPE_DEFAULT_BASE_URL;
}

function assertServerSide(): void {
  if (typeof window === 'undefined' && typeof document === 'undefined') return;
  throw new TypeError(
    'Roster: createDescopeAdapter got a Descope management key in a browser (window/document exist). ' +
      'A management key controls the whole Descope project and must never reach a browser. Create this ' +
      'adapter on your server and serve it with createRosterHandler from "react-roster/server" (the ' +
      'browser then uses "react-roster/remote"), or sign in a tenant admin and pass ' +
      '`auth: { getSessionToken, tenantId }` instead.',
  );
}

function checkOptions(options: DescopeAdapterOptions): void {
  if (typeof options?.projectId !== 'string' || options.projectId.trim() === '') {
    throw new TypeError('Roster: createDescopeAdapter needs `projectId`, your Descope project id.');
  }
  const auth = options.auth as Partial<DescopeManagementKeyAuth & DescopeSessionAuth> | undefined;
  if (auth && isSessionAuth(auth as DescopeAdapterOptions['auth'])) {
    if (typeof auth.tenantId !== 'string' || auth.tenantId === '') {
      throw new TypeError('Roster: a Descope session adapter needs `auth.tenantId`, the tenant the signed-in admin manages.');
    }
    return;
  }
  if (typeof auth?.managementKey !== 'string' || auth.managementKey === '') {
    throw new TypeError('Roster: createDescopeAdapter needs `auth: { managementKey }` (server) or `auth: { getSessionToken, tenantId }` (browser).');
  }
  assertServerSide();
}

function encodeCursor(offset: number): string {
  return `o${offset.toString(36)}`;
}

function decodeCursor(cursor: string): number {
  const offset = /^o[0-9a-z]+$/.test(cursor) ? parseInt(cursor.slice(1), 36) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new RosterError('invalid_input', { message: 'The page cursor is not valid.', fieldErrors: { cursor: 'Not a cursor from this adapter.' } });
  }
  return offset;
}

/** Waits for a shared promise, but lets this caller walk away when its own signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function unsupported(what: string): RosterError {
  return new RosterError('unsupported', { message: `Descope cannot ${what}.` });
}

export function createDescopeAdapter(options: DescopeAdapterOptions): RosterAdapter {
  checkOptions(options);
  const { projectId, auth } = options;
  const sessionTenantId = isSessionAuth(auth) ? auth.tenantId : null;
  const baseFetch = options.fetch;

  const client = createHttpClient({
    baseUrl: options.baseUrl ?? descopeBaseUrl(projectId),
    timeoutMs: options.timeoutMs,
    describeError: describeDescopeError,
    // A session may live in Descope's `DSR` cookie, which only travels with credentials.
    fetch: sessionTenantId === null ? baseFetch : (input, init) => (baseFetch ?? globalThis.fetch)(input, { ...init, credentials: 'include' }),
    headers: async () => {
      const secret = isSessionAuth(auth) ? await auth.getSessionToken() : auth.managementKey;
      return { authorization: `Bearer ${secret ? `${projectId}:${secret}` : projectId}` };
    },
  });

  /** Every call of a session carries its tenant, as Descope's widgets send it. */
  function call<T = unknown>(req: HttpRequest): Promise<T> {
    return client.request<T>(sessionTenantId === null ? req : { ...req, query: { ...req.query, tenant: sessionTenantId } });
  }

  let catalogue: { loadedAt: number; promise: Promise<RoleCatalogue> } | null = null;

  async function fetchRoles(signal?: AbortSignal) {
    const body = await call({ method: 'GET', path: DESCOPE_PATHS.roleAll, signal });
    return readList(body, 'roles', readRole);
  }

  function roleCatalogue(signal: AbortSignal | undefined): Promise<RoleCatalogue> {
    if (!catalogue || Date.now() - catalogue.loadedAt > ROLE_CATALOGUE_TTL_MS) {
      // Loaded without the caller's signal: other callers share it, and one abort must not fail them.
      const promise = fetchRoles().then(createRoleCatalogue);
      const entry = { loadedAt: Date.now(), promise };
      catalogue = entry;
      promise.catch(() => {
        if (catalogue === entry) catalogue = null;
      });
    }
    return untilAborted(catalogue.promise, signal);
  }

  async function mapUser(record: DescopeUser, signal: AbortSignal | undefined): Promise<User> {
    return toUser(record, { catalogue: await roleCatalogue(signal), tenantId: sessionTenantId });
  }

  async function userFromResponse(body: unknown, signal: AbortSignal | undefined): Promise<User> {
    return mapUser(readUser(readRecord(body, 'response').user), signal);
  }

  function checkPageSize(size: number): void {
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
      throw new RosterError('invalid_input', { message: `Page size must be between 1 and ${MAX_PAGE_SIZE}.`, fieldErrors: { 'page.size': 'Out of range.' } });
    }
  }

  function roleFilter(roleIds: readonly string[], organizationId: string | undefined): Partial<DescopeUserSearchBody> {
    const refs = roleIds.map(parseRoleId);
    const tenants = new Set(refs.flatMap((r) => (r.tenantId ? [r.tenantId] : [])));
    const names = refs.map((r) => r.name);
    if (organizationId) {
      if ([...tenants].some((t) => t !== organizationId)) {
        throw new RosterError('invalid_input', { message: 'The role filter names a role of another organization.', fieldErrors: { roleIds: 'Pick roles of the filtered organization.' } });
      }
      return { tenantRoleNames: { [organizationId]: { values: names } } };
    }
    if (tenants.size === 0) return { roleNames: names };
    if (tenants.size === 1 && refs.every((r) => r.tenantId)) return { tenantRoleNames: { [[...tenants][0]!]: { values: names } } };
    // Descope ANDs `roleNames` and `tenantRoleNames`; the neutral filter means "holds any of them".
    throw new RosterError('invalid_input', { message: 'Filter by project roles or by the roles of one organization, not both.', fieldErrors: { roleIds: 'Mixes roles of different scopes.' } });
  }

  function searchBody(query: UsersQuery): DescopeUserSearchBody {
    const { filter = {}, sort } = query;
    const body: DescopeUserSearchBody = {};
    const text = query.search?.trim();
    if (text) body.text = text;
    if (filter.status?.length) body.statuses = [...new Set(filter.status.flatMap((s) => STATUSES_TO_DESCOPE[s] ?? []))];
    if (sessionTenantId !== null && (filter.organizationId || filter.roleIds?.length)) {
      throw unsupported('filter by organization or role in a tenant admin session');
    }
    if (filter.organizationId) body.tenantIds = [filter.organizationId];
    if (filter.roleIds?.length) Object.assign(body, roleFilter(filter.roleIds, filter.organizationId));
    if (sort) {
      const field = SORT_FIELDS_TO_DESCOPE[sort.field];
      if (!field) throw unsupported(`sort users by ${sort.field}`);
      body.sort = [{ field, desc: sort.direction === 'desc' }];
    }
    return body;
  }

  async function searchUsers(body: DescopeUserSearchBody, signal: AbortSignal | undefined) {
    const path = sessionTenantId === null ? DESCOPE_PATHS.userSearch : DESCOPE_PATHS.widgetUserSearch;
    const [response, catalogueNow] = await Promise.all([call({ method: 'POST', path, body, signal }), roleCatalogue(signal)]);
    const records = readList(response, 'users', readUser);
    const total = readRecord(response, 'response').total;
    if (total !== undefined && (typeof total !== 'number' || !Number.isInteger(total) || total < 0)) {
      throw new RosterError('bad_response', { cause: new Error(`Descope total: expected a non-negative integer, got ${typeof total}`) });
    }
    return {
      users: records.map((record) => toUser(record, { catalogue: catalogueNow, tenantId: sessionTenantId })),
      total: total ?? null,
    };
  }

  async function loadUserRecord(userId: string, signal: AbortSignal | undefined): Promise<DescopeUser> {
    if (sessionTenantId === null) {
      const body = await call({ method: 'GET', path: DESCOPE_PATHS.userLoad, query: { userId }, signal });
      return readUser(readRecord(body, 'response').user);
    }
    // A session cannot load a single user; the widget's search narrowed to one id can.
    const body = await call({ method: 'POST', path: DESCOPE_PATHS.widgetUserSearch, body: { userIds: [userId], page: 0, limit: 1 }, signal });
    const [record] = readList(body, 'users', readUser);
    if (!record) throw new RosterError('not_found', { message: `No user with id “${userId}” in this tenant.` });
    return record;
  }

  function sessionScope(scope: RoleScope | undefined): string {
    if (scope?.organizationId !== sessionTenantId) {
      throw new RosterError('forbidden', { message: `This session manages roles within tenant “${sessionTenantId}” only.` });
    }
    return sessionTenantId!;
  }

  const capabilities: AdapterCapabilities = {
    search: true,
    sortFields: ['name', 'email', 'createdAt'],
    filters: sessionTenantId === null ? { status: true, roleIds: true, organizationId: true } : { status: true, roleIds: false, organizationId: false },
    pagination: 'offset',
    // v2 search answers with a total; the widgets' v1 search is not known to.
    totals: sessionTenantId === null,
    maxPageSize: MAX_PAGE_SIZE,
    organizationRoles: true,
    roleUpdates: sessionTenantId === null ? 'delta' : 'set',
  };

  const adapter: RosterAdapter = {
    id: sessionTenantId === null ? `descope:${projectId}` : `descope:${projectId}:tenant:${sessionTenantId}`,
    capabilities,

    async listUsers(query: UsersQuery, ctx?: RequestContext): Promise<Page<User>> {
      throwIfAborted(ctx?.signal);
      const size = query.page.size;
      checkPageSize(size);
      const offset = query.page.cursor ? decodeCursor(query.page.cursor) : (query.page.index ?? 0) * size;
      const body: DescopeUserSearchBody = { ...searchBody(query), page: Math.floor(offset / size), limit: size };
      // Only a cursor made at another page size lands between pages; newer Descope takes `offset`.
      if (offset % size !== 0) body.offset = offset;
      const { users, total } = await searchUsers(body, ctx?.signal);
      const hasMore = total !== null ? offset + size < total : users.length === size;
      return { items: users, total, nextCursor: hasMore ? encodeCursor(offset + size) : null };
    },

    async getUser(userId: string, ctx?: RequestContext): Promise<User> {
      throwIfAborted(ctx?.signal);
      return mapUser(await loadUserRecord(userId, ctx?.signal), ctx?.signal);
    },

    async listRoles(scope?: RoleScope, ctx?: RequestContext) {
      throwIfAborted(ctx?.signal);
      const organizationId = scope?.organizationId ?? null;
      if (sessionTenantId !== null && organizationId !== null && organizationId !== sessionTenantId) {
        throw new RosterError('forbidden', { message: `This session sees tenant “${sessionTenantId}” only.` });
      }
      const roles = await fetchRoles(ctx?.signal);
      catalogue = { loadedAt: Date.now(), promise: Promise.resolve(createRoleCatalogue(roles)) };
      return roles.filter((r) => !r.tenantId || r.tenantId === organizationId).map(toRole);
    },

    async listOrganizations(query: OrganizationsQuery = {}, ctx?: RequestContext): Promise<Page<Organization>> {
      throwIfAborted(ctx?.signal);
      let organizations: Organization[];
      if (sessionTenantId === null) {
        organizations = readList(await call({ method: 'GET', path: DESCOPE_PATHS.tenantAll, signal: ctx?.signal }), 'tenants', readTenant).map(toOrganization);
      } else {
        const body = readRecord(await call({ method: 'GET', path: DESCOPE_PATHS.tenantLoad, query: { id: sessionTenantId }, signal: ctx?.signal }), 'response');
        // The SDKs read a flat tenant; the newest docs show it wrapped in `tenant`.
        organizations = [toOrganization(readTenant(body.tenant ?? body))];
      }
      const needle = query.search?.trim().toLocaleLowerCase() ?? '';
      const matching = needle ? organizations.filter((o) => o.name.toLocaleLowerCase().includes(needle)) : organizations;
      const size = query.page?.size ?? Math.max(matching.length, 1);
      const offset = query.page?.cursor ? decodeCursor(query.page.cursor) : (query.page?.index ?? 0) * size;
      return {
        items: matching.slice(offset, offset + size),
        total: matching.length,
        nextCursor: offset + size < matching.length ? encodeCursor(offset + size) : null,
      };
    },

    async listUserMemberships(userId: string, ctx?: RequestContext) {
      return (await adapter.getUser(userId, ctx)).memberships ?? [];
    },

    async createUser(input: CreateUserInput, ctx?: RequestContext): Promise<User> {
      throwIfAborted(ctx?.signal);
      const email = typeof input.email === 'string' ? input.email.trim() : '';
      if (!EMAIL.test(email)) {
        throw new RosterError('invalid_input', { message: 'The email address is not valid.', fieldErrors: { email: 'Enter a valid email address.' } });
      }
      const body = {
        loginId: email,
        email,
        ...(input.name ? { displayName: input.name } : {}),
        ...(input.givenName ? { givenName: input.givenName } : {}),
        ...(input.familyName ? { familyName: input.familyName } : {}),
        ...(input.phone ? { phone: input.phone } : {}),
        // In a session these are the roles held in its tenant, as the widget sends them.
        ...(input.roleIds?.length ? { roleNames: roleNamesForScope(input.roleIds, sessionTenantId) } : {}),
        ...(input.customAttributes ? { customAttributes: input.customAttributes } : {}),
        ...(input.invite ? { invite: true } : {}),
      };
      return userFromResponse(await call({ method: 'POST', path: DESCOPE_PATHS.userCreate, body, signal: ctx?.signal }), ctx?.signal);
    },

    async updateUser(userId: string, patch: UpdateUserInput, ctx?: RequestContext): Promise<User> {
      throwIfAborted(ctx?.signal);
      // PATCH, never Descope's full-replace update, which clears every field it is not sent.
      const body: Record<string, unknown> = { loginId: userId };
      const text = (value: string | null | undefined) => value ?? '';
      if (patch.name !== undefined) body.displayName = text(patch.name);
      if (patch.givenName !== undefined) body.givenName = text(patch.givenName);
      if (patch.familyName !== undefined) body.familyName = text(patch.familyName);
      if (patch.phone !== undefined) body.phone = text(patch.phone);
      if (patch.picture !== undefined) body.picture = text(patch.picture);
      if (patch.customAttributes !== undefined) body.customAttributes = patch.customAttributes;
      return userFromResponse(await call({ method: 'PATCH', path: DESCOPE_PATHS.userPatch, body, signal: ctx?.signal }), ctx?.signal);
    },

    async deleteUser(userId: string, ctx?: RequestContext): Promise<void> {
      throwIfAborted(ctx?.signal);
      if (sessionTenantId === null) await call({ method: 'POST', path: DESCOPE_PATHS.userDelete, body: { userId }, signal: ctx?.signal });
      else await call({ method: 'POST', path: DESCOPE_PATHS.userDeleteBatch, body: { userIds: [userId] }, signal: ctx?.signal });
    },

    async setUserStatus(userId, status, ctx?: RequestContext): Promise<User> {
      throwIfAborted(ctx?.signal);
      if (status !== 'active' && status !== 'disabled') {
        throw new RosterError('invalid_input', { message: 'Status must be active or disabled.', fieldErrors: { status: 'Must be active or disabled.' } });
      }
      const body = { loginId: userId, status: status === 'active' ? 'enabled' : 'disabled' };
      return userFromResponse(await call({ method: 'POST', path: DESCOPE_PATHS.userStatus, body, signal: ctx?.signal }), ctx?.signal);
    },
  };

  if (sessionTenantId === null) {
    async function changeRoles(path: string, userId: string, roleIds: readonly string[], scope: RoleScope | undefined, ctx: RequestContext | undefined) {
      throwIfAborted(ctx?.signal);
      const tenantId = scope?.organizationId ?? null;
      const roleNames = roleNamesForScope(roleIds, tenantId);
      if (roleNames.length === 0 && path !== DESCOPE_PATHS.userRoleSet) return;
      await call({ method: 'POST', path, body: { loginId: userId, ...(tenantId ? { tenantId } : {}), roleNames }, signal: ctx?.signal });
    }
    Object.assign(adapter, {
      addUserRoles: (userId, roleIds, scope, ctx) => changeRoles(DESCOPE_PATHS.userRoleAdd, userId, roleIds, scope, ctx),
      removeUserRoles: (userId, roleIds, scope, ctx) => changeRoles(DESCOPE_PATHS.userRoleRemove, userId, roleIds, scope, ctx),
      setUserRoles: (userId, roleIds, scope, ctx) => changeRoles(DESCOPE_PATHS.userRoleSet, userId, roleIds, scope, ctx),
      async addUserToOrganization(userId, organizationId, roleIds = [], ctx) {
        throwIfAborted(ctx?.signal);
        const roleNames = roleNamesForScope(roleIds, organizationId);
        await call({ method: 'POST', path: DESCOPE_PATHS.userTenantAdd, body: { loginId: userId, tenantId: organizationId }, signal: ctx?.signal });
        // Joining takes no roles in Descope; they follow in a second call.
        if (roleNames.length) {
          await call({ method: 'POST', path: DESCOPE_PATHS.userRoleAdd, body: { loginId: userId, tenantId: organizationId, roleNames }, signal: ctx?.signal });
        }
      },
      async removeUserFromOrganization(userId, organizationId, ctx) {
        throwIfAborted(ctx?.signal);
        await call({ method: 'POST', path: DESCOPE_PATHS.userTenantRemove, body: { loginId: userId, tenantId: organizationId }, signal: ctx?.signal });
      },
    } satisfies Partial<RosterAdapter>);
    return adapter;
  }

  // A session has no role endpoints of its own: roles in its tenant are patched as a whole list.
  const pendingByUser = new Map<string, Promise<unknown>>();
  function serialized<T>(userId: string, run: () => Promise<T>): Promise<T> {
    const previous = pendingByUser.get(userId) ?? Promise.resolve();
    const next = previous.then(run, run);
    const settled = next.catch(() => undefined);
    pendingByUser.set(userId, settled);
    void settled.then(() => {
      if (pendingByUser.get(userId) === settled) pendingByUser.delete(userId);
    });
    return next;
  }

  async function patchTenantRoles(userId: string, roleNames: string[], signal: AbortSignal | undefined): Promise<void> {
    await call({ method: 'PATCH', path: DESCOPE_PATHS.userPatch, body: { loginId: userId, roleNames: [...new Set(roleNames)] }, signal });
  }

  async function editTenantRoles(userId: string, roleIds: readonly string[], scope: RoleScope | undefined, ctx: RequestContext | undefined, edit: (held: string[], names: string[]) => string[]) {
    throwIfAborted(ctx?.signal);
    const tenantId = sessionScope(scope);
    const names = roleNamesForScope(roleIds, tenantId);
    return serialized(userId, async () => {
      const record = await loadUserRecord(userId, ctx?.signal);
      const held = record.userTenants.find((t) => t.tenantId === tenantId)?.roleNames ?? [];
      await patchTenantRoles(userId, edit(held, names), ctx?.signal);
    });
  }

  Object.assign(adapter, {
    addUserRoles: (userId, roleIds, scope, ctx) => editTenantRoles(userId, roleIds, scope, ctx, (held, names) => [...held, ...names]),
    removeUserRoles: (userId, roleIds, scope, ctx) => editTenantRoles(userId, roleIds, scope, ctx, (held, names) => held.filter((n) => !names.includes(n))),
    async setUserRoles(userId, roleIds, scope, ctx) {
      throwIfAborted(ctx?.signal);
      const names = roleNamesForScope(roleIds, sessionScope(scope));
      return serialized(userId, () => patchTenantRoles(userId, names, ctx?.signal));
    },
  } satisfies Partial<RosterAdapter>);
  return adapter;
}
