/**
 * Role and membership changes as data. The hooks layer pending changes over the server's state
 * with these, so a failed change can be dropped without disturbing the ones around it. Each change
 * is idempotent: applying it to a state that already holds it changes nothing.
 */
import type { Membership, Organization } from './model.js';

export type RoleChange =
  | { kind: 'add'; roleIds: readonly string[] }
  | { kind: 'remove'; roleIds: readonly string[] }
  | { kind: 'set'; roleIds: readonly string[] };

export type MembershipChange =
  | { kind: 'join'; organization: Pick<Organization, 'id' | 'name'>; roleIds: readonly string[] }
  | { kind: 'leave'; organizationId: string }
  | { kind: 'roles'; organizationId: string; change: RoleChange };

export function applyRoleChange(current: readonly string[], change: RoleChange): string[] {
  switch (change.kind) {
    case 'set':
      return [...new Set(change.roleIds)];
    case 'add':
      return [...current, ...change.roleIds.filter((id) => !current.includes(id))];
    case 'remove':
      return current.filter((id) => !change.roleIds.includes(id));
  }
}

export function applyMembershipChange(current: readonly Membership[], change: MembershipChange): Membership[] {
  switch (change.kind) {
    case 'join':
      if (current.some((m) => m.organization.id === change.organization.id)) return [...current];
      return [...current, { organization: change.organization, roleIds: [...change.roleIds] }];
    case 'leave':
      return current.filter((m) => m.organization.id !== change.organizationId);
    case 'roles':
      return current.map((m) =>
        m.organization.id === change.organizationId ? { ...m, roleIds: applyRoleChange(m.roleIds, change.change) } : m,
      );
  }
}

export interface RoleDiff {
  added: string[];
  removed: string[];
}

export function diffRoles(before: readonly string[], after: readonly string[]): RoleDiff {
  return {
    added: after.filter((id) => !before.includes(id)),
    removed: before.filter((id) => !after.includes(id)),
  };
}
