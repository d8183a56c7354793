/**
 * The shipped translations: German, and Arabic laid out right to left. Dates, numbers and plurals
 * go through Intl with the provider's locale.
 */
import { expect, waitFor, within } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { OrgList, RoleEditor, UserTable, arabicMessages, germanMessages } from 'react-roster';
import { createMemoryAdapter } from 'react-roster/memory';

const USER_ID = createMemoryAdapter().snapshot().users.find((u) => (u.memberships?.length ?? 0) > 1)!.id;

function AdminPage({ dir }: { dir: 'ltr' | 'rtl' }) {
  return (
    <div dir={dir} style={{ display: 'grid', gap: 24 }}>
      <UserTable defaultQuery={{ pageSize: 10 }} />
      <RoleEditor userId={USER_ID} />
      <OrgList userId={USER_ID} />
    </div>
  );
}

const meta = preview.meta({
  title: 'Customization/Languages',
  component: AdminPage,
});

export const German = meta.story({
  args: { dir: 'ltr' },
  parameters: { roster: { provider: { messages: germanMessages, locale: 'de' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('500 Benutzer')).toBeInTheDocument(), { timeout: 8000 });
    expect(canvas.getByRole('button', { name: 'Benutzer anlegen' })).toBeInTheDocument();
    expect(canvas.getByText('Seite 1 von 50')).toBeInTheDocument();
  },
});

export const ArabicRightToLeft = meta.story({
  args: { dir: 'rtl' },
  parameters: { roster: { provider: { messages: arabicMessages, locale: 'ar' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('button', { name: 'إنشاء مستخدم' })).toBeInTheDocument(), { timeout: 8000 });
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-roster-part="user-table-row"]').length).toBe(10), { timeout: 8000 });
    // The layout mirrors: the selection column sits at the right edge, the actions at the left.
    const row = canvasElement.querySelector('[data-roster-part="user-table-row"]')!;
    const select = row.querySelector('td[data-column="select"]')!.getBoundingClientRect();
    const actions = row.querySelector('td[data-column="actions"]')!.getBoundingClientRect();
    expect(select.left).toBeGreaterThan(actions.left);
    // The search box is at the right of the toolbar, the create button at its left.
    const search = canvas.getByRole('searchbox', { name: 'البحث عن المستخدمين' }).getBoundingClientRect();
    const create = canvas.getByRole('button', { name: 'إنشاء مستخدم' }).getBoundingClientRect();
    expect(search.right).toBeGreaterThan(create.right);
  },
});
