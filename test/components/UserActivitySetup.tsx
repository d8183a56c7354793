/**
 * What the UserActivity tests share: a seeded directory in which one user has a long log, the
 * component rendered on it through a spied memory adapter, and readers for what is on screen.
 */
import userEvent from '@testing-library/user-event';
import { createMemoryAdapter, generateDirectory, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type { ActivityEvent, Page } from '../../src/core/model.js';
import { UserActivity, type UserActivityProps } from '../../src/components/UserDetails/UserActivity.js';
import type { RosterProviderProps } from '../../src/react/RosterProvider.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';
import { wrapAdapter } from '../helpers/wrapAdapter.js';

export const directory = generateDirectory({ seed: 3, userCount: 12 });
type User = (typeof directory.users)[0];
/** Signed in before: 45 entries, so three pages of 20. */
export const member = directory.users.find((u) => u.lastLoginAt && u.status === 'active' && !u.invitation) as User;

export function setup(options: MemoryAdapterOptions = {}, props: Partial<UserActivityProps> = {}, provider: Omit<RosterProviderProps, 'adapter' | 'children'> = {}) {
  const memory = createMemoryAdapter({ directory, activityPerUser: (u) => (u.id === member.id ? 45 : undefined), ...options });
  const spy = spyOnAdapter(memory);
  const user = userEvent.setup({ delay: null });
  const view = renderWithRoster(<UserActivity userId={member.id} {...props} />, spy.adapter, { retry: false, ...provider });
  return { memory, spy, user, view };
}

/** The same directory, but every page of activity is `page` (a backend's own strings). */
export function setupWithPage(page: Page<ActivityEvent>, props: Partial<UserActivityProps> = {}, provider: Omit<RosterProviderProps, 'adapter' | 'children'> = {}) {
  const memory = createMemoryAdapter({ directory });
  const adapter = wrapAdapter(memory, 'memory:fixed-activity', (method, _args, proceed) => (method === 'listUserActivity' ? Promise.resolve(structuredClone(page)) : proceed()));
  const user = userEvent.setup({ delay: null });
  renderWithRoster(<UserActivity userId={member.id} {...props} />, adapter, { retry: false, ...provider });
  return { user };
}

const parts = (name: string) => [...document.querySelectorAll<HTMLElement>(`[data-roster-part="user-activity-${name}"]`)];
/** The times of the entries on screen, in order: each entry's `<time dateTime>`. */
export const shownTimes = () => parts('time').map((t) => t.getAttribute('datetime'));
export const entries = () => parts('entry');
export const kinds = () => parts('kind').map((k) => k.textContent);
export const root = () => document.querySelector<HTMLElement>('[data-roster-part="user-activity"]');
