/**
 * Paging users on both generations: the current API's cursor is followed, never an earlier page
 * read again; the legacy bare array is paged by offset; page sizes stay within the current cap.
 */
import { emulate, recordRequests, useSsojetServer } from './harness.js';

useSsojetServer();
const recorder = recordRequests();

type Adapter = ReturnType<typeof emulate>['adapter'];

async function pageThrough(adapter: Adapter, size: number) {
  const sizes: number[] = [];
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.listUsers({ page: { size, cursor } });
    sizes.push(page.items.length);
    ids.push(...page.items.map((u) => u.id));
    cursor = page.nextCursor;
  } while (cursor);
  return { sizes, ids };
}

const param = (query: [string, string][], name: string) => query.find(([n]) => n === name)?.[1];

describe('SSOJet paging, current API', () => {
  it('follows next_cursor: one request per page, each for a cursor never asked before', async () => {
    const { emulator, adapter } = emulate({ emulator: { api: 'current', userCount: 25 } });
    const { sizes, ids } = await pageThrough(adapter, 7);
    expect(sizes).toEqual([7, 7, 7, 4]);
    expect(ids).toEqual([...emulator.state.users.keys()]);
    const requests = await recorder.take();
    expect(requests).toHaveLength(4);
    expect(requests.map((r) => param(r.query, 'limit'))).toEqual(['7', '7', '7', '7']);
    const cursors = requests.map((r) => param(r.query, 'cursor'));
    expect(cursors[0]).toBeUndefined();
    expect(cursors.slice(1).every((c) => typeof c === 'string' && c !== '')).toBe(true);
    expect(new Set(cursors).size).toBe(4);
  });

  it('ends on SSOJet’s empty next_cursor, with no empty page when the count divides evenly', async () => {
    const { adapter } = emulate({ emulator: { api: 'current', userCount: 21 } });
    expect((await pageThrough(adapter, 7)).sizes).toEqual([7, 7, 7]);
    expect(await recorder.take()).toHaveLength(3);
  });

  it('takes pages of up to 50, the current cap, and refuses 51 without sending it', async () => {
    const { adapter } = emulate({ emulator: { api: 'current', userCount: 120 } });
    expect((await pageThrough(adapter, 50)).sizes).toEqual([50, 50, 20]);
    expect((await recorder.take()).map((r) => param(r.query, 'limit'))).toEqual(['50', '50', '50']);
    await expect(adapter.listUsers({ page: { size: 51 } })).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { 'page.size': expect.any(String) } });
    expect(await recorder.take()).toEqual([]);
  });

  it('hands out its own opaque cursor and refuses a forged one', async () => {
    const { adapter } = emulate({ emulator: { api: 'current' } });
    const { nextCursor } = await adapter.listUsers({ page: { size: 5 } });
    expect(nextCursor).toMatch(/^sjc\.[A-Za-z0-9_-]+$/);
    for (const cursor of ['sjc.', 'sjc.%%%', 'sjc!x']) {
      await expect(adapter.listUsers({ page: { size: 5, cursor } })).rejects.toMatchObject({ code: 'invalid_input' });
    }
  });

  it('a next_cursor that repeats the one sent is a bad_response, not an endless loop', async () => {
    const { emulator, adapter } = emulate({ emulator: { api: 'current' } });
    const stuck = { body: { limit: 5, next_cursor: 'bz01', users: [] } };
    emulator.faults.failNext('listUsers', stuck);
    const { nextCursor } = await adapter.listUsers({ page: { size: 5 } });
    emulator.faults.failNext('listUsers', stuck);
    await expect(adapter.listUsers({ page: { size: 5, cursor: nextCursor } })).rejects.toMatchObject({ code: 'bad_response' });
  });
});

describe('SSOJet paging, legacy bare array', () => {
  it('pages by offset with 50-user pages too, each ask one longer than what it shows', async () => {
    const { emulator, adapter } = emulate({ emulator: { userCount: 120 } });
    const { sizes, ids } = await pageThrough(adapter, 50);
    expect(sizes).toEqual([50, 50, 20]);
    expect(ids).toEqual([...emulator.state.users.keys()]);
    expect((await recorder.take()).map((r) => param(r.query, 'limit'))).toEqual(['50', '51', '101', '151']);
  });

  it('a short first answer is the whole list, in one request', async () => {
    const { adapter } = emulate({ emulator: { userCount: 12 } });
    expect((await pageThrough(adapter, 20)).sizes).toEqual([12]);
    expect(await recorder.take()).toHaveLength(1);
  });
});
