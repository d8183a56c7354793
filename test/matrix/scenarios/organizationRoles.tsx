/**
 * Column: a role defined inside one organization, created from RoleManager's “Organization roles”
 * tab as a project admin reaches it (the tab, then the organization picked by name), or as a
 * tenant admin's host opens it (already in their organization). Read back from the backend's own
 * roles, scoped to that organization.
 */
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { roleWritesIn } from '../../../src/core/manage.js';
import type { CellContext, Scenario } from '../types.js';
import { expectBackend, sorted, until } from '../ui.js';
import { createRoleIn, renderRoleManager, retype } from './managers.js';

const ORGANIZATION_TAB = 'Organization roles';

/** Any organization id: only whether one is given matters to the declaration. */
const SOME_ORGANIZATION = 'any-organization';

const SETTLED = ['ready', 'empty'].map((s) => `[data-tab="organization"] [data-roster-part="role-manager-panel"][data-state="${s}"]`).join(', ');

/**
 * RoleManager on the organization roles tab with `organizationId` picked; gives its role list.
 * Null when RoleManager offers no such tab.
 */
async function openOrganizationRoles(cell: CellContext, organizationId: string): Promise<HTMLElement | null> {
  await renderRoleManager(cell);
  const tab = screen.queryByRole('tab', { name: ORGANIZATION_TAB });
  if (tab && tab.getAttribute('aria-selected') !== 'true') await userEvent.click(tab);
  if (!tab && !document.querySelector('[data-tab="organization"]')) return null;
  const select = await until('the organization picker', () => screen.queryByRole('combobox', { name: 'Organization' }) as HTMLSelectElement | null);
  if (select.value !== organizationId) {
    // Found by name, as an admin finds one among many.
    const name = (await cell.backend.read()).organizations[organizationId];
    expect(name, `the backend's name of organization ${organizationId}`).toBeDefined();
    await retype(screen.getByRole('searchbox', { name: 'Find an organization' }), name!);
    await until(`${name} among the organizations to pick`, () => [...select.options].some((o) => o.value === organizationId));
    await userEvent.selectOptions(select, organizationId);
  }
  return until(`the roles of ${organizationId} load`, () => document.querySelector<HTMLElement>(SETTLED));
}

export const organizationRoleCreate: Scenario = {
  id: 'organizationRoleCreate',
  title: 'create a role inside an organization (RoleManager → Organization roles → Create role)',
  cannot(adapter) {
    if (roleWritesIn(adapter, { organizationId: SOME_ORGANIZATION }).create) return null;
    return adapter.capabilities.manage.organizationRoles ? 'no createRole method' : 'capabilities.manage.organizationRoles is false';
  },
  async run(cell) {
    const organizationId = cell.backend.organizationId;
    const list = await openOrganizationRoles(cell, organizationId);
    if (!list) throw new Error(`RoleManager offers no “${ORGANIZATION_TAB}” tab, though the adapter declares organization role writes`);
    const permission = await createRoleIn(list, cell.tag);
    await expectBackend(cell, (state) => {
      const made = state.roles.filter((r) => r.name === cell.tag);
      expect(made.map((r) => ({ organizationId: r.organizationId, permissions: sorted(r.permissions) })), `the roles named ${cell.tag}`).toEqual([
        { organizationId, permissions: [permission] },
      ]);
    });
  },
  async assertAbsent(cell) {
    const list = await openOrganizationRoles(cell, cell.backend.organizationId);
    // No tab: nowhere to define a role inside an organization. A tab: it lists, but offers no create.
    if (list) expect(within(list).queryByRole('button', { name: 'Create role' }), `“Create role” in ${cell.backend.organizationId}`).toBeNull();
    else expect(screen.queryByRole('tab', { name: ORGANIZATION_TAB }), `the “${ORGANIZATION_TAB}” tab`).toBeNull();
  },
};
