// @vitest-environment node
/** Strict input: unknown fields and parameters, wrong types, wrong content types → 400s. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { loadRemoteAdapter } from '../../src/adapters/remote/index.js';
import type { CreateUserInput } from '../../src/core/model.js';
import { call, startRosterServer, tenantFixture, TOKENS, type RunningServer, type TenantFixture } from './harness.js';

let memory: MemoryAdapter;
let server: RunningServer;
let fx: TenantFixture;

beforeEach(async () => {
  memory = createMemoryAdapter({ seed: 7 });
  fx = tenantFixture(memory);
  server = await startRosterServer({ adapter: memory });
});
afterEach(() => server.close());

const asProject = (method: string, path: string, body?: unknown) => call(server, method, path, { token: TOKENS.project, body });
const userCount = () => memory.snapshot().users.length;

describe('bodies', () => {
  it('refuses an unknown field with 400 and a message for that field', async () => {
    const count = userCount();
    const res = await asProject('POST', '/users', { email: 'eve@example.com', isSuperAdmin: true });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ code: 'invalid_input', status: 400, fieldErrors: { isSuperAdmin: 'Unknown field.' } });
    expect(userCount()).toBe(count);
    expect((await asProject('POST', '/users', { email: 'eve@example.com' })).status).toBe(201);
  });

  it('reports every bad field at once', async () => {
    const res = await asProject('POST', '/users', { email: 'nope', name: 42, roleIds: 'admin', invite: 'yes' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.fieldErrors).sort()).toEqual(['email', 'invite', 'name', 'roleIds']);
  });

  it('validates every write body', async () => {
    const id = fx.onlyA.id;
    const cases: [string, string, unknown, string][] = [
      ['PATCH', `/users/${id}`, { email: 'changed@example.com' }, 'email'],
      ['PATCH', `/users/${id}`, { picture: 'http://tracker.example/pixel.gif' }, 'picture'],
      ['PATCH', `/users/${id}`, { picture: 'javascript:alert(1)' }, 'picture'],
      ['PATCH', `/users/${id}`, { customAttributes: ['not', 'an', 'object'] }, 'customAttributes'],
      ['PUT', `/users/${id}/status`, { status: 'invited' }, 'status'],
      ['PUT', `/users/${id}/status`, { status: 'disabled', reason: 'x' }, 'reason'],
      ['POST', `/users/${id}/roles`, { roleIds: [''] }, 'roleIds[0]'],
      ['POST', `/users/${id}/roles`, { roles: ['admin'] }, 'roles'],
      ['PUT', `/users/${id}/roles`, { roleIds: ['admin'], organizationId: 7 }, 'organizationId'],
      ['PUT', `/users/${id}/memberships/org_003`, { roleIds: ['member'], organizationId: 'org_003' }, 'organizationId'],
    ];
    const before = memory.snapshot();
    for (const [method, path, body, field] of cases) {
      const res = await asProject(method, path, body);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(Object.keys(res.json.fieldErrors), JSON.stringify(body)).toContain(field);
    }
    expect(memory.snapshot()).toEqual(before);
  });

  it('refuses a body that is not a JSON object, or not declared as JSON', async () => {
    expect((await asProject('POST', '/users', ['a@example.com'])).status).toBe(400);
    const plain = await call(server, 'POST', '/users', { token: TOKENS.project, rawBody: JSON.stringify({ email: 'p@example.com' }), headers: { 'content-type': 'text/plain' } });
    expect(plain.status).toBe(415);
    const broken = await call(server, 'POST', '/users', { token: TOKENS.project, rawBody: '{"email":', headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    expect((await asProject('DELETE', `/users/${fx.onlyA.id}`, { cascade: true })).status).toBe(400);
    expect(memory.snapshot().users.some((u) => u.id === fx.onlyA.id)).toBe(true);
  });

  it('comes back through the remote adapter as invalid_input with fieldErrors', async () => {
    const remote = await loadRemoteAdapter({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${TOKENS.project}` }) });
    const error = await remote.createUser!({ email: 'eve@example.com', admin: true } as CreateUserInput).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', status: 400, fieldErrors: { admin: 'Unknown field.' } });
  });
});

describe('query strings', () => {
  it('refuses unknown, repeated or malformed parameters', async () => {
    const cases = [
      '/users?pageSize=5&tenant=org_002',
      '/users?pageSize=5&search=a&search=b',
      '/users?pageSize=0',
      '/users?pageSize=5000',
      '/users',
      '/users?pageSize=5&sort=password:asc',
      '/users?pageSize=5&status=deleted',
      '/roles?organizationId=org_001&include=all',
      `/users/${fx.onlyA.id}?fields=raw`,
      '/capabilities?debug=1',
    ];
    for (const path of cases) {
      const res = await asProject('GET', path);
      expect(res.status, path).toBe(400);
      expect(res.json.code, path).toBe('invalid_input');
    }
    expect((await asProject('GET', '/users?pageSize=5&sort=email:desc&status=active&status=invited')).status).toBe(200);
  });

  it('refuses query parameters on writes too', async () => {
    const res = await asProject('POST', '/users?organizationId=org_002', { email: 'q@example.com' });
    expect(res.status).toBe(400);
    expect(memory.snapshot().users.some((u) => u.email === 'q@example.com')).toBe(false);
  });
});

describe('routes', () => {
  it('answers 404 for unknown paths and 405 for a wrong method, in the error shape', async () => {
    expect((await asProject('GET', '/admins')).json).toMatchObject({ code: 'not_found', status: 404 });
    expect((await asProject('PATCH', '/users', { name: 'x' })).status).toBe(405);
  });

  it('answers 501 for an operation the adapter does not have', async () => {
    const readOnly = await startRosterServer({ adapter: createMemoryAdapter({ seed: 7, readOnly: true }) });
    try {
      const res = await call(readOnly, 'DELETE', `/users/${fx.onlyA.id}`, { token: TOKENS.project });
      expect(res.status).toBe(501);
      expect(res.json.code).toBe('unsupported');
      const caps = await call(readOnly, 'GET', '/capabilities', { token: TOKENS.project });
      // Reads only: the optional ones (getOrganization, listPermissions, the details reads) included, no write.
      expect(caps.json.operations).toEqual([
        'listUsers',
        'getUser',
        'listRoles',
        'listOrganizations',
        'listUserMemberships',
        'getOrganization',
        'listPermissions',
        'getUserByEmail',
        'listUserActivity',
        'listAttributeDefinitions',
      ]);
    } finally {
      await readOnly.close();
    }
  });
});

describe('names that exist on Object.prototype', () => {
  it('are unknown body fields like any other', async () => {
    const count = userCount();
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const res = await asProject('POST', '/users', { email: `${name.toLowerCase()}@example.com`, [name]: 1 });
      expect(res.status, name).toBe(400);
      expect(res.json.fieldErrors, name).toEqual({ [name]: 'Unknown field.' });
    }
    const proto = await call(server, 'POST', '/users', {
      token: TOKENS.project,
      rawBody: '{"email":"proto@example.com","__proto__":{"roleIds":["owner"]}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(proto.status).toBe(400);
    expect(Object.keys(proto.json.fieldErrors)).toEqual(['__proto__']);
    expect(userCount()).toBe(count);
  });

  it('are unknown query parameters like any other', async () => {
    for (const path of ['/roles?toString=1', '/capabilities?constructor=1', '/users?pageSize=5&__proto__=x', `/users/${fx.onlyA.id}?valueOf=1`]) {
      const res = await asProject('GET', path);
      expect(res.status, path).toBe(400);
      expect(res.json.code, path).toBe('invalid_input');
    }
  });
});

describe('ids', () => {
  it('that are dot segments (encoded once more) or hold control characters are refused with 400', async () => {
    const before = memory.snapshot();
    for (const [method, path, body] of [
      ['GET', '/users/%252e%252e'],
      ['GET', '/users/%252E'],
      ['DELETE', '/users/a%00b'],
      ['PUT', '/users/x%0Ay/status', { status: 'disabled' }],
      ['PUT', `/users/${fx.onlyA.id}/memberships/%252e%252e`, {}],
      ['GET', '/users/%2e%2e%2fcapabilities'],
    ] as [string, string, unknown?][]) {
      const res = await asProject(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.json.code, path).toBe('invalid_input');
    }
    expect(memory.snapshot()).toEqual(before);
  });

  it('in bodies are held to the same rule', async () => {
    for (const body of [{ roleIds: ['..'] }, { roleIds: ['admin'], organizationId: '.' }, { roleIds: ['a\u0007'] }]) {
      const res = await asProject('POST', `/users/${fx.onlyA.id}/roles`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const created = await asProject('POST', '/users', { email: 'dots@example.com', organization: { id: '..' } });
    expect(created.status).toBe(400);
  });
});
