/**
 * The Auth0 emulator's role and organization endpoints: tenant roles and their permissions, roles
 * held per user, organizations, their members and the roles each member holds there.
 */
import type { Auth0Organization } from '../../../adapters/auth0/wire.js';
import { badRequest, idList, organizationNotFound, roleNotFound, type Body } from './failures.js';
import { checkpointPage, offsetPage, offsetPaging, wantsCheckpoint } from './paging.js';
import type { Auth0EmulatorMember, Auth0EmulatorState } from './state.js';

export function createOrganizationOperations(state: Auth0EmulatorState, findUser: (id: string) => unknown) {
  function findOrganization(id: string): Auth0Organization {
    const org = state.organizations.find((o) => o.id === id);
    if (!org) throw organizationNotFound();
    return org;
  }

  function checkRoles(ids: readonly string[]): void {
    if (ids.some((id) => !state.roles.some((r) => r.id === id))) throw roleNotFound();
  }

  function memberOf(orgId: string, userId: string): Auth0EmulatorMember {
    findOrganization(orgId);
    const member = state.members[orgId]!.find((m) => m.userId === userId);
    if (!member) throw badRequest('The user is not a member of the organization.');
    return member;
  }

  const roleView = (ids: readonly string[]) => state.roles.filter((r) => ids.includes(r.id)).map((r) => structuredClone(r));

  return {
    findOrganization,

    listRoles(url: URL) {
      const nameFilter = url.searchParams.get('name_filter')?.toLowerCase();
      const roles = nameFilter ? state.roles.filter((r) => r.name.toLowerCase().includes(nameFilter)) : state.roles;
      return offsetPage(structuredClone(roles), offsetPaging(url), 'roles');
    },

    rolePermissions(roleId: string, url: URL) {
      if (!state.roles.some((r) => r.id === roleId)) throw roleNotFound();
      return offsetPage(structuredClone(state.permissions[roleId] ?? []), offsetPaging(url), 'permissions');
    },

    userRoles(userId: string, url: URL) {
      findUser(userId);
      return offsetPage(roleView(state.userRoles[userId] ?? []), offsetPaging(url), 'roles');
    },

    changeUserRoles(userId: string, body: Body, add: boolean): void {
      findUser(userId);
      const ids = idList(body, 'roles');
      checkRoles(ids);
      const held = state.userRoles[userId] ?? [];
      state.userRoles[userId] = add ? [...held, ...ids.filter((id) => !held.includes(id))] : held.filter((id) => !ids.includes(id));
    },

    userOrganizations(userId: string, organizationsOf: (id: string) => string[], url: URL) {
      findUser(userId);
      const ids = organizationsOf(userId);
      return offsetPage(structuredClone(state.organizations.filter((o) => ids.includes(o.id))), offsetPaging(url), 'organizations');
    },

    listOrganizations(url: URL) {
      const sort = url.searchParams.get('sort');
      let orgs = [...state.organizations];
      if (sort) {
        const match = /^(name|display_name|created_at):(1|-1)$/.exec(sort);
        if (!match) throw badRequest('Query validation error: sort supports name, display_name and created_at, as field:1 or field:-1.', 'invalid_query_string');
        const key = match[1] as 'name' | 'display_name';
        if (key !== ('created_at' as string)) orgs.sort((a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? '')) * Number(match[2]));
      }
      orgs = structuredClone(orgs);
      return wantsCheckpoint(url) ? checkpointPage(orgs, url, 'organizations') : offsetPage(orgs, offsetPaging(url), 'organizations');
    },

    addMembers(orgId: string, body: Body): void {
      findOrganization(orgId);
      const ids = idList(body, 'members');
      if (ids.some((id) => !tryFind(id))) throw badRequest('One or more of the users do not exist.');
      const members = state.members[orgId]!;
      for (const userId of ids) if (!members.some((m) => m.userId === userId)) members.push({ userId, roles: [] });
    },

    removeMembers(orgId: string, body: Body): void {
      findOrganization(orgId);
      const ids = idList(body, 'members');
      state.members[orgId] = state.members[orgId]!.filter((m) => !ids.includes(m.userId));
    },

    memberRoles(orgId: string, userId: string, url: URL) {
      return offsetPage(roleView(memberOf(orgId, userId).roles), offsetPaging(url), 'roles');
    },

    changeMemberRoles(orgId: string, userId: string, body: Body, add: boolean): void {
      const member = memberOf(orgId, userId);
      const ids = idList(body, 'roles');
      checkRoles(ids);
      member.roles = add ? [...member.roles, ...ids.filter((id) => !member.roles.includes(id))] : member.roles.filter((id) => !ids.includes(id));
    },
  };

  function tryFind(id: string): boolean {
    try {
      findUser(id);
      return true;
    } catch {
      return false;
    }
  }
}
