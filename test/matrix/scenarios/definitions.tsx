/**
 * Columns: roles defined in RoleManager — create, rename, change permissions, delete — in the
 * scope the row's admin works in (project-wide, or a tenant admin's own organization). Each reads
 * the backend's own record of its roles after the write, and who holds them.
 */
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Scenario } from '../types.js';
import { closed, dialogNamed, expectBackend, rolesIn, sorted, successText, until, userIn } from '../ui.js';
import { ORGANIZATION_DEFINITION_SCENARIOS } from './organizationDefinitions.js';
import { organizationRoleCreate } from './organizationRoles.js';
import { PERMISSION_SCENARIOS } from './permissions.js';
import {
  cannotWriteRoles,
  createRoleIn,
  escapeRegExp,
  expectNoRoleControl,
  heldRole,
  holdersOf,
  permissionOf,
  renderRoleManager,
  retype,
  roleRow,
  roleScopeOf,
  rolesInScope,
  successMatching,
} from './managers.js';

const ROLE_SCENARIOS: Scenario[] = [
  {
    id: 'roleCreate',
    title: 'create a role with a permission (RoleManager → Create role)',
    cannot: cannotWriteRoles('create'),
    async run(cell) {
      const scope = roleScopeOf(cell.row);
      const list = await renderRoleManager(cell);
      const permission = await createRoleIn(list, cell.tag);
      await expectBackend(cell, (state) => {
        const made = state.roles.filter((r) => r.name === cell.tag);
        expect(made.map((r) => ({ organizationId: r.organizationId, permissions: sorted(r.permissions) })), `the roles named ${cell.tag}`).toEqual([
          { organizationId: scope, permissions: [permission] },
        ]);
      });
    },
    assertAbsent: (cell) => expectNoRoleControl(cell, /^Create role$/),
  },
  {
    id: 'roleRename',
    title: 'rename a role its holders keep (RoleManager → Edit)',
    cannot: cannotWriteRoles('update'),
    async run(cell) {
      const scope = roleScopeOf(cell.row);
      const before = await cell.backend.read();
      const role = heldRole(before, scope);
      const holders = holdersOf(before, scope, role.name).map((u) => u.id);
      const renamed = `${cell.tag} renamed`;
      const list = await renderRoleManager(cell);
      const row = await roleRow(list, role.name);
      await userEvent.click(within(row).getByRole('button', { name: `Edit ${role.name}` }));
      const dialog = await dialogNamed(`Edit ${role.name}`);
      await retype(within(dialog).getByRole('textbox', { name: /^Name/ }), renamed);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await closed('dialog');
      await successText(`Saved ${renamed}.`);
      await expectBackend(cell, (state) => {
        const names = rolesInScope(state, scope).map((r) => r.name);
        expect(names, 'the scope’s roles').toContain(renamed);
        expect(names, 'the scope’s roles').not.toContain(role.name);
        expect(sorted(rolesInScope(state, scope).find((r) => r.name === renamed)!.permissions), `what ${renamed} grants`).toEqual(sorted(role.permissions));
        const holding = holders.filter((id) => rolesIn(userIn(state, id)!, scope ?? undefined).includes(renamed));
        expect(holding, `the ${holders.length} holder(s) of ${role.name} who hold ${renamed}`).toEqual(holders);
      });
    },
    assertAbsent: (cell) => expectNoRoleControl(cell, /^Edit /),
  },
  {
    id: 'rolePermissions',
    title: 'grant one permission and revoke one (RoleManager → Permissions → Save)',
    cannot: cannotWriteRoles('update'),
    async run(cell) {
      const scope = roleScopeOf(cell.row);
      const role = rolesInScope(await cell.backend.read(), scope).find((r) => r.permissions.length > 0);
      if (!role) throw new Error('precondition: the backend holds no role in the scope that grants a permission');
      const list = await renderRoleManager(cell);
      const row = await roleRow(list, role.name);
      await userEvent.click(within(row).getByRole('button', { name: `Change the permissions of ${role.name}` }));
      const dialog = await dialogNamed(`Permissions of ${role.name}`);
      const group = within(dialog).getByRole('group', { name: `Permissions of ${role.name}` });
      const boxes = await until('the permission checkboxes', () => (within(group).queryAllByRole('checkbox').length ? (within(group).getAllByRole('checkbox') as HTMLInputElement[]) : null));
      const revoke = boxes.find((b) => b.checked && role.permissions.includes(permissionOf(b)));
      const grant = boxes.find((b) => !b.checked && !role.permissions.includes(permissionOf(b)));
      expect(revoke, `a permission ${role.name} grants, among the checkboxes`).toBeDefined();
      expect(grant, `a permission ${role.name} does not grant, among the checkboxes`).toBeDefined();
      const [revoked, granted] = [permissionOf(revoke!), permissionOf(grant!)];
      await userEvent.click(revoke!);
      await userEvent.click(grant!);
      await until('the dialog shows the staged change', () => within(dialog).queryByText('Unsaved: +1 granted, −1 revoked.'));
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save permissions' }));
      await closed('dialog');
      await successText(`Saved the permissions of ${role.name}.`);
      const expected = sorted([...role.permissions.filter((p) => p !== revoked), granted]);
      await expectBackend(cell, (state) => {
        const now = rolesInScope(state, scope).find((r) => r.name === role.name);
        expect(sorted(now?.permissions ?? []), `what ${role.name} grants (−${revoked}, +${granted})`).toEqual(expected);
      });
    },
    assertAbsent: (cell) => expectNoRoleControl(cell, /^Change the permissions of /),
  },
  {
    id: 'roleDelete',
    title: 'delete a role users hold (RoleManager → Delete, confirm)',
    cannot: cannotWriteRoles('delete'),
    async run(cell) {
      const scope = roleScopeOf(cell.row);
      const before = await cell.backend.read();
      const role = heldRole(before, scope);
      const holders = holdersOf(before, scope, role.name).map((u) => u.id);
      const list = await renderRoleManager(cell);
      const row = await roleRow(list, role.name);
      await userEvent.click(within(row).getByRole('button', { name: `Delete ${role.name}` }));
      const confirm = await dialogNamed(`Delete ${role.name}?`, 'alertdialog');
      await userEvent.click(within(confirm).getByRole('button', { name: 'Delete role' }));
      await closed('alertdialog');
      await successMatching(new RegExp(`^Deleted ${escapeRegExp(role.name)}[.;]`));
      await until(`${role.name} leaves the list`, () => !screen.queryByRole('button', { name: `Delete ${role.name}` }));
      await expectBackend(cell, (state) => {
        expect(rolesInScope(state, scope).map((r) => r.name), 'the scope’s roles').not.toContain(role.name);
        const still = holders.filter((id) => rolesIn(userIn(state, id)!, scope ?? undefined).includes(role.name));
        expect(still, `former holders of ${role.name} who still hold it`).toEqual([]);
      });
    },
    assertAbsent: (cell) => expectNoRoleControl(cell, /^Delete /),
  },
];

/** Roles first (in the admin's scope, then inside an organization), permissions, then organizations: the matrix's report order. */
export const DEFINITION_SCENARIOS: Scenario[] = [...ROLE_SCENARIOS, organizationRoleCreate, ...PERMISSION_SCENARIOS, ...ORGANIZATION_DEFINITION_SCENARIOS];
