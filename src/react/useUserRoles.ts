import { useCallback, useMemo } from 'react';
import { canEditRoles, type RoleScope } from '../core/adapter.js';
import type { RoleChange } from '../core/changes.js';
import { useRosterContext } from './context.js';
import { useRosterClient } from './rosterClient.js';
import { useUser } from './useUser.js';
import { useUserMemberships } from './useUserMemberships.js';
import type { RosterQueryResult } from './useRosterQuery.js';

export interface UseUserRolesResult extends RosterQueryResult<string[]> {
  /**
   * Grants roles in this scope. Optimistic with exact rollback; the three role writes are absent
   * when the adapter cannot change roles in this scope, or the user is not a member of its
   * organization.
   */
  addUserRoles?: (roleIds: string[]) => Promise<void>;
  /** Takes roles away in this scope. Optimistic with exact rollback. */
  removeUserRoles?: (roleIds: string[]) => Promise<void>;
  /** Replaces the roles held in this scope. Optimistic with exact rollback. */
  setUserRoles?: (roleIds: string[]) => Promise<void>;
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
 * memberships) so a page showing the same user elsewhere makes no extra request. A rejected write
 * tells the caller it was rolled back.
 */
export function useUserRoles(userId: string | null | undefined, scope: RoleScope = {}): UseUserRolesResult {
  const { adapter, pending } = useRosterContext('useUserRoles');
  const client = useRosterClient('useUserRoles');
  const { organizationId } = scope;
  const user = useUser(organizationId ? null : userId);
  const memberships = useUserMemberships(organizationId ? userId : null);
  const source = organizationId ? memberships : user;

  const membership = organizationId ? memberships.data?.find((m) => m.organization.id === organizationId) : undefined;
  const isMember = organizationId && memberships.data ? Boolean(membership) : undefined;
  const data = useMemo(() => {
    if (!organizationId) return user.data?.roleIds;
    return memberships.data && (membership?.roleIds ?? []);
  }, [organizationId, user.data, memberships.data, membership]);

  const change = useCallback((c: RoleChange) => client.changeRoles(userId!, c, { organizationId }), [client, userId, organizationId]);
  const addUserRoles = useCallback((roleIds: string[]) => change({ kind: 'add', roleIds }), [change]);
  const removeUserRoles = useCallback((roleIds: string[]) => change({ kind: 'remove', roleIds }), [change]);
  const setUserRoles = useCallback((roleIds: string[]) => change({ kind: 'set', roleIds }), [change]);

  const canEdit = Boolean(userId) && canEditRoles(adapter, scope) && isMember !== false;
  const target = organizationId ? 'memberships' : 'roles';
  return {
    data,
    error: source.error,
    isLoading: source.isLoading,
    isValidating: source.isValidating,
    refresh: source.refresh,
    isPending: userId ? pending.get(userId).some((p) => p.target === target) : false,
    ...(organizationId && { isMember }),
    addUserRoles: canEdit ? addUserRoles : undefined,
    removeUserRoles: canEdit ? removeUserRoles : undefined,
    setUserRoles: canEdit ? setUserRoles : undefined,
  };
}
