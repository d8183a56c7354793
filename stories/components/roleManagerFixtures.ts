/**
 * Directories for the RoleManager stories and tests: the large one (200 roles granting from a
 * catalogue of 300 permissions) and one with hostile names, built on the role fixtures.
 */
import type { Directory } from 'react-roster/memory';
import type { Permission } from 'react-roster';
import { directory, manyRoles } from './roleFixtures.js';

/** 200 project roles and 300 permissions: the 200 roles' own, and more that no role grants yet. */
export const directoryWith200RolesAnd300Permissions: Directory = (() => {
  const granted = [...new Set(manyRoles.flatMap((r) => r.permissions))];
  const names = [...granted];
  for (let i = 1; names.length < 300; i++) names.push(`feature-${String(i).padStart(3, '0')}:use`);
  const permissions: Permission[] = names.map((name, i) => ({ id: `perm_${i}`, name, description: `Lets a user ${name.replace(':', ' ')}.` }));
  // The users of the small directory hold the first roles, so counts are not all zero.
  const users = directory.users.map((u, i) => ({ ...u, roleIds: [manyRoles[i % 40]!.id], memberships: [] }));
  return { users, roles: manyRoles, organizations: directory.organizations, permissions };
})();

export const HOSTILE_NAME = '<img src=x onerror="window.__rosterPwned=1">\u202Etxt.exe';

/** The small directory with a role and a permission whose names are markup and a right-to-left override. */
export const directoryWithHostileNames: Directory = (() => {
  const permissions: Permission[] = [
    ...[...new Set(directory.roles.flatMap((r) => r.permissions))].map((name, i) => ({ id: `perm_${i}`, name })),
    { id: 'perm_hostile', name: HOSTILE_NAME, description: HOSTILE_NAME },
  ];
  const role = { id: 'hostile', name: HOSTILE_NAME, description: `${HOSTILE_NAME} ${'long '.repeat(60)}`, permissions: [HOSTILE_NAME, 'users:read'], organizationId: null };
  return { ...directory, roles: [role, ...directory.roles], permissions };
})();
