// @vitest-environment node
/**
 * `onAudit` gets one record per write once its outcome is known: who, in which organization,
 * what operation on whom, what changed (role ids, field names — never values of custom attributes
 * or anything secret), and how it ended. A hook that fails never fails the write.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterAuditRecord, RosterHandlerOptions, RosterLogEntry } from '../../src/server/index.js';
import { call, ORG_A, startRosterServer, tenantFixture, TOKENS, type RunningServer, type TenantFixture, type TestSession } from './harness.js';

let memory: MemoryAdapter;
let fx: TenantFixture;
let server: RunningServer | undefined;
let records: RosterAuditRecord[];
let logs: RosterLogEntry[];
beforeEach(() => {
  memory = createMemoryAdapter({ seed: 7 });
  fx = tenantFixture(memory);
  records = [];
  logs = [];
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Partial<RosterHandlerOptions<TestSession>> = {}) {
  server = await startRosterServer({ adapter: memory, onAudit: (record) => void records.push(record), logger: (e) => logs.push(e), ...options });
  return server;
}

describe('a record per write', () => {
  it('names actor, scope, operation, target and the roles added', async () => {
    await start();
    const res = await call(server!, 'POST', `/users/${fx.onlyA.id}/roles`, { token: TOKENS.adminA, body: { roleIds: ['auditor'], organizationId: ORG_A } });
    expect(res.status).toBe(204);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      actor: { userId: 'admin-a' },
      organizationId: ORG_A,
      operation: 'addUserRoles',
      target: { userId: fx.onlyA.id, organizationId: ORG_A },
      change: { roles: [{ organizationId: ORG_A, added: ['auditor'], removed: [] }] },
      outcome: 'success',
      status: 204,
    });
  });

  it('shows a replaced role set as what was added and what was removed', async () => {
    await start();
    const held = memory.snapshot().users.find((u) => u.id === fx.onlyA.id)!.roleIds;
    await call(server!, 'PUT', `/users/${fx.onlyA.id}/roles`, { token: TOKENS.project, body: { roleIds: ['viewer', 'auditor'] } });
    const { roles } = records[0]!.change;
    expect(roles).toEqual([{ organizationId: null, added: ['viewer', 'auditor'].filter((r) => !held.includes(r)), removed: held.filter((r) => r !== 'viewer' && r !== 'auditor') }]);
  });

  it('names the fields changed and the custom attribute keys, never their values', async () => {
    await start();
    await call(server!, 'PATCH', `/users/${fx.onlyA.id}`, { token: TOKENS.project, body: { name: 'Renamed', customAttributes: { salary: 123456, ssn: '078-05-1120' } } });
    expect(records[0]!.change).toEqual({ fields: ['name', 'customAttributes'], customAttributeKeys: ['salary', 'ssn'] });
    expect(JSON.stringify(records)).not.toMatch(/123456|078-05-1120|Renamed/);
  });

  it('for a create names the new user once it exists, and what was granted', async () => {
    await start();
    const res = await call(server!, 'POST', '/users', { token: TOKENS.adminA, body: { email: 'audited@example.com', name: 'Audited', invite: true, organization: { id: ORG_A, roleIds: ['member'] } } });
    expect(records[0]).toMatchObject({
      operation: 'createUser',
      target: { userId: res.json.id, organizationId: ORG_A },
      change: { fields: ['email', 'name'], invite: true, membership: 'added', roles: [{ organizationId: ORG_A, added: ['member'], removed: [] }] },
      outcome: 'success',
    });
    expect(JSON.stringify(records)).not.toContain('audited@example.com');
  });

  it('records refusals and failures with their error code, and reads not at all', async () => {
    await start({ authorize: (_s, operation) => operation !== 'deleteUser' });
    await call(server!, 'GET', '/users?pageSize=5', { token: TOKENS.adminA });
    await call(server!, 'DELETE', `/users/${fx.onlyA.id}`, { token: TOKENS.adminA });
    memory.faults.failNext('setUserStatus', { code: 'server', status: 500 });
    await call(server!, 'PUT', `/users/${fx.onlyA.id}/status`, { token: TOKENS.adminA, body: { status: 'disabled' } });
    await call(server!, 'PUT', `/users/${fx.onlyB.id}/status`, { token: TOKENS.adminA, body: { status: 'disabled' } });
    expect(records.map((r) => [r.operation, r.outcome, r.status])).toEqual([
      ['deleteUser', 'forbidden', 403],
      ['setUserStatus', 'server', 500],
      ['setUserStatus', 'not_found', 404],
    ]);
    expect(records[1]!.change).toEqual({ status: 'disabled' });
  });
});

describe('a failing hook', () => {
  it('that throws leaves the write succeeded and is logged', async () => {
    await start({ onAudit: () => { throw new Error('audit store down'); } });
    const res = await call(server!, 'PUT', `/users/${fx.onlyA.id}/status`, { token: TOKENS.project, body: { status: 'disabled' } });
    expect(res.status).toBe(200);
    expect(memory.snapshot().users.find((u) => u.id === fx.onlyA.id)?.status).toBe('disabled');
    expect(logs.some((l) => l.level === 'error' && l.error?.message === 'audit store down')).toBe(true);
  });

  it('that rejects does too', async () => {
    await start({ onAudit: async () => Promise.reject(new Error('audit queue full')) });
    const res = await call(server!, 'DELETE', `/users/${fx.onlyA.id}`, { token: TOKENS.project });
    expect(res.status).toBe(204);
    expect(logs.some((l) => l.level === 'error' && l.error?.message === 'audit queue full')).toBe(true);
  });
});
