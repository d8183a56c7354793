/**
 * useUserExport over the memory directory: the file holds the users the table shows for the same
 * query, in its order, on every page — where the backend does the query (server mode) and where
 * the browser finishes it (client mode); Cancel stops the requests; a 429 waits out Retry-After
 * and goes on. The file is read back with papaparse.
 */
import { act, waitFor } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { User, UsersQuery } from '../../src/core/model.js';
import { applyUsersQuery } from '../../src/core/usersQuery.js';
import { exportUsers, type UserExportColumn } from '../../src/react/exportUsers.js';
import { useUserExport } from '../../src/react/useUserExport.js';
import { useUsers } from '../../src/react/useUsers.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { renderRosterHook } from '../helpers/renderWithRoster.js';

const COLUMNS: UserExportColumn[] = [
  { header: 'id', value: (u) => u.id },
  { header: 'name', value: (u) => u.name },
  { header: 'roles', value: (u, lookup) => u.roleIds.map((id) => lookup.roleName(id)).join('; ') },
];

async function rowsOf(file: Blob): Promise<string[][]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // TextDecoder drops the byte order mark, as a spreadsheet does.
  const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes)).data;
  return rows[rows.length - 1]?.join('') === '' ? rows.slice(0, -1) : rows;
}

const NOTHING_ON_THE_SERVER = { search: false, sortFields: [], filters: { status: false, roleIds: false, organizationId: false }, pagination: 'cursor', maxPageSize: 100 } as const;

/** The export hook, and the table's own hook paging through the same query. */
function renderBoth(adapter: Parameters<typeof renderRosterHook>[1], query: UsersQuery) {
  return renderRosterHook((pageIndex: number) => ({ exporter: useUserExport(), table: useUsers({ ...query, page: { size: query.page.size, index: pageIndex } }) }), adapter, {
    initialProps: 0,
  });
}

/** Every user the table shows for the query, page after page, as an admin clicking Next would see them. */
async function everyPageOf(view: ReturnType<typeof renderBoth>): Promise<User[]> {
  const shown: User[] = [];
  for (let index = 0; ; index += 1) {
    view.rerender(index);
    await waitFor(() => expect(view.result.current.table.data && !view.result.current.table.isPreviousData).toBe(true));
    shown.push(...view.result.current.table.data!.items);
    if (!view.result.current.table.data!.nextCursor) return shown;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useUserExport in server mode', () => {
  it('writes every page the backend finds, in the order the table pages through them, at the largest page size', async () => {
    const memory = createMemoryAdapter({ userCount: 2500, seed: 3 });
    const spy = spyOnAdapter(memory);
    const query: UsersQuery = { search: 'a', filter: { status: ['active', 'invited'] }, sort: { field: 'lastLoginAt', direction: 'desc' }, page: { size: 250 } };
    const view = renderBoth(spy.adapter, query);
    const { result } = view;
    const shown = await everyPageOf(view);
    expect(result.current.table.mode).toBe('server');
    expect(shown.length).toBeGreaterThan(1000);
    spy.calls.length = 0;

    let exported: Awaited<ReturnType<typeof result.current.exporter.start>> = null;
    await act(async () => {
      exported = await result.current.exporter.start(query, COLUMNS, { fileName: 'people.csv' });
    });
    expect(result.current.exporter.state).toBe('done');
    expect(exported!.file.name).toBe('people.csv');
    expect(exported!.file.type).toMatch(/^text\/csv/);
    expect(exported!.rowCount).toBe(shown.length);
    const rows = await rowsOf(exported!.file);
    expect(rows[0]).toEqual(['id', 'name', 'roles']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(shown.map((u) => u.id));
    // Pages of the backend's largest size (1000), following each page's cursor.
    const pages = spy.calls.filter((c) => c.method === 'listUsers').map((c) => (c.args[0] as UsersQuery).page);
    expect(pages).toHaveLength(Math.ceil(shown.length / 1000));
    expect(pages.every((p) => p.size === 1000)).toBe(true);
    expect(pages[0]!.cursor).toBeNull();
    expect(pages.slice(1).every((p) => typeof p.cursor === 'string')).toBe(true);
    expect(result.current.exporter.progress).toEqual({ done: shown.length, total: shown.length });
  });

  it('names roles from the catalogue and writes an unknown role id as the id', async () => {
    const base = createMemoryAdapter({ userCount: 3 }).snapshot();
    const roleId = base.roles[0]!.id;
    base.users = base.users.map((u, i) => ({ ...u, roleIds: i === 0 ? [roleId, 'no-such-role'] : [] }));
    const memory = createMemoryAdapter({ directory: base });
    const file = (await exportUsers(memory, { sort: { field: 'name', direction: 'asc' } }, { columns: COLUMNS })).blob;
    const rows = await rowsOf(file);
    const first = rows.find((r) => r[0] === base.users[0]!.id)!;
    expect(first[2]).toBe(`${base.roles[0]!.name}; no-such-role`);
  });

  it('exports once on a double start, and reports a 4xx at once without retrying', async () => {
    const memory = createMemoryAdapter({ userCount: 50 });
    const spy = spyOnAdapter(memory);
    const { result } = renderRosterHook(() => useUserExport(), spy.adapter);
    await act(async () => {
      const a = result.current.start({}, COLUMNS);
      const b = result.current.start({}, COLUMNS);
      expect(a).toBe(b);
      await a;
    });
    expect(spy.count('listUsers')).toBe(1);

    memory.faults.failNext('listUsers', { code: 'forbidden', status: 403 });
    await act(async () => {
      expect(await result.current.start({}, COLUMNS)).toBeNull();
    });
    expect(result.current.state).toBe('error');
    expect(result.current.error?.code).toBe('forbidden');
    expect(spy.count('listUsers')).toBe(2);
  });
});

describe('useUserExport in client mode', () => {
  it('finishes the query in the browser exactly as the table does: same users, same order', async () => {
    const memory = createMemoryAdapter({ userCount: 450, seed: 11, capabilities: NOTHING_ON_THE_SERVER });
    const spy = spyOnAdapter(memory);
    const query: UsersQuery = { search: 'e', filter: { status: ['active'] }, sort: { field: 'name', direction: 'desc' }, page: { size: 25 } };
    const view = renderBoth(spy.adapter, query);
    const { result } = view;
    const shown = await everyPageOf(view);
    expect(result.current.table.mode).toBe('client');
    spy.calls.length = 0;

    let exported: Awaited<ReturnType<typeof result.current.exporter.start>> = null;
    await act(async () => {
      exported = await result.current.exporter.start(query, COLUMNS);
    });
    expect(exported!.mode).toBe('client');
    expect(exported!.isTruncated).toBe(false);
    expect((await rowsOf(exported!.file)).slice(1).map((r) => r[0])).toEqual(shown.map((u) => u.id));
    // The table had read every user already: the export asks the backend for nothing.
    expect(spy.count('listUsers')).toBe(0);
    expect(exported!.file.name).toMatch(/^users-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('without a table, reads every user in the largest pages and finishes the query the same way', async () => {
    const memory = createMemoryAdapter({ userCount: 450, seed: 11, capabilities: NOTHING_ON_THE_SERVER });
    const spy = spyOnAdapter(memory);
    const query = { search: 'e', filter: { status: ['active' as const] }, sort: { field: 'lastLoginAt' as const, direction: 'asc' as const } };
    const { result } = renderRosterHook(() => useUserExport(), spy.adapter);
    let exported: Awaited<ReturnType<typeof result.current.start>> = null;
    await act(async () => {
      exported = await result.current.start(query, COLUMNS);
    });
    const expected = applyUsersQuery(memory.snapshot().users, query);
    expect((await rowsOf(exported!.file)).slice(1).map((r) => r[0])).toEqual(expected.map((u) => u.id));
    // The server part only (this directory can do none of it), in its largest pages.
    const requests = spy.calls.filter((c) => c.method === 'listUsers').map((c) => c.args[0] as UsersQuery);
    expect(requests).toHaveLength(5);
    expect(requests.every((q) => q.page.size === 100 && !q.search && !q.sort && !q.filter)).toBe(true);
    expect(result.current.progress).toEqual({ done: 450, total: 450 });
  });

  it('reads no more users than the table would, and says the file holds the first ones only', async () => {
    const memory = createMemoryAdapter({ userCount: 450, capabilities: NOTHING_ON_THE_SERVER });
    const spy = spyOnAdapter(memory);
    const { result } = renderRosterHook(() => useUserExport({ clientSideLimit: 200 }), spy.adapter);
    let exported: Awaited<ReturnType<typeof result.current.start>> = null;
    await act(async () => {
      exported = await result.current.start({ sort: { field: 'email', direction: 'asc' } }, COLUMNS);
    });
    expect(exported!.rowCount).toBe(200);
    expect(exported!.isTruncated).toBe(true);
    expect(spy.count('listUsers')).toBe(2);
  });
});

describe('cancel and rate limits', () => {
  it('Cancel aborts the page in flight and asks for no other', async () => {
    const memory = createMemoryAdapter({ userCount: 2500 });
    const spy = spyOnAdapter(memory);
    const { result } = renderRosterHook(() => useUserExport(), spy.adapter);
    await waitFor(() => expect(spy.count('listRoles')).toBe(1));
    spy.hold('listUsers');
    let settled: Promise<unknown> = Promise.resolve();
    act(() => {
      settled = result.current.start({}, COLUMNS);
    });
    await waitFor(() => expect(spy.held).toHaveLength(1));
    expect(result.current.state).toBe('exporting');
    act(() => result.current.cancel());
    expect(spy.held[0]!.signal?.aborted).toBe(true);
    await act(async () => {
      expect(await settled).toBeNull();
    });
    spy.held[0]!.release();
    expect(result.current.state).toBe('cancelled');
    expect(result.current.result).toBeNull();
    // The export has settled: nothing can ask for another page now.
    expect(spy.count('listUsers')).toBe(1);
  });

  it('waits out Retry-After on a 429, says so, then goes on from the same page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const memory = createMemoryAdapter({ userCount: 1500 });
    const spy = spyOnAdapter(memory);
    const { result } = renderRosterHook(() => useUserExport(), spy.adapter);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    memory.faults.failNext('listUsers', { code: 'rate_limited', status: 429, retryAfterMs: 5000 });
    let settled: Promise<unknown> = Promise.resolve();
    await act(async () => {
      settled = result.current.start({}, COLUMNS);
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current.state).toBe('exporting');
    expect(result.current.wait?.error.code).toBe('rate_limited');
    expect(result.current.wait?.until).toBe(Date.now() + 5000);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(4999);
    });
    expect(spy.count('listUsers')).toBe(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    // Testing Library's waitFor waits on setTimeout, which is fake here: the yields between
    // pages are message-channel tasks, which setImmediate lets run.
    for (let turn = 0; turn < 100 && result.current.state !== 'done'; turn += 1) {
      await act(async () => {
        await new Promise((resolve) => setImmediate(resolve));
      });
    }
    expect(result.current.state).toBe('done');
    await settled;
    expect(result.current.wait).toBeNull();
    // The failed first page again, then the second.
    const cursors = spy.calls.filter((c) => c.method === 'listUsers').map((c) => (c.args[0] as UsersQuery).page.cursor);
    expect(cursors.slice(0, 2)).toEqual([null, null]);
    expect(cursors).toHaveLength(3);
    expect(result.current.result?.rowCount).toBe(1500);
  });

  it('gives up with the error when the backend asks to wait longer than a minute', async () => {
    const memory = createMemoryAdapter({ userCount: 10 });
    memory.faults.failNext('listUsers', { code: 'rate_limited', status: 429, retryAfterMs: 120_000 });
    const { result } = renderRosterHook(() => useUserExport(), memory);
    await act(async () => {
      await result.current.start({}, COLUMNS);
    });
    expect(result.current.state).toBe('error');
    expect(result.current.error).toMatchObject({ code: 'rate_limited', retryAfterMs: 120_000 });
  });
});
