/**
 * Columns: organizations defined in OrganizationManager — create with a domain, rename, delete
 * with a typed confirmation — read back from the backend's own organizations and memberships.
 */
import { within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { BackendState, Scenario } from '../types.js';
import { closed, dialogNamed, expectBackend, successText, userIn } from '../ui.js';
import {
  cannotWriteOrganizations,
  escapeRegExp,
  expectNoOrganizationControl,
  pickOrganization,
  renderOrganizationManager,
  retype,
  successMatching,
} from './managers.js';

const membersOf = (id: string, state: BackendState) => state.users.filter((u) => id in u.organizations).map((u) => u.id);

export const ORGANIZATION_DEFINITION_SCENARIOS: Scenario[] = [
  {
    id: 'organizationCreate',
    title: 'create an organization with a domain (OrganizationManager → Create organization)',
    cannot: cannotWriteOrganizations('create'),
    async run(cell) {
      const root = await renderOrganizationManager(cell);
      await userEvent.click(within(root).getByRole('button', { name: 'Create organization' }));
      const dialog = await dialogNamed('Create organization');
      await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), cell.tag);
      // As pasted from an email address: an @ and capitals, which the backend must store normalized.
      const domain = `${cell.tag}.example.com`;
      await userEvent.type(within(dialog).getByRole('textbox', { name: 'Email domains' }), `@${domain.toUpperCase()}`);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Create organization' }));
      await closed('dialog', 'Create organization');
      await successText(`Created ${cell.tag}.`);
      await expectBackend(cell, (state) => {
        const made = Object.keys(state.organizations).filter((id) => state.organizations[id] === cell.tag);
        expect(made, `organizations named ${cell.tag}`).toHaveLength(1);
        expect(state.organizationDomains[made[0]!], `the domains of ${cell.tag}`).toEqual([domain]);
      });
    },
    assertAbsent: (cell) => expectNoOrganizationControl(cell, /^Create organization$/),
  },
  {
    id: 'organizationRename',
    title: 'rename an organization (OrganizationManager → Edit → Save changes)',
    cannot: cannotWriteOrganizations('update'),
    async run(cell) {
      const root = await renderOrganizationManager(cell);
      const organization = await pickOrganization(cell, root, 'at all', () => true);
      const domains = (await cell.backend.read()).organizationDomains[organization.id];
      const renamed = `${cell.tag} renamed`;
      await userEvent.click(within(organization.element).getByRole('button', { name: `Edit ${organization.name}` }));
      const dialog = await dialogNamed(`Edit ${organization.name}`);
      await retype(within(dialog).getByRole('textbox', { name: /^Name/ }), renamed);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
      await closed('dialog');
      await successText(`Saved ${renamed}.`);
      await expectBackend(cell, (state) => {
        expect(state.organizations[organization.id], `the name of ${organization.id}`).toBe(renamed);
        expect(state.organizationDomains[organization.id], `the domains of ${renamed}, untouched`).toEqual(domains);
      });
    },
    assertAbsent: (cell) => expectNoOrganizationControl(cell, /^Edit /),
  },
  {
    id: 'organizationDelete',
    title: 'delete an organization with members (OrganizationManager → Delete, type the name)',
    cannot: cannotWriteOrganizations('delete'),
    async run(cell) {
      const root = await renderOrganizationManager(cell);
      const organization = await pickOrganization(cell, root, 'with members', (id, state) => membersOf(id, state).length > 0);
      const members = membersOf(organization.id, await cell.backend.read());
      await userEvent.click(within(organization.element).getByRole('button', { name: `Delete ${organization.name}` }));
      const confirm = await dialogNamed(`Delete ${organization.name}?`, 'alertdialog');
      await userEvent.type(within(confirm).getByRole('textbox', { name: `Type “${organization.name}” to confirm` }), organization.name);
      await userEvent.click(within(confirm).getByRole('button', { name: 'Delete organization' }));
      await closed('alertdialog');
      await successMatching(new RegExp(`^Deleted ${escapeRegExp(organization.name)}\\.`));
      await expectBackend(cell, (state) => {
        expect(Object.keys(state.organizations), 'the organizations').not.toContain(organization.id);
        const accounts = members.filter((id) => userIn(state, id));
        expect(accounts, 'former members whose accounts stay').toEqual(members);
        expect(members.filter((id) => organization.id in userIn(state, id)!.organizations), 'former members who still list it').toEqual([]);
      });
    },
    assertAbsent: (cell) => expectNoOrganizationControl(cell, /^Delete /),
  },
];
