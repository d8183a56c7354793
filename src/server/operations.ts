/**
 * One function per protocol operation, each in the same order: parse and validate the input,
 * ask `authorize`, enforce the tenant scope, call the adapter, return only public fields.
 */
import type { AdapterMethodName, RequestContext, RoleScope, RosterAdapter } from '../core/adapter.js';
import { ADAPTER_READ_METHODS, ADAPTER_WRITE_METHODS } from '../core/adapter.js';
import { RosterError } from '../core/errors.js';
import type { CreateUserInput, OrganizationsQuery, UpdateUserInput, UsersQuery } from '../core/model.js';
import type { CapabilitiesResponse, ProtocolOperation } from '../adapters/remote/protocol.js';
import { parseCreateUserBody, parseMembershipBody, parseNoBody, parseRoleChangeBody, parseStatusBody, parseUpdateUserBody } from './parseBody.js';
import { parseOrganizationsQuery, parseRolesQuery, parseUsersQuery } from './parseQuery.js';
import { publicCapabilities, publicMembership, publicOrganization, publicPage, publicRole, publicUser } from './publicFields.js';
import { jsonResponse, noContentResponse } from './respond.js';
import type { RouteParams } from './routes.js';
import type { TenantScope } from './tenantScope.js';

/** What `authorize` is told about the operation, after validation. */
export interface OperationDetails {
  userId?: string;
  /** The organization a role change or membership change targets. */
  organizationId?: string;
  roleIds?: string[];
  status?: 'active' | 'disabled';
  input?: CreateUserInput;
  patch?: UpdateUserInput;
  /** For lists: the query as it will run, already pinned to the session's organization. */
  query?: UsersQuery | OrganizationsQuery;
}

export interface OperationEnv {
  adapter: RosterAdapter;
  scope: TenantScope;
  params: RouteParams;
  query: URLSearchParams;
  body: unknown;
  ctx: RequestContext;
  /** Rejects with `forbidden` when the host's `authorize` says no. */
  authorize(operation: AdapterMethodName, details: OperationDetails): Promise<void>;
  warn(message: string): void;
}

type Operation = (env: OperationEnv) => Promise<Response>;

function userIdOf(env: OperationEnv): string {
  return env.params.userId!;
}

function scopeArg(scope: RoleScope): RoleScope {
  return scope.organizationId ? { organizationId: scope.organizationId } : {};
}

/** The write methods exist only on some adapters; checked before anything else runs. */
function method<K extends AdapterMethodName>(adapter: RosterAdapter, name: K): NonNullable<RosterAdapter[K]> {
  const fn = adapter[name];
  if (typeof fn !== 'function') throw new RosterError('unsupported', { status: 501, message: 'The identity provider behind this server does not support this action.' });
  return (fn as (...args: unknown[]) => unknown).bind(adapter) as NonNullable<RosterAdapter[K]>;
}

async function changeRoles(env: OperationEnv, name: 'addUserRoles' | 'removeUserRoles' | 'setUserRoles'): Promise<Response> {
  const change = method(env.adapter, name);
  const userId = userIdOf(env);
  const { roleIds, scope } = parseRoleChangeBody(env.body);
  await env.authorize(name, { userId, roleIds, ...scope });
  env.scope.requireRoleChangeScope(scope);
  await env.scope.requireUser(userId, env.ctx);
  await change(userId, roleIds, scopeArg(scope), env.ctx);
  return noContentResponse();
}

/** The operations that read a query string; every other one refuses any query parameter. */
export const QUERY_OPERATIONS: ReadonlySet<ProtocolOperation> = new Set(['listUsers', 'listRoles', 'listOrganizations']);

export const OPERATIONS: Record<ProtocolOperation, Operation> = {
  async capabilities(env) {
    const operations = [...ADAPTER_READ_METHODS, ...ADAPTER_WRITE_METHODS].filter((name) => typeof env.adapter[name] === 'function');
    return jsonResponse({ capabilities: publicCapabilities(env.adapter.capabilities), operations } satisfies CapabilitiesResponse);
  },

  async listUsers(env) {
    const query = env.scope.usersQuery(parseUsersQuery(env.query, env.adapter.capabilities.maxPageSize));
    await env.authorize('listUsers', { query });
    const { page, dropped } = env.scope.usersPage(await env.adapter.listUsers(query, env.ctx));
    if (dropped) env.warn(`The adapter returned ${dropped} user(s) outside the session's organization for an organization-filtered list; they were withheld.`);
    return jsonResponse(publicPage(page, (u) => publicUser(u, env.scope.showsMembership)));
  },

  async getUser(env) {
    const userId = userIdOf(env);
    await env.authorize('getUser', { userId });
    await env.scope.requireUser(userId, env.ctx);
    return jsonResponse(publicUser(await env.adapter.getUser(userId, env.ctx), env.scope.showsMembership));
  },

  async createUser(env) {
    const create = method(env.adapter, 'createUser');
    const parsed = parseCreateUserBody(env.body);
    // A tenant admin's new user always lands in their organization, whatever the body names.
    const organization = env.scope.organizationId !== null ? { ...parsed.organization, id: env.scope.organizationId } : parsed.organization;
    const input: CreateUserInput = organization ? { ...parsed, organization } : parsed;
    await env.authorize('createUser', { input, ...(organization && { organizationId: organization.id, roleIds: organization.roleIds }) });
    if (organization) env.scope.requireOrganization(organization.id);
    env.scope.requireCreatable(input, env.adapter);
    const inOneCall = !organization || env.adapter.capabilities.createUser.organization;
    const { organization: _joinedAfter, ...withoutOrganization } = input;
    let user = await create(inOneCall ? input : withoutOrganization, env.ctx);
    if (organization) {
      try {
        if (!inOneCall) await method(env.adapter, 'addUserToOrganization')(user.id, organization.id, organization.roleIds, env.ctx);
      } catch (error) {
        // Undo rather than leave an account no tenant admin can see or remove.
        await env.adapter.deleteUser?.(user.id).catch(() => env.warn(`User ${user.id} was created but could not be added to ${organization.id} nor deleted again.`));
        throw error;
      }
      user = await env.adapter.getUser(user.id, env.ctx);
    }
    return jsonResponse(publicUser(user, env.scope.showsMembership), 201);
  },

  async updateUser(env) {
    const update = method(env.adapter, 'updateUser');
    const userId = userIdOf(env);
    const patch = parseUpdateUserBody(env.body);
    await env.authorize('updateUser', { userId, patch });
    env.scope.requireSoleTenant(await env.scope.requireUser(userId, env.ctx));
    return jsonResponse(publicUser(await update(userId, patch, env.ctx), env.scope.showsMembership));
  },

  async deleteUser(env) {
    const remove = method(env.adapter, 'deleteUser');
    const userId = userIdOf(env);
    parseNoBody(env.body);
    await env.authorize('deleteUser', { userId });
    env.scope.requireSoleTenant(await env.scope.requireUser(userId, env.ctx));
    await remove(userId, env.ctx);
    return noContentResponse();
  },

  async setUserStatus(env) {
    const setStatus = method(env.adapter, 'setUserStatus');
    const userId = userIdOf(env);
    const { status } = parseStatusBody(env.body);
    await env.authorize('setUserStatus', { userId, status });
    env.scope.requireSoleTenant(await env.scope.requireUser(userId, env.ctx));
    return jsonResponse(publicUser(await setStatus(userId, status, env.ctx), env.scope.showsMembership));
  },

  addUserRoles: (env) => changeRoles(env, 'addUserRoles'),
  removeUserRoles: (env) => changeRoles(env, 'removeUserRoles'),
  setUserRoles: (env) => changeRoles(env, 'setUserRoles'),

  async listRoles(env) {
    const scope = parseRolesQuery(env.query);
    await env.authorize('listRoles', scope);
    if (scope.organizationId) env.scope.requireOrganization(scope.organizationId);
    return jsonResponse((await env.adapter.listRoles(scopeArg(scope), env.ctx)).map(publicRole));
  },

  async listOrganizations(env) {
    const query = parseOrganizationsQuery(env.query);
    await env.authorize('listOrganizations', { query });
    const page = (await env.scope.organizationsPage(env.adapter, query.search, env.ctx)) ?? (await env.adapter.listOrganizations(query, env.ctx));
    return jsonResponse(publicPage(page, publicOrganization));
  },

  async listUserMemberships(env) {
    const userId = userIdOf(env);
    await env.authorize('listUserMemberships', { userId });
    const memberships = (await env.scope.requireUser(userId, env.ctx)) ?? (await env.adapter.listUserMemberships(userId, env.ctx));
    return jsonResponse(memberships.filter(env.scope.showsMembership).map(publicMembership));
  },

  async addUserToOrganization(env) {
    const add = method(env.adapter, 'addUserToOrganization');
    const { userId, organizationId } = env.params as Required<RouteParams>;
    const { roleIds } = parseMembershipBody(env.body);
    await env.authorize('addUserToOrganization', { userId, organizationId, ...(roleIds && { roleIds }) });
    env.scope.requireOrganization(organizationId);
    await env.scope.requireUser(userId, env.ctx);
    await add(userId, organizationId, roleIds, env.ctx);
    return noContentResponse();
  },

  async removeUserFromOrganization(env) {
    const remove = method(env.adapter, 'removeUserFromOrganization');
    const { userId, organizationId } = env.params as Required<RouteParams>;
    parseNoBody(env.body);
    await env.authorize('removeUserFromOrganization', { userId, organizationId });
    env.scope.requireOrganization(organizationId);
    await env.scope.requireUser(userId, env.ctx);
    await remove(userId, organizationId, env.ctx);
    return noContentResponse();
  },
};
