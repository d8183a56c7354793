/** Role chips that scale (at most three, then "+K", in catalogue order) and avatars told apart by colour. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { generateDirectory } from '../../src/adapters/memory/directory.js';
import { avatarTone } from '../../src/components/primitives/Avatar.js';
import { UserTable } from '../../src/components/UserTable/UserTable.js';
import { renderWithRoster } from '../helpers/renderWithRoster.js';

function directoryWith(roleIds: string[]) {
  const d = generateDirectory({ seed: 3, userCount: 6 });
  d.users[0]!.name = 'Aaron Aardvark';
  d.users[0]!.roleIds = roleIds;
  return d;
}

async function chipsOfFirstRow(roleIds: string[]) {
  renderWithRoster(<UserTable />, createMemoryAdapter({ directory: directoryWith(roleIds) }));
  const row = await screen.findByRole('row', { name: /Aaron Aardvark/ });
  await waitFor(() => expect(row.querySelector('[data-roster-part="user-table-role-chip"]')).not.toBeNull());
  return [...row.querySelectorAll<HTMLElement>('[data-roster-part="user-table-role-chip"]')];
}

describe('role chips', () => {
  it('shows three chips in catalogue (privilege) order, then "+K" naming the rest', async () => {
    // Given out of order: the catalogue lists owner, admin, member, viewer, billing, support, auditor.
    const chips = await chipsOfFirstRow(['viewer', 'support', 'owner', 'billing', 'member', 'admin']);
    expect(chips.slice(0, 3).map((c) => c.textContent)).toEqual(['Owner', 'Admin', 'Member']);
    const more = chips[3]!;
    expect(chips).toHaveLength(4);
    expect(more).toHaveAttribute('data-state', 'overflow');
    expect(within(more).getByText('+3')).toHaveAttribute('aria-hidden', 'true');
    expect(more).toHaveTextContent('and 3 more: Viewer, Billing manager, and Support agent');
    expect(more).toHaveAttribute('title', 'Viewer, Billing manager, Support agent');
  });

  it('shows four roles as four chips rather than "+1"', async () => {
    const chips = await chipsOfFirstRow(['viewer', 'owner', 'member', 'admin']);
    expect(chips.map((c) => c.textContent)).toEqual(['Owner', 'Admin', 'Member', 'Viewer']);
  });

  it('names an unknown role id "Unknown role", with the id only in a title, after the known ones', async () => {
    const chips = await chipsOfFirstRow(['legacy_superuser', 'viewer']);
    expect(chips.map((c) => c.textContent)).toEqual(['Viewer', 'Unknown role']);
    expect(chips[1]).toHaveAttribute('title', 'legacy_superuser');
    expect(chips[1]).toHaveAttribute('data-state', 'unknown');
    expect(screen.queryByText('legacy_superuser')).toBeNull();
  });
});

describe('avatars', () => {
  it('take one of eight tones from the user id, the same id always the same tone', () => {
    expect(avatarTone('usr_1')).toBe(avatarTone('usr_1'));
    const tones = new Set(Array.from({ length: 64 }, (_, i) => avatarTone(`usr_${i}`)));
    expect([...tones].every((t) => t >= 0 && t < 8)).toBe(true);
    expect(tones.size).toBe(8);
  });

  it('are coloured per user in the table', async () => {
    renderWithRoster(<UserTable />, createMemoryAdapter({ userCount: 12 }));
    await screen.findByText('12 users');
    const tones = [...document.querySelectorAll('[data-roster-part="user-table-avatar"]')].map((a) => a.getAttribute('data-tone'));
    expect(tones).toHaveLength(12);
    expect(tones.every((t) => /^[0-7]$/.test(t ?? ''))).toBe(true);
    expect(new Set(tones).size).toBeGreaterThan(2);
  });
});
