/** Columns: memberships in OrgList, opened from the row menu "Organizations…": add with a role, remove. */
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { holdsOneRole } from '../../../src/core/adapter.js';
import type { CellContext, Scenario } from '../types.js';
import { chooseRowAction, closed, dialogNamed, expectBackend, pickRows, renderTable, sorted, successText, until, userIn, type TableRow } from '../ui.js';

/** Opens the row's "Organizations…" dialog and waits for its list. */
async function openOrganizations(row: TableRow): Promise<HTMLElement> {
  await chooseRowAction(row, 'Organizations…');
  // Titled with the user it acts on: "Organizations — Ana Silva".
  const dialog = await dialogNamed(/^Organizations — /);
  await until('the memberships load', () => dialog.querySelector('[data-roster-part="org-list"][data-state="ready"], [data-roster-part="org-list"][data-state="empty"]'));
  return dialog;
}

async function firstRow(cell: CellContext, why: string, test: Parameters<typeof pickRows>[3]): Promise<TableRow> {
  renderTable(cell);
  return (await pickRows(cell, 1, why, test))[0]!;
}

export const ORGANIZATION_SCENARIOS: Scenario[] = [
  {
    id: 'organizationAdd',
    title: 'add to an organization with a role (row menu → Organizations… → Add)',
    cannot: (adapter) => (adapter.addUserMembership ? null : 'no addUserMembership method'),
    async run(cell) {
      const row = await firstRow(cell, 'who are active', (u) => u.status === 'active');
      const dialog = await openOrganizations(row);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Add to organization' }));
      const picker = await dialogNamed('Add to organization');
      const radio = await until('organizations to pick from', () => within(picker).queryAllByRole('radio')[0] as HTMLInputElement | undefined);
      const organizationId = radio.value;
      const organizationName = radio.closest('label')?.textContent?.trim() ?? organizationId;
      await userEvent.click(radio);
      let role: string | null = null;
      if (cell.backend.adapter.capabilities.organizationRoles) {
        // One role per membership: the roles are radios, and one must be picked.
        const roles = () => picker.querySelector<HTMLElement>('[data-roster-part="org-list-picker-roles"]');
        const kind = holdsOneRole(cell.backend.adapter, organizationId) ? 'radio' : 'checkbox';
        const box = await until('roles to grant there', () => (roles() ? within(roles()!).queryAllByRole(kind)[0] : undefined));
        role = box.closest('label')?.textContent?.trim() ?? null;
        await userEvent.click(box);
      }
      await userEvent.click(within(picker).getByRole('button', { name: 'Add to organization' }));
      await closed('dialog', 'Add to organization');
      await successText(`Added to ${organizationName}.`);
      await expectBackend(cell, (state) => {
        expect(state.organizations[organizationId], 'the picked organization').toBe(organizationName);
        expect(userIn(state, row.user.id)?.organizations[organizationId], `membership of ${organizationName}`).toEqual(role ? [role] : []);
      });
    },
    async assertAbsent(cell) {
      const row = await firstRow(cell, 'who are active', (u) => u.status === 'active');
      const dialog = await openOrganizations(row);
      expect(within(dialog).queryByRole('button', { name: 'Add to organization' }), 'the “Add to organization” button').toBeNull();
    },
  },
  {
    id: 'organizationRemove',
    title: 'remove from an organization (row menu → Organizations… → Remove, confirm)',
    cannot: (adapter) => (adapter.removeUserMembership ? null : 'no removeUserMembership method'),
    async run(cell) {
      const row = await firstRow(cell, 'who belong to an organization', (u) => u.status === 'active' && Object.keys(u.organizations).length > 0);
      const before = Object.keys(row.user.organizations);
      const dialog = await openOrganizations(row);
      const remove = await until('a “Remove from …” button', () => within(dialog).queryAllByRole('button', { name: /^Remove from / })[0]);
      const organizationName = remove.getAttribute('aria-label')!.replace(/^Remove from /, '');
      await userEvent.click(remove);
      const confirm = await dialogNamed(`Remove ${row.name} from ${organizationName}?`, 'alertdialog');
      await userEvent.click(within(confirm).getByRole('button', { name: 'Remove from organization' }));
      await closed('alertdialog');
      await successText(`Removed from ${organizationName}.`);
      await expectBackend(cell, (state) => {
        const removed = before.filter((id) => state.organizations[id] === organizationName);
        expect(removed, `the organization named ${organizationName}`).toHaveLength(1);
        expect(sorted(Object.keys(userIn(state, row.user.id)?.organizations ?? {}))).toEqual(sorted(before.filter((id) => id !== removed[0])));
      });
    },
    async assertAbsent(cell) {
      const row = await firstRow(cell, 'who are active', (u) => u.status === 'active');
      const dialog = await openOrganizations(row);
      expect(within(dialog).queryAllByRole('button', { name: /^Remove from / }), 'the “Remove from …” buttons').toEqual([]);
      expect(screen.queryByRole('alertdialog')).toBeNull();
    },
  },
];
