// @vitest-environment node
/**
 * The remote adapter must be a RosterAdapter like any other: the contract suite runs on it over
 * real HTTP, through the Node shim and the handler, down to a fresh memory directory per test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import { createRemoteAdapter, loadRemoteAdapter } from '../../../src/adapters/remote/index.js';
import { ADAPTER_WRITE_METHODS, FULL_CAPABILITIES } from '../../../src/core/adapter.js';
import { guardAdapter } from '../../../src/core/guardAdapter.js';
import { createRosterHandler, toNodeHandler, type RosterHandler } from '../../../src/server/index.js';
import { defineAdapterContract } from '../../../src/testing/index.js';
import { listen, type RunningServer } from '../../server/harness.js';

const TOKEN = 'contract-project-admin';
let server: RunningServer;
// One server per file; each test swaps in a handler over its own fresh directory.
let current: RosterHandler | null = null;

beforeAll(async () => {
  server = await listen(toNodeHandler(Object.assign((request: Request) => current!(request), { basePath: '/roster-api' })));
});
afterAll(() => server.close());

function serve(options: MemoryAdapterOptions): void {
  current = createRosterHandler({
    adapter: createMemoryAdapter(options),
    authenticate: (request) => (request.headers.get('authorization') === `Bearer ${TOKEN}` ? { userId: 'contract', organizationId: null } : null),
    logger: () => {},
  });
}

const headers = () => ({ authorization: `Bearer ${TOKEN}` });

defineAdapterContract({ describe, it }, {
  name: 'remote adapter → handler → memory adapter',
  createAdapter: () => {
    serve({ seed: 7 });
    return loadRemoteAdapter({ baseUrl: server.baseUrl, headers });
  },
});

describe('a remote adapter that has not asked the server', () => {
  it('offers no write, so no control appears that a narrower server would refuse', () => {
    const adapter = createRemoteAdapter({ baseUrl: 'https://app.example/roster-api' });
    for (const write of ADAPTER_WRITE_METHODS) expect(adapter[write]).toBeUndefined();
    expect(adapter.capabilities).toMatchObject({ userStatus: false, editableFields: [], createUser: { invite: false, roleIds: false } });
  });

  it('offers no write on a partial description, and promises no write it does not offer', () => {
    const partial = createRemoteAdapter({ baseUrl: 'https://app.example/roster-api', capabilities: { maxPageSize: 50 } });
    for (const write of ADAPTER_WRITE_METHODS) expect(partial[write]).toBeUndefined();
    expect(() => guardAdapter(partial)).not.toThrow();
    const deleteOnly = createRemoteAdapter({ baseUrl: 'https://app.example/roster-api', capabilities: FULL_CAPABILITIES, writeOperations: ['deleteUser'] });
    expect(deleteOnly.capabilities).toMatchObject({ userStatus: false, editableFields: [], createUser: { active: false, invite: false } });
    expect(() => guardAdapter(deleteOnly)).not.toThrow();
  });

  it('describes the writes a host offers by name as taking every input', () => {
    const adapter = createRemoteAdapter({ baseUrl: 'https://app.example/roster-api', writeOperations: ['createUser', 'setUserStatus'] });
    expect(typeof adapter.createUser).toBe('function');
    expect(adapter.deleteUser).toBeUndefined();
    expect(adapter.capabilities).toMatchObject({ userStatus: true, editableFields: [], createUser: { invite: true, organization: true } });
  });
});

describe('loadRemoteAdapter', () => {
  it('mirrors the capabilities of a narrower server, field by field', async () => {
    serve({ seed: 3, capabilities: { createUser: { invite: false, phone: false }, editableFields: ['name'], userStatus: false } });
    const adapter = await loadRemoteAdapter({ baseUrl: server.baseUrl, headers });
    expect(adapter.setUserStatus).toBeUndefined();
    expect(adapter.capabilities.createUser).toMatchObject({ invite: false, phone: false, roleIds: true });
    expect(adapter.capabilities.editableFields).toEqual(['name']);
  });
});

defineAdapterContract({ describe, it }, {
  name: 'remote adapter mirroring a read-only, cursor-paged backend without totals',
  createAdapter: async () => {
    serve({ seed: 11, userCount: 40, readOnly: true, capabilities: { pagination: 'cursor', totals: false } });
    const adapter = await loadRemoteAdapter({ baseUrl: server.baseUrl, headers });
    if (adapter.createUser || adapter.capabilities.pagination !== 'cursor') throw new Error('loadRemoteAdapter did not mirror the server');
    return adapter;
  },
});
