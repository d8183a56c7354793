/**
 * What the OrganizationManager unit tests share: one seeded directory of five organizations, and
 * the manager rendered on it through a spied memory adapter, so a test can count the requests.
 */
import userEvent from '@testing-library/user-event';
import { createMemoryAdapter, generateDirectory, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import { OrganizationManager } from '../../src/components/OrganizationManager/OrganizationManager.js';
import type { OrganizationManagerProps } from '../../src/components/OrganizationManager/organizationManagerProps.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

export const directory = generateDirectory({ seed: 3, userCount: 40, organizationCount: 5 });
type Organization = (typeof directory.organizations)[0];
export const [first, second, third] = directory.organizations as [Organization, Organization, Organization];

/** The users who belong to the organization, as the directory holds them. */
export const membersOf = (id: string) => directory.users.filter((u) => u.memberships?.some((m) => m.organization.id === id));

/** The manager on the directory (or `options.directory`), searching as soon as the admin types. */
export function setup(options: MemoryAdapterOptions = {}, props: OrganizationManagerProps = {}) {
  const memory = createMemoryAdapter({ directory, ...options });
  const spy = spyOnAdapter(memory);
  const user = userEvent.setup({ delay: null });
  renderWithRoster(<OrganizationManager searchDebounceMs={0} {...props} />, spy.adapter, { retry: false });
  return { memory, spy, user };
}

/** The names of the organizations listed, in order. */
export const names = () => [...document.querySelectorAll('[data-roster-part="organization-manager-name"]')].map((el) => el.textContent);
