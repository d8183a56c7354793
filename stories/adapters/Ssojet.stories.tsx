/**
 * The components on SSOJet, through the real adapter and real fetch, answered in the browser by
 * the SSOJet emulator (msw). SSOJet cannot search, sort or filter, so the table does those in the
 * browser over the fetched users.
 */
import { expect, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createSsojetAdapter } from '../../src/adapters/ssojet/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { createSsojetEmulator, SSOJET_EMULATOR_ACCESS_TOKEN, SSOJET_EMULATOR_CLIENT_ID } from '../../src/testing/index.js';

const ssojet = () => createSsojetAdapter({ clientId: SSOJET_EMULATOR_CLIENT_ID, getAccessToken: async () => SSOJET_EMULATOR_ACCESS_TOKEN });

const meta = preview.meta({
  title: 'Adapters/SSOJet',
  component: UserTable,
  parameters: { roster: { adapter: ssojet } },
  beforeEach: ({ msw }) => {
    msw.use(...createSsojetEmulator({ userCount: 60 }).handlers);
  },
});

export const UsersOnSsojet = meta.story({
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('60 users')).toBeInTheDocument(), { timeout: 8000 });
    expect(canvas.getAllByRole('row').length).toBe(26);
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
