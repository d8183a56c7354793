// @vitest-environment node
/**
 * The Node side of the matrix row "WorkOS, secret key, behind the handler" (test/matrix/node/
 * servers/workos.ts), driven as the page drives it: the remote adapter over real HTTP on
 * 127.0.0.1, each write then read from the emulator's own state through the row's `state()`.
 * Runs without Chromium, so the row's backend side is proven even when the browser matrix is not run.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadRemoteAdapter } from '../../../src/adapters/remote/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { nodeApi } from '../../matrix/shared.js';
import { backendFor } from '../../matrix/node/servers/workos.js';
import { listen, type RunningServer } from '../../server/harness.js';

/** This file's own backend: the scope a dev server would be (perServer.ts). */
const { middleware, reset, state } = backendFor({});

let server: RunningServer;
let adapter: RosterAdapter;

beforeAll(async () => {
  server = await listen((req, res) => middleware(req, res, () => res.writeHead(404).end()));
});
afterAll(() => server.close());
beforeEach(async () => {
  reset();
  adapter = await loadRemoteAdapter({ baseUrl: `${server.origin}${nodeApi('workos')}`, id: 'remote:workos-row-test' });
});

const userIn = (id: string) => state().users.find((u) => u.id === id);

describe('the WorkOS matrix row, Node side', () => {
  it('serves WorkOS’s capabilities and the matrix’s organization', async () => {
    expect(adapter.capabilities).toMatchObject({ search: false, pagination: 'cursor', projectRoles: false, organizationRoles: true, userStatus: true });
    expect(state().organizations.org_001).toBe('Acme Corporation');
    expect(typeof adapter.setUserRoles).toBe('function');
  });

  it('keeps its backend apart from another scope’s: a story resetting its own leaves the matrix’s writes', async () => {
    const invited = await adapter.createUser!({ email: 'matrix.apart@example.com', name: 'Matrix Apart', invite: true });
    // Storybook's dev server, in the same process, resets its own WorkOS backend as a story starts.
    const other = backendFor({});
    other.reset();
    expect(other.state().users.some((u) => u.email === 'matrix.apart@example.com')).toBe(false);
    expect(userIn(invited.id)?.status).toBe('invited');
  });

  it('creates an active user and invites another, as the create dialog does', async () => {
    const active = await adapter.createUser!({ email: 'matrix.active@example.com', name: 'Matrix Person' });
    expect(active).toMatchObject({ name: 'Matrix Person', status: 'active' });
    expect(userIn(active.id)).toMatchObject({ email: 'matrix.active@example.com', name: 'Matrix Person', status: 'active' });
    const invited = await adapter.createUser!({ email: 'matrix.invitee@example.com', name: 'Matrix Invitee', invite: true });
    expect(invited).toMatchObject({ name: 'Matrix Invitee', status: 'invited' });
    expect(userIn(invited.id)?.status).toBe('invited');
  });

  it('disables and enables, adds to an organization with a role, changes roles there, removes', async () => {
    const page = await adapter.listUsers({ page: { size: 20 } });
    const user = page.items.find((u) => u.status === 'active' && !u.memberships?.some((m) => m.organization.id === 'org_002'))!;
    await adapter.setUserStatus!(user.id, 'disabled');
    expect(userIn(user.id)?.status).toBe('disabled');
    await adapter.setUserStatus!(user.id, 'active');
    expect(userIn(user.id)?.status).toBe('active');

    const roles = await adapter.listRoles({ organizationId: 'org_002' });
    await adapter.addUserMembership!(user.id, 'org_002', { roleIds: [roles[0]!.id] });
    expect(userIn(user.id)?.organizations.org_002).toEqual([roles[0]!.name]);
    await adapter.addUserRoles!(user.id, [roles[1]!.id], { organizationId: 'org_002' });
    expect(userIn(user.id)?.organizations.org_002).toEqual([roles[0]!.name, roles[1]!.name]);
    await adapter.removeUserMembership!(user.id, 'org_002');
    expect(userIn(user.id)?.organizations.org_002).toBeUndefined();

    await adapter.deleteUser!(user.id);
    expect(userIn(user.id)).toBeUndefined();
  });
});
