/**
 * The Theming docs page is the contract consumer teams style against: every token the theme
 * defines and every part a component renders (dialogs and menus open) must be listed there.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { OrgList } from '../../src/components/OrgList/OrgList.js';
import { OrganizationManager } from '../../src/components/OrganizationManager/OrganizationManager.js';
import { RoleManager } from '../../src/components/RoleManager/RoleManager.js';
import { RoleEditor } from '../../src/components/RoleEditor/RoleEditor.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

const root = resolve(import.meta.dirname, '../..');
const docs = readFileSync(resolve(root, 'stories/Theming.mdx'), 'utf8');
const documented = new Set([...docs.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!));

function isDocumented(part: string): boolean {
  if (documented.has(part)) return true;
  const prefix = ['user-table-', 'role-editor-', 'org-list-', 'role-manager-', 'organization-manager-', 'user-details-', 'user-activity-', 'user-export-', 'user-import-'].find((p) => part.startsWith(p));
  return Boolean(prefix && documented.has(part.slice(prefix.length)));
}

describe('the Theming docs page', () => {
  it('lists every token the default theme defines, with its default', () => {
    // Declared (`--roster-x: …`), or, for colours, read where they resolve (`var(--roster-x, light-dark(…))`).
    const tokens = [...new Set([...readFileSync(resolve(root, 'src/theme/tokens.css'), 'utf8').matchAll(/(--roster-[a-z0-9-]+):|var\((--roster-[a-z0-9-]+),/g)].map((m) => (m[1] ?? m[2])!))];
    expect(tokens.length).toBeGreaterThan(25);
    const undocumented = tokens.filter((t) => !new RegExp(`\\| \`${t}\` \\| \`[^\`]+\` \\|`).test(docs));
    expect(undocumented).toEqual([]);
  });

  // That each documented value is what the token resolves to, light and dark, is checked in
  // Chromium: test/theme/colorSchemes.browser.test.tsx.

  it('lists every part the components render, dialogs and menus included', async () => {
    const adapter = createMemoryAdapter({ userCount: 30 });
    const user = adapter.snapshot().users.find((u) => (u.memberships?.length ?? 0) > 1)!;
    const seen = new Set<string>();
    const collect = () => document.querySelectorAll('[data-roster-part]').forEach((el) => seen.add(el.getAttribute('data-roster-part')!));
    renderWithRoster(
      <>
        <UserTable />
        <RoleEditor userId={user.id} />
        <OrgList userId={user.id} />
      </>,
      adapter,
    );
    await screen.findByText('30 users');
    await waitFor(() => expect(document.querySelector('[data-roster-part="org-list-item"]')).not.toBeNull());
    collect();
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await userEvent.click(within(screen.getAllByRole('row')[1]!).getByRole('checkbox'));
    await userEvent.click(within(screen.getAllByRole('row')[1]!).getByRole('button', { name: /^Actions for/ }));
    collect();
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Create user' }));
    collect();
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getAllByRole('button', { name: 'Add to organization' })[0]!);
    await waitFor(() => expect(document.querySelector('[data-roster-part="org-list-picker-option"]')).not.toBeNull());
    collect();
    expect(seen.size).toBeGreaterThan(60);
    expect([...seen].filter((part) => !isDocumented(part))).toEqual([]);
  });

  it('lists every part the managers render, their dialogs included', async () => {
    const adapter = createMemoryAdapter({ userCount: 30 });
    const seen = new Set<string>();
    const collect = () => document.querySelectorAll('[data-roster-part]').forEach((el) => seen.add(el.getAttribute('data-roster-part')!));
    renderWithRoster(
      <>
        <RoleManager />
        <OrganizationManager />
      </>,
      adapter,
    );
    await waitFor(() => expect(document.querySelector('[data-roster-part="role-manager-role"]')).not.toBeNull());
    await waitFor(() => expect(document.querySelector('[data-roster-part="organization-manager-item"]')).not.toBeNull());
    collect();
    for (const name of ['Create role', 'Create organization']) {
      await userEvent.click(screen.getByRole('button', { name }));
      collect();
      await userEvent.keyboard('{Escape}');
    }
    const part = (name: string) => document.querySelector<HTMLElement>(`[data-roster-part="${name}"]`)!;
    for (const button of ['role-manager-permissions-button', 'role-manager-delete-button', 'organization-manager-delete-button']) {
      await userEvent.click(part(button));
      collect();
      await userEvent.keyboard('{Escape}');
    }
    expect(seen.size).toBeGreaterThan(50);
    expect([...seen].filter((p) => !isDocumented(p))).toEqual([]);
  });
});
