/**
 * The hooks behind UserDetails against the memory directory: an edit that meets another admin's
 * change is refused with both values instead of overwriting, a lookup by email finds exactly one
 * address, and the details writes land in every cached copy.
 */
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { FULL_CAPABILITIES } from '../../src/core/adapter.js';
import { isEditConflictError, type EditConflictError } from '../../src/core/editConflict.js';
import { NO_DETAILS } from '../../src/core/userDetails.js';
import { useUser } from '../../src/react/useUser.js';
import { useUserActivity } from '../../src/react/useUserActivity.js';
import { useUserByEmail } from '../../src/react/useUserByEmail.js';
import { useUsers } from '../../src/react/useUsers.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';

function setup(options: Parameters<typeof createMemoryAdapter>[0] = {}) {
  const memory = createMemoryAdapter({ latencyMs: 0, userCount: 30, ...options });
  const spy = spyOnAdapter(memory);
  const someone = memory.snapshot().users.find((u) => u.status === 'active')!;
  return { memory, spy, someone };
}

async function loadUser(adapter: Parameters<typeof renderRosterHook>[1], userId: string) {
  const rendered = renderRosterHook(() => useUser(userId), adapter);
  await waitFor(() => expect(rendered.result.current.data).toBeDefined());
  return rendered;
}

describe('updateUser with the base the form started from', () => {
  it('writes when nobody else changed the user', async () => {
    const { memory, spy, someone } = setup();
    const { result } = await loadUser(spy.adapter, someone.id);
    const base = result.current.data!;
    await act(() => result.current.updateUser!({ name: 'Ada Edited' }, { base }));
    expect(memory.snapshot().users.find((u) => u.id === someone.id)!.name).toBe('Ada Edited');
    expect(result.current.data!.name).toBe('Ada Edited');
  });

  it('refuses with both values when another admin changed the same field, and writes nothing', async () => {
    const { memory, spy, someone } = setup();
    const { result } = await loadUser(spy.adapter, someone.id);
    const base = result.current.data!;
    await memory.updateUser!(someone.id, { name: 'Changed Elsewhere' });
    let error: EditConflictError | undefined;
    await act(() => result.current.updateUser!({ name: 'Mine' }, { base }).catch((e: unknown) => void (error = e as EditConflictError)));
    expect(isEditConflictError(error)).toBe(true);
    expect(error!.code).toBe('conflict');
    expect(error!.conflicts).toEqual([{ field: 'name', mine: 'Mine', theirs: 'Changed Elsewhere' }]);
    expect(memory.snapshot().users.find((u) => u.id === someone.id)!.name).toBe('Changed Elsewhere');
    // The screen now shows what the backend holds, so "take theirs" needs no extra read.
    await waitFor(() => expect(result.current.data!.name).toBe('Changed Elsewhere'));
    // Keep mine: without a base the write goes through.
    await act(() => result.current.updateUser!({ name: 'Mine' }));
    expect(memory.snapshot().users.find((u) => u.id === someone.id)!.name).toBe('Mine');
  });

  it('is no conflict when another admin changed a different field or a different attribute', async () => {
    const { memory, spy, someone } = setup();
    const { result } = await loadUser(spy.adapter, someone.id);
    const base = result.current.data!;
    await memory.updateUser!(someone.id, { familyName: 'Elsewhere', customAttributes: { team: 'blue' } });
    await act(() => result.current.updateUser!({ name: 'Mine', customAttributes: { level: 3 } }, { base }));
    const stored = memory.snapshot().users.find((u) => u.id === someone.id)!;
    expect(stored).toMatchObject({ name: 'Mine', familyName: 'Elsewhere' });
    expect(stored.customAttributes).toMatchObject({ team: 'blue', level: 3 });
  });

  it('compares a custom attribute key by key, by value', async () => {
    const { memory, spy, someone } = setup();
    await memory.updateUser!(someone.id, { customAttributes: { tags: ['a', 'b'] } });
    const { result } = await loadUser(spy.adapter, someone.id);
    const base = result.current.data!;
    await memory.updateUser!(someone.id, { customAttributes: { tags: ['a', 'c'] } });
    let error: EditConflictError | undefined;
    await act(() => result.current.updateUser!({ customAttributes: { tags: ['z'] } }, { base }).catch((e: unknown) => void (error = e as EditConflictError)));
    expect(error!.conflicts).toEqual([{ field: 'customAttributes', key: 'tags', mine: ['z'], theirs: ['a', 'c'] }]);
  });
});

describe('useUserByEmail', () => {
  it('finds the one user with the address, whatever its case, through the backend search where there is no lookup', async () => {
    const { spy, someone } = setup({ capabilities: { details: { ...FULL_CAPABILITIES.details, ...NO_DETAILS } } });
    const { result } = renderRosterHook(() => useUserByEmail(someone.email!.toUpperCase()), spy.adapter);
    await waitFor(() => expect(result.current.data).not.toBeUndefined());
    expect(result.current.isSupported).toBe(true);
    expect(result.current.data!.id).toBe(someone.id);
    expect(spy.calls.map((c) => c.method)).toContain('listUsers');
  });

  it('is null for an address nobody has, and skips without one', async () => {
    const { spy } = setup();
    const { result, rerender } = renderRosterHook(({ email }) => useUserByEmail(email), spy.adapter, { initialProps: { email: 'nobody@nowhere.example' as string | null } });
    await waitFor(() => expect(result.current.data).toBeNull());
    rerender({ email: null });
    expect(result.current.isLoading).toBe(false);
  });
});

describe('activity follows the writes', () => {
  it('reads the activity again after an edit of the user', async () => {
    const { spy, someone, memory } = setup();
    if (typeof memory.listUserActivity !== 'function') throw new Error('the memory directory must keep activity');
    const { result } = renderRosterHook(() => ({ user: useUser(someone.id), activity: useUserActivity(someone.id) }), spy.adapter);
    await waitFor(() => expect(result.current.activity.data).toBeDefined());
    const reads = () => spy.calls.filter((c) => c.method === 'listUserActivity').length;
    const before = reads();
    await act(() => result.current.user.updateUser!({ name: 'Someone New' }));
    await waitFor(() => expect(reads()).toBeGreaterThan(before));
    await waitFor(() => expect(result.current.activity.data!.items[0]!.kind).toBe('change'));
  });
});

describe('details writes', () => {
  it('marks the email verified and every copy of the user follows', async () => {
    const { spy, memory, someone } = setup();
    await memory.setUserVerified!(someone.id, { email: false });
    const { result } = await loadUser(spy.adapter, someone.id);
    expect(result.current.data!.emailVerified).toBe(false);
    await act(() => result.current.setUserVerified!({ email: true }));
    expect(result.current.data!.emailVerified).toBe(true);
    expect(memory.snapshot().users.find((u) => u.id === someone.id)!.emailVerified).toBe(true);
  });

  it('revoking an invitation takes the user out of the table', async () => {
    const { spy, memory } = setup();
    const invited = memory.snapshot().users.find((u) => u.status === 'invited');
    expect(invited, 'the generated directory has an invited user').toBeDefined();
    const { result } = renderRosterHook(() => ({ list: useUsers({ page: { size: 100 } }), user: useUser(invited!.id) }), spy.adapter);
    await waitFor(() => expect(result.current.list.data?.items.some((u) => u.id === invited!.id)).toBe(true));
    await act(() => result.current.user.revokeInvitation!());
    await waitFor(() => expect(result.current.list.data!.items.some((u) => u.id === invited!.id)).toBe(false));
    expect(memory.snapshot().users.some((u) => u.id === invited!.id)).toBe(false);
  });
});
