/**
 * The whole server path in the browser: UserTable → createRemoteAdapter → fetch → MSW's service
 * worker → createRosterHandler → memory directory. Only the network hop is simulated; the handler
 * is the real one, with its session check, tenant scope and field allow-list. (Here the handler
 * runs inside the page because MSW hosts it; a real host runs it on its server.)
 */
import { http } from 'msw';
import { expect, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createMemoryAdapter, generateDirectory } from 'react-roster/memory';
import { createRemoteAdapter } from 'react-roster/remote';
import { FULL_CAPABILITIES } from 'react-roster/adapter-kit';
import { UserTable } from 'react-roster';
import { createRosterHandler, type RosterSession } from 'react-roster/server';

const BASE_URL = '/roster-api';
const ACME_ADMIN: RosterSession = { userId: 'acme-admin', organizationId: 'org_001' };
const PROJECT_ADMIN: RosterSession = { userId: 'project-admin', organizationId: null };

/** The handler over a fresh memory directory, answering as the given session. */
function rosterApi(session: RosterSession, memory = createMemoryAdapter({ latencyMs: 60 })) {
  const handler = createRosterHandler({ adapter: memory, authenticate: () => session, logger: () => {} });
  return http.all(`${BASE_URL}/*`, ({ request }) => handler(request));
}

/** How many users the session may see in that same (seeded) directory. */
function visibleUsers(session: RosterSession): number {
  const { users } = generateDirectory();
  return session.organizationId === null ? users.length : users.filter((u) => u.memberships?.some((m) => m.organization.id === session.organizationId)).length;
}

const meta = preview.meta({
  title: 'Server/Remote adapter over the handler',
  component: UserTable,
  parameters: {
    // The story knows its server runs the full memory directory; a host that does not asks it with
    // loadRemoteAdapter. Told nothing, the remote adapter offers no write at all.
    roster: { adapter: () => createRemoteAdapter({ baseUrl: BASE_URL, capabilities: FULL_CAPABILITIES }) },
  },
});

const LOAD = { timeout: 10_000 };

/** A tenant admin of Acme Corporation: the handler shows Acme's members and nobody else. */
export const TenantAdmin = meta.story({
  parameters: { roster: { provider: { scope: ACME_ADMIN.userId } } },
  beforeEach: ({ msw }) => {
    msw.use(rosterApi(ACME_ADMIN));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const count = visibleUsers(ACME_ADMIN);
    expect(count).toBeLessThan(visibleUsers(PROJECT_ADMIN));
    await waitFor(() => expect(canvas.getByText(`${count} users`)).toBeInTheDocument(), LOAD);
    expect(canvas.getAllByRole('row').length).toBeGreaterThan(1);
  },
});

/** A project-wide admin sees every organization's users. */
export const ProjectAdmin = meta.story({
  parameters: { roster: { provider: { scope: PROJECT_ADMIN.userId } } },
  beforeEach: ({ msw }) => {
    msw.use(rosterApi(PROJECT_ADMIN));
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('500 users')).toBeInTheDocument(), LOAD);
    expect(canvas.getAllByRole('row').length).toBeGreaterThan(1);
  },
});

/** The IdP rate-limits the server; the 429 and its Retry-After reach the table as a RosterError. */
export const RateLimitedUpstream = meta.story({
  parameters: { roster: { provider: { scope: PROJECT_ADMIN.userId } } },
  beforeEach: ({ msw }) => {
    const memory = createMemoryAdapter({ latencyMs: 60 });
    memory.faults.failNext('listUsers', { code: 'rate_limited', status: 429, retryAfterMs: 30_000 });
    msw.use(rosterApi(PROJECT_ADMIN, memory));
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, LOAD);
    expect(alert).toHaveTextContent(/Too many requests/);
  },
});
