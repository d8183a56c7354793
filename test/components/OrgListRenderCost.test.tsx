/**
 * What a change to the user elsewhere costs OrgList: a project-wide role toggled in a RoleEditor on
 * the same page re-renders OrgList itself (its hooks follow the user's pending changes), but not
 * its memberships, their "Edit roles" dialogs, the add dialog or the remove confirmation.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { OrgList } from '../../src/components/OrgList/OrgList.js';
import { RoleEditor } from '../../src/components/RoleEditor/RoleEditor.js';
import { directory, editor } from '../../stories/components/roleFixtures.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { watchRenders } from '../helpers/componentRenders.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

/** The pieces of OrgList that show nothing of a project-wide role. */
const MEMBERSHIP_PIECES = ['MembershipItem', 'MembershipRoles', 'RoleEditorDialog', 'AddToOrganizationDialog', 'ConfirmDialog'];

describe('OrgList rendering cost', () => {
  it('a project-wide role change renders none of the memberships or their dialogs', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ directory }));
    const { container } = renderWithRoster(
      <>
        <RoleEditor userId={editor.id} mode="immediate" />
        <OrgList userId={editor.id} />
      </>,
      spy.adapter,
      { retry: false },
    );
    await screen.findByRole('group', { name: 'Roles' });
    expect(await screen.findAllByRole('button', { name: /^Edit roles in/ })).toHaveLength(editor.memberships!.length);
    await waitFor(() => expect(spy.inFlight()).toBe(0));
    const admin = screen.getByRole('checkbox', { name: /^Admin/ }) as HTMLInputElement;
    expect(admin.checked).toBe(false);

    const renders = watchRenders(container);
    await userEvent.setup({ delay: null }).click(admin);
    await screen.findByText('Admin added.');
    await waitFor(() => expect(spy.inFlight()).toBe(0));

    const rendered = renders.rendered();
    // The change did reach OrgList, so the pieces below had their chance to render.
    expect(rendered.get('OrgList')).toBeGreaterThan(0);
    expect(MEMBERSHIP_PIECES.filter((name) => rendered.has(name))).toEqual([]);
  });
});
