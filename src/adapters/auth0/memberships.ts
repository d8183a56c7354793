/**
 * The Auth0 adapter's roles and organizations. Auth0's roles are the tenant's and can be held
 * tenant-wide (`/users/{id}/roles`) or per organization member
 * (`/organizations/{id}/members/{user_id}/roles`); a role an organization owns (`owner_id`) is
 * offered in that organization only. Organizations are read whole by checkpoint and searched here.
 */
import type { RequestContext, RoleScope, RosterAdapter } from '../../core/adapter.js';
import { throwIfAborted } from '../../core/errors.js';
import type { Membership, OrganizationsQuery } from '../../core/model.js';
import { searchAndPageOrganizations } from '../../core/paging.js';
import { auth0Path, mapLimited, type Auth0Client } from './client.js';
import { readOrganization, readPermission, readRole, toOrganization, toRole } from './mapping.js';
import { CONCURRENCY, notFoundIfUserMissing } from './users.js';
import { AUTH0_PATHS as P, type Auth0Organization, type Auth0Permission, type Auth0Role } from './wire.js';

type MembershipMethods = Pick<
  RosterAdapter,
  'listRoles' | 'addUserRoles' | 'removeUserRoles' | 'listOrganizations' | 'getOrganization' | 'listUserMemberships' | 'addUserMembership' | 'removeUserMembership'
>;

export function createMembershipMethods(client: Auth0Client, requireUser: (userId: string, signal: AbortSignal | undefined) => Promise<void>): MembershipMethods {
  const { call } = client;

  async function changeRoles(method: 'POST' | 'DELETE', userId: string, roleIds: readonly string[], scope: RoleScope | undefined, rc: RequestContext | undefined) {
    throwIfAborted(rc?.signal);
    const roles = [...new Set(roleIds)];
    // Auth0 refuses an empty `roles` list; changing nothing needs no call.
    if (roles.length === 0) return;
    const organizationId = scope?.organizationId;
    const path = organizationId ? auth0Path(P.organizationMemberRoles, { id: organizationId, user_id: userId }) : auth0Path(P.userRoles, { id: userId });
    try {
      await call({ method, path, body: { roles }, signal: rc?.signal });
    } catch (error) {
      // A member's role write answers 400 for a user who is not (or no longer) there.
      if (organizationId) await notFoundIfUserMissing(error, () => requireUser(userId, rc?.signal));
      throw error;
    }
  }

  async function memberRoles(organizationId: string, userId: string, signal: AbortSignal | undefined): Promise<string[]> {
    const roles = (await client.collect(auth0Path(P.organizationMemberRoles, { id: organizationId, user_id: userId }), 'roles', readRole, signal)) as Auth0Role[];
    return roles.map((r) => r.id);
  }

  return {
    async listRoles(scope?: RoleScope, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const organizationId = scope?.organizationId ?? null;
      const roles = ((await client.collect(auth0Path(P.roles, {}), 'roles', readRole, rc?.signal)) as Auth0Role[]).filter(
        (r) => !r.owner_id || r.owner_id === organizationId,
      );
      // Auth0 lists a role's permissions separately, one call per role.
      return mapLimited(roles, CONCURRENCY, async (role) => {
        const permissions = (await client.collect(auth0Path(P.rolePermissions, { id: role.id }), 'permissions', readPermission, rc?.signal)) as Auth0Permission[];
        return toRole(role, permissions);
      });
    },

    addUserRoles: (userId, roleIds, scope, rc) => changeRoles('POST', userId, roleIds, scope, rc),
    removeUserRoles: (userId, roleIds, scope, rc) => changeRoles('DELETE', userId, roleIds, scope, rc),

    async listOrganizations(query: OrganizationsQuery = {}, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const orgs = (await client.collectByCheckpoint(auth0Path(P.organizations, {}), 'organizations', readOrganization, rc?.signal)) as Auth0Organization[];
      return searchAndPageOrganizations(orgs.map(toOrganization), query);
    },

    async getOrganization(organizationId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      return toOrganization(readOrganization(await call({ method: 'GET', path: auth0Path(P.organization, { id: organizationId }), signal: rc?.signal })));
    },

    async listUserMemberships(userId: string, rc?: RequestContext): Promise<Membership[]> {
      throwIfAborted(rc?.signal);
      const orgs = (await client.collect(auth0Path(P.userOrganizations, { id: userId }), 'organizations', readOrganization, rc?.signal)) as Auth0Organization[];
      return mapLimited(orgs.map(toOrganization), CONCURRENCY, async (org) => ({
        organization: { id: org.id, name: org.name },
        roleIds: await memberRoles(org.id, userId, rc?.signal),
      }));
    },

    async addUserMembership(userId, organizationId, { roleIds = [] } = {}, rc) {
      throwIfAborted(rc?.signal);
      try {
        await call({ method: 'POST', path: auth0Path(P.organizationMembers, { id: organizationId }), body: { members: [userId] }, signal: rc?.signal });
      } catch (error) {
        await notFoundIfUserMissing(error, () => requireUser(userId, rc?.signal));
      }
      // Joining takes no roles in Auth0; they follow in a second call.
      await changeRoles('POST', userId, roleIds, { organizationId }, rc);
    },

    async removeUserMembership(userId, organizationId, rc) {
      throwIfAborted(rc?.signal);
      await call({ method: 'DELETE', path: auth0Path(P.organizationMembers, { id: organizationId }), body: { members: [userId] }, signal: rc?.signal });
    },
  };
}

