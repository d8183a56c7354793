/**
 * UserTable scoped to one organization (a tenant admin's view): only its members, and every role
 * written there. A small directory keeps it fast; see UserTable.test.tsx for the approach.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const bodyRows = () => screen.getAllByRole('row').slice(1);

describe('UserTable for one organization', () => {
  it('lists only its members, and edits, bulk-assigns and grants roles in that organization', async () => {
    const memory = createMemoryAdapter({ userCount: 60 });
    const spy = spyOnAdapter(memory);
    const user = userEvent.setup({ delay: null });
    const orgId = 'org_001';
    const members = memory.snapshot().users.filter((u) => u.memberships?.some((m) => m.organization.id === orgId));
    renderWithRoster(<UserTable organizationId={orgId} />, spy.adapter);
    await screen.findByText(`${members.length} users`);
    expect(bodyRows()).toHaveLength(members.length);
    expect(screen.queryByRole('combobox', { name: 'Organization' })).toBeNull();

    // The roles column shows the roles held in the organization.
    const first = members.find((u) => bodyRows()[0]!.textContent?.includes(u.email!))!;
    const held = first.memberships!.find((m) => m.organization.id === orgId)!.roleIds;
    expect(held.length).toBeGreaterThan(0);
    const rolesCell = bodyRows()[0]!.querySelector('td[data-column="roles"]')!;
    const roleNames = new Map(memory.snapshot().roles.map((r) => [r.id, r.name]));
    expect(rolesCell.textContent).toBe(held.map((id) => roleNames.get(id)).join(''));

    await user.click(within(bodyRows()[0]!).getByRole('checkbox'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role to assign' }), `${orgId}:approver`);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText('Done for 1 user.');
    expect(spy.calls.filter((c) => c.method === 'addUserRoles').map((c) => c.args.slice(1, 3))).toEqual([[[`${orgId}:approver`], { organizationId: orgId }]]);

    await user.click(screen.getByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await user.click(within(dialog).getByRole('textbox', { name: /Email/ }));
    await user.paste('tenant.member@example.com');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Site lead' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const created = memory.snapshot().users.find((u) => u.email === 'tenant.member@example.com')!;
    expect(created.roleIds).toEqual([]);
    expect(created.memberships).toEqual([{ organization: { id: orgId, name: 'Acme Corporation' }, roleIds: [`${orgId}:site-lead`] }]);
  });
});
