import { act, render, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { useRoles } from '../../src/react/useRoles.js';
import { useUser } from '../../src/react/useUser.js';
import { useUsers } from '../../src/react/useUsers.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import type { ReactNode } from 'react';
import type { RosterAdapter } from '../../src/core/adapter.js';
import { DirectoryAdapter } from '../testing/classAdapter.js';

describe('RosterProvider', () => {
  it('a hook outside the provider says how to fix it', () => {
    expect(() => renderHook(() => useUsers({ page: { size: 10 } }))).toThrow(/`useUsers` must be used within `<RosterProvider adapter=\{…\}>`/);
  });

  it('partitions the cache by scope: a new signed-in identity refetches instead of seeing the old data', async () => {
    const spy = spyOnAdapter(createMemoryAdapter());
    let scope = 'tenant-a:alice';
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <RosterProvider adapter={spy.adapter} scope={scope}>
        {children}
      </RosterProvider>
    );
    const { result, rerender } = renderHook(() => useRoles(), { wrapper });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(spy.count('listRoles')).toBe(1);

    scope = 'tenant-b:bob';
    rerender();
    expect(result.current.data).toBeUndefined();
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(spy.count('listRoles')).toBe(2);
  });

  it('partitions the cache by adapter: two adapters never share data', async () => {
    const a = createMemoryAdapter({ seed: 1 });
    const b = createMemoryAdapter({ seed: 2 });
    const first = renderRosterHook(() => useUsers({ page: { size: 5 } }), a);
    const second = renderRosterHook(() => useUsers({ page: { size: 5 } }), b);
    await waitFor(() => expect(first.result.current.data && second.result.current.data).toBeDefined());
    expect(first.result.current.data!.items[0]!.id).not.toBe(second.result.current.data!.items[0]!.id);
  });

  it('keeps the first adapter of an id, so an inline createMemoryAdapter() keeps its edits across renders', async () => {
    const userId = createMemoryAdapter().snapshot().users[0]!.id;
    const { result, rerender } = renderHook(() => useUser(userId), {
      wrapper: ({ children }) => <RosterProvider adapter={createMemoryAdapter()}>{children}</RosterProvider>,
    });
    await waitFor(() => expect(result.current.data).toBeDefined());
    await act(() => result.current.updateUser!({ name: 'Kept Across Renders' }));
    rerender();
    await result.current.refresh();
    await waitFor(() => expect(result.current.data?.name).toBe('Kept Across Renders'));
  });
  it('serves a class-based adapter: methods on the prototype, called with the instance as `this`', async () => {
    const adapter = new DirectoryAdapter({ seed: 2 });
    const users = renderRosterHook(() => useUsers({ page: { size: 5 } }), adapter);
    await waitFor(() => expect(users.result.current.data?.items).toHaveLength(5));

    const userId = users.result.current.data!.items[0]!.id;
    const user = renderRosterHook(() => useUser(userId), adapter);
    await waitFor(() => expect(user.result.current.data).toBeDefined());
    await act(() => user.result.current.updateUser!({ name: 'Renamed Through The Prototype' }));
    expect((await adapter.getUser(userId)).name).toBe('Renamed Through The Prototype');
  });

  it('refuses a malformed adapter at once with a TypeError naming each field and its fix', () => {
    const malformed = {
      id: '',
      capabilities: { sort: ['name', 'email'] },
      getUser: async () => null,
      listRoles: async () => [],
      listOrganizations: async () => ({ items: [], total: 0, nextCursor: null }),
      listUserMemberships: async () => [],
      deleteUser: 'not a function',
    } as unknown as RosterAdapter;
    // React reports the render error on the console before rethrowing it; the test reads the error.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    let thrown: unknown;
    try {
      render(<RosterProvider adapter={malformed}>never rendered</RosterProvider>);
    } catch (error) {
      thrown = error;
    } finally {
      quiet.mockRestore();
    }
    expect(thrown).toBeInstanceOf(TypeError);
    const message = (thrown as TypeError).message;
    expect(message).toMatch(/^Roster: the adapter cannot be used \(\d+ problems\):/);
    expect(message).toContain('- adapter.id: expected a non-empty string, got "". Give the adapter a stable id');
    expect(message).toContain('- adapter.capabilities.sortFields: expected an array of "name", "email", "createdAt", "lastLoginAt", "status" (any of them, or none), got undefined (there is a "sort": the field is called "sortFields"). Declare the fields your backend can sort by, or [] when it cannot.');
    expect(message).toContain('- adapter.capabilities.filters: expected an object of flags { status, roleIds, organizationId }, got undefined.');
    expect(message).toContain('- adapter.capabilities.createUser: expected an object of flags');
    expect(message).toContain('- adapter.listUsers: expected a function, got undefined. Every adapter implements listUsers(query, ctx)');
    expect(message).toContain('- adapter.deleteUser: expected a function or nothing, got "not a function".');
  });
});
