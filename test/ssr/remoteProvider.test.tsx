/**
 * RosterRemoteProvider in a page: plain props in, an adapter built from the server's own
 * /capabilities out. Runs against the real handler; only the network hop is a stub.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { UserTable } from '../../src/components/UserTable/index.js';
import { RosterRemoteProvider } from '../../src/react/RosterRemoteProvider.js';
import { directory } from './cases.js';
import { BASE_URL, createPageServer } from './pageServer.js';

const ORG = directory.organizations[0]!.id;
const ANA = { userId: 'ana', organizationId: ORG };
const LOAD = { timeout: 10_000 };

afterEach(() => {
  vi.unstubAllGlobals();
});

function page(scope: string) {
  return (
    <StrictMode>
      <RosterRemoteProvider baseUrl={BASE_URL} scope={scope} retry={false}>
        <UserTable organizationId={ORG} />
      </RosterRemoteProvider>
    </StrictMode>
  );
}

const table = () => screen.getByRole('table').closest('[data-roster-part="user-table"]') as HTMLElement;

it('shows the loading state, then rows and the writes the server offers, after one capabilities request', async () => {
  const server = createPageServer(directory, ANA);
  vi.stubGlobal('fetch', server.fetch);
  render(page('ana'));
  expect(table()).toHaveAttribute('data-state', 'loading');
  await waitFor(() => expect(table()).toHaveAttribute('data-state', 'ready'), LOAD);
  const members = directory.users.filter((u) => u.memberships?.some((m) => m.organization.id === ORG));
  expect(screen.getByText(`${members.length} users`)).toBeInTheDocument();
  // Writes come from the server's answer: without it the remote adapter offers none.
  expect(screen.getByRole('button', { name: 'Create user' })).toBeInTheDocument();
  expect(server.capabilityRequests).toBe(1);
});

it('shows a failed capabilities request in the children, whose Retry asks the server again', async () => {
  const server = createPageServer(directory, null);
  vi.stubGlobal('fetch', server.fetch);
  render(page('ana'));
  const alert = await screen.findByRole('alert', {}, LOAD);
  expect(alert).toHaveTextContent('Your session has expired. Sign in again.');
  expect(alert).toHaveAttribute('data-code', 'unauthorized');

  server.signIn(ANA);
  await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(table()).toHaveAttribute('data-state', 'ready'), LOAD);
  expect(screen.getByRole('button', { name: 'Create user' })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(server.capabilityRequests).toBe(2);
});

it('asks again for a new scope: the next admin may be allowed other things', async () => {
  const server = createPageServer(directory, ANA);
  vi.stubGlobal('fetch', server.fetch);
  const { rerender } = render(page('ana'));
  await waitFor(() => expect(table()).toHaveAttribute('data-state', 'ready'), LOAD);
  expect(server.capabilityRequests).toBe(1);

  server.signIn({ userId: 'bo', organizationId: ORG });
  rerender(page('bo'));
  await waitFor(() => expect(server.capabilityRequests).toBe(2), LOAD);
  await waitFor(() => expect(table()).toHaveAttribute('data-state', 'ready'), LOAD);
});
