/**
 * The WorkOS adapter's organizations, roles and memberships. Roles are held per organization
 * membership only, and WorkOS replaces a membership's roles whole (`role_slug` / `role_slugs`), so
 * adding or removing one is a read-modify-write, serialized per user.
 */
import type { MembershipOptions, RequestContext, RoleScope } from '../../core/adapter.js';
import { RosterError, throwIfAborted } from '../../core/errors.js';
import type { OrganizationsQuery } from '../../core/model.js';
import { searchAndPageOrganizations } from '../../core/paging.js';
import type { WorkOSContext } from './context.js';
import { membershipRoles, readList, readOrganization, readRole, toMembership, toOrganization, toRole } from './mapping.js';
import { roleBody } from './users.js';
import { WORKOS_PATHS as PATHS, workosPath, type WorkOSOrganization } from './wire.js';

const notMember = (organizationId: string) => new RosterError('not_found', { status: 404, message: `The user is not a member of organization ${organizationId}.` });

export function createMembershipOperations(ctx: WorkOSContext) {
  const { call } = ctx;

  /** The user's membership of the organization; not_found for an unknown user or a non-member. */
  async function membershipOf(userId: string, organizationId: string, signal?: AbortSignal) {
    const [found] = await ctx.memberships({ user_id: userId, organization_id: organizationId }, signal);
    if (found) return found;
    await ctx.loadUser(userId, signal);
    throw notMember(organizationId);
  }

  function changeRoles(apply: (held: string[], given: string[]) => string[]) {
    return async (userId: string, roleIds: string[], scope?: RoleScope, rc?: RequestContext) => {
      throwIfAborted(rc?.signal);
      const organizationId = scope?.organizationId;
      if (!organizationId) throw new RosterError('unsupported', { message: 'WorkOS assigns roles per organization only; there are no project-wide role assignments.' });
      await ctx.queue(userId, async () => {
        const membership = await membershipOf(userId, organizationId, rc?.signal);
        const held = membershipRoles(membership);
        const next = [...new Set(apply(held, roleIds))];
        if (next.length === held.length && next.every((slug) => held.includes(slug))) return;
        if (next.length === 0) {
          throw new RosterError('invalid_input', { status: 400, message: 'A WorkOS membership always holds at least one role.', fieldErrors: { roleIds: 'Keep at least one role.' } });
        }
        await call({ method: 'PUT', path: workosPath(PATHS.membership, membership.id), body: roleBody(next), signal: rc?.signal });
      }, rc?.signal);
    };
  }

  // WorkOS has no search on organizations: all of them, oldest first, then searched and paged here.
  const allOrganizations = (signal?: AbortSignal): Promise<WorkOSOrganization[]> => ctx.allPages(PATHS.organizations, { order: 'asc' }, readOrganization, signal);

  return {
    async listRoles(scope?: RoleScope, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      const organizationId = scope?.organizationId ?? null;
      // Without an organization: the environment roles, which every organization offers.
      const path = organizationId ? workosPath(PATHS.organizationRoles, organizationId) : PATHS.environmentRoles;
      return readList(await call({ method: 'GET', path, signal: rc?.signal }), readRole).data.map((role) => toRole(role, organizationId));
    },

    async listOrganizations(query: OrganizationsQuery = {}, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      // WorkOS cannot search organizations by name: all are read, then searched and paged here.
      return searchAndPageOrganizations((await allOrganizations(rc?.signal)).map(toOrganization), query);
    },

    async getOrganization(organizationId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      return toOrganization(readOrganization(await call({ method: 'GET', path: workosPath(PATHS.organization, organizationId), signal: rc?.signal })));
    },

    async listUserMemberships(userId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      // WorkOS lists nothing for an unknown user id; loading the user tells "no memberships" from "no user".
      const [, memberships] = await Promise.all([ctx.loadUser(userId, rc?.signal), ctx.memberships({ user_id: userId }, rc?.signal)]);
      return memberships.map(toMembership);
    },

    async addUserMembership(userId: string, organizationId: string, { roleIds = [] }: MembershipOptions = {}, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      await call({ method: 'POST', path: PATHS.memberships, body: { user_id: userId, organization_id: organizationId, ...roleBody(roleIds) }, signal: rc?.signal });
    },

    async removeUserMembership(userId: string, organizationId: string, rc?: RequestContext) {
      throwIfAborted(rc?.signal);
      await ctx.queue(userId, async () => {
        const membership = await membershipOf(userId, organizationId, rc?.signal);
        await call({ method: 'DELETE', path: workosPath(PATHS.membership, membership.id), signal: rc?.signal });
      }, rc?.signal);
    },

    addUserRoles: changeRoles((held, given) => [...held, ...given]),
    removeUserRoles: changeRoles((held, given) => held.filter((slug) => !given.includes(slug))),
    setUserRoles: changeRoles((_held, given) => given),
  };
}
