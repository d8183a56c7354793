/**
 * One function per protocol operation, each in the same order: parse and validate the input,
 * ask `authorize`, enforce the tenant scope, refuse a lockout, call the adapter, return only
 * public fields. Writes note their target and change for the audit record as they learn them.
 */
export type { OperationDetails, OperationEnv } from './operationEnv.js';
import type { ProtocolOperation } from '../core/protocol.js';
import { patchChange } from './audit.js';
import { DEFINITION_OPERATIONS, DEFINITION_QUERY_OPERATIONS } from './definitionOperations.js';
import { DETAILS_OPERATIONS, DETAILS_QUERY_OPERATIONS } from './detailsOperations.js';
import { method, scopeArg, userIdOf, visibleUser, type Operation } from './operationEnv.js';
import { parseMembershipBody, parseNoBody, parseStatusBody, parseUpdateUserBody } from './parseBody.js';
import { parseOrganizationsQuery, parseRolesQuery, parseUsersQuery } from './parseQuery.js';
import { publicMembership, publicOrganization, publicPage, publicRole } from './publicFields.js';
import { jsonResponse, noContentResponse } from './respond.js';
import { changeRoles } from './roleChanges.js';
import type { RouteParams } from './routes.js';
import { capabilities } from './sessionCapabilities.js';
import { createUser } from './userCreation.js';

/** The operations that read a query string; every other one refuses any query parameter. */
export const QUERY_OPERATIONS: ReadonlySet<ProtocolOperation> = new Set([
  'listUsers',
  'listRoles',
  'listOrganizations',
  ...DEFINITION_QUERY_OPERATIONS,
  ...DETAILS_QUERY_OPERATIONS,
]);

/** Every operation the protocol routes to. */
export type RoutedOperation = ProtocolOperation;

export const OPERATIONS: Readonly<Record<RoutedOperation, Operation>> = {
  ...DEFINITION_OPERATIONS,
  ...DETAILS_OPERATIONS,
  capabilities,

  async listUsers(env) {
    const query = env.scope.usersQuery(parseUsersQuery(env.query, env.adapter.capabilities.maxPageSize));
    await env.authorize('listUsers', { query });
    const { page, dropped } = env.scope.usersPage(await env.adapter.listUsers(query, env.ctx));
    if (dropped) env.warn(`The adapter returned ${dropped} user(s) outside the session's organization for an organization-filtered list; they were withheld.`);
    return jsonResponse(publicPage(page, (u) => visibleUser(env, u)));
  },

  async getUser(env) {
    const userId = userIdOf(env);
    await env.authorize('getUser', { userId });
    const memberships = await env.scope.requireUser(userId, env.ctx);
    return jsonResponse(visibleUser(env, await env.adapter.getUser(userId, env.ctx), memberships));
  },

  createUser,

  async updateUser(env) {
    const update = method(env.adapter, 'updateUser');
    const userId = userIdOf(env);
    env.audit.target = { userId };
    const patch = parseUpdateUserBody(env.body);
    env.audit.change = patchChange(patch);
    await env.authorize('updateUser', { userId, patch });
    const memberships = await env.scope.requireUser(userId, env.ctx);
    env.scope.requireSoleTenant(memberships);
    return jsonResponse(visibleUser(env, await update(userId, patch, env.ctx), memberships));
  },

  async deleteUser(env) {
    const remove = method(env.adapter, 'deleteUser');
    const userId = userIdOf(env);
    env.audit.target = { userId };
    parseNoBody(env.body);
    await env.authorize('deleteUser', { userId });
    const memberships = await env.scope.requireUser(userId, env.ctx);
    env.scope.requireSoleTenant(memberships);
    await env.protect('deleteUser', { userId }, { kind: 'remove-user', userId }, memberships);
    await remove(userId, env.ctx);
    return noContentResponse();
  },

  async setUserStatus(env) {
    const setStatus = method(env.adapter, 'setUserStatus');
    const userId = userIdOf(env);
    env.audit.target = { userId };
    const { status } = parseStatusBody(env.body);
    env.audit.change = { status };
    await env.authorize('setUserStatus', { userId, status });
    const memberships = await env.scope.requireUser(userId, env.ctx);
    env.scope.requireSoleTenant(memberships);
    if (status === 'disabled') await env.protect('setUserStatus', { userId, status }, { kind: 'remove-user', userId }, memberships);
    return jsonResponse(visibleUser(env, await setStatus(userId, status, env.ctx), memberships));
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
    const page = (await env.scope.organizationsPage(query.search, env.ctx)) ?? (await env.adapter.listOrganizations(query, env.ctx));
    return jsonResponse(publicPage(page, publicOrganization));
  },

  async listUserMemberships(env) {
    const userId = userIdOf(env);
    await env.authorize('listUserMemberships', { userId });
    const memberships = (await env.scope.requireUser(userId, env.ctx)) ?? (await env.adapter.listUserMemberships(userId, env.ctx));
    return jsonResponse(memberships.filter(env.scope.showsMembership).map(publicMembership));
  },

  async addUserMembership(env) {
    const add = method(env.adapter, 'addUserMembership');
    const { userId, organizationId } = env.params as Required<RouteParams>;
    env.audit.target = { userId, organizationId };
    const { roleIds } = parseMembershipBody(env.body);
    env.audit.change = { membership: 'added', ...(roleIds?.length && { roles: [{ organizationId, added: roleIds, removed: [] }] }) };
    await env.authorize('addUserMembership', { userId, organizationId, ...(roleIds && { roleIds }) });
    // Roles granted with a membership are a role grant, whichever route carries them.
    if (roleIds?.length) await env.authorize('addUserRoles', { userId, roleIds, organizationId });
    env.scope.requireOrganization(organizationId);
    await env.scope.requireUser(userId, env.ctx);
    await add(userId, organizationId, roleIds ? { roleIds } : {}, env.ctx);
    return noContentResponse();
  },

  async removeUserMembership(env) {
    const remove = method(env.adapter, 'removeUserMembership');
    const { userId, organizationId } = env.params as Required<RouteParams>;
    env.audit.target = { userId, organizationId };
    env.audit.change = { membership: 'removed' };
    parseNoBody(env.body);
    await env.authorize('removeUserMembership', { userId, organizationId });
    env.scope.requireOrganization(organizationId);
    const memberships = await env.scope.requireUser(userId, env.ctx);
    await env.protect('removeUserMembership', { userId, organizationId }, { kind: 'leave', userId, organizationId }, memberships);
    await remove(userId, organizationId, env.ctx);
    return noContentResponse();
  },
};
