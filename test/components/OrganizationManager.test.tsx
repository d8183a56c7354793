/**
 * OrganizationManager on the memory directory: listing with domains and member counts, search,
 * paging, create with validation and the server's field errors, the optimistic rename with its
 * rollback, the typed delete confirmation and where focus lands, and what a read-only backend shows.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { directory, first, membersOf, names, second, setup, third } from './organizationManagerSetup.js';

const row = (name: string) => screen.getAllByRole('listitem').find((li) => li.querySelector('[data-roster-part="organization-manager-name"]')?.textContent === name)!;

describe('OrganizationManager: the list', () => {
  it('lists the organizations with their domains and member counts', async () => {
    setup();
    await waitFor(() => expect(names()).toEqual(directory.organizations.map((o) => o.name)));
    expect(screen.getByText('5 organizations')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: `Domains of ${first.name}` })).getByText(first.domains[0]!)).toBeInTheDocument();
    const count = membersOf(first.id).length;
    await waitFor(() => expect(within(row(first.name)).getByText(`${count} ${count === 1 ? 'member' : 'members'}`)).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Create organization' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Edit ${first.name}` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Delete ${first.name}` })).toBeInTheDocument();
  });

  it('says nothing about a member count the backend cannot give without reading every user', async () => {
    setup({ capabilities: { totals: false } });
    await waitFor(() => expect(names()).toHaveLength(5));
    expect(document.querySelector('[data-roster-part="organization-manager-member-count"]')).toBeNull();
  });

  it('searches on the backend and says when nothing matches', async () => {
    const { spy, user } = setup();
    await waitFor(() => expect(names()).toHaveLength(5));
    await user.type(screen.getByRole('searchbox', { name: 'Search organizations' }), second.name);
    await waitFor(() => expect(names()).toEqual([second.name]));
    expect(spy.calls.some((c) => c.method === 'listOrganizations' && (c.args[0] as { search?: string }).search === second.name)).toBe(true);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'zzz-nothing');
    await screen.findByText('No organizations match.');
  });

  it.each(['offset', 'cursor'] as const)('pages through the organizations (%s paging)', async (pagination) => {
    const { spy, user } = setup({ capabilities: { pagination } }, { pageSize: 2 });
    await waitFor(() => expect(names()).toEqual([first.name, second.name]));
    const nav = screen.getByRole('navigation', { name: 'Pages of organizations' });
    expect(within(nav).getByText('Page 1 of 3')).toBeInTheDocument();
    await user.click(within(nav).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(names()).toEqual([third.name, directory.organizations[3]!.name]));
    await user.click(within(nav).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(names()).toEqual([directory.organizations[4]!.name]));
    expect(within(nav).getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(nav).getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(names()).toEqual([third.name, directory.organizations[3]!.name]));
    const pages = spy.calls.filter((c) => c.method === 'listOrganizations').map((c) => (c.args[0] as { page: object }).page);
    expect(pages.every((p) => (pagination === 'offset' ? 'index' in p : 'cursor' in p))).toBe(true);
  });

  it('renders hostile names as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u202Egnp.exe';
    setup({ directory: { ...directory, organizations: [{ id: 'org_x', name: hostile, domains: [] }] } });
    await waitFor(() => expect(names()).toEqual([hostile]));
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: `Delete ${hostile}` })).toBeInTheDocument();
  });

  it('on a read-only backend: a plain list whose organizations still open to their members', async () => {
    const { user } = setup({ readOnly: true });
    await waitFor(() => expect(names()).toHaveLength(5));
    expect(screen.queryByRole('button', { name: 'Create organization' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete / })).toBeNull();
    await user.click(screen.getByRole('button', { name: `Members of ${first.name}` }));
    expect(await screen.findByRole('heading', { name: `Members of ${first.name}` })).toBeInTheDocument();
  });
});

describe('OrganizationManager: members', () => {
  it('opens an organization to its members, and Back returns focus to the row it came from', async () => {
    const { spy, user } = setup();
    const open = await screen.findByRole('button', { name: `Members of ${second.name}` });
    await user.click(open);
    const heading = await screen.findByRole('heading', { name: `Members of ${second.name}` });
    await waitFor(() => expect(heading).toHaveFocus());
    const count = membersOf(second.id).length;
    await screen.findByText(`${count} ${count === 1 ? 'user' : 'users'}`);
    expect(spy.calls.some((c) => c.method === 'listUsers' && (c.args[0] as { filter?: { organizationId?: string } }).filter?.organizationId === second.id && (c.args[0] as { page: { size: number } }).page.size > 1)).toBe(true);
    // The list is kept, hidden, for the way back.
    expect(screen.queryByRole('searchbox', { name: 'Search organizations' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back to organizations' }));
    await waitFor(() => expect(screen.getByRole('button', { name: `Members of ${second.name}` })).toHaveFocus());
    expect(screen.queryByRole('heading', { name: `Members of ${second.name}` })).toBeNull();
  });
});
