/** OrgList with many memberships gets a search field that filters them in the browser. */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { OrgList } from '../../src/components/OrgList/OrgList.js';
import { directory, directoryWithManyOrganizations, editor, memberOfAll } from '../../stories/components/roleFixtures.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const names = () => [...document.querySelectorAll('[data-roster-part="org-list-name"]')].map((el) => el.textContent);

describe('OrgList membership search', () => {
  it('filters 50 memberships by organization name without asking the backend', async () => {
    const user = userEvent.setup({ delay: null });
    const spy = spyOnAdapter(createMemoryAdapter({ directory: directoryWithManyOrganizations }));
    renderWithRoster(<OrgList userId={memberOfAll.id} />, spy.adapter, { retry: false });
    await waitFor(() => expect(names()).toHaveLength(50));
    const target = memberOfAll.memberships![17]!.organization.name;
    const calls = spy.calls.length;
    await user.type(screen.getByRole('searchbox', { name: 'Search this user’s organizations' }), target.toUpperCase());
    expect(names()).toContain(target);
    expect(names().every((n) => n!.toLowerCase().includes(target.toLowerCase()))).toBe(true);
    expect(names().length).toBeLessThan(50);
    await user.clear(screen.getByRole('searchbox', { name: 'Search this user’s organizations' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search this user’s organizations' }), 'zzzz-nothing');
    expect(names()).toEqual([]);
    expect(screen.getByText('No organizations match.')).toBeInTheDocument();
    expect(spy.calls.slice(calls).filter((c) => c.method !== 'listRoles')).toEqual([]);
  });

  it('has no search field for a handful of memberships', async () => {
    renderWithRoster(<OrgList userId={editor.id} />, createMemoryAdapter({ directory }), { retry: false });
    await waitFor(() => expect(names().length).toBeGreaterThan(0));
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});
