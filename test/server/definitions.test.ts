// @vitest-environment node
/**
 * Roles, permissions and organizations over the wire, as a project admin: each route does what it
 * says, bodies are parsed as strictly as user writes (unknown fields, types, empty names, bad
 * domains — each on its field), and an identity provider's refusal reaches the browser only as its
 * code and the handler's own words on the fields a definition form has.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { call, ORG_A, startRosterServer, TOKENS, type RunningServer } from './harness.js';

let memory: MemoryAdapter;
let server: RunningServer;
beforeEach(async () => {
  memory = createMemoryAdapter({ seed: 7 });
  server = await startRosterServer({ adapter: memory });
});
afterEach(() => server.close());

const asProject = (method: string, path: string, body?: unknown) => call(server, method, path, { token: TOKENS.project, body });
const roles = () => memory.snapshot().roles;
const permissions = () => memory.snapshot().permissions;
const organizations = () => memory.snapshot().organizations;

describe('a project admin', () => {
  it('creates, renames and deletes a project-wide role, its holders losing it', async () => {
    const created = await asProject('POST', '/roles', { name: '  Reviewer  ', description: 'Reads reports.', permissions: ['reports:export', 'audit:read', 'audit:read'] });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ id: expect.any(String), name: 'Reviewer', description: 'Reads reports.', permissions: ['reports:export', 'audit:read'], organizationId: null });
    const id = created.json.id as string;
    const holder = memory.snapshot().users[0]!;
    expect((await asProject('POST', `/users/${holder.id}/roles`, { roleIds: [id] })).status).toBe(204);

    const renamed = await asProject('PATCH', `/roles/${id}`, { name: 'Auditor of reports' });
    expect(renamed.json).toMatchObject({ id, name: 'Auditor of reports', description: 'Reads reports.', permissions: ['reports:export', 'audit:read'] });
    expect((await asProject('DELETE', `/roles/${id}`)).status).toBe(204);
    expect(roles().some((r) => r.id === id)).toBe(false);
    expect(memory.snapshot().users.find((u) => u.id === holder.id)!.roleIds).not.toContain(id);
    expect((await asProject('PATCH', `/roles/${id}`, { name: 'Back again' })).json).toMatchObject({ code: 'not_found', status: 404 });
    expect(roles().some((r) => r.name === 'Back again')).toBe(false);
  });

  it('defines a role inside an organization with ?organizationId, listed there only', async () => {
    const created = await asProject('POST', `/roles?organizationId=${ORG_A}`, { name: 'Buyer' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'Buyer', permissions: [], organizationId: ORG_A });
    const inA = await asProject('GET', `/roles?organizationId=${ORG_A}`);
    expect(inA.json.map((r: { id: string }) => r.id)).toContain(created.json.id);
    expect((await asProject('GET', '/roles')).json.map((r: { id: string }) => r.id)).not.toContain(created.json.id);
    // Addressed without its organization it is not the same role: nothing happens to it.
    expect((await asProject('DELETE', `/roles/${encodeURIComponent(created.json.id)}`)).status).toBe(404);
    expect((await asProject('DELETE', `/roles/${encodeURIComponent(created.json.id)}?organizationId=${ORG_A}`)).status).toBe(204);
  });

  it('lists, creates, renames and deletes permissions; a rename follows into the roles granting it', async () => {
    const listed = await asProject('GET', '/permissions');
    expect(listed.status).toBe(200);
    expect(listed.json.length).toBe(permissions().length);
    const created = await asProject('POST', '/permissions', { name: 'invoices:send', description: 'Send invoices.' });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ id: expect.any(String), name: 'invoices:send', description: 'Send invoices.' });
    const role = await asProject('POST', '/roles', { name: 'Clerk', permissions: ['invoices:send'] });
    const renamed = await asProject('PATCH', `/permissions/${created.json.id}`, { name: 'invoices:dispatch' });
    expect(renamed.json.name).toBe('invoices:dispatch');
    expect(roles().find((r) => r.id === role.json.id)!.permissions).toEqual(['invoices:dispatch']);
    expect((await asProject('DELETE', `/permissions/${created.json.id}`)).status).toBe(204);
    expect(roles().find((r) => r.id === role.json.id)!.permissions).toEqual([]);
  });

  it('creates, reads, changes and deletes an organization, its domains normalized', async () => {
    const created = await asProject('POST', '/organizations', { name: 'Quuxwork Partners', domains: ['  @Quuxwork.COM ', 'quuxwork.com', 'mail.quuxwork.co.uk'] });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ id: expect.any(String), name: 'Quuxwork Partners', domains: ['quuxwork.com', 'mail.quuxwork.co.uk'] });
    const id = created.json.id as string;
    expect((await asProject('GET', `/organizations/${id}`)).json).toEqual(created.json);
    expect((await asProject('PATCH', `/organizations/${id}`, { domains: [] })).json).toEqual({ id, name: 'Quuxwork Partners', domains: [] });
    expect((await asProject('DELETE', `/organizations/${id}`)).status).toBe(204);
    expect(organizations().some((o) => o.id === id)).toBe(false);
    expect((await asProject('GET', `/organizations/${id}`)).json).toMatchObject({ code: 'not_found', status: 404 });
  });
});

describe('bodies', () => {
  it('refuse unknown fields, wrong types and empty names, each on its field, before the IdP is asked', async () => {
    const before = roles().length;
    const res = await asProject('POST', '/roles', { name: '   ', description: 7, permissions: 'users:read', organizationId: ORG_A, id: 'mine' });
    expect(res.status).toBe(400);
    expect(res.json.fieldErrors).toEqual({
      name: 'Enter a name.',
      description: 'Must be text.',
      permissions: 'Must be a list of permission names.',
      organizationId: 'Unknown field.',
      id: 'Unknown field.',
    });
    expect((await asProject('POST', '/roles', {})).json.fieldErrors).toEqual({ name: 'Required.' });
    expect((await asProject('POST', '/roles', { name: 'x', permissions: ['users:read', ''] })).json.fieldErrors).toEqual({ permissions: 'Each permission must be a non-empty name.' });
    expect((await asProject('PATCH', '/roles/admin', { name: '' })).json.fieldErrors).toEqual({ name: 'Enter a name.' });
    expect((await asProject('POST', '/roles', { name: 'x'.repeat(1025) })).json.fieldErrors).toEqual({ name: 'Must be at most 1024 characters.' });
    expect(roles().length).toBe(before);
  });

  it('refuse a domain that is not one, on `domains`, and a permission body with an organization field', async () => {
    for (const domains of [['https://example.com'], ['example'], ['a@b.com'], ['ok.com', 42], 'example.com']) {
      const res = await asProject('POST', '/organizations', { name: 'Bad domains', domains });
      expect(res.status, JSON.stringify(domains)).toBe(400);
      expect(Object.keys(res.json.fieldErrors)).toEqual(['domains']);
    }
    expect(organizations().some((o) => o.name === 'Bad domains')).toBe(false);
    expect((await asProject('POST', '/permissions', { name: 'p:x', domains: ['a.com'] })).json.fieldErrors).toEqual({ domains: 'Unknown field.' });
  });

  it('keep hostile text as text', async () => {
    const name = '<img src=x onerror=alert(1)> \u202Egnp.exe\u202C';
    const res = await asProject('POST', '/roles', { name, description: '<script>alert(1)</script>' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ name, description: '<script>alert(1)</script>' });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('take no body on deletes and no query where the route has none', async () => {
    expect((await asProject('DELETE', '/roles/admin', { force: true })).status).toBe(400);
    expect((await asProject('GET', '/permissions?organizationId=org_001')).json.fieldErrors).toEqual({ organizationId: 'Unknown query parameter.' });
    expect((await asProject('POST', '/roles?organizationId=', { name: 'Empty scope' })).json.fieldErrors).toEqual({ organizationId: 'Must not be empty.' });
    expect(roles().some((r) => r.id === 'admin')).toBe(true);
  });
});

describe('path ids', () => {
  it('are refused when they hold a dot segment or a control character, sending nothing to the IdP', async () => {
    const before = memory.snapshot();
    for (const [method, path] of [
      ['PATCH', '/roles/a%2F..'],
      ['DELETE', '/roles/%252e%252e'],
      ['PATCH', '/permissions/x%00y'],
      ['DELETE', '/organizations/..%2Forg_001'],
      ['GET', '/organizations/%2e%2e%2Fusers'],
    ] as const) {
      const res = await asProject(method, path, method === 'PATCH' ? { name: 'x' } : undefined);
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.json.code).toBe('invalid_input');
    }
    expect(memory.snapshot()).toEqual(before);
  });
});

describe('refusals of the identity provider', () => {
  it('pass a duplicate name on as a conflict on `name`, worded by the handler', async () => {
    const res = await asProject('POST', '/roles', { name: 'ADMIN ' });
    expect(res.status).toBe(409);
    expect(res.json).toEqual({ code: 'conflict', status: 409, message: 'This conflicts with the current state of the directory.', fieldErrors: { name: 'This name is already in use.' } });
    const permission = await asProject('POST', '/roles', { name: 'Uses ghosts', permissions: ['ghost:haunt'] });
    expect(permission.json.fieldErrors).toEqual({ permissions: 'One of these permissions does not exist.' });
  });

  it('keep only name, description, permissions and domains of the field errors, and none of the IdP text', async () => {
    memory.faults.failNext('createOrganization', {
      code: 'invalid_input',
      message: 'tenant T2xK9 of project P2abc refused',
      fieldErrors: { name: 'P2abc says no', domains: 'raw', email: 'x', tenantId: 'T2xK9', description: 'd', permissions: 'p' },
    });
    const res = await asProject('POST', '/organizations', { name: 'Globex 2' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.fieldErrors).sort()).toEqual(['description', 'domains', 'name', 'permissions']);
    for (const leak of ['T2xK9', 'P2abc', 'raw']) expect(res.text).not.toContain(leak);
  });

  it('answer 501 for a definition the backend cannot write, and list only what it can', async () => {
    const readOnly = await startRosterServer({ adapter: createMemoryAdapter({ seed: 7, readOnly: true }) });
    try {
      for (const [method, path, body] of [
        ['POST', '/roles', { name: 'x' }],
        ['DELETE', '/permissions/perm_users_read'],
        ['PATCH', `/organizations/${ORG_A}`, { name: 'x' }],
      ] as const) {
        expect((await call(readOnly, method, path, { token: TOKENS.project, body })).status, `${method} ${path}`).toBe(501);
      }
      expect((await call(readOnly, 'GET', '/permissions', { token: TOKENS.project })).status).toBe(200);
    } finally {
      await readOnly.close();
    }
  });
});
