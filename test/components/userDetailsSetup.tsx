/**
 * What the UserDetails unit tests share: the details (or a UserTable) rendered on the details
 * directory through a spied memory adapter, so a test can count and read the requests and look at
 * what the directory holds afterwards.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import { UserDetails, type UserDetailsProps } from '../../src/components/UserDetails/index.js';
import { ANA, detailsDirectory } from '../../stories/components/userDetailsFixtures.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

export function renderOnDirectory(element: ReactElement, options: MemoryAdapterOptions = {}) {
  const memory = createMemoryAdapter({ directory: detailsDirectory, ...options });
  const spy = spyOnAdapter(memory);
  const user = userEvent.setup({ delay: null });
  renderWithRoster(element, spy.adapter, { retry: false });
  return { memory, spy, user };
}

/** UserDetails for Ana Silva (or `props`), on the details directory. */
export function setup(options: MemoryAdapterOptions = {}, props: UserDetailsProps = { userId: ANA.id }) {
  return renderOnDirectory(<UserDetails {...props} />, options);
}

/** The profile has loaded: its first field is there. */
export const profileLoaded = () => screen.findByRole('textbox', { name: 'Given name' }, { timeout: 3000 });

/** What the directory holds for a user now. */
export const stored = (memory: ReturnType<typeof createMemoryAdapter>, id: string) => memory.snapshot().users.find((u) => u.id === id);
