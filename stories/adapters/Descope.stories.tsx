/**
 * The components on Descope, as a tenant admin's own browser session would use them (Descope's
 * widgets do the same): every call scoped to one tenant with `?tenant=`, answered in the browser by
 * the Descope emulator (msw). A management key never reaches a browser; the adapter refuses it.
 */
import { expect, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createDescopeAdapter } from '../../src/adapters/descope/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { createDescopeEmulator } from '../../src/testing/index.js';

const PROJECT_ID = 'P2RosterEmulator';
const SESSION = 'tenant-admin-session';
const TENANT = 'org_001';

const descope = () => createDescopeAdapter({ projectId: PROJECT_ID, auth: { getSessionToken: () => SESSION, tenantId: TENANT } });

const meta = preview.meta({
  title: 'Adapters/Descope',
  component: UserTable,
  parameters: { roster: { adapter: descope } },
  beforeEach: ({ msw }) => {
    msw.use(...createDescopeEmulator({ projectId: PROJECT_ID, sessions: { [SESSION]: { tenantId: TENANT } } }).handlers);
  },
});

export const TenantAdminSession = meta.story({
  args: { columns: ['select', 'name', 'email', 'status', 'roles', 'organizations', 'actions'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(2), { timeout: 8000 });
    // Only this tenant's members are visible.
    const orgCells = canvasElement.querySelectorAll('td[data-column="organizations"]');
    expect([...orgCells].every((cell) => /Acme Corporation/.test(cell.textContent ?? ''))).toBe(true);
  },
});
