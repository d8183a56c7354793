// @vitest-environment node
/**
 * A tenant admin's `GET /organizations` costs the identity provider one call: the session's
 * organization by id through `getOrganization`. An adapter without it is paged through once, to a
 * bound, and the answer kept for a while, so one tenant cannot spend the project's rate limit.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterAdapter } from '../../src/core/adapter.js';
import type { Organization, Page } from '../../src/core/model.js';
import type { RosterLogEntry } from '../../src/server/index.js';
import { spyOnAdapter } from '../helpers/adapterSpy.js';
import { call, ORG_A, startRosterServer, TOKENS, type RunningServer } from './harness.js';

let server: RunningServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

describe('with getOrganization', () => {
  it('answers a tenant admin with one call by id and no listing', async () => {
    const spy = spyOnAdapter(createMemoryAdapter({ seed: 7, organizationCount: 150 }));
    server = await startRosterServer({ adapter: spy.adapter });
    const res = await call(server, 'GET', '/organizations', { token: TOKENS.adminA });
    expect(res.json.items.map((o: Organization) => o.id)).toEqual([ORG_A]);
    expect(spy.count('listOrganizations')).toBe(0);
    expect(spy.count('getOrganization')).toBe(1);
  });

  it('answers an empty page when the session’s organization is gone', async () => {
    const memory = createMemoryAdapter({ seed: 7 });
    const gone: RosterAdapter = { ...memory, id: 'gone', getOrganization: async () => memory.getOrganization!('no-such-org') };
    server = await startRosterServer({ adapter: gone });
    const res = await call(server, 'GET', '/organizations', { token: TOKENS.adminA });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ items: [], total: 0, nextCursor: null });
  });
});

/** An adapter without getOrganization whose organization list never ends. */
function endlessOrganizations(memory: MemoryAdapter): { adapter: RosterAdapter; calls: () => number } {
  let calls = 0;
  const { getOrganization: _none, ...rest } = memory;
  const adapter: RosterAdapter = {
    ...rest,
    id: 'endless-organizations',
    async listOrganizations(query) {
      calls += 1;
      const offset = Number(query?.page?.cursor ?? 0);
      const size = query?.page?.size ?? 100;
      const items = Array.from({ length: size }, (_, i) => ({ id: `org_x${offset + i}`, name: `Org ${offset + i}`, domains: [] }));
      return { items, total: null, nextCursor: String(offset + size) } satisfies Page<Organization>;
    },
  };
  return { adapter, calls: () => calls };
}

describe('without getOrganization', () => {
  let memory: MemoryAdapter;
  beforeEach(() => {
    memory = createMemoryAdapter({ seed: 7 });
  });

  it('pages through at most a bounded number of pages, and says so in the log', async () => {
    const endless = endlessOrganizations(memory);
    const logs: RosterLogEntry[] = [];
    server = await startRosterServer({ adapter: endless.adapter, logger: (e) => logs.push(e) });
    const res = await call(server, 'GET', '/organizations', { token: TOKENS.adminA });
    expect(res.json.items).toEqual([]);
    expect(endless.calls()).toBeLessThanOrEqual(20);
    expect(logs.some((l) => l.level === 'warn' && /getOrganization/.test(l.message))).toBe(true);
  });

  it('keeps what it found, so a second request and concurrent ones cost nothing more', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { getOrganization: _none, ...rest } = memory;
    const spy = spyOnAdapter({ ...rest, id: 'lists-only' } as RosterAdapter);
    server = await startRosterServer({ adapter: spy.adapter });
    const answers = await Promise.all(Array.from({ length: 10 }, () => call(server!, 'GET', '/organizations', { token: TOKENS.adminA })));
    expect(answers.every((a) => a.json.items[0]?.id === ORG_A)).toBe(true);
    const afterFirst = spy.count('listOrganizations');
    expect(afterFirst).toBe(1);
    await call(server, 'GET', '/organizations', { token: TOKENS.adminA });
    expect(spy.count('listOrganizations')).toBe(afterFirst);

    // Renamed organizations show up once the kept answer is old.
    vi.setSystemTime(Date.now() + 10 * 60_000);
    await call(server, 'GET', '/organizations', { token: TOKENS.adminA });
    expect(spy.count('listOrganizations')).toBe(afterFirst + 1);
  });
});
