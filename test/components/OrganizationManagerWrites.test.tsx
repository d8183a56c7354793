/**
 * OrganizationManager's writes on the memory directory, read back from the directory itself:
 * create (checked before sending, the server's refusals on their field, one request however often
 * Create is pressed), the optimistic rename with exact rollback, and the typed delete.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { directory, first, membersOf, names, second, setup, third } from './organizationManagerSetup.js';

const loaded = () => waitFor(() => expect(names()).toHaveLength(5));

describe('OrganizationManager: create', () => {
  it('checks the name and domains before sending, then creates once however often Create is pressed', async () => {
    const { memory, spy, user } = setup();
    await loaded();
    const trigger = screen.getByRole('button', { name: 'Create organization' });
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Create organization' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    const domains = within(dialog).getByRole('textbox', { name: 'Email domains' });

    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Enter a name.');
    expect(name).toHaveFocus();

    await user.type(name, '  Nakatomi  ');
    await user.type(domains, 'nakatomi.com, @Mail.Nakatomi.com{Enter}https://bad{Enter}no_domain');
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    expect(domains).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText(/^Not domains: https:\/\/bad and no_domain\./)).toBeInTheDocument();
    expect(spy.count('createOrganization')).toBe(0);

    await user.clear(domains);
    await user.type(domains, 'nakatomi.com, @Mail.Nakatomi.com');
    spy.hold('createOrganization');
    const create = within(dialog).getByRole('button', { name: 'Create organization' });
    await user.click(create);
    await user.click(create);
    await user.dblClick(create);
    await waitFor(() => expect(spy.held).toHaveLength(1));
    spy.held.splice(0).forEach((call) => call.release());

    await screen.findByText('Created Nakatomi.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(spy.count('createOrganization')).toBe(1);
    expect(memory.snapshot().organizations.find((o) => o.name === 'Nakatomi')!.domains).toEqual(['nakatomi.com', 'mail.nakatomi.com']);
    await waitFor(() => expect(names()).toContain('Nakatomi'));
  });

  it('shows a duplicate name as an error on the name, in the admin’s words', async () => {
    const { memory, user } = setup();
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Create organization' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.type(name, ` ${first.name.toUpperCase()} `);
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription('An organization with this name already exists.'));
    expect(name).toHaveFocus();
    expect(memory.snapshot().organizations).toHaveLength(5);
  });

  it('a failure that is not about a field shows the shared error and keeps what was typed', async () => {
    const { user } = setup({ faults: [{ operation: 'createOrganization', error: { code: 'forbidden', status: 403 } }] });
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Create organization' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Sirius Cybernetics');
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You do not have permission to do this.');
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Sirius Cybernetics');
  });
});

describe('OrganizationManager: rename and domains', () => {
  it('shows the new name at once, marked pending, and keeps it once the backend agrees', async () => {
    const { memory, spy, user } = setup();
    await loaded();
    const edit = screen.getByRole('button', { name: `Edit ${second.name}` });
    await user.click(edit);
    const dialog = await screen.findByRole('dialog', { name: `Edit ${second.name}` });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    expect(within(dialog).getByRole('textbox', { name: 'Email domains' })).toHaveValue(second.domains.join('\n'));
    await user.clear(name);
    await user.type(name, 'Renamed Co');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email domains' }), '{Enter}renamed.example');
    spy.hold('updateOrganization');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(spy.held).toHaveLength(1));
    // Before the backend has answered: the dialog is gone and the row shows the change.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const item = document.querySelector('[data-organization-id="' + second.id + '"]')!;
    expect(item.querySelector('[data-roster-part="organization-manager-name"]')).toHaveTextContent('Renamed Co');
    expect(item).toHaveAttribute('data-pending');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Renamed Co' })).toHaveFocus());
    expect(spy.held[0]!.args.slice(0, 2)).toEqual([second.id, { name: 'Renamed Co', domains: [...second.domains, 'renamed.example'] }]);
    spy.held.splice(0).forEach((call) => call.release());
    await screen.findByText('Saved Renamed Co.');
    expect(item).not.toHaveAttribute('data-pending');
    expect(memory.snapshot().organizations.find((o) => o.id === second.id)!.name).toBe('Renamed Co');
    // Memberships carry the name: the directory's members follow.
    const member = membersOf(second.id)[0];
    if (member) expect(memory.snapshot().users.find((u) => u.id === member.id)!.memberships!.find((m) => m.organization.id === second.id)!.organization.name).toBe('Renamed Co');
  });

  it('rolls back exactly when the backend refuses, and brings the refused change back to the form', async () => {
    const { memory, user } = setup();
    await loaded();
    await user.click(screen.getByRole('button', { name: `Edit ${third.name}` }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, first.name);
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    const again = await screen.findByRole('dialog', { name: `Edit ${third.name}` });
    const field = within(again).getByRole('textbox', { name: /^Name/ });
    expect(field).toHaveValue(first.name);
    expect(field).toHaveAccessibleDescription('An organization with this name already exists.');
    expect(names()).toEqual(directory.organizations.map((o) => o.name));
    expect(memory.snapshot().organizations.find((o) => o.id === third.id)!.name).toBe(third.name);
  });

  it('says so when another admin deleted the organization meanwhile, and recreates nothing', async () => {
    const { memory, user } = setup();
    await loaded();
    await user.click(screen.getByRole('button', { name: `Edit ${third.name}` }));
    const dialog = await screen.findByRole('dialog');
    await memory.deleteOrganization!(third.id);
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Too late');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await screen.findByText(`${third.name} no longer exists; someone else deleted it.`);
    await waitFor(() => expect(names()).not.toContain(third.name));
    expect(names()).not.toContain('Too late');
    expect(memory.snapshot().organizations.map((o) => o.name)).not.toContain('Too late');
  });
});

describe('OrganizationManager: delete', () => {
  it('asks for the name, says what members lose, deletes, and moves focus to the next row', async () => {
    const { memory, user } = setup();
    await loaded();
    const members = membersOf(second.id);
    await user.click(screen.getByRole('button', { name: `Delete ${second.name}` }));
    const confirm = await screen.findByRole('alertdialog', { name: `Delete ${second.name}?` });
    await within(confirm).findByText(new RegExp(`^Its ${members.length} members lose their membership`));
    const field = within(confirm).getByRole('textbox', { name: `Type “${second.name}” to confirm` });
    expect(field).toHaveFocus();
    const remove = within(confirm).getByRole('button', { name: 'Delete organization' });
    expect(remove).toBeDisabled();
    await user.type(field, second.name.slice(0, -1));
    expect(remove).toBeDisabled();
    await user.type(field, `${second.name.slice(-1)} `);
    expect(remove).toBeEnabled();
    await user.click(remove);

    await screen.findByText(`Deleted ${second.name}. Its ${members.length} members kept their accounts.`);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: `Members of ${third.name}` })).toHaveFocus());
    const after = memory.snapshot();
    expect(after.organizations.map((o) => o.id)).not.toContain(second.id);
    for (const member of members) {
      const now = after.users.find((u) => u.id === member.id)!;
      expect(now.memberships!.some((m) => m.organization.id === second.id)).toBe(false);
    }
    expect(names()).not.toContain(second.name);
  });

  it('after deleting the last row, focus goes to the row before it; Cancel returns it to the Delete button', async () => {
    const last = directory.organizations[4]!;
    const { user } = setup();
    await loaded();
    const button = screen.getByRole('button', { name: `Delete ${last.name}` });
    await user.click(button);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(button).toHaveFocus());
    await user.click(button);
    const confirm = await screen.findByRole('alertdialog');
    await user.type(within(confirm).getByRole('textbox'), `${last.name}{Enter}`);
    await waitFor(() => expect(screen.getByRole('button', { name: `Members of ${directory.organizations[3]!.name}` })).toHaveFocus());
  });

  it('keeps the dialog open with the shared error when the delete fails', async () => {
    const { memory, user } = setup({ faults: [{ operation: 'deleteOrganization', error: { code: 'server', status: 500 } }] });
    await loaded();
    await user.click(screen.getByRole('button', { name: `Delete ${first.name}` }));
    const confirm = await screen.findByRole('alertdialog');
    await user.type(within(confirm).getByRole('textbox'), first.name);
    await user.click(within(confirm).getByRole('button', { name: 'Delete organization' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent('The identity provider had a problem handling the request.');
    expect(memory.snapshot().organizations).toHaveLength(5);
    expect(names()).toContain(first.name);
  });
});
