/**
 * RoleManager on the memory directory, and on the SSOJet and Descope emulators. Each story runs in
 * Chromium under the storybook test project with an axe check; the play functions drive the
 * writes and read the result back from the backend.
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { createMemoryAdapter, type MemoryAdapter } from 'react-roster/memory';
import { createDescopeAdapter } from 'react-roster/descope';
import { createDescopeEmulator, type DescopeEmulator } from 'react-roster/testing';
import { RoleManager } from 'react-roster';
import { serverAdapter } from '../adapters/ServerAdapterPage.js';
import { directory, editorOrganization } from './roleFixtures.js';
import { directoryWith200RolesAnd300Permissions, directoryWithHostileNames, HOSTILE_NAME } from './roleManagerFixtures.js';
import { onSsojetEmulator } from './ssojetStory.js';

const memory = (options: Parameters<typeof createMemoryAdapter>[0] = {}) => () => createMemoryAdapter({ directory, latencyMs: 120, ...options });

const meta = preview.meta({
  title: 'Components/RoleManager',
  component: RoleManager,
  parameters: { roster: { adapter: memory() } },
});

const LOAD = { timeout: 8000 };
const roleNames = (root: HTMLElement) => [...root.querySelectorAll('[data-roster-part="role-manager-role-name"]')].map((el) => el.textContent);
const rowOf = async (root: HTMLElement, name: string) => (await within(root).findByText(name, { selector: '[data-roster-part="role-manager-role-name"]' }, LOAD)).closest('li')!;
const stored = (adapter: MemoryAdapter, name: string) => adapter.snapshot().roles.find((r) => r.name === name);
/** The page's dialogs portal inside the component, so the canvas finds them. */
const openDialog = async (root: HTMLElement, role: 'dialog' | 'alertdialog' = 'dialog') => within(root).findByRole(role, {}, LOAD);

/** Creates "Release manager" granting projects:write through the dialog, and waits for the word it landed. */
const createReleaseManager = async (root: HTMLElement) => {
  await userEvent.click(within(root).getByRole('button', { name: 'Create role' }));
  const dialog = await openDialog(root);
  await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Release manager');
  await userEvent.click(within(dialog).getByRole('checkbox', { name: /^projects:write/ }));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Create role' }));
  await within(root).findByText('Created Release manager.', {}, LOAD);
};

export const Default = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    await waitFor(() => expect(roleNames(canvasElement)).toEqual(directory.roles.filter((r) => !r.organizationId).map((r) => r.name)), LOAD);
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-roster-part="role-manager-user-count"]')).toHaveLength(8), LOAD);
    await createReleaseManager(canvasElement);
    expect(stored(adapter, 'Release manager')!.permissions).toEqual(['projects:write']);
    expect(roleNames(canvasElement)).toContain('Release manager');
  },
});

/** The roles never arrive. */
export const Loading = meta.story({
  parameters: { roster: { adapter: memory({ latencyMs: 600_000 }) } },
  play: async ({ canvasElement }) => {
    expect(await within(canvasElement).findByText('Loading…')).toHaveAttribute('role', 'status');
  },
});

export const Empty = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory: { ...directory, roles: [] }, latencyMs: 120 }) } },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('No roles yet.', {}, LOAD);
    expect(within(canvasElement).getByRole('button', { name: 'Create role' })).toBeInTheDocument();
  },
});

export const LoadFailedThenRetry = meta.story({
  parameters: { roster: { adapter: memory({ faults: [{ operation: 'listRoles', error: { code: 'server', status: 503 }, times: 1 }] }), provider: { retry: false } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, LOAD);
    expect(alert).toHaveTextContent('The identity provider had a problem handling the request.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(roleNames(canvasElement)).toHaveLength(8), LOAD);
  },
});

export const RateLimited = meta.story({
  parameters: { roster: { adapter: memory({ faults: [{ operation: 'listRoles', error: { code: 'rate_limited', status: 429, retryAfterMs: 30_000 } }] }), provider: { retry: false } } },
  play: async ({ canvasElement }) => {
    expect(await within(canvasElement).findByRole('alert', {}, LOAD)).toHaveTextContent(/Too many requests right now\. Try again in \d+ seconds\./);
  },
});

/** 200 roles and 300 permissions: 25 roles a page, 300 permissions searchable in the dialog. */
export const ManyRolesAndPermissions = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory: directoryWith200RolesAnd300Permissions, latencyMs: 120 }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(roleNames(canvasElement)).toHaveLength(25), LOAD);
    expect(canvas.getByText('Page 1 of 8')).toBeInTheDocument();
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search roles' }), 'refunds');
    expect(canvas.getByText('5 of 200 roles')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Change the permissions of Refunds viewer' }));
    const dialog = await openDialog(canvasElement);
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(300);
    await userEvent.type(within(dialog).getByRole('searchbox', { name: 'Search permissions' }), 'refunds:');
    // read, write, approve, delete, share, configure.
    await waitFor(() => expect(within(dialog).getAllByRole('checkbox')).toHaveLength(6));
  },
});

export const HostileNames = meta.story({
  parameters: { roster: { adapter: () => createMemoryAdapter({ directory: directoryWithHostileNames, latencyMs: 50 }) } },
  play: async ({ canvasElement }) => {
    const row = await rowOf(canvasElement, HOSTILE_NAME);
    expect(row.querySelector('img')).toBeNull();
    expect((window as { __rosterPwned?: number }).__rosterPwned).toBeUndefined();
  },
});

export const ReadOnly = meta.story({
  parameters: { roster: { adapter: memory({ readOnly: true }) } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(roleNames(canvasElement)).toHaveLength(8), LOAD);
    // Roles and permissions to read; nothing that writes.
    expect(within(canvasElement).getAllByRole('tab').map((t) => t.textContent)).toEqual(['Project roles', 'Permissions']);
    expect(within(canvasElement).queryAllByRole('button').filter((b) => b.getAttribute('role') !== 'tab')).toEqual([]);
  },
});

export const EditDialogWithConflict = meta.story({
  play: async ({ canvasElement }) => {
    await userEvent.click(within(await rowOf(canvasElement, 'Auditor')).getByRole('button', { name: 'Edit Auditor' }));
    const dialog = await openDialog(canvasElement);
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'viewer');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription('Another role already has this name.'), LOAD);
  },
});

export const PermissionsDialog = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    await userEvent.click(within(await rowOf(canvasElement, 'Viewer')).getByRole('button', { name: 'Change the permissions of Viewer' }));
    const dialog = await openDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'users:read' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^audit:read/ }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Unsaved: +1 granted, −1 revoked.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save permissions' }));
    await within(canvasElement).findByText('Saved the permissions of Viewer.', {}, LOAD);
    expect(stored(adapter, 'Viewer')!.permissions).toEqual(['projects:read', 'audit:read']);
  },
});

export const DeleteConfirmation = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const row = await rowOf(canvasElement, 'Support agent');
    const held = await within(row).findByText(/^\d+ users$/, {}, LOAD);
    await userEvent.click(within(row).getByRole('button', { name: 'Delete Support agent' }));
    const confirm = await openDialog(canvasElement, 'alertdialog');
    expect(confirm).toHaveAccessibleDescription(`${held.textContent} hold Support agent; they will lose it.`);
    await within(confirm).findByRole('list', { name: 'Users who hold Support agent' }, LOAD);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete role' }));
    await within(canvasElement).findByText(`Deleted Support agent; ${held.textContent} lost it.`, {}, LOAD);
    expect(stored(adapter, 'Support agent')).toBeUndefined();
    expect(adapter.snapshot().users.some((u) => u.roleIds.includes('support'))).toBe(false);
  },
});

export const OrganizationRoles = meta.story({
  args: { organizationId: editorOrganization.id },
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    await canvas.findByRole('list', { name: `Roles in ${editorOrganization.name}` }, LOAD);
    expect(roleNames(canvasElement)).toEqual(['Approver', 'Site lead']);
    await userEvent.click(canvas.getByRole('button', { name: 'Create role' }));
    const dialog = await openDialog(canvasElement);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Night shift');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create role' }));
    await canvas.findByText('Created Night shift.', {}, LOAD);
    expect(stored(adapter, 'Night shift')!.organizationId).toBe(editorOrganization.id);
  },
});

export const PermissionsTab = meta.story({
  play: async ({ canvasElement, loaded }) => {
    const adapter = loaded.rosterAdapter as MemoryAdapter;
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('tab', { name: 'Permissions' }, LOAD));
    await userEvent.click(await canvas.findByRole('button', { name: 'Rename billing:read' }, LOAD));
    const dialog = await openDialog(canvasElement);
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'invoices:read');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await canvas.findByText('Renamed to invoices:read.', {}, LOAD);
    expect(stored(adapter, 'Billing manager')!.permissions).toContain('invoices:read');
  },
});

/** Stages a grant and a revocation for Viewer: every marking of the permissions dialog on screen. */
const stageViewerChange = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  // The second action of the row is its permissions, in every language.
  await userEvent.click(within(await rowOf(canvasElement, 'Viewer')).getAllByRole('button')[1]!);
  const dialog = await openDialog(canvasElement);
  const boxes = within(dialog).getAllByRole('checkbox');
  await userEvent.click(boxes.find((b) => (b as HTMLInputElement).checked)!);
  await userEvent.click(boxes.find((b) => !(b as HTMLInputElement).checked)!);
};

// A dark host page, a phone and Arabic (right to left): the dialog's staged markings checked by axe in each.
export const Dark = meta.story({ globals: { rosterTheme: 'dark' }, play: stageViewerChange });
export const Phone = meta.story({
  name: 'Phone (390 px)',
  globals: { viewport: { value: 'phone390', isRotated: false } },
  play: async (context) => {
    await waitFor(() => expect(context.canvasElement.querySelectorAll('[data-roster-part="role-manager-user-count"]').length).toBeGreaterThan(0), LOAD);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    await stageViewerChange(context);
  },
});
export const Arabic = meta.story({ globals: { rosterLocale: 'ar' }, play: stageViewerChange });

const ssojet = onSsojetEmulator();

/** SSOJet: project roles and permissions through its real adapter, answered by the strict emulator. */
export const OnSsojet = meta.story({
  parameters: ssojet.parameters,
  beforeEach: ssojet.beforeEach,
  play: async ({ canvasElement }) => {
    const emulator = ssojet.emulator();
    await waitFor(() => expect(roleNames(canvasElement).length).toBeGreaterThan(3), LOAD);
    await createReleaseManager(canvasElement);
    expect(emulator.state.roles.some((r) => r.name === 'Release manager')).toBe(true);
  },
});

let descope: DescopeEmulator | undefined;
const DESCOPE = { projectId: 'P2RosterEmulator', session: 'tenant-admin-session', tenant: 'org_001' };

/** Descope as a tenant admin's session (as its role-management widget): the tenant's own roles only. */
export const OnDescopeTenantSession = meta.story({
  args: { organizationId: DESCOPE.tenant },
  parameters: {
    roster: { adapter: () => createDescopeAdapter({ projectId: DESCOPE.projectId, auth: { getSessionToken: () => DESCOPE.session, tenantId: DESCOPE.tenant } }) },
  },
  beforeEach: ({ msw }) => {
    descope = createDescopeEmulator({ projectId: DESCOPE.projectId, sessions: { [DESCOPE.session]: { tenantId: DESCOPE.tenant } } });
    msw.use(...descope.handlers);
  },
  play: async ({ canvasElement }) => {
    const emulator = descope!;
    const canvas = within(canvasElement);
    await waitFor(() => expect(roleNames(canvasElement)).toEqual(['Approver', 'Site lead']), LOAD);
    // Project roles are not the session's: no tab for them.
    expect(canvas.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Organization roles', 'Permissions']);
    await userEvent.click(canvas.getByRole('button', { name: 'Edit Approver' }));
    const dialog = await openDialog(canvasElement);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Description' }), ' Signs off purchases.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await canvas.findByText('Saved Approver.', {}, LOAD);
    expect(emulator.state.roles.find((r) => r.name === 'Approver' && r.tenantId === DESCOPE.tenant)!.description).toMatch(/Signs off purchases\.$/);
  },
});

/** Descope with a management key, behind Roster's handler in Node; the page uses the remote adapter. */
export const OnDescopeManagementKey = meta.story({
  parameters: { roster: { adapter: serverAdapter('descope', 'role-manager-stories') } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const LONG = { timeout: 30_000 };
    await userEvent.click(await canvas.findByRole('tab', { name: 'Permissions' }, LONG));
    await userEvent.click(await canvas.findByRole('button', { name: 'Create permission' }, LONG));
    const dialog = await openDialog(canvasElement);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'reports:schedule');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create permission' }));
    await canvas.findByText('Created reports:schedule.', {}, LONG);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search permissions' }), 'reports:schedule');
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-roster-part="role-manager-permission-name"]')).toHaveLength(1), LONG);
  },
});
