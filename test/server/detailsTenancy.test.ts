// @vitest-environment node
/**
 * The admin of organization A on the one-user routes: another organization's user is not found,
 * by id or by address, with the very answer an unknown one gets; a user A shares with another
 * organization is read but not changed; who invited such a user stays with the project admins.
 * Each refusal is paired with the same request succeeding on A's own user.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { detailsFixture, type DetailsFixture } from './detailsFixture.js';
import { call, ORG_B, startRosterServer, tenantFixture, TOKENS, type CallResult, type RunningServer, type TenantFixture } from './harness.js';

let memory: MemoryAdapter;
let server: RunningServer;
let fx: TenantFixture;
let dx: DetailsFixture;

beforeEach(async () => {
  memory = createMemoryAdapter({ seed: 7 });
  fx = tenantFixture(memory);
  dx = detailsFixture(memory);
  server = await startRosterServer({ adapter: memory });
});
afterEach(() => server.close());

const asA = (method: string, path: string, body?: unknown) => call(server, method, path, { token: TOKENS.adminA, body });
const stored = (id: string) => memory.snapshot().users.find((u) => u.id === id);
const answer = (res: CallResult) => ({ status: res.status, body: res.json });

/** Every new route aimed at one user, with a body that would succeed on an invited member of A. */
const ROUTES: [route: string, method: string, path: (userId: string) => string, body?: unknown][] = [
  ['GET activity', 'GET', (id) => `/users/${id}/activity?pageSize=5`],
  ['PUT verified', 'PUT', (id) => `/users/${id}/verified`, { email: true }],
  ['POST invitation', 'POST', (id) => `/users/${id}/invitation`],
  ['DELETE invitation', 'DELETE', (id) => `/users/${id}/invitation`],
];

describe("another organization's user", () => {
  it.each(ROUTES)('is not found on %s, exactly as an unknown id', async (_route, method, path, body) => {
    const before = stored(dx.invitedB.id);
    const other = await asA(method, path(dx.invitedB.id), body);
    const unknown = await asA(method, path('usr_does_not_exist'), body);
    expect(other.status).toBe(404);
    expect(answer(other)).toEqual(answer(unknown));
    expect(stored(dx.invitedB.id)).toEqual(before);
    expect((await asA(method, path(dx.invitedA.id), body)).status).toBeLessThan(300);
  });

  it('is not found by address either, with the answer of an address nobody has', async () => {
    const byAddress = (email: string) => asA('GET', `/user-by-email?email=${encodeURIComponent(email)}`);
    const other = await byAddress(fx.onlyB.email!);
    const nobody = await byAddress('nobody@nowhere.example');
    expect(other.status).toBe(404);
    expect(answer(other)).toEqual(answer(nobody));
    const own = await byAddress(fx.onlyA.email!);
    expect(own.status).toBe(200);
    expect(own.json.id).toBe(fx.onlyA.id);
  });
});

describe('a user A shares with another organization', () => {
  it('is read, with the other memberships hidden, but its verified flags are not changed', async () => {
    const found = await asA('GET', `/user-by-email?email=${encodeURIComponent(fx.shared.email!)}`);
    expect(found.json.memberships.map((m: { organization: { id: string } }) => m.organization.id)).not.toContain(ORG_B);
    expect((await asA('GET', `/users/${fx.shared.id}/activity?pageSize=5`)).status).toBe(200);
    const res = await asA('PUT', `/users/${fx.shared.id}/verified`, { email: !fx.shared.emailVerified });
    expect(res.json).toMatchObject({ code: 'forbidden', status: 403 });
    expect(stored(fx.shared.id)!.emailVerified).toBe(fx.shared.emailVerified);
  });

  it('keeps a pending invitation that only a project admin may revoke, and hides who sent it', async () => {
    await call(server, 'PUT', `/users/${dx.invitedA.id}/memberships/${ORG_B}`, { token: TOKENS.project, body: {} });
    const revoke = await asA('DELETE', `/users/${dx.invitedA.id}/invitation`);
    expect(revoke.json).toMatchObject({ code: 'forbidden', status: 403 });
    expect(stored(dx.invitedA.id)).toBeDefined();

    const { sentAt, invitedBy } = dx.invitedA.invitation!;
    expect(invitedBy).toBeTruthy();
    expect((await asA('GET', `/users/${dx.invitedA.id}`)).json.invitation).toEqual({ sentAt, invitedBy: null });
    expect((await call(server, 'GET', `/users/${dx.invitedA.id}`, { token: TOKENS.project })).json.invitation).toEqual({ sentAt, invitedBy });
    // Of their own organization's invitees, a tenant admin sees who sent the invitation.
    expect((await asA('GET', `/users/${dx.invitedA2.id}`)).json.invitation).toEqual(dx.invitedA2.invitation);
  });
});

it('lets a tenant admin read the attribute definitions, which every organization shares', async () => {
  const res = await asA('GET', '/attribute-definitions');
  expect(res.status).toBe(200);
  expect(res.json).toEqual(memory.snapshot().attributeDefinitions);
});
