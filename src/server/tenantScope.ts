/**
 * Tenant isolation. A session scoped to an organization sees that organization as its whole
 * world: users outside it do not exist (404, exactly as for an unknown id), list queries are pinned
 * to it whatever the request says, and no change it makes may reach another tenant:
 *
 * - memberships in other organizations are hidden from every answer;
 * - project-wide roles span every tenant, so a scoped session may read but not change them, nor
 *   grant them, nor define, change or delete them; the same holds for permissions (project-wide in
 *   every backend) and for organizations themselves; an organization's own roles are its to define;
 * - deleting, disabling or editing a user who also belongs to another organization would change
 *   that tenant's user too, so it is refused; removing them from this organization is the way.
 *
 * A project-wide session (`organizationId: null`) is not restricted here; `authorize` still is.
 */
import type { RequestContext, RoleScope, RosterAdapter } from '../core/adapter.js';
import { isRosterError } from '../core/errors.js';
import type { CreateUserInput, Membership, Organization, Page, User, UsersQuery } from '../core/model.js';
import { HandlerError } from './handlerError.js';
import type { RosterSession } from './session.js';

export interface TenantScope {
  readonly organizationId: string | null;
  /** Resolves with the user's memberships when scoped (null when not), or rejects with not_found. */
  requireUser(userId: string, ctx: RequestContext): Promise<Membership[] | null>;
  /** For writes to the user record itself: refuses when they also belong to another organization. */
  requireSoleTenant(memberships: Membership[] | null): void;
  requireOrganization(organizationId: string): void;
  /** The scope a role change may use: never project-wide and never another organization when scoped. */
  requireRoleChangeScope(scope: RoleScope): void;
  requireCreatable(input: CreateUserInput, adapter: RosterAdapter): void;
  /** For definitions every tenant shares (permissions, organizations): refused when scoped. */
  requireProjectAdmin(what: 'permissions' | 'organizations'): void;
  /** The scope a role definition may be written in: the session's own organization when scoped. */
  requireRoleDefinitionScope(scope: RoleScope): void;
  /**
   * When scoped, that `roleId` is a role defined in the session's organization: one of another
   * organization, or none at all, is not found alike; a project-wide one is refused.
   */
  requireOwnRole(roleId: string, ctx: RequestContext): Promise<void>;
  usersQuery(query: UsersQuery): UsersQuery;
  showsMembership(membership: Membership): boolean;
  /** Drops any user a misbehaving adapter returned from outside the scope. */
  usersPage(page: Page<User>): { page: Page<User>; dropped: number };
  /** The session's own organization as a page (null when not scoped), matched against `search`. */
  organizationsPage(search: string | undefined, ctx: RequestContext): Promise<Page<Organization> | null>;
}

// One message for "no such user" and "not yours", so a scoped admin cannot probe for ids.
export const userNotFound = () => new HandlerError('not_found', { status: 404, message: 'The user was not found.' });
const organizationNotFound = () => new HandlerError('not_found', { status: 404, message: 'The organization was not found.' });
const roleNotFound = () => new HandlerError('not_found', { status: 404, message: 'The role was not found.' });
const projectRoleDefinition = () =>
  new HandlerError('forbidden', {
    status: 403,
    message: 'Project-wide roles apply in every organization, so only a project admin can create, change or delete them. Define roles in your organization instead.',
  });
const SHARED_DEFINITION_MESSAGES = {
  permissions: 'Permissions are shared by every organization, so only a project admin can create, change or delete them.',
  organizations: 'Only a project admin can create, change or delete organizations.',
};

/** Finds the session's organization by id (./organizationLookup.ts, bound to the request). */
export type FindOrganization = (organizationId: string, ctx: RequestContext) => Promise<Organization | null>;

export function createTenantScope(adapter: RosterAdapter, session: RosterSession, findOrganization: FindOrganization): TenantScope {
  const scopeId = session.organizationId;
  const isMember = (m: Membership) => m.organization.id === scopeId;

  return {
    organizationId: scopeId,

    async requireUser(userId, ctx) {
      if (scopeId === null) return null;
      let memberships: Membership[];
      try {
        memberships = await adapter.listUserMemberships(userId, ctx);
      } catch (error) {
        if (isRosterError(error) && error.code === 'not_found') throw userNotFound();
        throw error;
      }
      if (!memberships.some(isMember)) throw userNotFound();
      return memberships;
    },

    requireSoleTenant(memberships) {
      if (memberships === null) return;
      if (memberships.some((m) => !isMember(m))) {
        throw new HandlerError('forbidden', {
          status: 403,
          message: 'This user also belongs to other organizations, so only a project admin can change or delete the account. You can remove them from your organization.',
        });
      }
    },

    requireOrganization(organizationId) {
      if (scopeId !== null && organizationId !== scopeId) throw organizationNotFound();
    },

    requireRoleChangeScope(scope) {
      if (scopeId === null) return;
      if (!scope.organizationId) {
        throw new HandlerError('forbidden', {
          status: 403,
          message: 'Project-wide roles apply in every organization, so only a project admin can change them. Change the roles held in your organization instead.',
        });
      }
      if (scope.organizationId !== scopeId) throw organizationNotFound();
    },

    requireCreatable(input, target) {
      if (scopeId === null) return;
      if (input.roleIds?.length) {
        throw new HandlerError('forbidden', {
          status: 403,
          message: 'Project-wide roles apply in every organization, so only a project admin can grant them. Create the user, then give them roles in your organization.',
          fieldErrors: { roleIds: 'Only a project admin can grant project-wide roles.' },
        });
      }
      // A user created by a tenant admin must land in that tenant, or it would be nobody's.
      if (!target.capabilities.createUser.organization && !target.addUserMembership) {
        throw new HandlerError('unsupported', { status: 501, message: 'This identity provider cannot add users to an organization, so a tenant admin cannot create users.' });
      }
    },

    requireProjectAdmin(what) {
      if (scopeId !== null) throw new HandlerError('forbidden', { status: 403, message: SHARED_DEFINITION_MESSAGES[what] });
    },

    requireRoleDefinitionScope(scope) {
      if (scopeId === null) return;
      if (!scope.organizationId) throw projectRoleDefinition();
      if (scope.organizationId !== scopeId) throw organizationNotFound();
    },

    async requireOwnRole(roleId, ctx) {
      if (scopeId === null) return;
      // The adapter is asked for the roles of this organization, not trusted to refuse an id of
      // another one: some IdPs address a role by its id alone, whatever scope the call names.
      const role = (await adapter.listRoles({ organizationId: scopeId }, ctx)).find((r) => r.id === roleId);
      if (!role || (role.organizationId && role.organizationId !== scopeId)) throw roleNotFound();
      if (!role.organizationId) throw projectRoleDefinition();
    },

    usersQuery(query) {
      if (scopeId === null) return query;
      if (!adapter.capabilities.filters.organizationId) {
        // Listing everyone and filtering here would page wrongly and load every tenant's users.
        throw new HandlerError('unsupported', { status: 501, message: 'This identity provider cannot list the users of one organization.' });
      }
      return { ...query, filter: { ...query.filter, organizationId: scopeId } };
    },

    showsMembership(membership) {
      return scopeId === null || isMember(membership);
    },

    usersPage(page) {
      if (scopeId === null) return { page, dropped: 0 };
      const items = page.items.filter((u) => u.memberships === undefined || u.memberships.some(isMember));
      return { page: { ...page, items }, dropped: page.items.length - items.length };
    },

    async organizationsPage(search, ctx) {
      if (scopeId === null) return null;
      const found = await findOrganization(scopeId, ctx);
      const needle = search?.trim().toLocaleLowerCase() ?? '';
      const items = found && (!needle || found.name.toLocaleLowerCase().includes(needle)) ? [found] : [];
      return { items, total: items.length, nextCursor: null };
    },
  };
}
