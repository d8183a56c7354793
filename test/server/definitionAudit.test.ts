// @vitest-environment node
/**
 * Role, permission and organization writes are writes like any other: each gets one audit record
 * (who, where, which role, permission or organization, the field names written — never the names
 * themselves), refusals included, and each spends the organization's write budget.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterAuditRecord, RosterHandlerOptions } from '../../src/server/index.js';
import { call, ORG_A, startRosterServer, TOKENS, type RunningServer, type TestSession } from './harness.js';

let memory: MemoryAdapter;
let server: RunningServer | undefined;
let records: RosterAuditRecord[];
beforeEach(() => {
  memory = createMemoryAdapter({ seed: 7 });
  records = [];
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Partial<RosterHandlerOptions<TestSession>> = {}): Promise<RunningServer> {
  server = await startRosterServer({ adapter: memory, onAudit: (record) => void records.push(record), ...options });
  return server;
}

const without = ({ time: _time, ...rest }: RosterAuditRecord) => rest;

describe('audit records of definition writes', () => {
  it("name the new role, where it is defined and the fields written, never the role's name", async () => {
    await start();
    const res = await call(server!, 'POST', `/roles?organizationId=${ORG_A}`, { token: TOKENS.adminA, body: { name: 'Secret Project Lead', permissions: ['sites:manage'] } });
    expect(res.status).toBe(201);
    expect(records.map(without)).toEqual([
      {
        actor: { userId: 'admin-a' },
        organizationId: ORG_A,
        operation: 'createRole',
        target: { organizationId: ORG_A, roleId: res.json.id },
        change: { fields: ['name', 'permissions'] },
        outcome: 'success',
        status: 201,
      },
    ]);
    expect(JSON.stringify(records)).not.toContain('Secret Project Lead');
  });

  it('name the permission or organization changed and deleted', async () => {
    await start();
    const permission = memory.snapshot().permissions[0]!.id;
    await call(server!, 'PATCH', `/permissions/${permission}`, { token: TOKENS.project, body: { description: 'Now documented.' } });
    await call(server!, 'DELETE', `/organizations/${ORG_A}`, { token: TOKENS.project });
    await call(server!, 'PATCH', '/roles/admin', { token: TOKENS.project, body: { permissions: ['users:read'], name: 'Admin' } });
    expect(records.map(without)).toEqual([
      { actor: { userId: 'project-admin' }, organizationId: null, operation: 'updatePermission', target: { permissionId: permission }, change: { fields: ['description'] }, outcome: 'success', status: 200 },
      { actor: { userId: 'project-admin' }, organizationId: null, operation: 'deleteOrganization', target: { organizationId: ORG_A }, change: {}, outcome: 'success', status: 204 },
      { actor: { userId: 'project-admin' }, organizationId: null, operation: 'updateRole', target: { roleId: 'admin' }, change: { fields: ['name', 'permissions'] }, outcome: 'success', status: 200 },
    ]);
  });

  it("record a tenant admin's refused attempt on what every tenant shares, with its outcome", async () => {
    await start();
    await call(server!, 'POST', '/organizations', { token: TOKENS.adminA, body: { name: 'Shadow Org' } });
    await call(server!, 'DELETE', `/roles/org_004:approver?organizationId=org_004`, { token: TOKENS.adminA });
    expect(records.map(without)).toEqual([
      { actor: { userId: 'admin-a' }, organizationId: ORG_A, operation: 'createOrganization', target: {}, change: { fields: ['name'] }, outcome: 'forbidden', status: 403 },
      { actor: { userId: 'admin-a' }, organizationId: ORG_A, operation: 'deleteRole', target: { roleId: 'org_004:approver', organizationId: 'org_004' }, change: {}, outcome: 'not_found', status: 404 },
    ]);
  });
});

describe('the write budget', () => {
  it('is spent by definition writes and not by reads', async () => {
    // Refilled so slowly that no third write can be regained while the test runs.
    await start({ writeBudget: { capacity: 2, refillPerSecond: 0.0001 } });
    const asA = (method: string, path: string, body?: unknown) => call(server!, method, path, { token: TOKENS.adminA, body });
    for (let i = 0; i < 3; i++) expect((await asA('GET', '/permissions')).status).toBe(200);
    expect((await asA('POST', `/roles?organizationId=${ORG_A}`, { name: 'One' })).status).toBe(201);
    expect((await asA('PATCH', `/roles/${ORG_A}:approver?organizationId=${ORG_A}`, { name: 'Two' })).status).toBe(200);
    const third = await asA('DELETE', `/roles/${ORG_A}:approver?organizationId=${ORG_A}`);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(memory.snapshot().roles.some((r) => r.id === `${ORG_A}:approver`)).toBe(true);
  });
});
