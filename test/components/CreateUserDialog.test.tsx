/**
 * The create form offers what the backend takes and nothing more, and a create into an
 * organization that half succeeds says so instead of inviting a duplicate.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

// No pauses between events, and text entered in one input event: typing key by key is not what
// these tests check, and it is most of their cost.
let user: ReturnType<typeof userEvent.setup>;
beforeEach(() => {
  user = userEvent.setup({ delay: null });
});
async function fill(field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function openCreate() {
  await screen.findByText(/\d+ users/);
  await user.click(screen.getByRole('button', { name: 'Create user' }));
  return screen.findByRole('dialog', { name: 'Create user' });
}

describe('Create user', () => {
  it('on a backend without invitations or phones, shows neither and creates an active user', async () => {
    // SSOJet's create inputs: names, attributes and roles; no invitation, no phone.
    const memory = createMemoryAdapter({ userCount: 20, capabilities: { createUser: { invite: false, phone: false } } });
    renderWithRoster(<UserTable />, memory);
    const dialog = await openCreate();
    expect(within(dialog).queryByRole('checkbox', { name: /invitation/ })).toBeNull();
    expect(within(dialog).queryByRole('textbox', { name: 'Phone' })).toBeNull();
    await fill(within(dialog).getByRole('textbox', { name: /Email/ }), 'zoe@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(memory.snapshot().users.find((u) => u.email === 'zoe@example.com')).toMatchObject({ status: 'active' });
  });

  it('offers the invitation where the backend sends one, and the user starts invited', async () => {
    const memory = createMemoryAdapter({ userCount: 20 });
    renderWithRoster(<UserTable />, memory);
    const dialog = await openCreate();
    expect(within(dialog).getByRole('checkbox', { name: /invitation/ })).toBeChecked();
    await fill(within(dialog).getByRole('textbox', { name: /Email/ }), 'ivy@example.com');
    await fill(within(dialog).getByRole('textbox', { name: 'Phone' }), '+4930123456');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(memory.snapshot().users.find((u) => u.email === 'ivy@example.com')).toMatchObject({ status: 'invited', phone: '+4930123456' });
  });

  it('creates into the table’s organization in one call where the backend can, with the roles there', async () => {
    const memory = createMemoryAdapter({ userCount: 20 });
    const spy = spyOnAdapter(memory);
    const org = memory.snapshot().organizations[0]!;
    const orgRole = memory.snapshot().roles.find((r) => r.organizationId === org.id) ?? memory.snapshot().roles[0]!;
    renderWithRoster(<UserTable organizationId={org.id} />, spy.adapter);
    const dialog = await openCreate();
    await fill(within(dialog).getByRole('textbox', { name: /Email/ }), 'oda@example.com');
    await user.click(within(dialog).getByRole('checkbox', { name: orgRole.name }));
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(spy.count('addUserMembership')).toBe(0);
    const created = memory.snapshot().users.find((u) => u.email === 'oda@example.com')!;
    expect(created.roleIds).toEqual([]);
    expect(created.memberships).toEqual([{ organization: { id: org.id, name: org.name }, roleIds: [orgRole.id] }]);
  });

  it('when joining after the create fails, says the user exists and clears the form', async () => {
    const memory = createMemoryAdapter({ userCount: 20, capabilities: { createUser: { organization: false } } });
    const org = memory.snapshot().organizations[0]!;
    memory.faults.failNext('addUserMembership', { code: 'server', status: 503 });
    renderWithRoster(<UserTable organizationId={org.id} />, memory);
    const dialog = await openCreate();
    const email = within(dialog).getByRole('textbox', { name: /Email/ });
    await fill(email, 'pia@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Created pia@example.com, but could not add them to this organization.');
    expect(email).toHaveValue('');
    expect(memory.snapshot().users.filter((u) => u.email === 'pia@example.com')).toHaveLength(1);
  });
});
