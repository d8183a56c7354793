/**
 * The components on SSOJet, through the real adapter and real fetch, answered in the browser by
 * the SSOJet emulator (msw), strict to the legacy docs by default (plain-text errors, Manage User
 * Roles answering `{}` as text/plain). SSOJet cannot search, sort or filter, so the table does
 * those in the browser over the fetched users.
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createSsojetAdapter } from 'react-roster/ssojet';
import { OrgList, RoleEditor, UserTable } from 'react-roster';
import { createSsojetEmulator, SSOJET_EMULATOR_ACCESS_TOKEN, SSOJET_EMULATOR_CLIENT_ID, type SsojetEmulator } from 'react-roster/testing';

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

/** The emulator of the story running now, so its play function can read SSOJet's own state. */
let current: SsojetEmulator | undefined;

export const RolesSavedOnStrictSsojet = meta.story({
  beforeEach: ({ msw }) => {
    current = createSsojetEmulator({ userCount: 60 });
    msw.use(...current.handlers);
  },
  play: async ({ canvasElement }) => {
    const emulator = current!;
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Roles' }, { timeout: 8000 });
    const held = emulator.state.users.get(SEEDED_USER_ID)!.roles ?? [];
    const extra = emulator.state.roles.find((r) => !r.is_deleted && !held.includes(r.id))!;
    await userEvent.click(canvas.getByRole('checkbox', { name: (name) => name.startsWith(extra.name) }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await canvas.findByText('Roles saved.', {}, { timeout: 8000 });
    // SSOJet's own record now holds the role, though its answer was only `{}` as text.
    expect([...(emulator.state.users.get(SEEDED_USER_ID)!.roles ?? [])].sort()).toEqual([...held, extra.id].sort());
  },
});

export const UsersOnCurrentSsojet = meta.story({
  beforeEach: ({ msw }) => {
    msw.use(...createSsojetEmulator({ userCount: 60, api: 'current' }).handlers);
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Paged by SSOJet's cursor, at most 50 a request.
    await waitFor(() => expect(canvas.getByText('60 users')).toBeInTheDocument(), { timeout: 8000 });
  },
});
