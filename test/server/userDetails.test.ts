// @vitest-environment node
/**
 * The one-user routes over real HTTP down to the memory directory: the lookup by email, the
 * activity, the verified flags, invitations and the attributes' definitions — each with strict
 * input, an audit record for every write, the write budget, and `/capabilities` saying exactly
 * which of them run.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { adapterMethods, type RosterAdapter } from '../../src/core/adapter.js';
import type { ActivityEvent } from '../../src/core/model.js';
import { createMemoryAuditTrail, type RosterAuditRecord, type RosterHandlerOptions } from '../../src/server/index.js';
import { detailsFixture, type DetailsFixture } from './detailsFixture.js';
import { call, startRosterServer, tenantFixture, TOKENS, type RunningServer, type TenantFixture, type TestSession } from './harness.js';

let memory: MemoryAdapter;
let fx: TenantFixture;
let dx: DetailsFixture;
let server: RunningServer | undefined;
let records: RosterAuditRecord[];

beforeEach(() => {
  memory = createMemoryAdapter({ seed: 7 });
  fx = tenantFixture(memory);
  dx = detailsFixture(memory);
  records = [];
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Partial<RosterHandlerOptions<TestSession>> = {}) {
  server = await startRosterServer({ adapter: memory, onAudit: (record) => void records.push(record), ...options });
  return server;
}
const asProject = (method: string, path: string, body?: unknown) => call(server!, method, path, { token: TOKENS.project, body });
const stored = (id: string) => memory.snapshot().users.find((u) => u.id === id);

/** The memory directory with some methods replaced, as a backend that answers differently. */
function memoryWith(overrides: Partial<RosterAdapter>): RosterAdapter {
  return { id: memory.id, capabilities: memory.capabilities, ...adapterMethods(memory), ...overrides } as RosterAdapter;
}

describe('GET /user-by-email', () => {
  it('finds the user whatever the case of the address, with the verification and invitation fields', async () => {
    await start();
    const res = await asProject('GET', `/user-by-email?email=${encodeURIComponent(`  ${dx.invitedA.email!.toUpperCase()} `)}`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: dx.invitedA.id, status: 'invited', invitation: dx.invitedA.invitation, phoneVerified: false });
    expect(res.json.raw).toBeUndefined();
  });

  it('answers 404 for an address nobody has', async () => {
    await start();
    const res = await asProject('GET', '/user-by-email?email=nobody%40nowhere.example');
    expect(res.json).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('refuses a missing or malformed address, a repeated one and any other parameter', async () => {
    await start();
    expect((await asProject('GET', '/user-by-email')).json.fieldErrors).toEqual({ email: 'Required.' });
    expect((await asProject('GET', '/user-by-email?email=not-an-address')).json.fieldErrors).toEqual({ email: 'Enter a valid email address.' });
    expect((await asProject('GET', '/user-by-email?email=a%40b.example&email=c%40d.example')).json.fieldErrors).toEqual({ email: 'Give this parameter once.' });
    const extra = await asProject('GET', `/user-by-email?email=${encodeURIComponent(fx.onlyA.email!)}&organizationId=org_002`);
    expect(extra.status).toBe(400);
    expect(extra.json.fieldErrors).toEqual({ organizationId: 'Unknown query parameter.' });
  });

  it('does not shadow the user route: /users/by-email is still a user id', async () => {
    await start();
    expect((await asProject('GET', '/users/by-email')).json).toMatchObject({ code: 'not_found', message: 'The item was not found.' });
  });
});

describe('GET /users/:userId/activity', () => {
  it('pages the backend activity newest first, every entry once', async () => {
    await start();
    const expected = memory.snapshot().activity[fx.onlyA.id]!;
    expect(expected.length).toBeGreaterThan(4);
    const seen: ActivityEvent[] = [];
    let cursor: string | null = null;
    do {
      const res = await asProject('GET', `/users/${fx.onlyA.id}/activity?pageSize=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.json.items.length).toBeLessThanOrEqual(4);
      seen.push(...res.json.items);
      cursor = res.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);
  });

  it('passes only the contract fields, the texts byte for byte', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u202e\u0000"\'';
    const event = { id: 'e1', kind: 'sign-in', at: '2025-01-02T03:04:05.000Z', action: hostile, actor: null, ip: '203.0.113.9', userAgent: hostile, location: hostile, fields: ['name'] };
    await start({
      adapter: memoryWith({
        listUserActivity: async () => ({ items: [{ ...event, raw: { token: 'sk_live_secret' }, sessionId: 'sess_1' } as ActivityEvent], total: 1, nextCursor: null }),
      }),
    });
    const res = await asProject('GET', `/users/${fx.onlyA.id}/activity?pageSize=10`);
    expect(res.json).toEqual({ items: [event], total: 1, nextCursor: null });
    expect(res.text).not.toContain('sk_live_secret');
  });

  it('refuses paging it does not know: no size, an offset, a size beyond the maximum, an empty cursor', async () => {
    await start();
    const path = `/users/${fx.onlyA.id}/activity`;
    expect((await asProject('GET', path)).json.fieldErrors).toEqual({ pageSize: 'Required.' });
    expect((await asProject('GET', `${path}?pageSize=5&pageIndex=1`)).json.fieldErrors).toEqual({ pageIndex: 'Unknown query parameter.' });
    expect((await asProject('GET', `${path}?pageSize=${memory.capabilities.maxPageSize + 1}`)).status).toBe(400);
    expect((await asProject('GET', `${path}?pageSize=5&cursor=`)).json.fieldErrors).toEqual({ cursor: 'Must not be empty.' });
  });

  it('answers 404 for an unknown user', async () => {
    await start();
    expect((await asProject('GET', '/users/usr_nobody/activity?pageSize=5')).status).toBe(404);
  });
});

describe('PUT /users/:userId/verified', () => {
  it('sets the flags named and leaves the other, answering with the user', async () => {
    await start();
    const before = stored(dx.withPhoneA.id)!;
    const res = await asProject('PUT', `/users/${dx.withPhoneA.id}/verified`, { email: !before.emailVerified });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: dx.withPhoneA.id, emailVerified: !before.emailVerified, phoneVerified: before.phoneVerified });
    expect(stored(dx.withPhoneA.id)).toMatchObject({ emailVerified: !before.emailVerified, phoneVerified: before.phoneVerified });
    await asProject('PUT', `/users/${dx.withPhoneA.id}/verified`, { phone: !before.phoneVerified });
    expect(stored(dx.withPhoneA.id)).toMatchObject({ emailVerified: !before.emailVerified, phoneVerified: !before.phoneVerified });
  });

  it('refuses a body without a flag, a flag that is not a boolean and any other field, changing nothing', async () => {
    await start();
    const path = `/users/${dx.withPhoneA.id}/verified`;
    const before = stored(dx.withPhoneA.id);
    const empty = await asProject('PUT', path, {});
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.json.fieldErrors)).toEqual(['email']);
    expect((await asProject('PUT', path, { email: 'true', phone: 1 })).json.fieldErrors).toEqual({ email: 'Must be true or false.', phone: 'Must be true or false.' });
    expect((await asProject('PUT', path, { email: true, emailVerified: true })).json.fieldErrors).toEqual({ emailVerified: 'Unknown field.' });
    expect((await asProject('PUT', path, [true])).status).toBe(400);
    expect(stored(dx.withPhoneA.id)).toEqual(before);
  });

  it('answers 501 with the field for a flag the backend does not declare', async () => {
    memory = createMemoryAdapter({ seed: 7, capabilities: { details: { verifyPhone: false } } });
    await start();
    const res = await asProject('PUT', `/users/${dx.withPhoneA.id}/verified`, { email: true, phone: true });
    expect(res.json).toMatchObject({ code: 'unsupported', status: 501, fieldErrors: { phone: expect.any(String) } });
    expect(res.json.fieldErrors.email).toBeUndefined();
    expect(stored(dx.withPhoneA.id)!.emailVerified).toBe(dx.withPhoneA.emailVerified);
  });
});

describe('invitations', () => {
  it('sends an invited user\u2019s invitation again', async () => {
    await start();
    const res = await asProject('POST', `/users/${dx.invitedA.id}/invitation`);
    expect(res.status).toBe(204);
    expect(Date.parse(stored(dx.invitedA.id)!.invitation!.sentAt!)).toBeGreaterThan(Date.parse(dx.invitedA.invitation!.sentAt!));
  });

  it('revokes an invitation: the invited user is gone', async () => {
    await start();
    expect((await asProject('DELETE', `/users/${dx.invitedA.id}/invitation`)).status).toBe(204);
    expect(stored(dx.invitedA.id)).toBeUndefined();
    expect((await asProject('GET', `/users/${dx.invitedA.id}`)).status).toBe(404);
  });

  it('refuses both for a user who is not invited, and never removes an active account', async () => {
    await start();
    for (const method of ['POST', 'DELETE']) {
      const res = await asProject(method, `/users/${fx.onlyA.id}/invitation`);
      expect(res.json).toMatchObject({ code: 'invalid_input', status: 400, message: expect.stringContaining('no pending invitation') });
    }
    expect(stored(fx.onlyA.id)).toBeDefined();
  });

  it('takes no body', async () => {
    await start();
    expect((await asProject('POST', `/users/${dx.invitedA.id}/invitation`, { email: dx.invitedA.email })).status).toBe(400);
    expect((await asProject('DELETE', `/users/${dx.invitedA.id}/invitation`, {})).status).toBe(400);
    expect(stored(dx.invitedA.id)!.invitation).toEqual(dx.invitedA.invitation);
  });
});

describe('GET /attribute-definitions', () => {
  it('lists the definitions with their contract fields only', async () => {
    const definitions = memory.snapshot().attributeDefinitions;
    await start({ adapter: memoryWith({ listAttributeDefinitions: async () => definitions.map((d) => ({ ...d, internalId: 'x' })) }) });
    const res = await call(server!, 'GET', '/attribute-definitions', { token: TOKENS.adminA });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(definitions);
  });
});

describe('audit records', () => {
  it('name the verified flags set, the invitation resent or revoked, and the outcome', async () => {
    await start();
    await asProject('PUT', `/users/${dx.withPhoneA.id}/verified`, { email: true, phone: false });
    await asProject('POST', `/users/${dx.invitedA.id}/invitation`);
    await asProject('DELETE', `/users/${dx.invitedA2.id}/invitation`);
    await asProject('DELETE', `/users/${fx.onlyA.id}/invitation`);
    expect(records.map(({ operation, target, change, outcome, status }) => ({ operation, target, change, outcome, status }))).toEqual([
      { operation: 'setUserVerified', target: { userId: dx.withPhoneA.id }, change: { fields: ['emailVerified', 'phoneVerified'], verified: { email: true, phone: false } }, outcome: 'success', status: 200 },
      { operation: 'resendInvitation', target: { userId: dx.invitedA.id }, change: { invitation: 'resent' }, outcome: 'success', status: 204 },
      { operation: 'revokeInvitation', target: { userId: dx.invitedA2.id }, change: { invitation: 'revoked' }, outcome: 'success', status: 204 },
      { operation: 'revokeInvitation', target: { userId: fx.onlyA.id }, change: { invitation: 'revoked' }, outcome: 'invalid_input', status: 400 },
    ]);
  });

  it('are not written for the reads', async () => {
    await start();
    await asProject('GET', `/users/${fx.onlyA.id}/activity?pageSize=5`);
    await asProject('GET', `/user-by-email?email=${encodeURIComponent(fx.onlyA.email!)}`);
    await asProject('GET', '/attribute-definitions');
    expect(records).toEqual([]);
  });
});

it('counts the new writes against the write budget', async () => {
  await start({ writeBudget: { capacity: 2, refillPerSecond: 0.001 } });
  expect((await asProject('PUT', `/users/${dx.withPhoneA.id}/verified`, { email: true })).status).toBe(200);
  expect((await asProject('POST', `/users/${dx.invitedA.id}/invitation`)).status).toBe(204);
  const third = await asProject('DELETE', `/users/${dx.invitedA.id}/invitation`);
  expect(third.status).toBe(429);
  expect(stored(dx.invitedA.id)).toBeDefined();
});

describe('/capabilities', () => {
  it('reports each detail the backend declares and has, and lists only its operations', async () => {
    memory = createMemoryAdapter({ seed: 7, capabilities: { details: { activity: false, revokeInvitation: false, verifyEmail: false, verifyPhone: false } } });
    await start();
    const { json } = await asProject('GET', '/capabilities');
    // With no activity, the memory directory's `activityIncludesChanges` says nothing: off too.
    expect(json.capabilities.details).toEqual({ lookupByEmail: true, activity: false, activityIncludesChanges: false, verifyEmail: false, verifyPhone: false, resendInvitation: true, revokeInvitation: false, attributeDefinitions: true });
    expect(json.operations).toEqual(expect.arrayContaining(['getUserByEmail', 'resendInvitation', 'listAttributeDefinitions']));
    for (const name of ['listUserActivity', 'revokeInvitation', 'setUserVerified']) expect(json.operations).not.toContain(name);
    expect((await asProject('GET', `/users/${fx.onlyA.id}/activity?pageSize=5`)).status).toBe(501);
  });

  it('withholds a detail whose method the backend lacks, though it declares the flag', async () => {
    const { listAttributeDefinitions: _gone, ...methods } = adapterMethods(memory);
    await start({ adapter: { id: memory.id, capabilities: memory.capabilities, ...methods } as RosterAdapter });
    const { json } = await asProject('GET', '/capabilities');
    expect(json.capabilities.details.attributeDefinitions).toBe(false);
    expect(json.operations).not.toContain('listAttributeDefinitions');
    expect((await asProject('GET', '/attribute-definitions')).status).toBe(501);
  });

  it('reports activity from the audit trail where the backend keeps none', async () => {
    memory = createMemoryAdapter({ seed: 7, capabilities: { details: { activity: false } } });
    await start({ auditTrail: createMemoryAuditTrail() });
    const { json } = await call(server!, 'GET', '/capabilities', { token: TOKENS.adminA });
    expect(json.capabilities.details.activity).toBe(true);
    expect(json.operations).toContain('listUserActivity');
  });
});
