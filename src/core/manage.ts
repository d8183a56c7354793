/**
 * Managing definitions — roles, permissions, organizations — as opposed to users. What an adapter
 * declares in `capabilities.manage`, and the checks the hooks and components run before they show
 * a control: a flag alone is not enough, the method must be there too.
 */
import type { AdapterMethodName, RoleScope, RosterAdapter } from './adapter.js';

export interface ManageCapabilities {
  /** Project-wide roles can be created, changed (name, description, permissions) and deleted. */
  projectRoles: boolean;
  /** Roles defined inside one organization can be created, changed and deleted. */
  organizationRoles: boolean;
  /** Permissions can be created, renamed and deleted (listing needs only `listPermissions`). */
  permissions: boolean;
  /** Organizations can be created, changed (name, domains) and deleted. */
  organizations: boolean;
}

/** An adapter that manages no definitions. */
export const NO_MANAGEMENT: ManageCapabilities = Object.freeze({ projectRoles: false, organizationRoles: false, permissions: false, organizations: false });

export const MANAGE_WRITE_METHODS = [
  'createRole',
  'updateRole',
  'deleteRole',
  'createPermission',
  'updatePermission',
  'deletePermission',
  'createOrganization',
  'updateOrganization',
  'deleteOrganization',
] as const satisfies readonly AdapterMethodName[];

export type ManageWriteMethod = (typeof MANAGE_WRITE_METHODS)[number];

/** The role writes available in `scope`: declared for that scope, and each method there. */
export function roleWritesIn(adapter: RosterAdapter, scope: RoleScope = {}): { create: boolean; update: boolean; delete: boolean } {
  const declared = scope.organizationId ? adapter.capabilities.manage.organizationRoles : adapter.capabilities.manage.projectRoles;
  return {
    create: declared && typeof adapter.createRole === 'function',
    update: declared && typeof adapter.updateRole === 'function',
    delete: declared && typeof adapter.deleteRole === 'function',
  };
}

/**
 * The permission operations available. Listing needs only the method: a tenant admin may read the
 * permissions a role of theirs can grant without managing the catalogue. The writes need the
 * declaration too.
 */
export function permissionWrites(adapter: RosterAdapter): { list: boolean; create: boolean; update: boolean; delete: boolean } {
  const declared = adapter.capabilities.manage.permissions;
  return {
    list: typeof adapter.listPermissions === 'function',
    create: declared && typeof adapter.createPermission === 'function',
    update: declared && typeof adapter.updatePermission === 'function',
    delete: declared && typeof adapter.deletePermission === 'function',
  };
}

/** The organization writes available: declared, and each method there. */
export function organizationWrites(adapter: RosterAdapter): { create: boolean; update: boolean; delete: boolean } {
  const declared = adapter.capabilities.manage.organizations;
  return {
    create: declared && typeof adapter.createOrganization === 'function',
    update: declared && typeof adapter.updateOrganization === 'function',
    delete: declared && typeof adapter.deleteOrganization === 'function',
  };
}
