/**
 * Column: the table's "Import CSV" with a three-row file, one row naming a role by its name. The
 * backend must then hold the three users, and the role where the backend's declarations let an
 * import grant it: project-wide where a user is created with roles, else inside an organization
 * the row names (or the tenant admin's own), where users can join one with a role.
 */
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { canCreateUsers, holdsOneRole, type RosterAdapter } from '../../../src/core/adapter.js';
import { csvRecord } from '../../../src/core/csv.js';
import type { BackendUser, CellContext, Scenario } from '../types.js';
import { dialogNamed, expectBackend, renderTable, until, visibleTo } from '../ui.js';

/**
 * Where the file's role lands, by the backend's declarations: `project` (created with roles),
 * `organization` (granted in the organization the user joins), or `dropped` (neither: the preview
 * says so and the user is created without it).
 */
type RolePlan = { scope: 'project'; role: string } | { scope: 'organization'; organizationId: string; role: string; everyRow: boolean } | { scope: 'dropped' };

async function rolePlan(cell: CellContext): Promise<RolePlan> {
  const adapter: RosterAdapter = cell.backend.adapter;
  const create = adapter.capabilities.createUser;
  const firstRole = async (organizationId?: string) => {
    const roles = await adapter.listRoles(organizationId ? { organizationId } : {});
    const role = roles.find((r) => (organizationId ? true : !r.organizationId));
    if (!role) throw new Error(`precondition: the backend offers no role ${organizationId ? `in ${organizationId}` : 'project-wide'}`);
    return role.name;
  };
  // A tenant admin's import puts every user in their tenant, with the file's roles there.
  const tenant = cell.row.tableOrganizationId;
  if (tenant) return { scope: 'organization', organizationId: tenant, role: await firstRole(tenant), everyRow: holdsOneRole(adapter, tenant) };
  if (create.roleIds) return { scope: 'project', role: await firstRole() };
  const canJoin = create.organization || typeof adapter.addUserMembership === 'function';
  if (canJoin && adapter.capabilities.organizationRoles) {
    const organizationId = cell.backend.organizationId;
    return { scope: 'organization', organizationId, role: await firstRole(organizationId), everyRow: false };
  }
  return { scope: 'dropped' };
}

interface ImportRow {
  email: string;
  name: string;
  roles: string;
  organization: string;
}

function fileOf(rows: readonly ImportRow[]): File {
  const text = [csvRecord(['email', 'name', 'roles', 'organization', 'invite']), ...rows.map((r) => csvRecord([r.email, r.name, r.roles, r.organization, 'no']))].join('');
  return new File([text], 'matrix-import.csv', { type: 'text/csv' });
}

const NAMES = ['Ada Importer', 'Bo Importer', 'Cy Importer'];

const importCsv: Scenario = {
  id: 'importCsv',
  title: 'import three users from a CSV file, one with a role (toolbar → Import CSV)',
  cannot: (adapter, row) => (canCreateUsers(adapter, row.tableOrganizationId) ? null : 'cannot create users in the table’s scope (canCreateUsers)'),
  async run(cell) {
    const plan = await rolePlan(cell);
    const tenantImport = Boolean(cell.row.tableOrganizationId);
    const rows: ImportRow[] = NAMES.map((name, i) => {
      const withRole = i === 0 || (plan.scope === 'organization' && plan.everyRow);
      // The organization column names the one to join where the file decides it (not for a tenant's import).
      const joins = plan.scope === 'organization' && !tenantImport && withRole;
      return { email: `matrix.${cell.tag}.${i + 1}@example.com`, name, roles: withRole && plan.scope !== 'dropped' ? plan.role : '', organization: joins ? plan.organizationId : '' };
    });
    // Where no role can be granted, any name will do: it is left out, not looked up.
    if (plan.scope === 'dropped') rows[0]!.roles = 'Admin';

    renderTable(cell);
    await until('the table lists users', () => screen.queryAllByRole('button', { name: /^Actions for / }).length > 0);
    await userEvent.click(screen.getByRole('button', { name: 'Import CSV' }));
    const dialog = await dialogNamed('Import users');
    await userEvent.upload(within(dialog).getByLabelText(/^Choose a CSV file/), fileOf(rows));
    await until('the preview: three rows ready', () => within(dialog).queryByText('3 rows: 3 ready, 0 with problems.'));
    await until('the check for existing users ends', () => !within(dialog).queryByText(/^Checking for existing users/));
    if (plan.scope === 'dropped') expect(within(dialog).queryByText('This identity provider does not grant roles at creation: they are left out.'), 'the preview’s note on roles').not.toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import 3 users' }));
    // Shown as the summary and read out by a status region: twice.
    await until('the import reports its end', () => within(dialog).queryAllByText('Created 3 users.').length > 0);

    const status = cell.backend.adapter.capabilities.createUser.active ? 'active' : 'invited';
    await expectBackend(cell, (state) => {
      const made = rows.map((r) => state.users.find((u) => u.email.toLowerCase() === r.email));
      expect(made.map((u) => u && { name: u.name, status: u.status, seen: visibleTo(cell, u) }), 'the imported users').toEqual(
        rows.map((r) => ({ name: r.name, status, seen: true })),
      );
      const [first] = made as BackendUser[];
      if (plan.scope === 'project') expect(first!.roles, `${rows[0]!.email}’s project roles`).toEqual([plan.role]);
      if (plan.scope === 'organization') expect(first!.organizations[plan.organizationId], `${rows[0]!.email}’s roles in ${plan.organizationId}`).toEqual([plan.role]);
    });
  },
  async assertAbsent(cell) {
    renderTable(cell);
    await until('the table lists users', () => screen.queryAllByRole('button', { name: /^Actions for / }).length > 0);
    expect(screen.queryByRole('button', { name: 'Import CSV' }), 'the “Import CSV” button').toBeNull();
  },
};

export const CSV_IMPORT_SCENARIOS: Scenario[] = [importCsv];
