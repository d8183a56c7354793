/**
 * The memory directory's permission catalogue: every permission the seeded roles grant, with a
 * description an admin would read in RoleManager. Roles name permissions; the catalogue gives each
 * name an id that stays the same when the permission is renamed.
 */
import type { Permission, Role } from '../../core/model.js';

const DESCRIPTIONS: Record<string, string> = {
  'users:read': 'See users, their roles and their organizations.',
  'users:write': 'Invite, create and edit users.',
  'users:delete': 'Delete users.',
  'users:reset-credentials': 'Reset passwords and other sign-in methods.',
  'roles:manage': 'Create, change and delete roles, and assign them.',
  'settings:manage': 'Change the account settings.',
  'billing:manage': 'Change the plan and the payment method.',
  'billing:read': 'See invoices and the current plan.',
  'projects:read': 'Open projects.',
  'projects:write': 'Create and change projects.',
  'audit:read': 'Read the audit log.',
  'reports:export': 'Export reports.',
  'apikeys:manage': 'Create and revoke API keys.',
  'webhooks:manage': 'Add, change and remove webhooks.',
  'purchases:approve': 'Approve purchase requests.',
  'sites:manage': 'Manage the sites of the organization.',
};

/** A readable id derived from the first name a permission had: `perm_users_read`. */
export function permissionIdFor(name: string): string {
  return `perm_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
}

/**
 * One permission per name the roles grant, in the order first granted, described where the
 * catalogue knows the name. Used for the seeded directory and for a directory given without
 * permissions, so every name a role holds is always a permission that exists.
 */
export function permissionsOfRoles(roles: readonly Role[]): Permission[] {
  const names = [...new Set(roles.flatMap((r) => r.permissions))];
  const ids = new Set<string>();
  return names.map((name) => {
    // `a:b` and `a_b` would share an id; the later one takes a suffix.
    let id = permissionIdFor(name);
    for (let n = 2; ids.has(id); n++) id = `${permissionIdFor(name)}_${n}`;
    ids.add(id);
    const description = DESCRIPTIONS[name];
    return description === undefined ? { id, name } : { id, name, description };
  });
}
