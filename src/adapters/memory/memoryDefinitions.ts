/**
 * The memory directory's definitions — roles, permissions, organizations — and the writes that
 * manage them. Each write checks everything before it changes anything, so a refused write leaves
 * the directory as it was; and each change reaches everything that refers to it: a deleted role is
 * taken from its holders, a deleted organization from its members, a renamed permission follows
 * into every role that grants it, a renamed organization into every membership that names it.
 */
import type { AdapterCapabilities, AdapterMethodName, RequestContext, RoleScope, RosterAdapter } from '../../core/adapter.js';
import { isDomain, normalizeDomain } from '../../core/domain.js';
import { RosterError } from '../../core/errors.js';
import type { ManageWriteMethod } from '../../core/manage.js';
import type { Organization, Permission, Role, User } from '../../core/model.js';

export interface DefinitionStore {
  users: ReadonlyMap<string, User>;
  /** Changed in place: the adapter's reads see every change at once. */
  roles: Role[];
  permissions: Permission[];
  organizations: Organization[];
  capabilities: AdapterCapabilities;
  enter(operation: AdapterMethodName, ctx: RequestContext | undefined): Promise<void>;
  findOrganization(organizationId: string): Organization;
  /** Roles or memberships of any number of users changed in place. */
  holdingsChanged(): void;
}

export interface MemoryDefinitions {
  /** A read: kept by a read-only directory too. */
  listPermissions: NonNullable<RosterAdapter['listPermissions']>;
  /** The writes `capabilities.manage` allows. */
  writes: Partial<Pick<RosterAdapter, ManageWriteMethod>>;
}

function invalid(field: string, message: string): never {
  throw new RosterError('invalid_input', { status: 400, message, fieldErrors: { [field]: message } });
}

function notFound(what: string, id: string): never {
  throw new RosterError('not_found', { status: 404, message: `No ${what} with id “${id}”.` });
}

/** The name as stored: trimmed, refused when nothing is left. Anything else is kept as typed. */
function nameOf(value: unknown, what: string): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (!name) invalid('name', `Enter a name for the ${what}.`);
  return name;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Refuses a name that another item of the same kind and scope uses, whatever its case or outer spaces. */
function checkUnique(items: readonly { id: string; name: string }[], name: string, what: string, self?: string): void {
  if (!items.some((item) => item.id !== self && sameName(item.name, name))) return;
  const message = `A ${what} with this name already exists.`;
  throw new RosterError('conflict', { status: 409, message, fieldErrors: { name: message } });
}

/** `undefined` leaves the description as it is. */
function descriptionOf(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  invalid('description', 'The description must be text.');
}

/** Domains as stored: normalized, each one checked, without repeats. */
function domainsOf(value: unknown): string[] {
  if (!Array.isArray(value)) invalid('domains', 'Domains must be a list.');
  const domains = value.map((d: unknown) => (typeof d === 'string' ? normalizeDomain(d) : ''));
  if (!domains.every(isDomain)) invalid('domains', 'Enter domains such as example.com, without @ or https://.');
  return [...new Set(domains)];
}

function removeWhere<T>(items: T[], drop: (item: T) => boolean): void {
  for (let i = items.length - 1; i >= 0; i--) if (drop(items[i]!)) items.splice(i, 1);
}

export function createMemoryDefinitions(store: DefinitionStore): MemoryDefinitions {
  const { users, roles, permissions, organizations, capabilities, enter, findOrganization, holdingsChanged } = store;
  const manage = capabilities.manage;
  let sequence = 0;

  /** A fresh id that no item uses, however the directory was seeded. */
  function newId(prefix: string, taken: (id: string) => boolean): string {
    let id: string;
    do id = `${prefix}${(++sequence).toString(36)}`;
    while (taken(id));
    return id;
  }

  /** The organization a role call is scoped to (null: project-wide), refused where not managed. */
  function scopeOf(scope: RoleScope = {}): string | null {
    const organizationId = scope.organizationId || null;
    if (!(organizationId ? manage.organizationRoles : manage.projectRoles)) {
      throw new RosterError('unsupported', { message: `This directory was set up without managing ${organizationId ? 'organization' : 'project-wide'} roles.` });
    }
    if (organizationId) findOrganization(organizationId);
    return organizationId;
  }

  const definedIn = (organizationId: string | null) => roles.filter((r) => (r.organizationId ?? null) === organizationId);

  /** Only a role defined in the scope itself: a project-wide role is not managed through an organization. */
  function findRole(roleId: string, organizationId: string | null): Role {
    return roles.find((r) => r.id === roleId && (r.organizationId ?? null) === organizationId) ?? notFound('role', roleId);
  }

  function findPermission(permissionId: string): Permission {
    return permissions.find((p) => p.id === permissionId) ?? notFound('permission', permissionId);
  }

  function permissionNamesOf(value: unknown): string[] {
    if (!Array.isArray(value)) invalid('permissions', 'Permissions must be a list of names.');
    const known = new Set(permissions.map((p) => p.name));
    if (!value.every((name: unknown) => typeof name === 'string' && known.has(name))) invalid('permissions', 'Contains a permission that does not exist.');
    return [...new Set(value as string[])];
  }

  const all: Required<Pick<RosterAdapter, ManageWriteMethod>> = {
    async createRole(input, scope, ctx) {
      await enter('createRole', ctx);
      const organizationId = scopeOf(scope);
      const name = nameOf(input.name, 'role');
      checkUnique(definedIn(organizationId), name, 'role');
      const description = descriptionOf(input.description);
      const granted = permissionNamesOf(input.permissions ?? []);
      const id = newId(organizationId ? `${organizationId}:role_` : 'role_', (id) => roles.some((r) => r.id === id));
      const role: Role = { id, name, ...(description !== undefined && { description }), permissions: granted, organizationId };
      roles.push(role);
      return structuredClone(role);
    },

    async updateRole(roleId, patch, scope, ctx) {
      await enter('updateRole', ctx);
      const organizationId = scopeOf(scope);
      const role = findRole(roleId, organizationId);
      const name = patch.name === undefined ? undefined : nameOf(patch.name, 'role');
      if (name !== undefined) checkUnique(definedIn(organizationId), name, 'role', role.id);
      const description = descriptionOf(patch.description);
      const granted = patch.permissions === undefined ? undefined : permissionNamesOf(patch.permissions);
      if (name !== undefined) role.name = name;
      if (description !== undefined) role.description = description;
      if (granted !== undefined) role.permissions = granted;
      return structuredClone(role);
    },

    async deleteRole(roleId, scope, ctx) {
      await enter('deleteRole', ctx);
      const organizationId = scopeOf(scope);
      const role = findRole(roleId, organizationId);
      roles.splice(roles.indexOf(role), 1);
      // A project-wide role can be held inside memberships too; an organization's only there.
      const without = (ids: string[]) => (ids.includes(roleId) ? ids.filter((id) => id !== roleId) : ids);
      for (const user of users.values()) {
        if (!organizationId) user.roleIds = without(user.roleIds);
        for (const m of user.memberships ?? []) if (!organizationId || m.organization.id === organizationId) m.roleIds = without(m.roleIds);
      }
      holdingsChanged();
    },

    async createPermission(input, ctx) {
      await enter('createPermission', ctx);
      const name = nameOf(input.name, 'permission');
      checkUnique(permissions, name, 'permission');
      const description = descriptionOf(input.description);
      const permission: Permission = { id: newId('perm_', (id) => permissions.some((p) => p.id === id)), name, ...(description !== undefined && { description }) };
      permissions.push(permission);
      return structuredClone(permission);
    },

    async updatePermission(permissionId, patch, ctx) {
      await enter('updatePermission', ctx);
      const permission = findPermission(permissionId);
      const name = patch.name === undefined ? undefined : nameOf(patch.name, 'permission');
      if (name !== undefined) checkUnique(permissions, name, 'permission', permission.id);
      const description = descriptionOf(patch.description);
      if (name !== undefined && name !== permission.name) {
        const old = permission.name;
        for (const role of roles) if (role.permissions.includes(old)) role.permissions = role.permissions.map((n) => (n === old ? name : n));
        permission.name = name;
      }
      if (description !== undefined) permission.description = description;
      return structuredClone(permission);
    },

    async deletePermission(permissionId, ctx) {
      await enter('deletePermission', ctx);
      const permission = findPermission(permissionId);
      permissions.splice(permissions.indexOf(permission), 1);
      for (const role of roles) if (role.permissions.includes(permission.name)) role.permissions = role.permissions.filter((n) => n !== permission.name);
    },

    async createOrganization(input, ctx) {
      await enter('createOrganization', ctx);
      const name = nameOf(input.name, 'organization');
      checkUnique(organizations, name, 'organization');
      const domains = input.domains === undefined ? [] : domainsOf(input.domains);
      const organization: Organization = { id: newId('org_', (id) => organizations.some((o) => o.id === id)), name, domains };
      organizations.push(organization);
      return structuredClone(organization);
    },

    async updateOrganization(organizationId, patch, ctx) {
      await enter('updateOrganization', ctx);
      const organization = findOrganization(organizationId);
      const name = patch.name === undefined ? undefined : nameOf(patch.name, 'organization');
      if (name !== undefined) checkUnique(organizations, name, 'organization', organization.id);
      const domains = patch.domains === undefined ? undefined : domainsOf(patch.domains);
      if (domains !== undefined) organization.domains = domains;
      if (name !== undefined && name !== organization.name) {
        organization.name = name;
        // Memberships carry the name; search, sort and filters read none of it.
        for (const user of users.values()) for (const m of user.memberships ?? []) if (m.organization.id === organizationId) m.organization.name = name;
      }
      return structuredClone(organization);
    },

    async deleteOrganization(organizationId, ctx) {
      await enter('deleteOrganization', ctx);
      const organization = findOrganization(organizationId);
      organizations.splice(organizations.indexOf(organization), 1);
      removeWhere(roles, (r) => r.organizationId === organizationId);
      for (const user of users.values()) {
        if (user.memberships?.some((m) => m.organization.id === organizationId)) user.memberships = user.memberships.filter((m) => m.organization.id !== organizationId);
      }
      holdingsChanged();
    },
  };

  // A kind of definition the capabilities do not manage has no writes, as on a narrower backend.
  const kept = new Set<string>();
  if (manage.projectRoles || manage.organizationRoles) ['createRole', 'updateRole', 'deleteRole'].forEach((m) => kept.add(m));
  if (manage.permissions) ['createPermission', 'updatePermission', 'deletePermission'].forEach((m) => kept.add(m));
  if (manage.organizations) ['createOrganization', 'updateOrganization', 'deleteOrganization'].forEach((m) => kept.add(m));

  return {
    async listPermissions(ctx) {
      await enter('listPermissions', ctx);
      return structuredClone(permissions);
    },
    writes: Object.fromEntries(Object.entries(all).filter(([name]) => kept.has(name))),
  };
}
