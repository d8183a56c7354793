/**
 * In real Chromium and under React's StrictMode (effects mount, unmount and mount again at once),
 * the request a hook starts must survive: aborting it would leave the table empty in development.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import { useUsers } from '../../src/react/useUsers.js';

function Names() {
  const users = useUsers({ sort: { field: 'name', direction: 'asc' }, page: { size: 5 } });
  if (users.error) return <p role="alert">{users.error.code}</p>;
  return <ul aria-label="people">{users.data?.items.map((u) => <li key={u.id}>{u.name}</li>)}</ul>;
}

it('loads users under StrictMode in a real browser, without aborting its own request', async () => {
  render(
    <StrictMode>
      <RosterProvider adapter={createMemoryAdapter({ latencyMs: 30 })}>
        <Names />
      </RosterProvider>
    </StrictMode>,
  );
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(5));
  expect(screen.queryByRole('alert')).toBeNull();
  const names = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
});
