/** Managing permissions and organizations, and hostile names on every kind of definition. */
import type { RosterAdapter } from '../../core/adapter.js';
import { parseMemberships, parseOrganization, parsePermission, parsePermissions, parseRole, parseRoles, parseUser } from '../../core/validate.js';
import { check, checkEqual, checkRejects, sameMembers } from '../assert.js';
import { allOf, firstUser, isCode, methods, newName, UNKNOWN_ID, type Check } from './kit.js';
import { allOrganizations, fieldError, hostileNames, managedRoleScope, manages, newDomainLabel, organizationAsRead, quietly, roleIn, scopeFor, somewhereRolesAreManaged } from './manageKit.js';

/** A permission granted by a new role, for the checks of what follows a permission into roles. */
async function grantedPermission(adapter: RosterAdapter) {
  const scope = await scopeFor(adapter, managedRoleScope(adapter)!);
  const permission = parsePermission(await adapter.createPermission!({ name: newName('permission'), description: 'Made by the contract suite.' }));
  const role = parseRole(await adapter.createRole!({ name: newName('role'), permissions: [permission.name] }, scope));
  /** `permissionId`: the id after a rename, where the IdP names permissions by name. */
  const cleanup = async (permissionId = permission.id) => {
    await quietly(() => adapter.deleteRole?.(role.id, scope));
    await quietly(() => adapter.deletePermission?.(permissionId));
  };
  return { scope, permission, role, cleanup };
}

function permissionChecks(test: Check): void {
  test(
    'createPermission adds a permission that listPermissions reads back',
    async (adapter) => {
      const input = { name: newName('permission'), description: 'Made by the contract suite.' };
      const created = parsePermission(await adapter.createPermission!(input));
      try {
        checkEqual([created.name, created.description], [input.name, input.description], 'createPermission must answer with the name and description given');
        const listed = parsePermissions(await adapter.listPermissions!()).find((p) => p.id === created.id);
        checkEqual([listed?.name, listed?.description], [input.name, input.description], 'listPermissions must show the created permission');
      } finally {
        await quietly(() => adapter.deletePermission?.(created.id));
      }
    },
    manages('permissions', 'listPermissions', 'createPermission'),
  );

  test(
    'a duplicate permission name rejects with conflict, an empty one with invalid_input',
    async (adapter) => {
      const name = newName('permission');
      const first = parsePermission(await adapter.createPermission!({ name }));
      try {
        await checkRejects(adapter.createPermission!({ name: ` ${name.toUpperCase()} ` }), fieldError('conflict', 'name'), 'a permission name already used must reject with conflict and fieldErrors.name');
        await checkRejects(adapter.createPermission!({ name: ' ' }), fieldError('invalid_input', 'name'), 'a name that is empty after trimming must reject with invalid_input and fieldErrors.name');
      } finally {
        await quietly(() => adapter.deletePermission?.(first.id));
      }
    },
    manages('permissions', 'createPermission'),
  );

  test(
    'renaming a permission renames it in every role that grants it',
    async (adapter) => {
      const { scope, permission, role, cleanup } = await grantedPermission(adapter);
      let id = permission.id;
      try {
        const name = newName('permission renamed');
        const renamed = parsePermission(await adapter.updatePermission!(id, { name }));
        checkEqual(renamed.name, name, 'updatePermission must answer with the new name');
        id = renamed.id;
        checkEqual((await roleIn(adapter, scope, role.id))?.permissions, [name], 'a role granting a renamed permission must grant it under the new name');
        const described = parsePermission(await adapter.updatePermission!(id, { description: 'Described again.' }));
        checkEqual([described.name, described.description], [name, 'Described again.'], 'updatePermission({ description }) must leave the name');
        if (adapter.listPermissions) {
          const names = parsePermissions(await adapter.listPermissions()).map((p) => p.name);
          check(names.includes(name) && !names.includes(permission.name), 'listPermissions must show the new name only');
        }
      } finally {
        await cleanup(id);
      }
    },
    allOf(manages('permissions', 'createPermission', 'updatePermission'), somewhereRolesAreManaged),
  );

  test(
    'deleting a permission takes it from every role that grants it, and not_found the second time',
    async (adapter) => {
      const { scope, permission, role, cleanup } = await grantedPermission(adapter);
      try {
        await adapter.deletePermission!(permission.id);
        checkEqual((await roleIn(adapter, scope, role.id))?.permissions, [], 'a role granting a deleted permission must stop granting it');
        if (adapter.listPermissions) check(!parsePermissions(await adapter.listPermissions()).some((p) => p.id === permission.id), 'listPermissions must not show a deleted permission');
        await checkRejects(adapter.deletePermission!(permission.id), isCode('not_found'), 'deleting a deleted permission must reject with not_found');
        if (adapter.updatePermission) await checkRejects(adapter.updatePermission(permission.id, { name: newName('permission') }), isCode('not_found'), 'renaming a deleted permission must reject with not_found');
      } finally {
        await cleanup();
      }
    },
    allOf(manages('permissions', 'createPermission', 'deletePermission'), somewhereRolesAreManaged),
  );
}

function organizationChecks(test: Check): void {
  test(
    'createOrganization stores the name and normalized domains, read back by id and in the list',
    async (adapter) => {
      const label = newDomainLabel();
      const name = newName('organization');
      const created = parseOrganization(await adapter.createOrganization!({ name, domains: [`  ${label}.Roster-Contract.example `, `@mail.${label}.roster-contract.example`] }));
      try {
        const expected = [`${label}.roster-contract.example`, `mail.${label}.roster-contract.example`];
        for (const [where, org] of [['createOrganization’s answer', created], ['the organization as read back', await organizationAsRead(adapter, created.id)]] as const) {
          checkEqual(org?.name, name, `${where}: the name`);
          check(org && sameMembers(org.domains, expected), `${where}: the domains must be stored trimmed, lower case and without @, not ${JSON.stringify(org?.domains)}`);
        }
      } finally {
        await quietly(() => adapter.deleteOrganization?.(created.id));
      }
    },
    manages('organizations', 'createOrganization'),
  );

  test(
    'createOrganization refuses a bad domain, an empty name and a duplicate name, creating nothing',
    async (adapter) => {
      const name = newName('organization');
      const first = parseOrganization(await adapter.createOrganization!({ name }));
      const other = newName('organization');
      try {
        for (const domain of ['not a domain', 'https://roster-contract.example', 'a@roster-contract.example']) {
          await checkRejects(adapter.createOrganization!({ name: other, domains: [domain] }), fieldError('invalid_input', 'domains'), `the domain ${JSON.stringify(domain)} must reject with invalid_input and fieldErrors.domains`);
        }
        await checkRejects(adapter.createOrganization!({ name: '  ' }), fieldError('invalid_input', 'name'), 'a name that is empty after trimming must reject with invalid_input and fieldErrors.name');
        await checkRejects(adapter.createOrganization!({ name: ` ${name.toUpperCase()} ` }), fieldError('conflict', 'name'), 'an organization name already used must reject with conflict and fieldErrors.name');
        const named = (await allOrganizations(adapter)).filter((o) => [name, other].includes(o.name.trim()) || o.name.trim() === name.toUpperCase());
        checkEqual(named.map((o) => o.id), [first.id], 'a refused createOrganization must create nothing');
      } finally {
        for (const org of (await allOrganizations(adapter)).filter((o) => o.name.includes(name) || o.name.includes(other) || o.name.includes(name.toUpperCase()))) {
          await quietly(() => adapter.deleteOrganization?.(org.id));
        }
      }
    },
    manages('organizations', 'createOrganization'),
  );

  test(
    'updateOrganization changes only what it is given, and refuses a bad domain or an unknown id',
    async (adapter) => {
      const label = newDomainLabel();
      const state = { name: newName('organization'), domains: [`${label}.roster-contract.example`] };
      const { id } = parseOrganization(await adapter.createOrganization!(state));
      const expectState = async (where: string) => {
        const org = await organizationAsRead(adapter, id);
        checkEqual(org?.name, state.name, `${where}: the name`);
        check(org && sameMembers(org.domains, state.domains), `${where}: the domains must be ${JSON.stringify(state.domains)}, not ${JSON.stringify(org?.domains)}`);
      };
      try {
        state.name = newName('organization renamed');
        checkEqual(parseOrganization(await adapter.updateOrganization!(id, { name: state.name })).name, state.name, 'updateOrganization must answer with the new name');
        await expectState('after a rename');
        state.domains = [`new.${label}.roster-contract.example`];
        await adapter.updateOrganization!(id, { domains: [` NEW.${label}.roster-contract.example`] });
        await expectState('after new domains');
        await checkRejects(adapter.updateOrganization!(id, { domains: ['not a domain'] }), fieldError('invalid_input', 'domains'), 'a bad domain must reject with invalid_input and fieldErrors.domains');
        await expectState('after a refused update');
        await checkRejects(adapter.updateOrganization!(UNKNOWN_ID, { name: newName('organization') }), isCode('not_found'), 'updateOrganization on an unknown id must reject with not_found');
      } finally {
        await quietly(() => adapter.deleteOrganization?.(id));
      }
    },
    manages('organizations', 'createOrganization', 'updateOrganization'),
  );

  test(
    'deleteOrganization removes it from the list and by id, and not_found the second time',
    async (adapter) => {
      const { id } = parseOrganization(await adapter.createOrganization!({ name: newName('organization') }));
      await adapter.deleteOrganization!(id);
      check(!(await allOrganizations(adapter)).some((o) => o.id === id), 'listOrganizations must not show a deleted organization');
      if (adapter.getOrganization) await checkRejects(adapter.getOrganization(id), isCode('not_found'), 'getOrganization on a deleted organization must reject with not_found');
      await checkRejects(adapter.deleteOrganization!(id), isCode('not_found'), 'deleting a deleted organization must reject with not_found');
    },
    manages('organizations', 'createOrganization', 'deleteOrganization'),
  );

  test(
    'deleteOrganization ends its members’ memberships; their accounts stay',
    async (adapter) => {
      const userId = (await firstUser(adapter)).id;
      const before = parseMemberships(await adapter.listUserMemberships(userId)).map((m) => m.organization.id);
      const { id } = parseOrganization(await adapter.createOrganization!({ name: newName('organization') }));
      try {
        // One role per membership: the member must hold one.
        const roleIds = adapter.capabilities.rolesPerMembership === 'one' ? parseRoles(await adapter.listRoles({ organizationId: id })).slice(0, 1).map((r) => r.id) : [];
        await adapter.addUserMembership!(userId, id, { roleIds });
        check(parseMemberships(await adapter.listUserMemberships(userId)).some((m) => m.organization.id === id), 'the user must be a member before the organization is deleted');
        await adapter.deleteOrganization!(id);
        const after = parseMemberships(await adapter.listUserMemberships(userId)).map((m) => m.organization.id);
        check(sameMembers(after, before), 'deleteOrganization must end the membership in it, and only that one');
        checkEqual(parseUser(await adapter.getUser(userId)).id, userId, 'a member of a deleted organization must keep their account');
      } finally {
        await quietly(() => adapter.deleteOrganization?.(id));
      }
    },
    allOf(manages('organizations', 'createOrganization', 'deleteOrganization'), methods('addUserMembership')),
  );
}

function hostileNameChecks(test: Check): void {
  test(
    'hostile role names are stored and returned as text, byte for byte',
    async (adapter) => {
      const scope = await scopeFor(adapter, managedRoleScope(adapter)!);
      for (const name of hostileNames(newName('role'))) {
        const created = parseRole(await adapter.createRole!({ name }, scope));
        try {
          checkEqual(created.name, name, 'createRole must answer with the name as given');
          checkEqual((await roleIn(adapter, scope, created.id))?.name, name, 'listRoles must show the name as given');
        } finally {
          await quietly(() => adapter.deleteRole?.(created.id, scope));
        }
      }
    },
    somewhereRolesAreManaged,
  );

  test(
    'hostile permission names are stored and returned as text, byte for byte',
    async (adapter) => {
      for (const name of hostileNames(newName('permission'))) {
        const created = parsePermission(await adapter.createPermission!({ name }));
        try {
          checkEqual(created.name, name, 'createPermission must answer with the name as given');
          if (adapter.listPermissions) checkEqual(parsePermissions(await adapter.listPermissions()).find((p) => p.id === created.id)?.name, name, 'listPermissions must show the name as given');
        } finally {
          await quietly(() => adapter.deletePermission?.(created.id));
        }
      }
    },
    manages('permissions', 'createPermission'),
  );

  test(
    'hostile organization names are stored and returned as text, byte for byte',
    async (adapter) => {
      for (const name of hostileNames(newName('organization'))) {
        const created = parseOrganization(await adapter.createOrganization!({ name }));
        try {
          checkEqual(created.name, name, 'createOrganization must answer with the name as given');
          checkEqual((await organizationAsRead(adapter, created.id))?.name, name, 'the organization read back must carry the name as given');
        } finally {
          await quietly(() => adapter.deleteOrganization?.(created.id));
        }
      }
    },
    manages('organizations', 'createOrganization'),
  );
}

export function definitionChecks(test: Check): void {
  permissionChecks(test);
  organizationChecks(test);
  hostileNameChecks(test);
}
