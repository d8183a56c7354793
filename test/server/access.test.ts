// @vitest-environment node
/** Who may call at all (authenticate → 401) and what they may do (authorize → 403). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRemoteAdapter, loadRemoteAdapter } from '../../src/adapters/remote/index.js';
import type { AdapterMethodName } from '../../src/core/adapter.js';
import { RosterError } from '../../src/core/errors.js';
import type { OperationDetails } from '../../src/server/index.js';
import { call, startRosterServer, tenantFixture, TOKENS, type RunningServer, type TenantFixture, type TestSession } from './harness.js';

let memory: MemoryAdapter;
let fx: TenantFixture;
const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
beforeEach(() => {
  memory = createMemoryAdapter({ seed: 7 });
  fx = tenantFixture(memory);
});

async function start(options: Parameters<typeof startRosterServer>[0]) {
  const server = await startRosterServer(options);
  servers.push(server);
  return server;
}

describe('authenticate', () => {
  it('answers 401 in the RosterError shape to every operation without a session', async () => {
    const server = await start({ adapter: memory });
    const requests: [string, string, unknown?][] = [
      ['GET', '/capabilities'],
      ['GET', '/users?pageSize=5'],
      ['GET', `/users/${fx.onlyA.id}`],
      ['POST', '/users', { email: 'x@example.com' }],
      ['DELETE', `/users/${fx.onlyA.id}`],
      ['PUT', `/users/${fx.onlyA.id}/roles`, { roleIds: [] }],
      ['GET', '/roles'],
      ['GET', '/organizations'],
    ];
    for (const [method, path, body] of requests) {
      for (const token of [undefined, 'not-a-known-token']) {
        const res = await call(server, method, path, { token, body });
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(res.json).toMatchObject({ code: 'unauthorized', status: 401 });
      }
    }
    expect(memory.snapshot().users.some((u) => u.id === fx.onlyA.id)).toBe(true);
    // The same session is let in, so the 401s above are about the session alone.
    expect((await call(server, 'GET', '/users?pageSize=5', { token: TOKENS.project })).status).toBe(200);
  });

  it('reaches the remote adapter as an unauthorized RosterError', async () => {
    const server = await start({ adapter: memory });
    const remote = createRemoteAdapter({ baseUrl: server.baseUrl });
    const error = await remote.listUsers({ page: { size: 5 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterError);
    expect(error).toMatchObject({ code: 'unauthorized', status: 401 });
  });

  it('treats a session without an explicit organizationId as a server bug, never as project-wide access', async () => {
    const server = await start({
      adapter: memory,
      authenticate: () => ({ userId: 'someone', organizationId: undefined }) as unknown as TestSession,
    });
    const res = await call(server, 'GET', '/users?pageSize=5', { token: TOKENS.project });
    expect(res.status).toBe(500);
    expect(res.json.code).toBe('server');
    expect(res.text).not.toContain('"items"');
  });

  it('treats a throwing authenticate as a server failure', async () => {
    const server = await start({ adapter: memory, authenticate: () => { throw new Error('session store down'); } });
    const res = await call(server, 'GET', '/users?pageSize=5', { token: TOKENS.project });
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('session store down');
  });
});

describe('authorize', () => {
  const READS: AdapterMethodName[] = ['listUsers', 'getUser', 'listRoles', 'listOrganizations', 'listUserMemberships'];

  it('answers 403 to operations it refuses, and the change does not happen', async () => {
    const seen: { operation: AdapterMethodName; details: OperationDetails }[] = [];
    const server = await start({
      adapter: memory,
      authorize: (session, operation, details) => {
        seen.push({ operation, details });
        return session.roles.includes('admin') || READS.includes(operation);
      },
    });
    const asViewer = (method: string, path: string, body?: unknown) => call(server, method, path, { token: TOKENS.viewerA, body });

    expect((await asViewer('GET', `/users/${fx.onlyA.id}`)).status).toBe(200);
    const refused: [string, string, unknown?][] = [
      ['DELETE', `/users/${fx.onlyA.id}`],
      ['PUT', `/users/${fx.onlyA.id}/status`, { status: 'disabled' }],
      ['PATCH', `/users/${fx.onlyA.id}`, { name: 'Viewer was here' }],
      ['POST', '/users', { email: 'viewer.made@example.com' }],
      ['POST', `/users/${fx.onlyA.id}/roles`, { roleIds: ['admin'], organizationId: 'org_001' }],
      ['PUT', `/users/${fx.onlyA.id}/memberships/org_001`, { roleIds: ['admin'] }],
    ];
    const before = memory.snapshot();
    for (const [method, path, body] of refused) {
      const res = await asViewer(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.json).toMatchObject({ code: 'forbidden', status: 403 });
    }
    expect(memory.snapshot()).toEqual(before);

    expect(seen.find((s) => s.operation === 'setUserStatus')?.details).toEqual({ userId: fx.onlyA.id, status: 'disabled' });
    expect(seen.find((s) => s.operation === 'addUserRoles')?.details).toEqual({ userId: fx.onlyA.id, roleIds: ['admin'], organizationId: 'org_001' });

    const admin = await call(server, 'PUT', `/users/${fx.onlyA.id}/status`, { token: TOKENS.adminA, body: { status: 'disabled' } });
    expect(admin.status).toBe(200);
  });

  it('sees list queries already pinned to the session organization', async () => {
    let query: OperationDetails['query'];
    const server = await start({ adapter: memory, authorize: (_s, operation, details) => ((query = operation === 'listUsers' ? details.query : query), true) });
    await call(server, 'GET', '/users?pageSize=5&organizationId=org_002', { token: TOKENS.adminA });
    expect(query).toMatchObject({ filter: { organizationId: 'org_001' } });
  });

  it('is asked with the remote adapter too, whose error says forbidden', async () => {
    const server = await start({ adapter: memory, authorize: (_s, operation) => operation !== 'deleteUser' });
    const remote = await loadRemoteAdapter({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${TOKENS.project}` }) });
    await expect(remote.deleteUser!(fx.onlyA.id)).rejects.toMatchObject({ code: 'forbidden', status: 403 });
    await expect(remote.getUser(fx.onlyA.id)).resolves.toMatchObject({ id: fx.onlyA.id });
  });
});
