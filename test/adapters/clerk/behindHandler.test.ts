// @vitest-environment node
/**
 * The matrix row's Node side (test/matrix/node/servers/clerk.ts) over real HTTP on 127.0.0.1:
 * the remote adapter, as the matrix page uses it, through createRosterHandler to the Clerk adapter
 * and the emulator, each write read back from the emulator's own state. Runs without Chromium, so
 * the row's wiring is proven even while the browser matrix cannot run.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadRemoteAdapter } from '../../../src/adapters/remote/index.js';
import { backendFor } from '../../matrix/node/servers/clerk.js';
import { nodeApi } from '../../matrix/shared.js';

/** This file's own backend: the scope a dev server would be (perServer.ts). */
const { middleware, reset, state } = backendFor({});

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${nodeApi('clerk')}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => reset());

describe('the Clerk matrix row behind createRosterHandler', () => {
  it('serves Clerk’s capabilities and writes that land in the emulator', async () => {
    const adapter = await loadRemoteAdapter({ baseUrl });
    expect(adapter.capabilities).toMatchObject({ projectRoles: false, organizationRoles: true, rolesPerMembership: 'one', totals: true, sortFields: ['email', 'createdAt', 'lastLoginAt'] });
    expect(adapter.addUserRoles).toBeUndefined();

    const page = await adapter.listUsers({ filter: { organizationId: 'org_001' }, page: { size: 5 } });
    const acme = state().users.filter((u) => 'org_001' in u.organizations);
    expect(page.total).toBe(acme.length);

    const target = acme.find((u) => u.status === 'active')!;
    await adapter.setUserStatus!(target.id, 'disabled');
    expect(state().users.find((u) => u.id === target.id)!.status).toBe('disabled');

    const outsider = state().users.find((u) => !('org_002' in u.organizations))!;
    await adapter.addUserMembership!(outsider.id, 'org_002', { roleIds: ['org:admin'] });
    expect(state().users.find((u) => u.id === outsider.id)!.organizations.org_002).toEqual(['Admin']);
    await adapter.removeUserMembership!(outsider.id, 'org_002');
    expect('org_002' in state().users.find((u) => u.id === outsider.id)!.organizations).toBe(false);

    const created = await adapter.createUser!({ email: 'matrix.node@example.com', name: 'Matrix Person' });
    expect(state().users.find((u) => u.id === created.id)).toMatchObject({ email: 'matrix.node@example.com', name: 'Matrix Person', status: 'active' });
    await adapter.deleteUser!(created.id);
    expect(state().users.some((u) => u.id === created.id)).toBe(false);
  });
});
