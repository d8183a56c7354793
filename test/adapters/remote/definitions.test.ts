// @vitest-environment node
/**
 * The remote adapter's role, permission and organization methods: offered only when the server
 * lists them, `capabilities.manage` as the server says (NO_MANAGEMENT from a server older than
 * it), and requests that carry only the protocol's own fields.
 */
import { describe, expect, it } from 'vitest';
import { createRemoteAdapter, loadRemoteAdapter } from '../../../src/adapters/remote/index.js';
import { ADAPTER_READ_METHODS, FULL_CAPABILITIES } from '../../../src/core/adapter.js';
import { MANAGE_WRITE_METHODS, NO_MANAGEMENT } from '../../../src/core/manage.js';

const BASE = 'https://app.example/roster-api';
const USER_WRITES = ['createUser', 'updateUser', 'deleteUser', 'setUserStatus', 'addUserRoles', 'removeUserRoles', 'setUserRoles', 'addUserMembership', 'removeUserMembership'];

/** A server that answers `/capabilities` with `body` and records every other request. */
function server(body: unknown) {
  const requests: { method: string; url: URL; body: unknown }[] = [];
  const fetch = async (input: string, init?: RequestInit) => {
    const url = new URL(input);
    if (url.pathname.endsWith('/capabilities')) return Response.json(body);
    requests.push({ method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (init?.method === 'DELETE') return new Response(null, { status: 204 });
    if (url.pathname.includes('/roles')) return Response.json({ id: 'r1', name: 'Buyer', permissions: [], organizationId: 'org_1' }, { status: 201 });
    if (url.pathname.includes('/permissions')) return Response.json({ id: 'p1', name: 'p:x' });
    return Response.json({ id: 'o1', name: 'Org', domains: [] });
  };
  return { fetch, requests };
}

describe('a server older than definitions management', () => {
  it('gives an adapter that manages nothing and offers none of the new methods', async () => {
    const { manage: _manage, rolesPerMembership: _one, ...oldCapabilities } = FULL_CAPABILITIES;
    const { fetch } = server({ capabilities: oldCapabilities, operations: [...ADAPTER_READ_METHODS, ...USER_WRITES] });
    const adapter = await loadRemoteAdapter({ baseUrl: BASE, fetch });
    expect(adapter.capabilities.manage).toEqual(NO_MANAGEMENT);
    for (const name of [...MANAGE_WRITE_METHODS, 'listPermissions', 'getOrganization'] as const) expect(adapter[name], name).toBeUndefined();
    expect(typeof adapter.createUser).toBe('function');
  });

  it('manages nothing even when its description is handed over by the host', () => {
    const { manage: _manage, ...oldCapabilities } = FULL_CAPABILITIES;
    const adapter = createRemoteAdapter({ baseUrl: BASE, capabilities: oldCapabilities });
    expect(adapter.capabilities.manage).toEqual(NO_MANAGEMENT);
  });
});

describe('a current server', () => {
  it('is mirrored: each manage flag only where its methods are listed', async () => {
    const { fetch } = server({ capabilities: FULL_CAPABILITIES, operations: [...ADAPTER_READ_METHODS, 'createRole', 'updateRole', 'deleteRole', 'createPermission', 'deleteOrganization'] });
    const adapter = await loadRemoteAdapter({ baseUrl: BASE, fetch });
    // Permissions cannot be managed without listing them; organizations can at least be deleted.
    expect(adapter.capabilities.manage).toEqual({ projectRoles: true, organizationRoles: true, permissions: false, organizations: true });
    expect(adapter.listPermissions).toBeUndefined();
    expect(adapter.getOrganization).toBeUndefined();
    expect(adapter.createOrganization).toBeUndefined();
  });

  it('receives only the protocol fields, with the role scope as ?organizationId', async () => {
    const { fetch, requests } = server({ capabilities: FULL_CAPABILITIES, operations: [...ADAPTER_READ_METHODS, 'listPermissions', 'getOrganization', ...MANAGE_WRITE_METHODS] });
    const adapter = await loadRemoteAdapter({ baseUrl: BASE, fetch });
    const wholeRole = { id: 'r1', name: 'Buyer', description: undefined, permissions: ['p:x'], organizationId: 'org_1', raw: { secret: 1 } };
    await adapter.createRole!(wholeRole, { organizationId: 'org_1' });
    await adapter.updateRole!('r 1', wholeRole, { organizationId: 'org_1' });
    await adapter.deleteRole!('r1');
    await adapter.updatePermission!('p1', { name: 'p:y', id: 'p1' } as never);
    await adapter.createOrganization!({ name: 'Org', domains: ['org.example'], id: 'o1' } as never);
    expect(requests.map((r) => [r.method, `${r.url.pathname}${r.url.search}`, r.body])).toEqual([
      ['POST', '/roster-api/roles?organizationId=org_1', { name: 'Buyer', permissions: ['p:x'] }],
      ['PATCH', '/roster-api/roles/r%201?organizationId=org_1', { name: 'Buyer', permissions: ['p:x'] }],
      ['DELETE', '/roster-api/roles/r1', undefined],
      ['PATCH', '/roster-api/permissions/p1', { name: 'p:y' }],
      ['POST', '/roster-api/organizations', { name: 'Org', domains: ['org.example'] }],
    ]);
  });
});
