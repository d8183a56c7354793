import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { useRoles } from '../../src/react/useRoles.js';
import { useUser } from '../../src/react/useUser.js';
import { useUsers } from '../../src/react/useUsers.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import type { ReactNode } from 'react';

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
    await act(() => result.current.update!({ name: 'Kept Across Renders' }));
    rerender();
    await result.current.refresh();
    await waitFor(() => expect(result.current.data?.name).toBe('Kept Across Renders'));
  });
});
