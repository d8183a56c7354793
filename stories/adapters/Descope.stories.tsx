/**
 * The components on Descope, as a tenant admin's own browser session would use them (Descope's
 * widgets do the same): every call scoped to one tenant with `?tenant=`, answered in the browser by
 * the Descope emulator (msw). A management key never reaches a browser; the adapter refuses it.
 */
import { expect, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createDescopeAdapter } from 'react-roster/descope';
import { OrgList, RoleEditor, UserTable } from 'react-roster';
import { createDescopeEmulator } from 'react-roster/testing';

const PROJECT_ID = 'P2RosterEmulator';
const SESSION = 'tenant-admin-session';
const TENANT = 'org_001';

const descope = () => createDescopeAdapter({ projectId: PROJECT_ID, auth: { getSessionToken: () => SESSION, tenantId: TENANT } });

const emulatorOptions = { projectId: PROJECT_ID, sessions: { [SESSION]: { tenantId: TENANT } } };
/** A member of the session's tenant, from the seeded (deterministic) directory. */
const MEMBER_ID = createDescopeEmulator(emulatorOptions).state.users.find((u) => u.userTenants.some((t) => t.tenantId === TENANT))!.userId;

/** The three components on one page, scoped to the signed-in admin's tenant. */
function DescopeTenantAdminPage({ userId }: { userId: string }) {
  return (
    <div style={{ display: 'grid', gap: 24 }}>
      <UserTable organizationId={TENANT} columns={['select', 'name', 'email', 'status', 'roles', 'organizations', 'actions']} defaultQuery={{ pageSize: 10 }} />
      <section aria-label="Selected user">
        <RoleEditor userId={userId} organizationId={TENANT} />
        <OrgList userId={userId} />
      </section>
    </div>
  );
}

const meta = preview.meta({
  title: 'Adapters/Descope',
  component: DescopeTenantAdminPage,
  args: { userId: MEMBER_ID },
  parameters: { roster: { adapter: descope } },
  beforeEach: ({ msw }) => {
    msw.use(...createDescopeEmulator(emulatorOptions).handlers);
  },
});

export const TenantAdminSession = meta.story({
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(within(canvas.getByRole('table')).getAllByRole('row').length).toBeGreaterThan(2), { timeout: 8000 });
    // The tenant's own roles (Approver, Site lead) are offered next to the project roles.
    await canvas.findByRole('checkbox', { name: /^Approver/ }, { timeout: 8000 });
    // Only this tenant's members are visible.
    const orgCells = canvasElement.querySelectorAll('td[data-column="organizations"]');
    expect([...orgCells].every((cell) => /Acme Corporation/.test(cell.textContent ?? ''))).toBe(true);
  },
});
