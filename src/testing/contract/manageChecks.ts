/**
 * Managing definitions: roles project-wide and per organization, then (definitionChecks.ts)
 * permissions, organizations and hostile names. Every check reads its result back through the
 * adapter's own reads, and deletes what it made, so it can run against a shared backend. An id is
 * taken from each answer, never assumed to survive a rename: some IdPs name roles and permissions
 * by their name (Descope).
 */
import type { RoleScope, RosterAdapter } from '../../core/adapter.js';
import { parseMemberships, parseRole, parseRoles, parseUser } from '../../core/validate.js';
import { check, checkEqual, checkRejects, sameMembers } from '../assert.js';
import { definitionChecks } from './definitionChecks.js';
import { allOf, firstUser, isCode, newName, type Check, type Requirement } from './kit.js';
import { checkRole, fieldError, manages, NO_SUCH_PERMISSION, permissionPool, quietly, roleIn, ROLE_SCOPES, scopeFor, type RoleScopeKind, type RoleShape } from './manageKit.js';

/** Holding a role in this scope can be granted: the scope is assignable, and a role write exists. */
function canGrant(kind: RoleScopeKind): Requirement {
  return {
    needs: `capabilities.${kind.flag} + addUserRoles or setUserRoles`,
    unmet(adapter) {
      if (!adapter.capabilities[kind.flag]) return `capabilities.${kind.flag} is false`;
      const one = kind.flag === 'organizationRoles' && adapter.capabilities.rolesPerMembership === 'one';
      if (adapter.setUserRoles || (!one && adapter.addUserRoles)) return null;
      return one ? 'rolesPerMembership is "one" and the adapter has no setUserRoles' : 'the adapter has no addUserRoles and no setUserRoles';
    },
  };
}

/** Grants `roleId` on top of `held` (in place of it, with one role per membership). */
async function grant(adapter: RosterAdapter, userId: string, roleId: string, scope: RoleScope, held: string[]): Promise<void> {
  const one = Boolean(scope.organizationId) && adapter.capabilities.rolesPerMembership === 'one';
  if (!one && adapter.addUserRoles) return adapter.addUserRoles(userId, [roleId], scope);
  return adapter.setUserRoles!(userId, one ? [roleId] : [...held, roleId], scope);
}

/** A user who holds roles in the scope: anyone project-wide; per organization, a member among the first 10. */
async function holderFixture(adapter: RosterAdapter, kind: RoleScopeKind): Promise<{ userId: string; scope: RoleScope; held: () => Promise<string[] | undefined> }> {
  if (kind.flag === 'projectRoles') {
    const userId = (await firstUser(adapter)).id;
    return { userId, scope: {}, held: async () => parseUser(await adapter.getUser(userId)).roleIds };
  }
  const { items } = await adapter.listUsers({ page: { size: 10 } });
  for (const user of items) {
    const [membership] = parseMemberships(await adapter.listUserMemberships(user.id));
    if (!membership) continue;
    const organizationId = membership.organization.id;
    const held = async () => parseMemberships(await adapter.listUserMemberships(user.id)).find((m) => m.organization.id === organizationId)?.roleIds;
    return { userId: user.id, scope: { organizationId }, held };
  }
  throw new Error('no user among the first 10 belongs to an organization; the fixture should have some');
}

function roleChecksIn(test: Check, kind: RoleScopeKind): void {
  const { label, flag } = kind;

  test(
    `createRole defines a ${label} role that listRoles reads back`,
    async (adapter) => {
      const scope = await scopeFor(adapter, kind);
      const input: RoleShape = { name: newName('role'), description: 'Made by the contract suite.', permissions: (await permissionPool(adapter, scope)).slice(0, 2) };
      const created = parseRole(await adapter.createRole!(input, scope));
      try {
        checkRole(created, input, scope, 'createRole’s answer');
        checkRole(await roleIn(adapter, scope, created.id), input, scope, 'listRoles after createRole');
      } finally {
        await quietly(() => adapter.deleteRole?.(created.id, scope));
      }
    },
    manages(flag, 'createRole'),
  );

  test(
    `updateRole changes only what it is given on a ${label} role: name, description, permissions`,
    async (adapter) => {
      const scope = await scopeFor(adapter, kind);
      const pool = await permissionPool(adapter, scope);
      const state: RoleShape = { name: newName('role'), description: 'Before the change.', permissions: pool.slice(0, 1) };
      // Where an IdP names a role by its name (Descope), a rename changes its id: follow each answer's.
      let { id } = parseRole(await adapter.createRole!(state, scope));
      try {
        const steps: [string, Partial<RoleShape>][] = [
          ['a rename', { name: newName('role renamed') }],
          ['a new description', { description: 'After the change.' }],
          ['new permissions', { permissions: pool.slice(1, 3) }],
          ['no permissions', { permissions: [] }],
        ];
        for (const [what, patch] of steps) {
          Object.assign(state, patch);
          const answer = parseRole(await adapter.updateRole!(id, patch, scope));
          checkRole(answer, state, scope, `updateRole’s answer to ${what}`);
          id = answer.id;
          checkRole(await roleIn(adapter, scope, id), state, scope, `listRoles after ${what}`);
        }
        await checkRejects(adapter.updateRole!(id, { permissions: [NO_SUCH_PERMISSION] }, scope), fieldError('invalid_input', 'permissions'), 'a permission that does not exist must reject with invalid_input and fieldErrors.permissions');
        checkRole(await roleIn(adapter, scope, id), state, scope, 'listRoles after a refused updateRole');
      } finally {
        await quietly(() => adapter.deleteRole?.(id, scope));
      }
    },
    manages(flag, 'createRole', 'updateRole'),
  );

  test(
    `createRole refuses an empty name and a permission that does not exist, creating nothing (${label})`,
    async (adapter) => {
      const scope = await scopeFor(adapter, kind);
      const name = newName('role');
      const made = async () => parseRoles(await adapter.listRoles(scope)).filter((r) => r.name.includes(name));
      try {
        await checkRejects(adapter.createRole!({ name: '   ' }, scope), fieldError('invalid_input', 'name'), 'a name that is empty after trimming must reject with invalid_input and fieldErrors.name');
        await checkRejects(adapter.createRole!({ name, permissions: [NO_SUCH_PERMISSION] }, scope), fieldError('invalid_input', 'permissions'), 'a permission that does not exist must reject with invalid_input and fieldErrors.permissions');
        checkEqual(await made(), [], 'a refused createRole must create nothing');
      } finally {
        for (const role of await made()) await quietly(() => adapter.deleteRole?.(role.id, scope));
      }
    },
    manages(flag, 'createRole'),
  );

  test(
    `a duplicate ${label} role name rejects with conflict and fieldErrors.name`,
    async (adapter) => {
      const scope = await scopeFor(adapter, kind);
      const name = newName('role');
      const first = parseRole(await adapter.createRole!({ name }, scope));
      let second: string | undefined;
      try {
        // The same name in another case, with spaces around it, is the same name.
        await checkRejects(adapter.createRole!({ name: ` ${name.toUpperCase()} ` }, scope), fieldError('conflict', 'name'), 'a role name already used in the scope must reject with conflict and fieldErrors.name');
        const sameName = parseRoles(await adapter.listRoles(scope)).filter((r) => r.name.trim().toLowerCase() === name.toLowerCase());
        checkEqual(sameName.map((r) => r.id), [first.id], 'a refused duplicate must create nothing');
        if (!adapter.updateRole) return;
        const other = newName('role');
        second = parseRole(await adapter.createRole!({ name: other }, scope)).id;
        await checkRejects(adapter.updateRole(second, { name }, scope), fieldError('conflict', 'name'), 'renaming a role to a name used in the scope must reject with conflict and fieldErrors.name');
        checkEqual((await roleIn(adapter, scope, second))?.name, other, 'a refused rename must leave the name as it was');
      } finally {
        await quietly(() => adapter.deleteRole?.(first.id, scope));
        if (second) await quietly(() => adapter.deleteRole?.(second!, scope));
      }
    },
    manages(flag, 'createRole'),
  );

  test(
    `changing a deleted ${label} role rejects with not_found and recreates nothing`,
    async (adapter) => {
      const scope = await scopeFor(adapter, kind);
      const { id } = parseRole(await adapter.createRole!({ name: newName('role') }, scope));
      await adapter.deleteRole!(id, scope);
      check(!(await roleIn(adapter, scope, id)), 'listRoles must not show a deleted role');
      // Another admin deleted it while this one was renaming it.
      const rename = newName('role renamed');
      await checkRejects(adapter.updateRole!(id, { name: rename }, scope), isCode('not_found'), 'updateRole on a deleted role must reject with not_found');
      const roles = parseRoles(await adapter.listRoles(scope));
      check(!roles.some((r) => r.id === id || r.name === rename), 'a refused updateRole must not bring the role back');
      await checkRejects(adapter.deleteRole!(id, scope), isCode('not_found'), 'deleting a deleted role must reject with not_found');
    },
    manages(flag, 'createRole', 'updateRole', 'deleteRole'),
  );

  test(
    `deleteRole takes a ${label} role from the users holding it, and only it`,
    async (adapter) => {
      const { userId, scope, held } = await holderFixture(adapter, kind);
      const before = (await held())!;
      const { id } = parseRole(await adapter.createRole!({ name: newName('role') }, scope));
      const one = Boolean(scope.organizationId) && adapter.capabilities.rolesPerMembership === 'one';
      try {
        await grant(adapter, userId, id, scope, before);
        check((await held())?.includes(id), 'the user must hold the new role before it is deleted');
        await adapter.deleteRole!(id, scope);
        const after = await held();
        check(after, 'deleting a role must not end the membership it was held in');
        check(!after.includes(id), 'deleteRole must take the role from the user holding it');
        if (!one) check(sameMembers(after, before), 'deleteRole must leave the holder’s other roles');
        check(!(await roleIn(adapter, scope, id)), 'listRoles must not show a deleted role');
      } finally {
        await quietly(() => adapter.deleteRole?.(id, scope));
        // With one role per membership, the deleted role had replaced the member's own.
        if (one) await quietly(() => adapter.setUserRoles?.(userId, before, scope));
      }
    },
    allOf(manages(flag, 'createRole', 'deleteRole'), canGrant(kind)),
  );
}

export function manageChecks(test: Check): void {
  for (const kind of ROLE_SCOPES) roleChecksIn(test, kind);
  definitionChecks(test);
}
