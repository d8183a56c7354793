/**
 * MSW handlers that answer like Descope's Management API: the endpoints the Roster adapter and
 * the official SDKs call, with Descope's paths, bodies, error bodies and bearer check. Browser
 * safe (Storybook runs them in msw's service worker): no Node-only imports.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import {
  DESCOPE_ERROR_CODES as CODES,
  DESCOPE_PATHS as PATHS,
  type DescopeErrorBody,
  type DescopePath,
  type DescopeUser,
  type DescopeUserSearchBody,
  type DescopeUserStatus,
  type DescopeUserTenant,
} from '../../../adapters/descope/wire.js';
import type { DescopeFault, DescopeFaultState } from './faults.js';
import { searchUsers } from './search.js';
import { blankUser, type DescopeEmulatorState } from './state.js';

export interface DescopeEmulatorSession {
  /** The tenant this signed-in user administers. */
  tenantId: string;
  /** Whether the user holds the tenant's "User Admin" permission. Default true. */
  isTenantAdmin?: boolean;
}

export interface DescopeHandlerConfig {
  baseUrl: string;
  projectId: string;
  managementKey: string;
  sessions: Readonly<Record<string, DescopeEmulatorSession>>;
  state: DescopeEmulatorState;
  faults: DescopeFaultState;
  newUserId: () => string;
}

type Caller = { kind: 'management' } | { kind: 'session'; tenantId: string };
type Body = Record<string, unknown>;

interface CallContext {
  caller: Caller;
  body: Body;
  url: URL;
}

class DescopeFailure {
  constructor(
    readonly status: number,
    readonly body: DescopeErrorBody,
  ) {}
}

const failure = (status: number, errorCode: string, errorDescription: string, errorMessage?: string) =>
  new DescopeFailure(status, { errorCode, errorDescription, ...(errorMessage ? { errorMessage } : {}) });

// Descope answers management errors with 400 and tells them apart by code (reference §1.3).
const missingArgument = (name: string) => failure(400, CODES.missingArguments, 'Missing arguments', `${name} is required`);
const invalidRequest = (detail: string) => failure(400, CODES.invalidRequest, 'Invalid request', detail);
const userNotFound = () => failure(400, CODES.managementUserNotFound, 'User not found');
const unauthorized = (detail: string) => failure(401, CODES.invalidRequest, 'Unauthorized', detail);
const forbidden = (detail: string) => failure(403, CODES.invalidRequest, 'Forbidden', detail);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SETTABLE_STATUSES: readonly DescopeUserStatus[] = ['enabled', 'disabled', 'invited'];
const SESSION_ROUTES = new Set<DescopePath>([
  PATHS.widgetUserSearch,
  PATHS.userCreate,
  PATHS.userPatch,
  PATHS.userDeleteBatch,
  PATHS.userStatus,
  PATHS.roleAll,
  PATHS.tenantLoad,
]);

function defaultFaultBody(status: number): DescopeErrorBody {
  if (status === 429) return { errorCode: CODES.rateLimited, errorDescription: 'Rate limit exceeded' };
  if (status === 401) return { errorCode: CODES.invalidRequest, errorDescription: 'Unauthorized' };
  if (status === 403) return { errorCode: CODES.invalidRequest, errorDescription: 'Forbidden' };
  if (status < 500) return { errorCode: CODES.badRequest, errorDescription: 'Bad request' };
  return { errorCode: 'E010001', errorDescription: 'Internal server error' };
}

async function faultResponse(fault: DescopeFault): Promise<Response> {
  if (fault.delayMs) await delay(fault.delayMs);
  if (fault.malformed) {
    return new HttpResponse('{"users": [{"userId": "U2', { status: fault.status ?? 200, headers: { 'content-type': 'application/json' } });
  }
  const status = fault.status ?? 500;
  const headers: Record<string, string> = {};
  if (status === 429 || fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds ?? 1);
  return HttpResponse.json((fault.body ?? defaultFaultBody(status)) as Record<string, unknown>, { status, headers });
}

async function readBody(request: Request): Promise<Body> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw failure(400, CODES.badRequest, 'Bad request', 'The body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw failure(400, CODES.badRequest, 'Bad request', 'The body must be a JSON object');
  return body as Body;
}

function optionalString(body: Body, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidRequest(`${key} must be a string`);
  return value;
}

function stringList(value: unknown, key: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalidRequest(`${key} must be an array of strings`);
  return [...new Set(value as string[])];
}

export function createDescopeHandlers(config: DescopeHandlerConfig): HttpHandler[] {
  const { state, faults } = config;

  function authenticate(request: Request, url: URL): Caller {
    const match = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization')?.trim() ?? '');
    if (!match) throw unauthorized('Expected "Authorization: Bearer <ProjectID>:<key>"');
    const separator = match[1]!.indexOf(':');
    const projectId = separator < 0 ? match[1]! : match[1]!.slice(0, separator);
    const secret = separator < 0 ? '' : match[1]!.slice(separator + 1);
    if (projectId !== config.projectId) throw unauthorized('Unknown project');
    if (secret && secret === config.managementKey) return { kind: 'management' };
    const session = secret && Object.hasOwn(config.sessions, secret) ? config.sessions[secret] : undefined;
    if (!session) throw unauthorized('Invalid management key or session');
    if (url.searchParams.get('tenant') !== session.tenantId) throw forbidden('The session may only act within its own tenant (?tenant=)');
    if (session.isTenantAdmin === false) throw forbidden('The signed-in user is not a User Admin of this tenant');
    return { kind: 'session', tenantId: session.tenantId };
  }

  const isVisible = (user: DescopeUser, caller: Caller) =>
    caller.kind === 'management' || user.userTenants.some((t) => t.tenantId === caller.tenantId);

  /** What a caller sees of a user: a session sees its tenant as the user's whole world. */
  function view(user: DescopeUser, caller: Caller): DescopeUser {
    if (caller.kind === 'management') return structuredClone(user);
    const tenant = user.userTenants.find((t) => t.tenantId === caller.tenantId);
    return structuredClone({ ...user, roleNames: tenant?.roleNames ?? [], userTenants: tenant ? [tenant] : [] });
  }

  function findUser(body: Body, caller: Caller): DescopeUser {
    const userId = optionalString(body, 'userId');
    const loginId = optionalString(body, 'loginId');
    if (!userId && !loginId) throw missingArgument('loginId');
    // SDKs send a user id in `loginId` too, so both are tried.
    const user = state.users.find((u) => (userId ? u.userId === userId : u.userId === loginId || u.loginIds.includes(loginId!)));
    if (!user || !isVisible(user, caller)) throw userNotFound();
    return user;
  }

  function findTenant(tenantId: string) {
    const tenant = state.tenants.find((t) => t.id === tenantId);
    if (!tenant) throw invalidRequest(`Tenant ${tenantId} not found`);
    return tenant;
  }

  function membershipOf(user: DescopeUser, tenantId: string): DescopeUserTenant {
    findTenant(tenantId);
    const membership = user.userTenants.find((t) => t.tenantId === tenantId);
    if (!membership) throw invalidRequest(`User is not a member of tenant ${tenantId}`);
    return membership;
  }

  /** Role names that exist where they are to be held: the project's, plus the tenant's own. */
  function checkRoleNames(value: unknown, tenantId: string | null): string[] {
    if (value === undefined || value === null) throw missingArgument('roleNames');
    const names = stringList(value, 'roleNames');
    const known = new Set(state.roles.filter((r) => !r.tenantId || r.tenantId === tenantId).map((r) => r.name));
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length) throw invalidRequest(`Role not found: ${unknown.join(', ')}`);
    return names;
  }

  function tenantsFromBody(value: unknown): DescopeUserTenant[] {
    if (!Array.isArray(value)) throw invalidRequest('userTenants must be an array');
    return value.map((entry) => {
      const tenantId = typeof entry?.tenantId === 'string' ? entry.tenantId : '';
      if (!tenantId) throw missingArgument('userTenants.tenantId');
      const tenant = findTenant(tenantId);
      return { tenantId, tenantName: tenant.name, roleNames: checkRoleNames(entry.roleNames ?? [], tenantId) };
    });
  }

  /** Fields create and patch share; only those present in the body change. */
  function applyProfile(user: DescopeUser, body: Body, caller: Caller): void {
    const email = optionalString(body, 'email');
    if (email !== undefined) {
      if (email !== '' && !EMAIL.test(email)) throw invalidRequest('Invalid email address');
      user.email = email;
    }
    // Docs name it `name`, the SDKs and widgets send `displayName`.
    const displayName = optionalString(body, 'displayName') ?? optionalString(body, 'name');
    if (displayName !== undefined) user.name = displayName;
    for (const key of ['phone', 'givenName', 'middleName', 'familyName', 'picture'] as const) {
      const value = optionalString(body, key);
      if (value !== undefined) user[key] = value;
    }
    if (typeof body.verifiedEmail === 'boolean') user.verifiedEmail = body.verifiedEmail;
    if (typeof body.verifiedPhone === 'boolean') user.verifiedPhone = body.verifiedPhone;
    if (body.customAttributes !== undefined && body.customAttributes !== null) {
      if (typeof body.customAttributes !== 'object' || Array.isArray(body.customAttributes)) throw invalidRequest('customAttributes must be an object');
      user.customAttributes = { ...user.customAttributes, ...(body.customAttributes as Record<string, unknown>) };
    }
    const additional = body.additionalLoginIds ?? body.additionalIdentifiers;
    if (additional !== undefined && additional !== null) user.loginIds = [user.loginIds[0]!, ...stringList(additional, 'additionalLoginIds')];
    if (caller.kind === 'session') {
      if (body.userTenants !== undefined && body.userTenants !== null) throw forbidden('A session cannot change tenant memberships');
      // With ?tenant= Descope reads `roleNames` as the roles held in that tenant, as its widget sends them.
      if (body.roleNames !== undefined && body.roleNames !== null) {
        const membership = user.userTenants.find((t) => t.tenantId === caller.tenantId)!;
        membership.roleNames = checkRoleNames(body.roleNames, caller.tenantId);
      }
      return;
    }
    if (body.roleNames !== undefined && body.roleNames !== null) user.roleNames = checkRoleNames(body.roleNames, null);
    if (body.userTenants !== undefined && body.userTenants !== null) user.userTenants = tenantsFromBody(body.userTenants);
  }

  function createUser({ body, caller }: CallContext) {
    const loginId = optionalString(body, 'loginId');
    if (!loginId) throw missingArgument('loginId');
    if (state.users.some((u) => u.userId === loginId || u.loginIds.includes(loginId))) {
      throw failure(400, CODES.userAlreadyExists, 'User already exists', `A user with login ID ${loginId} already exists`);
    }
    const user = blankUser(config.newUserId(), loginId);
    if (caller.kind === 'session') {
      user.userTenants = [{ tenantId: caller.tenantId, tenantName: findTenant(caller.tenantId).name, roleNames: [] }];
    }
    applyProfile(user, body, caller);
    user.status = body.invite === true ? 'invited' : 'enabled';
    user.test = body.test === true;
    state.users.push(user);
    return { user: view(user, caller) };
  }

  function patchUser({ body, caller }: CallContext) {
    const user = findUser(body, caller);
    // Checked on a copy so a rejected patch changes nothing.
    const draft = structuredClone(user);
    applyProfile(draft, body, caller);
    if (body.status !== undefined) {
      if (!SETTABLE_STATUSES.includes(body.status as DescopeUserStatus)) throw invalidRequest('status must be enabled, disabled or invited');
      draft.status = body.status as DescopeUserStatus;
    }
    Object.assign(user, draft);
    return { user: view(user, caller) };
  }

  function setStatus({ body, caller }: CallContext) {
    const user = findUser(body, caller);
    if (!SETTABLE_STATUSES.includes(body.status as DescopeUserStatus)) throw invalidRequest('status must be enabled, disabled or invited');
    user.status = body.status as DescopeUserStatus;
    return { user: view(user, caller) };
  }

  function removeUsers(users: readonly DescopeUser[]): void {
    state.users = state.users.filter((u) => !users.includes(u));
  }

  function changeRoles(apply: (held: string[], names: string[]) => string[]) {
    return ({ body, caller }: CallContext) => {
      const user = findUser(body, caller);
      const tenantId = optionalString(body, 'tenantId') || null;
      if (tenantId) {
        const membership = membershipOf(user, tenantId);
        membership.roleNames = apply(membership.roleNames, checkRoleNames(body.roleNames, tenantId));
      } else {
        user.roleNames = apply(user.roleNames, checkRoleNames(body.roleNames, null));
      }
      return { user: view(user, caller) };
    };
  }

  function search(withTotal: boolean) {
    return ({ body, caller }: CallContext) => {
      for (const key of ['userIds', 'loginIds', 'emails', 'phones', 'statuses', 'tenantIds', 'roleNames', 'sort'] as const) {
        if (body[key] !== undefined && body[key] !== null && !Array.isArray(body[key])) throw invalidRequest(`${key} must be an array`);
      }
      const pool = state.users.filter((u) => isVisible(u, caller)).map((u) => view(u, caller));
      const result = searchUsers(pool, body as DescopeUserSearchBody);
      return withTotal ? result : { users: result.users };
    };
  }

  type Access = 'management' | 'management-or-session';
  type Method = 'get' | 'post' | 'patch';

  function route(method: Method, path: DescopePath, handle: (ctx: CallContext) => unknown): HttpHandler {
    return http[method](`${config.baseUrl}${path}`, async ({ request }) => {
      if (faults.latencyMs) await delay(faults.latencyMs);
      const fault = faults.take(path);
      if (fault) return faultResponse(fault);
      try {
        const url = new URL(request.url);
        const caller = authenticate(request, url);
        const access: Access = SESSION_ROUTES.has(path) ? 'management-or-session' : 'management';
        if (access === 'management' && caller.kind === 'session') throw forbidden('This endpoint needs a management key');
        const body = method === 'get' ? {} : await readBody(request);
        return HttpResponse.json(handle({ caller, body, url }) as Record<string, unknown>);
      } catch (error) {
        if (error instanceof DescopeFailure) return HttpResponse.json(error.body, { status: error.status });
        throw error;
      }
    });
  }

  return [
    route('get', PATHS.license, () => ({ rateLimitTier: 'tier1' })),
    route('post', PATHS.userSearch, search(true)),
    // The widgets' v1 search is not known to answer with a total.
    route('post', PATHS.widgetUserSearch, search(false)),
    route('get', PATHS.userLoad, ({ url, caller }) => {
      const body = { loginId: url.searchParams.get('loginId') || undefined, userId: url.searchParams.get('userId') || undefined };
      return { user: view(findUser(body, caller), caller) };
    }),
    route('post', PATHS.userCreate, createUser),
    route('patch', PATHS.userPatch, patchUser),
    route('post', PATHS.userDelete, ({ body, caller }) => {
      removeUsers([findUser(body, caller)]);
      return {};
    }),
    route('post', PATHS.userDeleteBatch, ({ body, caller }) => {
      if (body.userIds === undefined) throw missingArgument('userIds');
      removeUsers(stringList(body.userIds, 'userIds').map((userId) => findUser({ userId }, caller)));
      return {};
    }),
    route('post', PATHS.userStatus, setStatus),
    route('post', PATHS.userRoleSet, changeRoles((_held, names) => names)),
    route('post', PATHS.userRoleAdd, changeRoles((held, names) => [...held, ...names.filter((n) => !held.includes(n))])),
    route('post', PATHS.userRoleRemove, changeRoles((held, names) => held.filter((n) => !names.includes(n)))),
    route('post', PATHS.userTenantAdd, ({ body, caller }) => {
      const user = findUser(body, caller);
      const tenantId = optionalString(body, 'tenantId');
      if (!tenantId) throw missingArgument('tenantId');
      const tenant = findTenant(tenantId);
      if (!user.userTenants.some((t) => t.tenantId === tenantId)) user.userTenants.push({ tenantId, tenantName: tenant.name, roleNames: [] });
      return { user: view(user, caller) };
    }),
    route('post', PATHS.userTenantRemove, ({ body, caller }) => {
      const user = findUser(body, caller);
      const tenantId = optionalString(body, 'tenantId');
      if (!tenantId) throw missingArgument('tenantId');
      findTenant(tenantId);
      user.userTenants = user.userTenants.filter((t) => t.tenantId !== tenantId);
      return { user: view(user, caller) };
    }),
    route('get', PATHS.roleAll, ({ url, caller }) => {
      // Without a tenant: every role, tenant-scoped ones carrying their `tenantId`. With one, as the
      // widgets ask: the roles assignable in that tenant.
      const tenantId = caller.kind === 'session' ? caller.tenantId : url.searchParams.get('tenant');
      const roles = tenantId ? state.roles.filter((r) => !r.tenantId || r.tenantId === tenantId) : state.roles;
      return { roles: structuredClone(roles) };
    }),
    route('get', PATHS.tenantAll, () => ({ tenants: structuredClone(state.tenants) })),
    route('get', PATHS.tenantLoad, ({ url, caller }) => {
      const id = url.searchParams.get('id');
      if (!id) throw missingArgument('id');
      if (caller.kind === 'session' && id !== caller.tenantId) throw forbidden('A session may only load its own tenant');
      // Flat, as every SDK parses it.
      return structuredClone(findTenant(id));
    }),
  ];
}
