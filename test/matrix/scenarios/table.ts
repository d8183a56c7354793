/** Columns driven from UserTable itself: create and invite, status, delete, and the bulk bar. */
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { canEditRoles, holdsOneRole } from '../../../src/core/adapter.js';
import type { BackendState, BackendUser, CellContext, Scenario } from '../types.js';
import { chooseRowAction, closed, dialogNamed, expectBackend, openRowMenu, pickRows, renderTable, rolesIn, selectRows, successText, until, userIn, visibleTo } from '../ui.js';

const INVITE = 'Send an invitation email';

/**
 * The user as far as the host still sees them after a delete. A tenant admin's delete removes the
 * user from their tenant only (the account stays in the tenants they cannot see), so for a table
 * scoped to one organization "gone" means gone from it.
 */
function stillSeen(cell: CellContext, state: BackendState, userId: string): BackendUser | undefined {
  const user = userIn(state, userId);
  return user && visibleTo(cell, user) ? user : undefined;
}

async function openCreateDialog(cell: CellContext): Promise<HTMLElement | null> {
  renderTable(cell);
  await until('the table lists users', () => screen.queryAllByRole('button', { name: /^Actions for / }).length > 0);
  const open = screen.queryByRole('button', { name: 'Create user' });
  if (!open) return null;
  await userEvent.click(open);
  return dialogNamed('Create user');
}

function createScenario(invite: boolean): Scenario {
  return {
    id: invite ? 'invite' : 'create',
    title: invite ? 'invite a user (create dialog, invitation checked)' : 'create a user (create dialog, no invitation)',
    cannot(adapter) {
      if (!adapter.createUser) return 'no createUser method';
      const can = adapter.capabilities.createUser;
      if (invite) return can?.invite === false ? 'capabilities.createUser.invite is false' : null;
      return can?.active === false ? 'capabilities.createUser.active is false (it only invites)' : null;
    },
    async run(cell) {
      const dialog = await openCreateDialog(cell);
      expect(dialog, 'the “Create user” button').not.toBeNull();
      const email = `matrix.${cell.tag}@example.com`;
      const name = `Matrix ${invite ? 'Invitee' : 'Person'}`;
      await userEvent.type(within(dialog!).getByRole('textbox', { name: /^Email/ }), email);
      await userEvent.type(within(dialog!).getByRole('textbox', { name: /^Name/ }), name);
      const inviteBox = within(dialog!).queryByRole('checkbox', { name: INVITE }) as HTMLInputElement | null;
      // A backend that only invites (createUser.active false) invites without asking: no checkbox then.
      const invitesAnyway = cell.backend.adapter.capabilities.createUser?.active === false;
      if (invite && !invitesAnyway) expect(inviteBox, `the “${INVITE}” checkbox`).not.toBeNull();
      if (inviteBox && inviteBox.checked !== invite) await userEvent.click(inviteBox);
      await userEvent.click(within(dialog!).getByRole('button', { name: 'Create user' }));
      await closed('dialog', 'Create user');
      await successText(`Created ${name}.`);
      await expectBackend(cell, (state) => {
        const created = state.users.find((u) => u.email.toLowerCase() === email);
        expect(created, `a user with email ${email}`).toBeDefined();
        expect(created!.status).toBe(invite ? 'invited' : 'active');
        const tenant = cell.row.tableOrganizationId;
        if (tenant) expect(Object.keys(created!.organizations), 'created inside the admin’s tenant').toContain(tenant);
      });
    },
    async assertAbsent(cell) {
      const dialog = await openCreateDialog(cell);
      if (!dialog) return; // No “Create user” at all.
      const box = within(dialog).queryByRole('checkbox', { name: INVITE }) as HTMLInputElement | null;
      // Invite: no invitation offered. Create: no way to turn the invitation off (invite-only backend).
      if (invite) expect(box, `the “${INVITE}” checkbox`).toBeNull();
      else expect(box && !box.disabled ? `an enabled “${INVITE}” checkbox (checked: ${box.checked})` : null, 'a way to create without an invitation').toBeNull();
    },
  };
}

const active = (cell: CellContext) => (u: Parameters<typeof visibleTo>[1]) => u.status === 'active' && visibleTo(cell, u);

async function firstActiveRows(cell: CellContext, count: number) {
  renderTable(cell);
  return pickRows(cell, count, 'who are active', active(cell));
}

async function menuLabels(cell: CellContext): Promise<string[]> {
  const [row] = await firstActiveRows(cell, 1);
  const menu = await openRowMenu(row!);
  return within(menu).queryAllByRole('menuitem').map((item) => item.textContent ?? '');
}

/** The bulk bar with one row selected, or null when rows cannot be selected at all. */
async function bulkBarForOne(cell: CellContext): Promise<HTMLElement | null> {
  return selectRows(await firstActiveRows(cell, 1));
}

const bulkDone = (count: number) => successText(`Done for ${count} users.`);

export const TABLE_SCENARIOS: Scenario[] = [
  createScenario(false),
  createScenario(true),
  {
    id: 'disableEnable',
    title: 'disable, then enable (row menu)',
    cannot: (adapter) => (!adapter.setUserStatus ? 'no setUserStatus method' : adapter.capabilities.userStatus === false ? 'capabilities.userStatus is false' : null),
    async run(cell) {
      const [row] = await firstActiveRows(cell, 1);
      await chooseRowAction(row!, 'Disable');
      // Disabling signs the user out on some backends, so it asks first; enabling does not.
      const confirm = await dialogNamed(`Disable ${row!.name}?`, 'alertdialog');
      await userEvent.click(within(confirm).getByRole('button', { name: 'Disable user' }));
      await closed('alertdialog');
      await successText(`${row!.name} is now disabled.`);
      await expectBackend(cell, (state) => expect(userIn(state, row!.user.id)?.status).toBe('disabled'));
      await chooseRowAction(row!, 'Enable');
      await successText(`${row!.name} is now active.`);
      await expectBackend(cell, (state) => expect(userIn(state, row!.user.id)?.status).toBe('active'));
    },
    async assertAbsent(cell) {
      expect((await menuLabels(cell)).filter((l) => l === 'Disable' || l === 'Enable'), 'Disable/Enable in the row menu').toEqual([]);
    },
  },
  {
    id: 'delete',
    title: 'delete (row menu, confirm)',
    cannot: (adapter) => (adapter.deleteUser ? null : 'no deleteUser method'),
    async run(cell) {
      const [row] = await firstActiveRows(cell, 1);
      await chooseRowAction(row!, 'Delete…');
      const confirm = await dialogNamed(`Delete ${row!.name}?`, 'alertdialog');
      await userEvent.click(within(confirm).getByRole('button', { name: 'Delete user' }));
      await closed('alertdialog');
      await successText(`Deleted ${row!.name}.`);
      await expectBackend(cell, (state) => expect(stillSeen(cell, state, row!.user.id), 'the deleted user').toBeUndefined());
    },
    async assertAbsent(cell) {
      expect(await menuLabels(cell), 'the row menu').not.toContain('Delete…');
    },
  },
  {
    id: 'bulkDelete',
    title: 'delete two users in bulk (select, Delete…, confirm)',
    cannot: (adapter) => (adapter.deleteUser ? null : 'no deleteUser method'),
    async run(cell) {
      const rows = await firstActiveRows(cell, 2);
      const bar = await selectRows(rows);
      expect(bar, 'row selection').not.toBeNull();
      await userEvent.click(within(bar!).getByRole('button', { name: 'Delete…' }));
      const confirm = await dialogNamed('Delete 2 users?', 'alertdialog');
      await userEvent.click(within(confirm).getByRole('button', { name: 'Delete 2 users' }));
      await closed('alertdialog');
      await bulkDone(2);
      await expectBackend(cell, (state) => expect(rows.filter((r) => stillSeen(cell, state, r.user.id)).map((r) => r.name), 'users still there').toEqual([]));
    },
    async assertAbsent(cell) {
      const bar = await bulkBarForOne(cell);
      if (bar) expect(within(bar).queryByRole('button', { name: 'Delete…' }), 'the bulk “Delete…” button').toBeNull();
    },
  },
  {
    id: 'bulkAssignRole',
    title: 'assign a role to two users in bulk (bulk bar role picker)',
    cannot: (adapter, row) =>
      canEditRoles(adapter, row.tableOrganizationId ? { organizationId: row.tableOrganizationId } : {}) ? null : 'no role writes in the table’s scope (canEditRoles)',
    async run(cell) {
      const scope = cell.row.tableOrganizationId;
      const rows = await firstActiveRows(cell, 2);
      const bar = await selectRows(rows);
      expect(bar, 'row selection').not.toBeNull();
      // One role per membership: the picker sets the role, replacing the one each member holds.
      const one = holdsOneRole(cell.backend.adapter, scope);
      const picker = await until('the bulk role picker', () => within(bar!).queryByRole('combobox', { name: one ? 'Set role' : 'Role to assign' }) as HTMLSelectElement | null);
      const option = [...picker.options].find((o) => o.value && rows.every((r) => !rolesIn(r.user, scope).includes(o.text)));
      expect(option, 'a role neither selected user holds').toBeDefined();
      await userEvent.selectOptions(picker, option!.value);
      await userEvent.click(within(bar!).getByRole('button', { name: 'Apply' }));
      await bulkDone(2);
      await expectBackend(cell, (state) => {
        for (const r of rows) {
          if (one) expect(rolesIn(userIn(state, r.user.id)!, scope), `${r.name}’s roles`).toEqual([option!.text]);
          else expect(rolesIn(userIn(state, r.user.id)!, scope), `${r.name}’s roles`).toContain(option!.text);
        }
      });
    },
    async assertAbsent(cell) {
      const bar = await bulkBarForOne(cell);
      if (bar) expect(within(bar).queryByRole('combobox', { name: /^(Role to assign|Set role)$/ }), 'the bulk role picker').toBeNull();
    },
  },
];
