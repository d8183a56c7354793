/**
 * useUserImport's own states, beyond what the dialog shows: a failed look-up and trying it again,
 * an existing-users check that fails, and leaving while an import runs.
 */
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { useUserImport } from '../../src/react/useUserImport.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';

const csv = (text: string) => new File([text], 'users.csv', { type: 'text/csv' });

describe('useUserImport', () => {
  it('says when the file’s organizations cannot be looked up, and looks again on request', async () => {
    const adapter = createMemoryAdapter({ userCount: 3 });
    adapter.faults.failNext('getOrganization', { code: 'server', status: 503 });
    const { result } = renderRosterHook(() => useUserImport(), adapter);
    act(() => result.current.chooseFile(csv('email,organization\nada@example.com,org_002\n')));
    await waitFor(() => expect(result.current.state.step).toBe('lookup-error'));
    expect(result.current.state).toMatchObject({ error: { code: 'server' } });
    act(() => result.current.retryLookups());
    await waitFor(() => expect(result.current.state.step).toBe('preview'));
    expect(result.current.ready).toBe(1);
  });

  it('finds users that exist already, and says so when the check itself fails', async () => {
    const adapter = createMemoryAdapter({ userCount: 3 });
    const existing = adapter.snapshot().users[1]!.email!;
    const { result } = renderRosterHook(() => useUserImport(), adapter);
    act(() => result.current.chooseFile(csv(`email\nnew@example.com\n${existing}\n`)));
    await waitFor(() => expect(result.current.existing.done).toBe(2));
    expect(result.current.isExisting(existing.toLowerCase())).toBe(true);
    expect([result.current.ready, result.current.problems]).toEqual([1, 1]);

    adapter.faults.add({ operation: 'getUserByEmail', error: 'server' });
    act(() => result.current.chooseFile(csv('email\na@example.com\nb@example.com\nc@example.com\nd@example.com\ne@example.com\n')));
    await waitFor(() => expect(result.current.existing.failed).toBe(true));
    // Every row still goes: the backend refuses a duplicate itself.
    expect(result.current.ready).toBe(5);
  });

  it('sends nothing more once the component using it is gone', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ userCount: 1 }));
    spy.hold('createUser');
    const { result, unmount } = renderRosterHook(() => useUserImport({ concurrency: 2 }), spy.adapter);
    act(() => result.current.chooseFile(csv(`email\n${Array.from({ length: 5 }, (_, i) => `u${i}@example.com`).join('\n')}\n`)));
    await waitFor(() => expect(result.current.state.step).toBe('preview'));
    act(() => void result.current.start());
    await waitFor(() => expect(spy.held).toHaveLength(2));
    unmount();
    spy.held.splice(0).forEach((h) => h.release());
    await waitFor(() => expect(spy.inFlight()).toBe(0));
    expect(spy.count('createUser')).toBe(2);
  });
});
