/**
 * Columns: the permission catalogue managed from RoleManager's Permissions tab — create, rename,
 * delete — read back from the backend's own catalogue, and from the roles that granted the
 * permission: after a rename they grant the new name, after a delete they no longer grant it,
 * and nothing else they grant changes.
 */
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { permissionWrites } from '../../../src/core/manage.js';
import type { BackendRole, BackendState, CellContext, Scenario } from '../types.js';
import { closed, dialogNamed, expectBackend, sorted, successText, until } from '../ui.js';
import { renderRoleManager, retype } from './managers.js';

const PERMISSIONS_TAB = 'Permissions';

const SETTLED = ['ready', 'empty'].map((s) => `[data-tab="permissions"] [data-roster-part="role-manager-panel"][data-state="${s}"]`).join(', ');

/** RoleManager on its Permissions tab, once the catalogue has loaded; null when it has no such tab. */
async function openPermissions(cell: CellContext): Promise<HTMLElement | null> {
  await renderRoleManager(cell);
  const tab = screen.queryByRole('tab', { name: PERMISSIONS_TAB });
  if (!tab) return null;
  await userEvent.click(tab);
  return until('the permission list loads', () => document.querySelector<HTMLElement>(SETTLED));
}

async function permissionList(cell: CellContext): Promise<HTMLElement> {
  const list = await openPermissions(cell);
  if (!list) throw new Error(`RoleManager offers no “${PERMISSIONS_TAB}” tab, though the adapter declares permission writes`);
  return list;
}

/** The permission's row, searched for by name as an admin would on a long catalogue. */
async function permissionRow(list: HTMLElement, name: string): Promise<HTMLElement> {
  await retype(within(list).getByRole('searchbox', { name: 'Search permissions' }), name);
  return until(`the row of permission “${name}”`, () =>
    [...list.querySelectorAll('[data-roster-part="role-manager-permission-name"]')].find((e) => e.textContent === name)?.closest('li'),
  );
}

type PermissionWrite = 'create' | 'update' | 'delete';

function cannotWritePermissions(write: PermissionWrite) {
  return (adapter: RosterAdapter): string | null => {
    if (permissionWrites(adapter)[write]) return null;
    return adapter.capabilities.manage.permissions ? `no ${write}Permission method` : 'capabilities.manage.permissions is false';
  };
}

/** No control for the write: the Permissions tab offers none, or there is no such tab at all. */
async function expectNoPermissionControl(cell: CellContext, name: RegExp): Promise<void> {
  const list = await openPermissions(cell);
  if (!list) {
    expect(document.querySelectorAll('[data-roster-part="role-manager-permission"]').length, 'permission rows without a Permissions tab').toBe(0);
    return;
  }
  await until('the catalogue shows its permissions or says it has none', () => list.querySelector('[data-roster-part="role-manager-permission"], [data-roster-part="role-manager-empty"]'));
  expect(within(list).queryAllByRole('button', { name }).map((b) => b.getAttribute('aria-label') ?? b.textContent), `Permissions tab buttons named ${name}`).toEqual([]);
}

/** The first permission of the catalogue some role grants, with every role granting it. */
function grantedPermission(state: BackendState): { name: string; granters: BackendRole[] } {
  for (const name of state.permissions) {
    const granters = state.roles.filter((r) => r.permissions.includes(name));
    if (granters.length) return { name, granters };
  }
  throw new Error('precondition: no permission in the backend’s catalogue that a role grants');
}

/** What each former granter grants now, against what `change` makes of what it granted before. */
function expectGranters(state: BackendState, granters: readonly BackendRole[], change: (permissions: string[]) => string[]): void {
  const now = granters.map((g) => state.roles.find((r) => r.name === g.name && r.organizationId === g.organizationId));
  const grants = (r: BackendRole | undefined) => (r ? sorted(r.permissions) : '(role gone)');
  expect(
    now.map((r, i) => `${granters[i]!.name}: ${String(grants(r))}`),
    'what the roles that granted it grant now',
  ).toEqual(granters.map((g) => `${g.name}: ${String(sorted(change(g.permissions)))}`));
}

export const PERMISSION_SCENARIOS: Scenario[] = [
  {
    id: 'permissionCreate',
    title: 'create a permission (RoleManager → Permissions → Create permission)',
    cannot: cannotWritePermissions('create'),
    async run(cell) {
      const name = `${cell.tag}:use`;
      const list = await permissionList(cell);
      await userEvent.click(within(list).getByRole('button', { name: 'Create permission' }));
      const dialog = await dialogNamed('Create permission');
      await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), name);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Create permission' }));
      await closed('dialog', 'Create permission');
      await successText(`Created ${name}.`);
      await permissionRow(list, name);
      await expectBackend(cell, (state) => expect(state.permissions.filter((p) => p === name), `the catalogue’s permissions named ${name}`).toEqual([name]));
    },
    assertAbsent: (cell) => expectNoPermissionControl(cell, /^Create permission$/),
  },
  {
    id: 'permissionRename',
    title: 'rename a permission roles grant (RoleManager → Permissions → Rename)',
    cannot: cannotWritePermissions('update'),
    async run(cell) {
      const { name, granters } = grantedPermission(await cell.backend.read());
      const renamed = `${cell.tag}:renamed`;
      const list = await permissionList(cell);
      const row = await permissionRow(list, name);
      await userEvent.click(within(row).getByRole('button', { name: `Rename ${name}` }));
      const dialog = await dialogNamed(`Rename ${name}`);
      await retype(within(dialog).getByRole('textbox', { name: /^Name/ }), renamed);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await closed('dialog');
      await successText(`Renamed to ${renamed}.`);
      await permissionRow(list, renamed);
      await expectBackend(cell, (state) => {
        expect(state.permissions, 'the catalogue').toContain(renamed);
        expect(state.permissions, 'the catalogue').not.toContain(name);
        expectGranters(state, granters, (granted) => granted.map((p) => (p === name ? renamed : p)));
      });
    },
    assertAbsent: (cell) => expectNoPermissionControl(cell, /^Rename /),
  },
  {
    id: 'permissionDelete',
    title: 'delete a permission roles grant (RoleManager → Permissions → Delete, confirm)',
    cannot: cannotWritePermissions('delete'),
    async run(cell) {
      const { name, granters } = grantedPermission(await cell.backend.read());
      const list = await permissionList(cell);
      const row = await permissionRow(list, name);
      await userEvent.click(within(row).getByRole('button', { name: `Delete ${name}` }));
      const confirm = await dialogNamed(`Delete ${name}?`, 'alertdialog');
      await userEvent.click(within(confirm).getByRole('button', { name: 'Delete permission' }));
      await closed('alertdialog');
      await successText(`Deleted ${name}.`);
      await until(`${name} leaves the list`, () => !screen.queryByRole('button', { name: `Delete ${name}` }));
      await expectBackend(cell, (state) => {
        expect(state.permissions, 'the catalogue').not.toContain(name);
        expectGranters(state, granters, (granted) => granted.filter((p) => p !== name));
      });
    },
    assertAbsent: (cell) => expectNoPermissionControl(cell, /^Delete /),
  },
];
