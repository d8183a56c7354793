/**
 * MSW handlers that answer like Descope's Management API: the endpoints the Roster adapter, the
 * official SDKs and Descope's user-management widget call, with Descope's paths, bodies, error
 * bodies and bearer check. Browser safe (Storybook runs them in msw's service worker): no
 * Node-only imports.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { DESCOPE_PATHS as PATHS, type DescopePath } from '../../../adapters/descope/wire.js';
import { createAuditWriter, searchAudits } from './audits.js';
import { listCustomAttributes } from './customAttributes.js';
import { DescopeFailure, faultResponse, forbidden, missingArgument, readBody, stringList, unauthorized } from './failures.js';
import type { DescopeFaultState } from './faults.js';
import { createDefinitionOperations } from './roles.js';
import type { DescopeEmulatorState } from './state.js';
import { createTenantOperations } from './tenants.js';
import { createUserOperations, type CallContext, type Caller } from './users.js';

export interface DescopeEmulatorSession {
  /** The tenant this signed-in user administers. */
  tenantId: string;
  /** Whether the user holds the tenant's "User Admin" permission. Default true. */
  isTenantAdmin?: boolean;
  /** The signed-in admin's user id, as the audit trail records their writes. Default `U2TenantAdmin`. */
  userId?: string;
}

export interface DescopeHandlerConfig {
  baseUrl: string;
  projectId: string;
  managementKey: string;
  sessions: Readonly<Record<string, DescopeEmulatorSession>>;
  state: DescopeEmulatorState;
  faults: DescopeFaultState;
  newUserId: () => string;
  newTenantId: () => string;
}

/** What a tenant admin's session may call: what Descope's user-management widget calls. */
const SESSION_ROUTES = new Set<DescopePath>([
  PATHS.widgetUserSearch,
  PATHS.userCreate,
  PATHS.userPatch,
  PATHS.userDeleteBatch,
  PATHS.userStatus,
  // Not a widget call: Roster's session delete removes a user from the session's own tenant with it.
  // Whether Descope grants it to a session is undocumented (reference §1.6); held to that tenant here.
  PATHS.userTenantRemove,
  PATHS.userCustomAttributes,
  PATHS.roleAll,
  PATHS.tenantLoad,
  // The role-management widget's calls (descope-js packages/widgets/role-management-widget/src/lib/widget/api).
  PATHS.roleCreate,
  PATHS.roleUpdate,
  PATHS.roleDeleteBatch,
  PATHS.permissionAll,
]);

export function createDescopeHandlers(config: DescopeHandlerConfig): HttpHandler[] {
  const { state, faults } = config;
  const users = createUserOperations(state, config.newUserId, createAuditWriter(state));
  const definitions = createDefinitionOperations(state);
  const tenants = createTenantOperations(state, config.newTenantId);

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
    return { kind: 'session', tenantId: session.tenantId, actorId: session.userId ?? 'U2TenantAdmin' };
  }

  type Method = 'get' | 'post' | 'patch';

  function route(method: Method, path: DescopePath, handle: (ctx: CallContext) => unknown): HttpHandler {
    return http[method](`${config.baseUrl}${path}`, async ({ request }) => {
      if (faults.latencyMs()) await delay(faults.latencyMs());
      const fault = faults.take(path);
      if (fault) return faultResponse(fault);
      try {
        const url = new URL(request.url);
        const caller = authenticate(request, url);
        if (caller.kind === 'session' && !SESSION_ROUTES.has(path)) throw forbidden('This endpoint needs a management key');
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
    route('post', PATHS.userSearch, users.search(true)),
    // The widgets' v1 search is not known to answer with a total.
    route('post', PATHS.widgetUserSearch, users.search(false)),
    route('get', PATHS.userLoad, ({ url, caller }) => {
      const body = { loginId: url.searchParams.get('loginId') || undefined, userId: url.searchParams.get('userId') || undefined };
      return { user: users.view(users.findUser(body, caller, true), caller) };
    }),
    route('post', PATHS.userCreate, users.createUser),
    route('patch', PATHS.userPatch, users.patchUser),
    route('post', PATHS.userDelete, ({ body, caller }) => {
      users.removeUsers([users.findUser(body, caller, true)], caller);
      return {};
    }),
    route('post', PATHS.userDeleteBatch, ({ body, caller }) => {
      if (body.userIds === undefined) throw missingArgument('userIds');
      users.removeUsers(
        stringList(body.userIds, 'userIds').map((userId) => users.findUser({ userId }, caller, true)),
        caller,
      );
      return {};
    }),
    route('post', PATHS.userStatus, users.setStatus),
    route('get', PATHS.userCustomAttributes, ({ caller }) => listCustomAttributes(state.customAttributes, caller)),
    route('post', PATHS.auditSearch, ({ body }) => searchAudits(state.audits, body, config.projectId)),
    route('post', PATHS.userRoleSet, users.changeRoles((_held, names) => names)),
    route('post', PATHS.userRoleAdd, users.changeRoles((held, names) => [...held, ...names.filter((n) => !held.includes(n))])),
    route('post', PATHS.userRoleRemove, users.changeRoles((held, names) => held.filter((n) => !names.includes(n)))),
    route('post', PATHS.userTenantAdd, users.addTenant),
    route('post', PATHS.userTenantRemove, users.removeTenant),
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
      return structuredClone(users.findTenant(id));
    }),
    route('post', PATHS.roleCreate, definitions.createRole),
    route('post', PATHS.roleUpdate, definitions.updateRole),
    route('post', PATHS.roleDelete, definitions.deleteRole),
    route('post', PATHS.roleDeleteBatch, definitions.deleteRoleBatch),
    route('get', PATHS.permissionAll, definitions.listPermissions),
    route('post', PATHS.permissionCreate, definitions.createPermission),
    route('post', PATHS.permissionUpdate, definitions.updatePermission),
    route('post', PATHS.permissionDelete, definitions.deletePermission),
    route('post', PATHS.tenantCreate, tenants.createTenant),
    route('post', PATHS.tenantUpdate, tenants.updateTenant),
    route('post', PATHS.tenantDelete, tenants.deleteTenant),
  ];
}
