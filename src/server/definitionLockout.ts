/**
 * Self-protection for definitions: deleting a role, or changing a role or permission so that a
 * role no longer administers, must not leave a scope (an organization, or the project) without an
 * active admin. Such a change is a `last-admin` lockout when some active user of the scope holds a
 * role it takes administration from and no active user holds another administering role there.
 *
 * Which roles administer is the host's `adminRoleIds`, or the default notion (./lockout.ts). Listed
 * role ids administer whatever their name or permissions, so with a list only deleting a listed
 * role can lock out. Holders are found with the bounded `listUsers` scan the user writes use; when
 * it cannot tell, the change counts as a lockout.
 *
 * Judged in the scope the change names: an organization's own role in that organization, a
 * project-wide role or a permission in the project. A project-wide role can also be held through
 * organization memberships, so deleting it (or stripping it) reaches every organization; checking
 * each of them would be unbounded, so organizations are not judged for it. A project admin is the
 * one who can make those changes, and a project admin can always repair an organization.
 *
 * Deleting an organization is never a lockout of the project: it takes memberships only, never the
 * project-wide roles that project admins hold (`User.roleIds`), and it leaves nothing behind for
 * the organization's own admins to administer.
 */
import type { RequestContext, RosterAdapter } from '../core/adapter.js';
import type { Role, RolePatch } from '../core/model.js';
import type { AdminScan, Lockout, LockoutChange } from './lockout.js';

export type DefinitionChange =
  | { kind: 'delete-role'; roleId: string; organizationId: string | null }
  | { kind: 'update-role'; roleId: string; organizationId: string | null; patch: RolePatch }
  /** A permission renamed to `name`, or deleted (`name` null): every role granting it changes. */
  | { kind: 'permission'; permissionId: string; name: string | null };

export function isDefinitionChange(change: LockoutChange): change is DefinitionChange {
  return change.kind === 'delete-role' || change.kind === 'update-role' || change.kind === 'permission';
}

export interface DefinitionLookups {
  adapter: RosterAdapter;
  /** The host's `adminRoleIds` when it lists them, else null. */
  listed: ReadonlySet<string> | null;
  isAdmin(role: Role): boolean;
  scan: AdminScan;
}

interface Judged {
  /** Administering roles of the scope that stay administering. */
  remaining: Set<string>;
  /** Administering roles the change deletes or takes administration from. */
  losing: Set<string>;
}

const NOTHING: Judged = { remaining: new Set(), losing: new Set() };

function split(roles: readonly Role[], isAdmin: (role: Role) => boolean, after: (role: Role) => Role | null): Judged {
  const judged: Judged = { remaining: new Set(), losing: new Set() };
  for (const role of roles) {
    if (!isAdmin(role)) continue;
    const changed = after(role);
    (changed && isAdmin(changed) ? judged.remaining : judged.losing).add(role.id);
  }
  return judged;
}

/** What becomes of each role of the scope; roles the change does not touch stay as they are. */
async function judge(lookups: DefinitionLookups, change: DefinitionChange, scope: string | null, ctx: RequestContext): Promise<Judged | 'unknown'> {
  const { adapter, listed, isAdmin } = lookups;
  if (listed) {
    if (change.kind !== 'delete-role' || !listed.has(change.roleId)) return NOTHING;
    return { remaining: new Set([...listed].filter((id) => id !== change.roleId)), losing: new Set([change.roleId]) };
  }
  const roles = await adapter.listRoles(scope ? { organizationId: scope } : {}, ctx);
  if (change.kind === 'delete-role') return split(roles, isAdmin, (role) => (role.id === change.roleId ? null : role));
  if (change.kind === 'update-role') {
    const { name, permissions } = change.patch;
    return split(roles, isAdmin, (role) =>
      role.id === change.roleId ? { ...role, ...(name !== undefined && { name }), ...(permissions !== undefined && { permissions }) } : role,
    );
  }
  // Without the catalogue the permission's name is unknown, and so is which roles it reaches.
  if (!adapter.listPermissions) return 'unknown';
  const old = (await adapter.listPermissions(ctx)).find((p) => p.id === change.permissionId)?.name;
  if (old === undefined) return NOTHING; // The adapter answers not_found.
  const renamed = (names: readonly string[]) =>
    names.flatMap((n) => (n !== old ? [n] : change.name === null ? [] : [change.name]));
  return split(roles, isAdmin, (role) => ({ ...role, permissions: renamed(role.permissions) }));
}

export async function findDefinitionLockout(lookups: DefinitionLookups, change: DefinitionChange, ctx: RequestContext): Promise<Lockout | null> {
  const organizationId = change.kind === 'permission' ? null : change.organizationId;
  const lockout: Lockout = { reason: 'last-admin', organizationId };
  const judged = await judge(lookups, change, organizationId, ctx);
  if (judged === 'unknown') return lockout;
  if (judged.losing.size === 0) return null;
  let isLosingHeld = false;
  const outcome = await lookups.scan(organizationId, new Set([...judged.remaining, ...judged.losing]), ctx, (_userId, held) => {
    if (held.some((id) => judged.remaining.has(id))) return true;
    isLosingHeld = true;
    return false;
  });
  if (outcome === 'stopped') return null;
  // Nobody active held what is lost: the scope had no active admin through it to lose.
  return outcome === 'unknown' || isLosingHeld ? lockout : null;
}
