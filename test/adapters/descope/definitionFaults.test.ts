// @vitest-environment node
// Management-key mode refuses to start where `window` exists, so this file runs in plain Node.
/**
 * Failures of the definition routes: injected faults become RosterErrors with safe messages, and
 * the emulator holds callers to the documented bodies (required fields, no stray ones) and to
 * Descope's full-replace updates.
 */
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { RosterError } from '../../../src/core/errors.js';
import { rejectionOf } from '../../helpers/rejection.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const { emulator } = useDescopeEmulator();
let adapter: RosterAdapter;
beforeEach(() => {
  adapter = createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } });
});
const failure = (promise: Promise<unknown>) => rejectionOf(promise, RosterError);

/** A raw management call, to see what the emulator itself answers. */
async function raw(path: string, body: unknown, key = MANAGEMENT_KEY) {
  const response = await fetch(`${emulator.baseUrl}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { authorization: `Bearer ${PROJECT_ID}:${key}`, 'content-type': 'application/json' } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('faults on the definition routes', () => {
  it('429 is rate_limited with Retry-After, and nothing is created; the next call goes through', async () => {
    emulator.faults.failNext('/v1/mgmt/role/create', { status: 429, retryAfterSeconds: 3 });
    expect(await failure(adapter.createRole!({ name: 'Reviewer' }))).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 3000 });
    expect(emulator.state.roles.some((r) => r.name === 'Reviewer')).toBe(false);
    expect(await adapter.createRole!({ name: 'Reviewer' })).toMatchObject({ id: 'Reviewer' });
  });

  it('a 500 is server with Roster’s own message, never Descope’s text', async () => {
    const hostile = '<script>alert(1)</script>';
    emulator.faults.failNext('/v1/mgmt/tenant/update', { status: 500, body: { errorCode: 'E010001', errorDescription: hostile, errorMessage: hostile } });
    const error = await failure(adapter.updateOrganization!('org_002', { name: 'Renamed' }));
    expect(error).toMatchObject({ code: 'server', status: 500 });
    expect(error.message).not.toContain('script');
    expect(emulator.state.tenants[1]!.name).not.toBe('Renamed');
  });

  it('401 and 403 keep their codes', async () => {
    emulator.faults.failNext('/v1/mgmt/permission/delete', { status: 401 });
    expect(await failure(adapter.deletePermission!('audit:read'))).toMatchObject({ code: 'unauthorized', status: 401 });
    emulator.faults.failNext('/v1/mgmt/tenant/delete', { status: 403 });
    expect(await failure(adapter.deleteOrganization!('org_002'))).toMatchObject({ code: 'forbidden', status: 403 });
    expect(emulator.state.tenants.some((t) => t.id === 'org_002')).toBe(true);
  });

  it('answers of the wrong shape are bad_response', async () => {
    emulator.faults.failNext('/v1/mgmt/permission/all', { malformed: true });
    expect(await failure(adapter.listPermissions!())).toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('/v1/mgmt/permission/all', { status: 200, body: { permissions: [{ description: 'no name' }] } });
    expect(await failure(adapter.listPermissions!())).toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('/v1/mgmt/tenant/create', { status: 200, body: {} });
    expect(await failure(adapter.createOrganization!({ name: 'No id back' }))).toMatchObject({ code: 'bad_response' });
  });

  it('a role update that reads a role list it cannot use fails before writing', async () => {
    emulator.faults.failNext('/v1/mgmt/role/all', { status: 502 });
    expect(await failure(adapter.updateRole!('Viewer', { description: 'x' }))).toMatchObject({ code: 'server', status: 502 });
    expect(emulator.state.roles.find((r) => r.name === 'Viewer')!.description).not.toBe('x');
  });
});

describe('the emulator, strict to the documented definition bodies', () => {
  it('needs the required fields and refuses fields no SDK or widget sends', async () => {
    expect(await raw('/v1/mgmt/role/create', { description: 'no name' })).toMatchObject({ status: 400, body: { errorCode: 'E011002' } });
    expect(await raw('/v1/mgmt/role/create', { name: 'X', permissions: ['users:read'] })).toMatchObject({ status: 400, body: { errorCode: 'E011003' } });
    expect(await raw('/v1/mgmt/role/update', { name: 'Viewer' })).toMatchObject({ status: 400, body: { errorCode: 'E011002' } });
    expect(await raw('/v1/mgmt/permission/update', { name: 'audit:read' })).toMatchObject({ status: 400, body: { errorCode: 'E011002' } });
    expect(await raw('/v1/mgmt/tenant/create', { name: 'X', domains: ['x.example'] })).toMatchObject({ status: 400, body: { errorCode: 'E011003' } });
    expect(await raw('/v1/mgmt/tenant/delete', {})).toMatchObject({ status: 400, body: { errorCode: 'E011002' } });
    expect(await raw('/v1/mgmt/role/create', { name: 'X' }, 'wrong-key')).toMatchObject({ status: 401 });
  });

  it('refuses unknown names and duplicates; a role may not grant a permission that does not exist', async () => {
    expect((await raw('/v1/mgmt/role/update', { name: 'Nobody', newName: 'X' })).status).toBe(400);
    expect((await raw('/v1/mgmt/role/create', { name: 'Viewer' })).status).toBe(400);
    expect((await raw('/v1/mgmt/role/create', { name: 'X', permissionNames: ['nope'] })).status).toBe(400);
    expect((await raw('/v1/mgmt/permission/create', { name: 'users:read' })).status).toBe(400);
    expect((await raw('/v1/mgmt/tenant/create', { id: 'org_001', name: 'Again' })).status).toBe(400);
    expect((await raw('/v1/mgmt/tenant/update', { id: 'org_999', name: 'Gone' })).status).toBe(400);
    expect(emulator.state.roles.some((r) => r.name === 'X')).toBe(false);
  });

  it('replaces every field on update, as the SDK warns: what is left out is cleared', async () => {
    expect((await raw('/v1/mgmt/role/update', { name: 'Viewer', newName: 'Viewer' })).status).toBe(200);
    expect(emulator.state.roles.find((r) => r.name === 'Viewer' && !r.tenantId)).toMatchObject({ description: '', permissionNames: [] });
    Object.assign(emulator.state.tenants[0]!, { customAttributes: { plan: 'gold' }, enforceSSO: true });
    expect((await raw('/v1/mgmt/tenant/update', { id: 'org_001', name: 'Acme' })).status).toBe(200);
    expect(emulator.state.tenants[0]).toMatchObject({ name: 'Acme', selfProvisioningDomains: [], customAttributes: {}, enforceSSO: false });
  });

  it('deletes with cascade the users who belonged to that tenant alone', async () => {
    const only = emulator.state.users.filter((u) => u.userTenants.length === 1 && u.userTenants[0]!.tenantId === 'org_002').map((u) => u.userId);
    const also = emulator.state.users.filter((u) => u.userTenants.length > 1 && u.userTenants.some((t) => t.tenantId === 'org_002')).map((u) => u.userId);
    expect(only.length + also.length).toBeGreaterThan(0);
    expect((await raw('/v1/mgmt/tenant/delete', { id: 'org_002', cascade: true })).status).toBe(200);
    const left = emulator.state.users.map((u) => u.userId);
    for (const id of only) expect(left).not.toContain(id);
    for (const id of also) expect(left).toContain(id);
  });
});
