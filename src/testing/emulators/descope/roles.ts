/**
 * The Descope emulator's role and permission definitions: create, update (a full replace, as the
 * SDK documents: "Update will override all fields as is"), delete, and what follows for the users
 * and roles that name them. Descope addresses both by name, so a rename is carried to every place
 * that holds the old name, as Descope (which keeps ids behind the names) shows it afterwards.
 *
 * A tenant admin's session may define roles of its own tenant only, with the role-management
 * widget's calls (create and update with `tenantId`, the batch delete with `{ roleNames }`), and
 * may read permissions; changing permissions needs the management key.
 */
import type { DescopeRole } from '../../../adapters/descope/wire.js';
import {
  alreadyExists,
  forbidden,
  missingArgument,
  notFound,
  onlyFields,
  optionalBoolean,
  optionalString,
  optionalStringList,
  requiredString,
  type Body,
} from './failures.js';
import type { DescopeEmulatorState } from './state.js';
import type { CallContext, Caller } from './users.js';

const ROLE_FIELDS = ['name', 'description', 'permissionNames', 'tenantId', 'default'];
const now = () => Math.floor(Date.now() / 1000);

export function createDefinitionOperations(state: DescopeEmulatorState) {
  const findRole = (name: string, tenantId: string | null) => state.roles.find((r) => r.name === name && (r.tenantId || null) === tenantId);
  const tenantOwns = (tenantId: string, name: string) => state.roles.some((r) => r.tenantId === tenantId && r.name === name);

  /** The scope a body names; a session names its own tenant, and only that. */
  function roleScope(body: Body, caller: Caller): string | null {
    const tenantId = optionalString(body, 'tenantId') || null;
    if (caller.kind === 'session' && tenantId !== caller.tenantId) {
      throw forbidden(`A session may define roles of tenant ${caller.tenantId} only`);
    }
    if (tenantId && !state.tenants.some((t) => t.id === tenantId)) throw notFound('Tenant', tenantId);
    return tenantId;
  }

  /** The role a body names, by `name` or (newer SDKs) by `id`. */
  function namedRole(body: Body, tenantId: string | null): DescopeRole {
    const id = optionalString(body, 'id');
    const name = id === undefined ? requiredString(body, 'name') : undefined;
    const role = id !== undefined ? state.roles.find((r) => r.id === id && (r.tenantId || null) === tenantId) : findRole(name!, tenantId);
    if (!role) throw notFound('Role', id ?? name!);
    return role;
  }

  /** The permission a body names. By name: the emulator's permissions carry no ids (the Node SDK's type has none). */
  function permissionName(body: Body): string {
    const id = optionalString(body, 'id');
    if (id !== undefined) throw notFound('Permission', id);
    return requiredString(body, 'name');
  }

  function knownPermissions(body: Body): string[] {
    const names = optionalStringList(body, 'permissionNames') ?? [];
    const unknown = names.filter((n) => !state.permissions.some((p) => p.name === n));
    if (unknown.length) throw notFound('Permission', unknown.join(', '));
    return names;
  }

  /**
   * Renames (or, with null, drops) `role` wherever users hold it: a tenant role in its tenant's
   * memberships; a project role in users' project roles and in memberships of tenants that
   * define no role of that name themselves (there the name means the tenant's own).
   */
  function carryToUsers(role: DescopeRole, to: string | null): void {
    const from = role.name;
    const edit = (names: string[]) => (to === null ? names.filter((n) => n !== from) : names.map((n) => (n === from ? to : n)));
    for (const user of state.users) {
      if (!role.tenantId) user.roleNames = edit(user.roleNames);
      for (const membership of user.userTenants) {
        const held = role.tenantId ? membership.tenantId === role.tenantId : !tenantOwns(membership.tenantId, from);
        if (held) membership.roleNames = edit(membership.roleNames);
      }
    }
  }

  function deleteRoles(roles: readonly DescopeRole[]): void {
    for (const role of roles) carryToUsers(role, null);
    state.roles = state.roles.filter((r) => !roles.includes(r));
  }

  return {
    createRole({ body, caller }: CallContext) {
      onlyFields(body, ROLE_FIELDS);
      const name = requiredString(body, 'name');
      const tenantId = roleScope(body, caller);
      if (findRole(name, tenantId)) throw alreadyExists('Role', name);
      const role: DescopeRole = {
        name,
        description: optionalString(body, 'description') ?? '',
        permissionNames: knownPermissions(body),
        createdTime: now(),
        ...(tenantId ? { tenantId } : {}),
        default: optionalBoolean(body, 'default') ?? false,
        private: false,
      };
      state.roles = [...state.roles, role];
      // The newest docs and the widget read the created role back.
      return structuredClone(role);
    },

    updateRole({ body, caller }: CallContext) {
      onlyFields(body, [...ROLE_FIELDS, 'id', 'newName']);
      const tenantId = roleScope(body, caller);
      const role = namedRole(body, tenantId);
      const newName = requiredString(body, 'newName');
      if (newName !== role.name && findRole(newName, tenantId)) throw alreadyExists('Role', newName);
      const permissionNames = knownPermissions(body);
      carryToUsers(role, newName);
      // Every field not sent is cleared, as the SDK warns.
      Object.assign(role, { name: newName, description: optionalString(body, 'description') ?? '', permissionNames, default: optionalBoolean(body, 'default') ?? false });
      return structuredClone(role);
    },

    deleteRole({ body, caller }: CallContext) {
      onlyFields(body, ['name', 'id', 'tenantId']);
      deleteRoles([namedRole(body, roleScope(body, caller))]);
      return {};
    },

    /** The widget's delete: `{ roleNames }` in its tenant; the management key may name any scope. */
    deleteRoleBatch({ body, caller }: CallContext) {
      onlyFields(body, ['roleNames', 'roleIds', 'tenantId']);
      const tenantId = caller.kind === 'session' && body.tenantId === undefined ? caller.tenantId : roleScope(body, caller);
      const names = optionalStringList(body, 'roleNames') ?? [];
      const ids = optionalStringList(body, 'roleIds') ?? [];
      if (!names.length && !ids.length) throw missingArgument('roleNames');
      const roles = [...names.map((name) => namedRole({ name }, tenantId)), ...ids.map((id) => namedRole({ id }, tenantId))];
      deleteRoles([...new Set(roles)]);
      return {};
    },

    listPermissions: () => ({ permissions: structuredClone(state.permissions) }),

    createPermission({ body }: CallContext) {
      onlyFields(body, ['name', 'description']);
      const name = requiredString(body, 'name');
      if (state.permissions.some((p) => p.name === name)) throw alreadyExists('Permission', name);
      state.permissions = [...state.permissions, { name, description: optionalString(body, 'description') ?? '', systemDefault: false }];
      return {};
    },

    updatePermission({ body }: CallContext) {
      onlyFields(body, ['name', 'id', 'newName', 'description']);
      const name = permissionName(body);
      const permission = state.permissions.find((p) => p.name === name);
      if (!permission) throw notFound('Permission', name);
      const newName = requiredString(body, 'newName');
      if (newName !== name && state.permissions.some((p) => p.name === newName)) throw alreadyExists('Permission', newName);
      for (const role of state.roles) role.permissionNames = role.permissionNames.map((n) => (n === name ? newName : n));
      Object.assign(permission, { name: newName, description: optionalString(body, 'description') ?? '' });
      return {};
    },

    deletePermission({ body }: CallContext) {
      onlyFields(body, ['name', 'id']);
      const name = permissionName(body);
      if (!state.permissions.some((p) => p.name === name)) throw notFound('Permission', name);
      state.permissions = state.permissions.filter((p) => p.name !== name);
      for (const role of state.roles) role.permissionNames = role.permissionNames.filter((n) => n !== name);
      return {};
    },
  };
}
