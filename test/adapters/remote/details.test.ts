// @vitest-environment node
/**
 * The remote adapter's one-user methods: offered only where the server lists them, with
 * `capabilities.details` as the server says (NO_DETAILS from a server older than it), requests
 * that carry only the protocol's fields, and a round trip through the real handler down to the
 * memory directory that answers as the directory itself would.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { createRemoteAdapter, loadRemoteAdapter } from '../../../src/adapters/remote/index.js';
import { ADAPTER_READ_METHODS, FULL_CAPABILITIES, type RosterAdapter } from '../../../src/core/adapter.js';
import type { ActivityEvent } from '../../../src/core/model.js';
import { NO_DETAILS, USER_DETAILS_READ_METHODS, USER_DETAILS_WRITE_METHODS } from '../../../src/core/userDetails.js';
import { createMemoryAuditTrail, createRosterHandler, toNodeHandler, type RosterHandler, type RosterHandlerOptions } from '../../../src/server/index.js';
import { detailsFixture, type DetailsFixture } from '../../server/detailsFixture.js';
import { authenticateBearer, listen, tenantFixture, TOKENS, type RunningServer, type TenantFixture, type TestSession } from '../../server/harness.js';

const BASE = 'https://app.example/roster-api';
const DETAILS_METHODS = [...USER_DETAILS_READ_METHODS, ...USER_DETAILS_WRITE_METHODS];

/** A server that answers `/capabilities` with `body` and records every other request. */
function fakeServer(body: unknown) {
  const requests: { method: string; url: URL; body: unknown }[] = [];
  const fetch = async (input: string, init?: RequestInit) => {
    const url = new URL(input);
    if (url.pathname.endsWith('/capabilities')) return Response.json(body);
    requests.push({ method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (init?.method === 'POST' || init?.method === 'DELETE') return new Response(null, { status: 204 });
    if (url.pathname.endsWith('/activity')) return Response.json({ items: [], total: 0, nextCursor: null });
    return Response.json({ id: 'u 1', email: 'a@b.example', name: null, status: 'active', emailVerified: true, roleIds: [], createdAt: null, lastLoginAt: null, customAttributes: {} });
  };
  return { fetch, requests };
}

describe('a server older than the one-user details', () => {
  it('gives an adapter that offers none of them', async () => {
    const { details: _details, ...oldCapabilities } = FULL_CAPABILITIES;
    const { fetch } = fakeServer({ capabilities: oldCapabilities, operations: [...ADAPTER_READ_METHODS, 'updateUser'] });
    const adapter = await loadRemoteAdapter({ baseUrl: BASE, fetch });
    expect(adapter.capabilities.details).toEqual(NO_DETAILS);
    for (const name of DETAILS_METHODS) expect(adapter[name], name).toBeUndefined();
    expect(typeof adapter.updateUser).toBe('function');
  });

  it('reads details without activityIncludesChanges, from a server older than it, as a complete description saying false', async () => {
    const { activityIncludesChanges: _later, ...olderDetails } = FULL_CAPABILITIES.details;
    const { fetch } = fakeServer({ capabilities: { ...FULL_CAPABILITIES, details: olderDetails }, operations: [...ADAPTER_READ_METHODS, 'listUserActivity', 'updateUser'] });
    const adapter = await loadRemoteAdapter({ baseUrl: BASE, fetch });
    expect(adapter.capabilities.details).toEqual({ ...NO_DETAILS, activity: true });
    expect(typeof adapter.updateUser).toBe('function');
  });
});

describe('a current server', () => {
  it('is mirrored: each detail only where its method is listed', async () => {
    const { fetch } = fakeServer({ capabilities: FULL_CAPABILITIES, operations: [...ADAPTER_READ_METHODS, 'getUserByEmail', 'setUserVerified', 'revokeInvitation'] });
    const adapter = await loadRemoteAdapter({ baseUrl: BASE, fetch });
    expect(adapter.capabilities.details).toEqual({ ...NO_DETAILS, lookupByEmail: true, verifyEmail: true, verifyPhone: true, revokeInvitation: true });
    for (const name of ['listUserActivity', 'resendInvitation', 'listAttributeDefinitions'] as const) expect(adapter[name], name).toBeUndefined();
  });

  it('sends the protocol paths, query and fields only', async () => {
    const { fetch, requests } = fakeServer({ capabilities: FULL_CAPABILITIES, operations: [...ADAPTER_READ_METHODS, ...DETAILS_METHODS] });
    const adapter = await loadRemoteAdapter({ baseUrl: BASE, fetch });
    await adapter.getUserByEmail!('a+b@c.example');
    await adapter.listUserActivity!('u 1', { page: { size: 20, cursor: 'c/1' } });
    await adapter.listUserActivity!('u1', { page: { size: 5, index: 3 } });
    await adapter.setUserVerified!('u 1', { email: true, phone: undefined, extra: 1 } as never);
    await adapter.resendInvitation!('u 1');
    await adapter.revokeInvitation!('u 1');
    expect(requests.map((r) => [r.method, `${r.url.pathname}${r.url.search}`, r.body])).toEqual([
      ['GET', '/roster-api/user-by-email?email=a%2Bb%40c.example', undefined],
      ['GET', '/roster-api/users/u%201/activity?pageSize=20&cursor=c%2F1', undefined],
      ['GET', '/roster-api/users/u1/activity?pageSize=5', undefined],
      ['PUT', '/roster-api/users/u%201/verified', { email: true }],
      ['POST', '/roster-api/users/u%201/invitation', undefined],
      ['DELETE', '/roster-api/users/u%201/invitation', undefined],
    ]);
  });

  it('refuses an answer that is not an activity page', async () => {
    const fetch = async (input: string) =>
      new URL(input).pathname.endsWith('/capabilities')
        ? Response.json({ capabilities: FULL_CAPABILITIES, operations: [...ADAPTER_READ_METHODS, 'listUserActivity'] })
        : Response.json({ items: [{ id: 'e1', kind: 'teleported', at: 'yesterday', action: null }], total: null, nextCursor: null });
    const adapter = await loadRemoteAdapter({ baseUrl: BASE, fetch });
    await expect(adapter.listUserActivity!('u1', { page: { size: 5 } })).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('offers the details of a description handed over by the host', () => {
    const adapter = createRemoteAdapter({ baseUrl: BASE, capabilities: FULL_CAPABILITIES });
    expect(adapter.capabilities.details).toEqual(FULL_CAPABILITIES.details);
    for (const name of DETAILS_METHODS) expect(typeof adapter[name], name).toBe('function');
  });
});

describe('through the real handler to the memory directory', () => {
  let server: RunningServer;
  let current: RosterHandler;
  let memory: MemoryAdapter;
  let fx: TenantFixture;
  let dx: DetailsFixture;

  beforeAll(async () => {
    server = await listen(toNodeHandler(Object.assign((request: Request) => current(request), { basePath: '/roster-api' })));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    memory = createMemoryAdapter({ seed: 7 });
    fx = tenantFixture(memory);
    dx = detailsFixture(memory);
  });

  function remote(token: string, options: Partial<RosterHandlerOptions<TestSession>> = {}): Promise<RosterAdapter> {
    current = createRosterHandler<TestSession>({ adapter: memory, authenticate: authenticateBearer, logger: () => {}, ...options });
    return loadRemoteAdapter({ baseUrl: server.baseUrl, headers: () => ({ authorization: `Bearer ${token}` }) });
  }
  const stored = (id: string) => memory.snapshot().users.find((u) => u.id === id);

  it('reads as the directory reads', async () => {
    const adapter = await remote(TOKENS.project);
    expect(adapter.capabilities.details).toEqual(memory.capabilities.details);
    const { raw: _raw, ...user } = (await memory.getUserByEmail!(dx.invitedA.email!)) as typeof dx.invitedA & { raw?: unknown };
    expect(await adapter.getUserByEmail!(dx.invitedA.email!.toUpperCase())).toEqual(user);
    const seen: ActivityEvent[] = [];
    let cursor: string | null = null;
    do {
      const page = await adapter.listUserActivity!(fx.onlyA.id, { page: { size: 3, cursor } });
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(memory.snapshot().activity[fx.onlyA.id]);
    expect(await adapter.listAttributeDefinitions!()).toEqual(await memory.listAttributeDefinitions!());
  });

  it('writes as the directory writes, and refuses as it refuses', async () => {
    const adapter = await remote(TOKENS.project);
    const user = await adapter.setUserVerified!(dx.withPhoneA.id, { phone: !dx.withPhoneA.phoneVerified });
    expect(user.phoneVerified).toBe(!dx.withPhoneA.phoneVerified);
    expect(stored(dx.withPhoneA.id)!.phoneVerified).toBe(!dx.withPhoneA.phoneVerified);
    await adapter.resendInvitation!(dx.invitedA.id);
    expect(stored(dx.invitedA.id)!.invitation!.sentAt).not.toBe(dx.invitedA.invitation!.sentAt);
    await adapter.revokeInvitation!(dx.invitedA.id);
    expect(stored(dx.invitedA.id)).toBeUndefined();
    await expect(adapter.revokeInvitation!(fx.onlyA.id)).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(adapter.getUserByEmail!('nobody@nowhere.example')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('finds no user of another organization for a tenant admin', async () => {
    const adapter = await remote(TOKENS.adminA);
    await expect(adapter.getUserByEmail!(fx.onlyB.email!)).rejects.toMatchObject({ code: 'not_found' });
    await expect(adapter.listUserActivity!(fx.onlyB.id, { page: { size: 5 } })).rejects.toMatchObject({ code: 'not_found' });
    expect((await adapter.getUserByEmail!(fx.onlyA.email!)).id).toBe(fx.onlyA.id);
  });

  it('reads the audit trail as activity where the directory keeps none', async () => {
    memory = createMemoryAdapter({ seed: 7, capabilities: { details: { activity: false } } });
    const adapter = await remote(TOKENS.project, { auditTrail: createMemoryAuditTrail() });
    expect(adapter.capabilities.details.activity).toBe(true);
    await adapter.updateUser!(fx.onlyA.id, { name: 'Ada' });
    const page = await adapter.listUserActivity!(fx.onlyA.id, { page: { size: 5 } });
    expect(page.items).toEqual([expect.objectContaining({ kind: 'change', action: 'updateUser', actor: 'project-admin', fields: ['name'] })]);
  });

  it('lists a change made behind an audit trail once, naming the admin who made it, where the directory records it too', async () => {
    const adapter = await remote(TOKENS.adminA, { auditTrail: createMemoryAuditTrail() });
    expect(adapter.capabilities.details.activityIncludesChanges).toBe(true);
    await adapter.updateUser!(fx.onlyA.id, { name: 'Ada Lovelace' });
    const own = memory.snapshot().activity[fx.onlyA.id]!;
    expect(own.filter((e) => e.action === 'user.update')).toEqual([expect.objectContaining({ actor: 'Roster admin', fields: ['name'] })]);
    const seen: ActivityEvent[] = [];
    let cursor: string | null = null;
    do {
      const page = await adapter.listUserActivity!(fx.onlyA.id, { page: { size: 2, cursor } });
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.filter((e) => e.kind === 'change')).toEqual([expect.objectContaining({ action: 'updateUser', actor: 'admin-a', fields: ['name'] })]);
    // The sign-ins are all still there, each once.
    expect(seen.filter((e) => e.kind !== 'change').map((e) => e.id)).toEqual(own.filter((e) => e.kind !== 'change').map((e) => e.id));
  });
});
