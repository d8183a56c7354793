/**
 * What the definition scenarios (roles, organizations) share: RoleManager and OrganizationManager
 * rendered as the row's host has them, their rows found as an admin finds them (searching, then
 * the row's own buttons), the reasons an adapter declares it cannot, and the backend's roles read
 * in one scope.
 */
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { OrganizationManager } from '../../../src/components/OrganizationManager/index.js';
import { RoleManager } from '../../../src/components/RoleManager/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { organizationWrites, roleWritesIn } from '../../../src/core/manage.js';
import type { BackendRole, BackendRow, BackendState, BackendUser, CellContext } from '../types.js';
import { closed, dialogNamed, renderRoster, rolesIn, successText, until } from '../ui.js';

/** Where the row's admin defines roles: in their tenant for a tenant admin, project-wide otherwise. */
export const roleScopeOf = (row: BackendRow): string | null => row.tableOrganizationId ?? null;

/** The roles the backend holds in one scope. */
export const rolesInScope = (state: BackendState, scope: string | null): BackendRole[] => state.roles.filter((r) => r.organizationId === scope);

/** The users holding the role named `name` in the scope, as the backend records them. */
export const holdersOf = (state: BackendState, scope: string | null, name: string): BackendUser[] =>
  state.users.filter((u) => rolesIn(u, scope ?? undefined).includes(name));

export type DefinitionWrite = 'create' | 'update' | 'delete';

export function cannotWriteRoles(write: DefinitionWrite) {
  return (adapter: RosterAdapter, row: BackendRow): string | null => {
    const scope = roleScopeOf(row);
    if (roleWritesIn(adapter, scope ? { organizationId: scope } : {})[write]) return null;
    const flag = scope ? 'organizationRoles' : 'projectRoles';
    return adapter.capabilities.manage[flag] ? `no ${write}Role method` : `capabilities.manage.${flag} is false`;
  };
}

export function cannotWriteOrganizations(write: DefinitionWrite) {
  return (adapter: RosterAdapter): string | null => {
    if (organizationWrites(adapter)[write]) return null;
    return adapter.capabilities.manage.organizations ? `no ${write}Organization method` : 'capabilities.manage.organizations is false';
  };
}

/** A text the UI shows, matched by a pattern (a result whose end depends on what the backend can count). */
export function successMatching(pattern: RegExp): Promise<HTMLElement> {
  return until(`the UI reports ${pattern}`, () => screen.queryAllByText(pattern)[0]);
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces a field's text the way an admin does: select what is there, type over it. */
export async function retype(field: HTMLElement, text: string): Promise<void> {
  await userEvent.clear(field);
  await userEvent.type(field, text);
}

// --- RoleManager -------------------------------------------------------------------------------

const ROLE_LIST_SETTLED = ['ready', 'empty'].map((s) => `[data-roster-part="role-manager-panel"][data-state="${s}"]`).join(', ');

/** RoleManager in the row's scope, once its role list has loaded. */
export async function renderRoleManager(cell: CellContext): Promise<HTMLElement> {
  renderRoster(cell, <RoleManager organizationId={roleScopeOf(cell.row) ?? undefined} searchDebounceMs={0} />);
  return until('the role list loads', () => document.querySelector<HTMLElement>(ROLE_LIST_SETTLED));
}

/** The role's row, searched for by name as an admin would on a long list. */
export async function roleRow(list: HTMLElement, name: string): Promise<HTMLElement> {
  await retype(within(list).getByRole('searchbox', { name: 'Search roles' }), name);
  return until(`the row of role “${name}”`, () =>
    [...list.querySelectorAll('[data-roster-part="role-manager-role-name"]')].find((e) => e.textContent === name)?.closest('li'),
  );
}

/** The first role of the scope that passes `test` and at least one user holds. */
export function heldRole(state: BackendState, scope: string | null, test: (role: BackendRole) => boolean = () => true): BackendRole {
  const role = rolesInScope(state, scope).find((r) => test(r) && holdersOf(state, scope, r.name).length > 0);
  if (!role) throw new Error(`precondition: the backend holds no role ${scope ? `in ${scope}` : 'project-wide'} that a user holds`);
  return role;
}

/**
 * Creates the role `name` granting the first permission offered, from the list's own “Create role”
 * button, and waits for the UI's report and the new row. Gives the permission granted.
 */
export async function createRoleIn(list: HTMLElement, name: string): Promise<string> {
  await userEvent.click(within(list).getByRole('button', { name: 'Create role' }));
  const dialog = await dialogNamed('Create role');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), name);
  const box = await until('permissions to grant', () => within(dialog).queryAllByRole('checkbox')[0]);
  const permission = permissionOf(box);
  await userEvent.click(box);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Create role' }));
  await closed('dialog', 'Create role');
  await successText(`Created ${name}.`);
  await roleRow(list, name);
  return permission;
}

/** Nothing in RoleManager offers the write: the named buttons are not in the DOM. */
export async function expectNoRoleControl(cell: CellContext, name: RegExp): Promise<void> {
  const list = await renderRoleManager(cell);
  await until('the role list shows its roles or says it has none', () => list.querySelector('[data-roster-part="role-manager-role"], [data-roster-part="role-manager-empty"]'));
  expect(screen.queryAllByRole('button', { name }).map((b) => b.getAttribute('aria-label') ?? b.textContent), `RoleManager buttons named ${name}`).toEqual([]);
}

/** The permission a checklist box stands for (its label also says a staged change). */
export const permissionOf = (box: HTMLElement): string => (box as HTMLInputElement).labels?.[0]?.querySelector('bdi')?.textContent ?? '';

// --- OrganizationManager -----------------------------------------------------------------------

const ORGANIZATIONS_SETTLED = ['ready', 'empty'].map((s) => `[data-roster-part="organization-manager"][data-state="${s}"]`).join(', ');

export async function renderOrganizationManager(cell: CellContext): Promise<HTMLElement> {
  renderRoster(cell, <OrganizationManager searchDebounceMs={0} />);
  return until('the organization list loads', () => document.querySelector<HTMLElement>(ORGANIZATIONS_SETTLED));
}

export interface OrganizationRow {
  element: HTMLElement;
  id: string;
  name: string;
}

/** The organizations on the page shown, with the ids the adapter gave them. */
export function organizationRows(root: HTMLElement): OrganizationRow[] {
  return [...root.querySelectorAll<HTMLElement>('li[data-organization-id]')].map((element) => ({
    element,
    id: element.dataset.organizationId!,
    name: element.querySelector('[data-roster-part="organization-manager-name"]')?.textContent ?? '',
  }));
}

/** The first organization on the page whose backend record passes `test`. */
export async function pickOrganization(cell: CellContext, root: HTMLElement, why: string, test: (id: string, state: BackendState) => boolean): Promise<OrganizationRow> {
  const rows = await until('organizations are listed', () => (organizationRows(root).length ? organizationRows(root) : null));
  const state = await cell.backend.read();
  const row = rows.find((r) => test(r.id, state));
  if (!row) throw new Error(`precondition: no organization on the first page ${why}`);
  expect(state.organizations[row.id], `the backend's name of organization ${row.id}`).toBe(row.name);
  return row;
}

export async function expectNoOrganizationControl(cell: CellContext, name: RegExp): Promise<void> {
  await renderOrganizationManager(cell);
  expect(screen.queryAllByRole('button', { name }).map((b) => b.getAttribute('aria-label') ?? b.textContent), `OrganizationManager buttons named ${name}`).toEqual([]);
}
