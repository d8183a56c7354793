import { useCallback, useMemo } from 'react';
import { canEditRoles, type RoleScope } from '../core/adapter.js';
import type { RoleChange } from '../core/changes.js';
import { useRoster } from './context.js';
import { useUser } from './useUser.js';
import { useUserOrganizations } from './useUserOrganizations.js';
import type { RosterQueryResult } from './useRosterQuery.js';

export interface UseUserRolesResult extends Omit<RosterQueryResult<string[]>, 'mutate'> {
  /** Whether the adapter can change roles in this scope; the edit functions are absent otherwise. */
  canEdit: boolean;
  add?: (roleIds: string[]) => Promise<void>;
  remove?: (roleIds: string[]) => Promise<void>;
  set?: (roleIds: string[]) => Promise<void>;
  /** True while a role change for this user is waiting for the backend. */
  isPending: boolean;
  /**
   * With an organization: whether the user belongs to it (undefined while loading). A non-member
   * holds no roles there and cannot be given any until added to the organization.
   */
  isMember?: boolean;
}

/**
 * The role ids a user holds project-wide, or inside one organization. Reads the user (or their
 * memberships) so a page showing the same user elsewhere makes no extra request. Changes are
 * optimistic with exact rollback; a rejected promise tells the caller it was rolled back.
 */
export function useUserRoles(userId: string | null | undefined, scope: RoleScope = {}): UseUserRolesResult {
  const { adapter, client, pending } = useRoster('useUserRoles');
  const { organizationId } = scope;
  const user = useUser(organizationId ? null : userId);
  const memberships = useUserOrganizations(organizationId ? userId : null);
  const source = organizationId ? memberships : user;

  const membership = organizationId ? memberships.data?.find((m) => m.organization.id === organizationId) : undefined;
  const isMember = organizationId && memberships.data ? Boolean(membership) : undefined;
  const data = useMemo(() => {
    if (!organizationId) return user.data?.roleIds;
    return memberships.data && (membership?.roleIds ?? []);
  }, [organizationId, user.data, memberships.data, membership]);

  const change = useCallback((c: RoleChange) => client.changeRoles(userId!, c, { organizationId }), [client, userId, organizationId]);
  const add = useCallback((roleIds: string[]) => change({ kind: 'add', roleIds }), [change]);
  const remove = useCallback((roleIds: string[]) => change({ kind: 'remove', roleIds }), [change]);
  const set = useCallback((roleIds: string[]) => change({ kind: 'set', roleIds }), [change]);

  const canEdit = Boolean(userId) && canEditRoles(adapter, scope) && isMember !== false;
  const target = organizationId ? 'memberships' : 'roles';
  return {
    data,
    error: source.error,
    isLoading: source.isLoading,
    isValidating: source.isValidating,
    refresh: source.refresh,
    canEdit,
    isPending: userId ? pending.get(userId).some((p) => p.target === target) : false,
    ...(organizationId && { isMember }),
    add: canEdit ? add : undefined,
    remove: canEdit ? remove : undefined,
    set: canEdit ? set : undefined,
  };
}
