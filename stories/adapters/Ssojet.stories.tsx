/**
 * The components on SSOJet, through the real adapter and real fetch, answered in the browser by
 * the SSOJet emulator (msw). SSOJet cannot search, sort or filter, so the table does those in the
 * browser over the fetched users.
 */
import { expect, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createSsojetAdapter } from '../../src/adapters/ssojet/index.js';
import { OrgList } from '../../src/components/OrgList/OrgList.js';
import { RoleEditor } from '../../src/components/RoleEditor/RoleEditor.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { createSsojetEmulator, SSOJET_EMULATOR_ACCESS_TOKEN, SSOJET_EMULATOR_CLIENT_ID } from '../../src/testing/index.js';

const ssojet = () => createSsojetAdapter({ clientId: SSOJET_EMULATOR_CLIENT_ID, getAccessToken: async () => SSOJET_EMULATOR_ACCESS_TOKEN });

/** The same seed always makes the same directory, so a story can name a user before it renders. */
const SEEDED_USER_ID = [...createSsojetEmulator({ userCount: 60 }).state.users.keys()][0]!;

/** The three components on one page, as an admin screen would have them. */
function SsojetAdminPage({ userId }: { userId: string }) {
  return (
    <div style={{ display: 'grid', gap: 24 }}>
      <UserTable defaultQuery={{ pageSize: 10 }} />
      <section aria-label="Selected user">
        <RoleEditor userId={userId} />
        <OrgList userId={userId} />
      </section>
    </div>
  );
}

const meta = preview.meta({
  title: 'Adapters/SSOJet',
  component: SsojetAdminPage,
  args: { userId: SEEDED_USER_ID },
  parameters: { roster: { adapter: ssojet } },
  beforeEach: ({ msw }) => {
    msw.use(...createSsojetEmulator({ userCount: 60 }).handlers);
  },
});

export const UsersOnSsojet = meta.story({
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('60 users')).toBeInTheDocument(), { timeout: 8000 });
    expect(within(canvas.getByRole('table')).getAllByRole('row').length).toBe(11);
    // SSOJet replaces the whole role set; the editor still saves deltas through the adapter.
    await canvas.findByRole('group', { name: 'Roles' }, { timeout: 8000 });
  },
});

export const RateLimitedBySsojet = meta.story({
  beforeEach: ({ msw }) => {
    const emulator = createSsojetEmulator({ userCount: 60 });
    emulator.faults.failNext('listUsers', { status: 429, retryAfterSeconds: 30 }, 1);
    msw.use(...emulator.handlers);
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent(/Too many requests/);
  },
});
