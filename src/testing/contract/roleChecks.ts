/** Role changes, project-wide and per organization, and memberships. */
import { parseMemberships, parseOrganizationsPage, parseRoles, parseUser } from '../../core/validate.js';
import { check, checkEqual, checkRejects, sameMembers } from '../assert.js';
import type { RosterAdapter } from '../../core/adapter.js';
import { allOf, firstUser, isCode, methods, projectRoles, UNKNOWN_ID, type Check } from './kit.js';

/** The first of the first 10 users who belongs to an organization, and a role they do not hold there. */
async function organizationFixture(adapter: RosterAdapter) {
  const { items } = await adapter.listUsers({ page: { size: 10 } });
  for (const candidate of items) {
    const memberships = parseMemberships(await adapter.listUserMemberships(candidate.id));
    const membership = memberships[0];
    if (!membership) continue;
    const scope = { organizationId: membership.organization.id };
    const assignable = parseRoles(await adapter.listRoles(scope));
    const extra = assignable.find((r) => !membership.roleIds.includes(r.id));
    check(extra, `the user already holds every role of organization ${scope.organizationId}; the fixture should leave room`);
    return { candidate, memberships, membership, scope, assignable, extra };
  }
  throw new Error('no user among the first 10 belongs to an organization; the fixture should have some');
}

export function roleChecks(test: Check): void {
  test(
    'addUserRoles and removeUserRoles round-trip on project-wide roles',
    async (adapter) => {
      const roles = parseRoles(await adapter.listRoles());
      const userId = (await firstUser(adapter)).id;
      const before = parseUser(await adapter.getUser(userId)).roleIds;
      const extra = roles.find((r) => !before.includes(r.id));
      check(extra, 'the first user holds every role; the fixture should leave room');
      await adapter.addUserRoles!(userId, [extra.id]);
      check(sameMembers(parseUser(await adapter.getUser(userId)).roleIds, [...before, extra.id]), 'addUserRoles must add exactly the given role');
      await adapter.removeUserRoles!(userId, [extra.id]);
      check(sameMembers(parseUser(await adapter.getUser(userId)).roleIds, before), 'removeUserRoles must remove exactly the given role');
    },
    allOf(projectRoles, methods('addUserRoles', 'removeUserRoles')),
  );

  test(
    'setUserRoles round-trips on project-wide roles',
    async (adapter) => {
      const roles = parseRoles(await adapter.listRoles());
      const userId = (await firstUser(adapter)).id;
      const target = roles.slice(0, 2).map((r) => r.id);
      await adapter.setUserRoles!(userId, target);
      check(sameMembers(parseUser(await adapter.getUser(userId)).roleIds, target), 'setUserRoles must leave exactly the given roles');
      await adapter.setUserRoles!(userId, []);
      checkEqual(parseUser(await adapter.getUser(userId)).roleIds, [], 'setUserRoles([]) must leave no roles');
    },
    allOf(projectRoles, methods('setUserRoles')),
  );

  test(
    'organization-scoped role changes land in that organization only',
    async (adapter) => {
      const one = adapter.capabilities.rolesPerMembership === 'one';
      const { candidate, membership, memberships, scope, extra, assignable } = await organizationFixture(adapter);
      const projectBefore = parseUser(await adapter.getUser(candidate.id)).roleIds;
      const heldIn = async (orgId: string) => parseMemberships(await adapter.listUserMemberships(candidate.id)).find((m) => m.organization.id === orgId)!.roleIds;

      // One role per membership: the change swaps the held role for another.
      const changed = one ? [extra.id] : [...membership.roleIds, extra.id];
      if (!one && adapter.addUserRoles && adapter.removeUserRoles) await adapter.addUserRoles(candidate.id, [extra.id], scope);
      else await adapter.setUserRoles!(candidate.id, changed, scope);
      check(sameMembers(await heldIn(scope.organizationId), changed), one ? 'the held role must be replaced by the new one (rolesPerMembership is "one")' : 'the role must be added in the organization');
      for (const other of memberships.slice(1)) {
        check(sameMembers(await heldIn(other.organization.id), other.roleIds), 'a role change in one organization changed another');
      }
      check(sameMembers(parseUser(await adapter.getUser(candidate.id)).roleIds, projectBefore), 'an organization role change altered project-wide roles');
      if (one) {
        const second = assignable.find((r) => r.id !== extra.id);
        check(second, `organization ${scope.organizationId} offers a single role; the fixture should offer two`);
        await checkRejects(adapter.setUserRoles!(candidate.id, [extra.id, second.id], scope), isCode('invalid_input'), 'with one role per membership, setUserRoles with two roles must reject with invalid_input');
        await checkRejects(adapter.setUserRoles!(candidate.id, [], scope), isCode('invalid_input'), 'with one role per membership, setUserRoles with no role must reject with invalid_input');
        check(sameMembers(await heldIn(scope.organizationId), changed), 'a refused role write must leave the held role as it was');
      }

      if (!one && adapter.addUserRoles && adapter.removeUserRoles) await adapter.removeUserRoles(candidate.id, [extra.id], scope);
      else if (!one || membership.roleIds.length === 1) await adapter.setUserRoles!(candidate.id, membership.roleIds, scope);
      else return;
      check(sameMembers(await heldIn(scope.organizationId), membership.roleIds), 'removing the organization role must restore the prior roles');
    },
    {
      needs: 'capabilities.organizationRoles and addUserRoles + removeUserRoles or setUserRoles (setUserRoles with one role per membership)',
      unmet(adapter) {
        if (!adapter.capabilities.organizationRoles) return 'capabilities.organizationRoles is false';
        if (adapter.capabilities.rolesPerMembership === 'one') return adapter.setUserRoles ? null : 'rolesPerMembership is "one" and the adapter has no setUserRoles';
        if (adapter.setUserRoles || (adapter.addUserRoles && adapter.removeUserRoles)) return null;
        return 'the adapter has neither addUserRoles with removeUserRoles nor setUserRoles';
      },
    },
  );

  test(
    'role changes on an unknown user reject with not_found',
    async (adapter) => {
      const roles = parseRoles(await adapter.listRoles());
      const change = adapter.addUserRoles ?? adapter.setUserRoles!;
      await checkRejects(change.call(adapter, UNKNOWN_ID, [roles[0]!.id]), isCode('not_found'), 'a role change on an unknown user must reject with not_found');
    },
    allOf(projectRoles, { needs: 'addUserRoles or setUserRoles', unmet: (adapter) => (adapter.addUserRoles || adapter.setUserRoles ? null : 'the adapter has no addUserRoles and no setUserRoles') }),
  );
}

export function membershipChecks(test: Check): void {
  test(
    'add to and remove from an organization round-trip',
    async (adapter) => {
      const orgs = parseOrganizationsPage(await adapter.listOrganizations()).items;
      const userId = (await firstUser(adapter)).id;
      const before = parseMemberships(await adapter.listUserMemberships(userId));
      const target = orgs.find((o) => !before.some((m) => m.organization.id === o.id));
      check(target, 'the first user already belongs to every organization; the fixture should leave room');
      const [role] = parseRoles(await adapter.listRoles({ organizationId: target.id }));
      await adapter.addUserMembership!(userId, target.id, { roleIds: [role!.id] });
      const joined = parseMemberships(await adapter.listUserMemberships(userId)).find((m) => m.organization.id === target.id);
      check(joined, 'addUserMembership must make the user a member');
      check(sameMembers(joined.roleIds, [role!.id]), 'addUserMembership must grant the given roles');
      checkEqual(joined.organization.name, target.name, 'the membership must carry the organization name');
      await adapter.removeUserMembership!(userId, target.id);
      const after = parseMemberships(await adapter.listUserMemberships(userId));
      check(!after.some((m) => m.organization.id === target.id), 'removeUserMembership must end the membership');
      checkEqual(after.length, before.length, 'removing one membership must leave the others');
    },
    methods('addUserMembership', 'removeUserMembership'),
  );

  test(
    'membership changes on an unknown user reject with not_found',
    async (adapter) => {
      const orgs = parseOrganizationsPage(await adapter.listOrganizations()).items;
      await checkRejects(adapter.addUserMembership!(UNKNOWN_ID, orgs[0]!.id), isCode('not_found'), 'adding an unknown user to an organization must reject with not_found');
    },
    methods('addUserMembership'),
  );
}
