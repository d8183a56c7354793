/**
 * The write side of roles, permissions and organizations, with the cache bookkeeping of each.
 *
 * Decisions, per mutation (STYLE rule 6):
 * - create and delete are pessimistic: a new role or organization appears, and a deleted one goes,
 *   when the backend agrees (a delete takes the definition from users, which the screen cannot
 *   guess);
 * - changes (rename, describe, a role's permissions, domains) are optimistic: shown at once through
 *   the pending layer (pendingPatches.ts), rolled back exactly on failure;
 * - the writes for one definition run one after the other, so two quick toggles of one role's
 *   permissions reach the backend in the order they were made;
 * - afterwards everything that shows the definition follows: a deleted role leaves users' roles,
 *   a renamed permission is renamed in the roles that grant it, a renamed or deleted organization
 *   changes memberships.
 */
import type { RoleScope } from '../core/adapter.js';
import { matchesKey, rosterKeys, type RosterResource } from '../core/cacheKeys.js';
import { RosterError } from '../core/errors.js';
import type { Organization, OrganizationInput, OrganizationPatch, Page, Permission, PermissionInput, PermissionPatch, Role, RoleInput, RolePatch } from '../core/model.js';
import { pendingPatchesFor } from './pendingPatches.js';
import type { RosterWrites } from './rosterClient.js';

export interface DefinitionWrites {
  createRole(input: RoleInput, scope: RoleScope): Promise<Role>;
  updateRole(roleId: string, patch: RolePatch, scope: RoleScope): Promise<Role>;
  deleteRole(roleId: string, scope: RoleScope): Promise<void>;
  createPermission(input: PermissionInput): Promise<Permission>;
  updatePermission(permissionId: string, patch: PermissionPatch): Promise<Permission>;
  deletePermission(permissionId: string): Promise<void>;
  createOrganization(input: OrganizationInput): Promise<Organization>;
  updateOrganization(organizationId: string, patch: OrganizationPatch): Promise<Organization>;
  deleteOrganization(organizationId: string): Promise<void>;
}

/** The pending layer's name of a scope's role list. */
export const roleList = (scope: RoleScope): string => `roles:${scope.organizationId ?? ''}`;

function unsupported(what: string): never {
  throw new RosterError('unsupported', { message: `This identity provider does not support ${what}.` });
}

const writers = new WeakMap<RosterWrites, DefinitionWrites>();

/** The provider's definition writes, made the first time a hook asks for them. */
export function definitionWritesFor(writes: RosterWrites): DefinitionWrites {
  let made = writers.get(writes);
  if (!made) writers.set(writes, (made = createDefinitionWrites(writes)));
  return made;
}

function createDefinitionWrites(writes: RosterWrites): DefinitionWrites {
  const { adapter, keyBase, mutate, queue } = writes;
  const pending = pendingPatchesFor(writes);
  const is = (resource: RosterResource) => (key: unknown) => matchesKey(key, keyBase, resource);
  const revalidate = (...resources: RosterResource[]) => {
    for (const resource of resources) void mutate(is(resource));
  };

  /** Shows `patch` at once, sends it after this definition's earlier writes, and drops it when settled. */
  async function optimistic<T>(list: string, id: string, patch: object, send: () => Promise<T>, fold: (result: T) => Promise<unknown>): Promise<T> {
    const drop = pending.add(list, id, patch as Record<string, unknown>);
    try {
      const result = await queue(`${list}\u0000${id}`, send);
      // Into the cache before the layer goes, so the screen does not flicker back meanwhile.
      await fold(result);
      return result;
    } finally {
      drop();
    }
  }

  const editRoleLists = (scope: RoleScope | null, edit: (roles: Role[]) => Role[]) =>
    mutate<Role[]>((key) => (scope ? isRolesOf(key, scope) : is('roles')(key)), (roles) => roles && edit(roles), { revalidate: false });
  const isRolesOf = (key: unknown, scope: RoleScope) => is('roles')(key) && (key as unknown[])[4] === (scope.organizationId ?? null);

  const editOrganizationPages = (edit: (items: Organization[]) => Organization[]) =>
    mutate<Page<Organization>>(is('organizations'), (page) => page && { ...page, items: edit(page.items) }, { revalidate: false });

  return {
    async createRole(input, scope) {
      if (!adapter.createRole) unsupported('creating roles');
      const role = await adapter.createRole(input, scope);
      await editRoleLists(scope, (roles) => [...roles.filter((r) => r.id !== role.id), role]);
      void mutate((key) => isRolesOf(key, scope));
      return role;
    },

    updateRole(roleId, patch, scope) {
      const updateRole = adapter.updateRole ?? unsupported('changing roles');
      return optimistic(roleList(scope), roleId, patch, () => updateRole(roleId, patch, scope), async (role) => {
        await editRoleLists(scope, (roles) => roles.map((r) => (r.id === roleId ? role : r)));
        // Where a role's id is its name (Descope), a rename gives it a new id, which users now hold.
        if (role.id !== roleId) revalidate('users', 'allUsers', 'user', 'memberships', 'roles');
      });
    },

    async deleteRole(roleId, scope) {
      const deleteRole = adapter.deleteRole ?? unsupported('deleting roles');
      await queue(`${roleList(scope)}\u0000${roleId}`, () => deleteRole(roleId, scope));
      await editRoleLists(scope, (roles) => roles.filter((r) => r.id !== roleId));
      // Every holder lost the role.
      revalidate('users', 'allUsers', 'user', 'memberships', 'roles');
    },

    async createPermission(input) {
      const createPermission = adapter.createPermission ?? unsupported('creating permissions');
      const permission = await createPermission(input);
      await mutate<Permission[]>(rosterKeys.permissions(keyBase), (all) => all && [...all.filter((p) => p.id !== permission.id), permission], { revalidate: true });
      return permission;
    },

    updatePermission(permissionId, patch) {
      const updatePermission = adapter.updatePermission ?? unsupported('changing permissions');
      return optimistic('permissions', permissionId, patch, () => updatePermission(permissionId, patch), async (permission) => {
        let before: string | undefined;
        await mutate<Permission[]>(rosterKeys.permissions(keyBase), (all) => all?.map((p) => (p.id === permissionId ? ((before = p.name), permission) : p)), { revalidate: false });
        // Roles name their permissions: a rename follows into every cached role list.
        if (before !== undefined && before !== permission.name) {
          const renamed = permission.name;
          await editRoleLists(null, (roles) => roles.map((r) => (r.permissions.includes(before!) ? { ...r, permissions: r.permissions.map((n) => (n === before ? renamed : n)) } : r)));
        }
        revalidate('roles');
      });
    },

    async deletePermission(permissionId) {
      const deletePermission = adapter.deletePermission ?? unsupported('deleting permissions');
      await queue(`permissions\u0000${permissionId}`, () => deletePermission(permissionId));
      let name: string | undefined;
      await mutate<Permission[]>(rosterKeys.permissions(keyBase), (all) => all?.filter((p) => (p.id === permissionId ? ((name = p.name), false) : true)), { revalidate: false });
      if (name !== undefined) await editRoleLists(null, (roles) => roles.map((r) => (r.permissions.includes(name!) ? { ...r, permissions: r.permissions.filter((n) => n !== name) } : r)));
      revalidate('permissions', 'roles');
    },

    async createOrganization(input) {
      const createOrganization = adapter.createOrganization ?? unsupported('creating organizations');
      const organization = await createOrganization(input);
      // Pages are searched and ordered by the backend: ask again rather than guess where it goes.
      revalidate('organizations');
      return organization;
    },

    updateOrganization(organizationId, patch) {
      const updateOrganization = adapter.updateOrganization ?? unsupported('changing organizations');
      return optimistic('organizations', organizationId, patch, () => updateOrganization(organizationId, patch), async (organization) => {
        await editOrganizationPages((items) => items.map((o) => (o.id === organizationId ? organization : o)));
        // Memberships carry the organization's name.
        revalidate('organizations', 'memberships', 'user', 'users', 'allUsers');
      });
    },

    async deleteOrganization(organizationId) {
      const deleteOrganization = adapter.deleteOrganization ?? unsupported('deleting organizations');
      await queue(`organizations\u0000${organizationId}`, () => deleteOrganization(organizationId));
      await editOrganizationPages((items) => items.filter((o) => o.id !== organizationId));
      // Its members lost their membership, and its roles are gone with it.
      revalidate('organizations', 'memberships', 'user', 'users', 'allUsers', 'roles');
    },
  };
}
