import { useMemo } from 'react';
import type { AdapterCapabilities, MembershipOptions, RoleScope } from '../core/adapter.js';
import type { CreateUserInput, Organization, UpdateUserInput, User, UserStatus } from '../core/model.js';
import { useRosterContext } from './context.js';
import { useRosterClient } from './rosterClient.js';

/**
 * Every write, by user id: the same names as the adapter's methods and as the per-user hooks'
 * bound writes. Each rejects with `unsupported` where the adapter lacks it; read `capabilities`
 * (or the per-user hooks, whose writes are absent then) to show only what works.
 */
export interface UseUserActionsResult {
  capabilities: AdapterCapabilities;
  createUser(input: CreateUserInput): Promise<User>;
  updateUser(userId: string, patch: UpdateUserInput): Promise<User>;
  setUserStatus(userId: string, status: Exclude<UserStatus, 'invited'>): Promise<User>;
  deleteUser(userId: string): Promise<void>;
  addUserRoles(userId: string, roleIds: string[], scope?: RoleScope): Promise<void>;
  removeUserRoles(userId: string, roleIds: string[], scope?: RoleScope): Promise<void>;
  setUserRoles(userId: string, roleIds: string[], scope?: RoleScope): Promise<void>;
  addUserMembership(userId: string, organization: Pick<Organization, 'id' | 'name'>, options?: MembershipOptions): Promise<void>;
  removeUserMembership(userId: string, organizationId: string): Promise<void>;
}

/**
 * Writes for code that acts on users it has not loaded one by one (bulk actions, a row menu). Each
 * call is queued per user and keeps the cache in step (rosterClient.ts). The result keeps its
 * identity for as long as the provider's adapter does.
 */
export function useUserActions(): UseUserActionsResult {
  const { adapter } = useRosterContext('useUserActions');
  const client = useRosterClient('useUserActions');
  return useMemo(
    () => ({
      capabilities: adapter.capabilities,
      createUser: client.createUser,
      updateUser: client.updateUser,
      setUserStatus: client.setUserStatus,
      deleteUser: client.deleteUser,
      addUserRoles: (userId, roleIds, scope) => client.changeRoles(userId, { kind: 'add', roleIds }, scope),
      removeUserRoles: (userId, roleIds, scope) => client.changeRoles(userId, { kind: 'remove', roleIds }, scope),
      setUserRoles: (userId, roleIds, scope) => client.changeRoles(userId, { kind: 'set', roleIds }, scope),
      addUserMembership: client.addUserMembership,
      removeUserMembership: client.removeUserMembership,
    }),
    [client, adapter],
  );
}
