// @vitest-environment node
/**
 * Admins cannot lock themselves or their organization out: no disabling, deleting or removing
 * themselves, and no change that leaves an organization (or the project) without an active holder
 * of an administering role — unless the host's `authorize` answers 'allow-lockout' when asked
 * about exactly that. Roles granted through the membership and create routes are authorized as
 * role grants.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { OperationDetails, RosterHandlerOptions } from '../../src/server/index.js';
import { call, ORG_A, startRosterServer, TOKENS, type RunningServer, type TestSession } from './harness.js';

const ADMIN_ROLES = ['owner', 'admin'];
const SELF = 'tok_self_admin_of_a_91c2';
let memory: MemoryAdapter;
let server: RunningServer | undefined;
let admin: string;
let second: string;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Organization A with exactly one admin (`admin`); `second` is a plain member of A. */
beforeEach(async () => {
  memory = createMemoryAdapter({ seed: 7 });
  const users = memory.snapshot().users;
  const inAOnly = users.filter((u) => u.memberships?.length === 1 && u.memberships[0]!.organization.id === ORG_A && u.status === 'active');
  [admin, second] = [inAOnly[0]!.id, inAOnly[1]!.id];
  for (const u of users.filter((u) => u.memberships?.some((m) => m.organization.id === ORG_A))) {
    await memory.removeUserRoles!(u.id, ADMIN_ROLES, { organizationId: ORG_A });
  }
  await memory.addUserRoles!(admin, ['admin'], { organizationId: ORG_A });
});

async function start(options: Partial<RosterHandlerOptions<TestSession>> = {}) {
  server = await startRosterServer({
    adapter: memory,
    authenticate: (request) => {
      const token = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '');
      if (token === SELF) return { userId: admin, organizationId: ORG_A, roles: ['admin'] };
      if (token === TOKENS.adminA) return { userId: 'admin-a', organizationId: ORG_A, roles: ['admin'] };
      if (token === TOKENS.project) return { userId: 'project-admin', organizationId: null, roles: ['admin'] };
      return null;
    },
    ...options,
  });
  return server;
}

const as = (token: string, method: string, path: string, body?: unknown) => call(server!, method, path, { token, body });
const stored = (id: string) => memory.snapshot().users.find((u) => u.id === id);
const rolesInA = (id: string) => stored(id)?.memberships?.find((m) => m.organization.id === ORG_A)?.roleIds ?? [];

describe('an admin acting on themselves', () => {
  it('cannot disable, delete or remove themselves from the organization, nor drop their own admin role', async () => {
    await start();
    const attempts: [string, string, unknown?][] = [
      ['PUT', `/users/${admin}/status`, { status: 'disabled' }],
      ['DELETE', `/users/${admin}`],
      ['DELETE', `/users/${admin}/memberships/${ORG_A}`],
      ['DELETE', `/users/${admin}/roles`, { roleIds: ['admin'], organizationId: ORG_A }],
      ['PUT', `/users/${admin}/roles`, { roleIds: [], organizationId: ORG_A }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await as(SELF, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.json.code).toBe('forbidden');
    }
    expect(stored(admin)).toMatchObject({ status: 'active' });
    expect(rolesInA(admin)).toContain('admin');
    // Changes to themselves that lock nobody out still go through.
    expect((await as(SELF, 'PATCH', `/users/${admin}`, { name: 'Still Me' })).status).toBe(200);
  });
});

describe('the last admin of an organization', () => {
  it('keeps the role, the membership, the account and its status', async () => {
    await start();
    const attempts: [string, string, unknown?][] = [
      ['DELETE', `/users/${admin}/roles`, { roleIds: ['admin'], organizationId: ORG_A }],
      ['PUT', `/users/${admin}/roles`, { roleIds: ['member'], organizationId: ORG_A }],
      ['DELETE', `/users/${admin}/memberships/${ORG_A}`],
      ['PUT', `/users/${admin}/status`, { status: 'disabled' }],
      ['DELETE', `/users/${admin}`],
    ];
    for (const [method, path, body] of attempts) {
      const res = await as(TOKENS.adminA, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(409);
      expect(res.json.code).toBe('conflict');
    }
    expect(rolesInA(admin)).toContain('admin');
    expect(stored(admin)?.status).toBe('active');
  });

  it('can hand over: once another member is an admin, the first may step down', async () => {
    await start();
    expect((await as(TOKENS.adminA, 'POST', `/users/${second}/roles`, { roleIds: ['owner'], organizationId: ORG_A })).status).toBe(204);
    expect((await as(TOKENS.adminA, 'DELETE', `/users/${admin}/roles`, { roleIds: ['admin'], organizationId: ORG_A })).status).toBe(204);
    expect(rolesInA(admin)).not.toContain('admin');
  });

  it('counts only active admins: a disabled one does not keep the organization administered', async () => {
    await start();
    await memory.addUserRoles!(second, ['owner'], { organizationId: ORG_A });
    await memory.setUserStatus!(second, 'disabled');
    expect((await as(TOKENS.adminA, 'DELETE', `/users/${admin}/roles`, { roleIds: ['admin'], organizationId: ORG_A })).status).toBe(409);
  });
});

describe('the last project-wide admin', () => {
  it('keeps their project role and their account', async () => {
    const users = memory.snapshot().users;
    const keeper = users.find((u) => u.status === 'active')!.id;
    for (const u of users) await memory.removeUserRoles!(u.id, ADMIN_ROLES);
    await memory.addUserRoles!(keeper, ['owner']);
    await start();
    expect((await as(TOKENS.project, 'DELETE', `/users/${keeper}/roles`, { roleIds: ['owner'] })).status).toBe(409);
    expect((await as(TOKENS.project, 'DELETE', `/users/${keeper}`)).status).toBe(409);
    expect(stored(keeper)?.roleIds).toContain('owner');
  });
});

describe('authorize', () => {
  it('is asked again with details.lockout, and only an explicit allow-lockout lets it through', async () => {
    const seen: OperationDetails[] = [];
    await start({
      authorize: (_session, _operation, details) => {
        seen.push(details);
        return details.lockout?.reason === 'last-admin' ? 'allow-lockout' : true;
      },
    });
    expect((await as(SELF, 'PUT', `/users/${admin}/status`, { status: 'disabled' })).status).toBe(403);
    expect(seen.at(-1)?.lockout).toEqual({ reason: 'self', organizationId: ORG_A });
    const res = await as(TOKENS.adminA, 'DELETE', `/users/${admin}/roles`, { roleIds: ['admin'], organizationId: ORG_A });
    expect(res.status).toBe(204);
    expect(seen.at(-1)?.lockout).toEqual({ reason: 'last-admin', organizationId: ORG_A });
    expect(rolesInA(admin)).not.toContain('admin');
  });

  it('answering a plain true to everything does not allow a lockout', async () => {
    await start({ authorize: () => true });
    expect((await as(SELF, 'DELETE', `/users/${admin}`)).status).toBe(403);
  });
});

describe('adminRoleIds', () => {
  it('decides which roles administer an organization', async () => {
    for (const u of memory.snapshot().users.filter((u) => u.memberships?.some((m) => m.organization.id === ORG_A))) {
      await memory.removeUserRoles!(u.id, ['auditor'], { organizationId: ORG_A });
    }
    await memory.addUserRoles!(second, ['auditor'], { organizationId: ORG_A });
    await start({ adminRoleIds: ['auditor'] });
    expect((await as(TOKENS.adminA, 'DELETE', `/users/${admin}/roles`, { roleIds: ['admin'], organizationId: ORG_A })).status).toBe(204);
    expect((await as(TOKENS.adminA, 'DELETE', `/users/${second}/roles`, { roleIds: ['auditor'], organizationId: ORG_A })).status).toBe(409);
  });
});

describe('roles granted outside the role routes', () => {
  const refusesGrants: RosterHandlerOptions<TestSession>['authorize'] = (_s, operation) => operation !== 'addUserRoles';

  it('through a membership are authorized as addUserRoles, with the organization', async () => {
    const seen: [string, OperationDetails][] = [];
    await start({ authorize: (s, operation, details) => (seen.push([operation, details]), refusesGrants!(s, operation, details)) });
    const granted = await as(TOKENS.project, 'PUT', `/users/${second}/memberships/org_003`, { roleIds: ['admin'] });
    expect(granted.status).toBe(403);
    expect(seen.find(([op]) => op === 'addUserRoles')?.[1]).toEqual({ userId: second, roleIds: ['admin'], organizationId: 'org_003' });
    expect(stored(second)?.memberships?.some((m) => m.organization.id === 'org_003')).toBe(false);
    expect((await as(TOKENS.project, 'PUT', `/users/${second}/memberships/org_003`, {})).status).toBe(204);
  });

  it('through a create are authorized as addUserRoles, in the organization and project-wide', async () => {
    await start({ authorize: refusesGrants });
    const inOrg = await as(TOKENS.adminA, 'POST', '/users', { email: 'granted.in.org@example.com', organization: { id: ORG_A, roleIds: ['admin'] } });
    expect(inOrg.status).toBe(403);
    const projectWide = await as(TOKENS.project, 'POST', '/users', { email: 'granted.project@example.com', roleIds: ['owner'] });
    expect(projectWide.status).toBe(403);
    expect(memory.snapshot().users.some((u) => u.email?.startsWith('granted.'))).toBe(false);
    expect((await as(TOKENS.adminA, 'POST', '/users', { email: 'plain@example.com' })).status).toBe(201);
  });
});

describe('at the same moment', () => {
  it('two disables of an organization’s last two admins cannot both go through', async () => {
    await memory.addUserRoles!(second, ['admin'], { organizationId: ORG_A });
    // A user manager who is no admin of A themselves: only the last-admin rule stands in the way.
    await start({ authorize: () => true });
    // Each IdP call takes a moment, as a real one does, so the two checks would overlap if allowed.
    memory.setLatency(5);
    const [one, two] = await Promise.all([
      as(TOKENS.adminA, 'PUT', `/users/${admin}/status`, { status: 'disabled' }),
      as(TOKENS.adminA, 'PUT', `/users/${second}/status`, { status: 'disabled' }),
    ]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    expect([stored(admin)!.status, stored(second)!.status].filter((s) => s === 'active')).toHaveLength(1);
  });
});

describe('a tenant admin and the project’s own admins', () => {
  it('cannot disable or delete an account that holds a project-wide admin role', async () => {
    await memory.addUserRoles!(second, ['owner']);
    await start();
    expect((await as(TOKENS.adminA, 'PUT', `/users/${second}/status`, { status: 'disabled' })).status).toBe(403);
    expect((await as(TOKENS.adminA, 'DELETE', `/users/${second}`)).status).toBe(403);
    expect(stored(second)?.status).toBe('active');
    // The project admin still can.
    expect((await as(TOKENS.project, 'PUT', `/users/${second}/status`, { status: 'disabled' })).status).toBe(200);
  });

  it('is told by /capabilities that project-wide roles are not theirs to change', async () => {
    await start();
    const tenant = await as(TOKENS.adminA, 'GET', '/capabilities');
    expect(tenant.json).toMatchObject({ capabilities: { projectRoles: false, createUser: { roleIds: false } } });
    const project = await as(TOKENS.project, 'GET', '/capabilities');
    expect(project.json).toMatchObject({ capabilities: { projectRoles: true, createUser: { roleIds: true } } });
  });
});
