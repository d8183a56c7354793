/**
 * Columns: a user's roles in RoleEditor, staged (from the row menu, Save) and immediate (each
 * toggle saved at once), project-wide and inside one organization. Where a member holds one role
 * per organization (`rolesPerMembership: 'one'`), the editor offers radios and the picked role
 * replaces the held one: the backend must then hold exactly the new role.
 */
import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { canEditRoles, holdsOneRole, type RosterAdapter } from '../../../src/core/adapter.js';
import { OrgList } from '../../../src/components/OrgList/OrgList.js';
import { RoleEditor } from '../../../src/components/RoleEditor/RoleEditor.js';
import type { CellContext, Scenario, ScenarioId } from '../types.js';
import { chooseRowAction, closed, dialogNamed, expectBackend, pickRows, pickUser, renderRoster, renderTable, rolesIn, sorted, successText, until, userIn, visibleTo } from '../ui.js';

interface RoleOption {
  box: HTMLInputElement;
  name: string;
}

function roleOptions(container: HTMLElement): RoleOption[] {
  return [...within(container).queryAllByRole('checkbox'), ...within(container).queryAllByRole('radio')]
    .map((box) => ({ box: box as HTMLInputElement, name: box.closest('li')?.querySelector('[data-roster-part="role-editor-role-name"]')?.textContent?.trim() ?? '' }));
}

/** The first role offered, enabled, that the user does not hold yet (per the backend). */
function assignable(container: HTMLElement, held: readonly string[]): Promise<RoleOption> {
  return until('an assignable role is offered', () => roleOptions(container).find((o) => o.name && !o.box.disabled && !o.box.checked && !held.includes(o.name)));
}

function cannotEditRoles(inOrganization: boolean) {
  return (adapter: RosterAdapter): string | null => {
    if (canEditRoles(adapter, inOrganization ? { organizationId: 'any-organization' } : {})) return null;
    if (inOrganization && !adapter.capabilities.organizationRoles) return 'capabilities.organizationRoles is false';
    if (!inOrganization && adapter.capabilities.projectRoles === false) return 'capabilities.projectRoles is false';
    return 'no role writes: neither setUserRoles nor addUserRoles + removeUserRoles';
  };
}

const scopeOf = (cell: CellContext, inOrganization: boolean) => (inOrganization ? cell.backend.organizationId : undefined);
const inScope = (cell: CellContext, organizationId: string | undefined) => (u: Parameters<typeof visibleTo>[1]) =>
  u.status === 'active' && visibleTo(cell, u) && (!organizationId || organizationId in u.organizations);
/** What the backend must hold after `role` was chosen: added beside the held roles, or replacing the one held role. */
const expectedAfter = (cell: CellContext, organizationId: string | undefined, held: readonly string[], role: string) =>
  sorted(holdsOneRole(cell.backend.adapter, organizationId) ? [role] : [...held, role]);
const why = (organizationId: string | undefined) => (organizationId ? `active and a member of ${organizationId}` : 'active');

async function staged(cell: CellContext, inOrganization: boolean): Promise<void> {
  const organizationId = scopeOf(cell, inOrganization);
  renderTable(cell, organizationId ?? null);
  const [row] = await pickRows(cell, 1, why(organizationId), inScope(cell, organizationId));
  const held = rolesIn(row!.user, organizationId);
  await chooseRowAction(row!, 'Edit roles…');
  const dialog = await dialogNamed(/^Edit roles/);
  const role = await assignable(dialog, held);
  await userEvent.click(role.box);
  await until('the editor shows the staged change', () => within(dialog).queryByText(/^Unsaved: adds /));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
  // RoleEditorDialog closes only when the save landed; a failure stays open with its error.
  await closed('dialog');
  await until(`the row shows ${role.name}`, () => within(row!.element).queryByText(role.name));
  await expectBackend(cell, (state) => expect(sorted(rolesIn(userIn(state, row!.user.id)!, organizationId))).toEqual(expectedAfter(cell, organizationId, held, role.name)));
}

async function immediate(cell: CellContext, inOrganization: boolean): Promise<void> {
  const organizationId = scopeOf(cell, inOrganization);
  const user = await pickUser(cell, why(organizationId), inScope(cell, organizationId));
  renderRoster(cell, <RoleEditor userId={user.id} organizationId={organizationId} mode="immediate" />);
  const editor = await until('the role editor renders', () => document.querySelector<HTMLElement>('[data-roster-part="role-editor"]'));
  const held = rolesIn(user, organizationId);
  const role = await assignable(editor, held);
  await userEvent.click(role.box);
  await successText(holdsOneRole(cell.backend.adapter, organizationId) ? `Role changed to ${role.name}.` : `${role.name} added.`);
  await expectBackend(cell, (state) => expect(sorted(rolesIn(userIn(state, user.id)!, organizationId))).toEqual(expectedAfter(cell, organizationId, held, role.name)));
}

/** The editor lists the roles but offers no toggle and no Save; OrgList offers no "Edit roles in …". */
async function absent(cell: CellContext, inOrganization: boolean, mode: 'staged' | 'immediate'): Promise<void> {
  const organizationId = scopeOf(cell, inOrganization);
  const user = await pickUser(cell, why(organizationId), inScope(cell, organizationId));
  renderRoster(
    cell,
    <>
      <RoleEditor userId={user.id} organizationId={organizationId} mode={mode} />
      {organizationId && mode === 'staged' && <OrgList userId={user.id} />}
    </>,
  );
  const editor = await until('the role editor lists roles', () => document.querySelector<HTMLElement>('[data-roster-part="role-editor"][data-state="ready"]'));
  await until('the roles are listed', () => roleOptions(editor).length > 0);
  expect(roleOptions(editor).filter((o) => !o.box.disabled).map((o) => o.name), 'enabled role toggles').toEqual([]);
  expect(within(editor).queryByRole('button', { name: 'Save changes' }), 'the Save button').toBeNull();
  if (organizationId && mode === 'staged') {
    await until('OrgList loads', () => document.querySelector('[data-roster-part="org-list"][data-state="ready"], [data-roster-part="org-list"][data-state="empty"]'));
    expect(screen.queryAllByRole('button', { name: /^Edit roles in / }), 'OrgList’s “Edit roles in …” buttons').toEqual([]);
  }
}

function roleScenario(id: ScenarioId, title: string, mode: 'staged' | 'immediate', inOrganization: boolean): Scenario {
  return {
    id,
    title,
    cannot: cannotEditRoles(inOrganization),
    run: (cell) => (mode === 'staged' ? staged(cell, inOrganization) : immediate(cell, inOrganization)),
    assertAbsent: (cell) => absent(cell, inOrganization, mode),
  };
}

export const ROLE_SCENARIOS: Scenario[] = [
  roleScenario('rolesStagedProject', 'roles, staged, project-wide (row menu → Edit roles… → Save)', 'staged', false),
  roleScenario('rolesStagedOrganization', 'roles, staged, in an organization (row menu → Edit roles… → Save)', 'staged', true),
  roleScenario('rolesImmediateProject', 'roles, immediate, project-wide (<RoleEditor mode="immediate">)', 'immediate', false),
  roleScenario('rolesImmediateOrganization', 'roles, immediate, in an organization (<RoleEditor organizationId mode="immediate">)', 'immediate', true),
];
