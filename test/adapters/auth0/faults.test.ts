// @vitest-environment node
// Bad answers from Auth0 (or a proxy before it) become RosterErrors that lose nothing and leak nothing.
import { getResponse, type HttpHandler } from 'msw';
import { createAuth0Adapter } from '../../../src/adapters/auth0/index.js';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { RosterError } from '../../../src/core/errors.js';
import { createAuth0Emulator } from '../../../src/testing/emulators/auth0/index.js';
import { DOMAIN, TOKEN, useAuth0Emulator } from './emulatorServer.js';

const { emulator } = useAuth0Emulator();
let adapter: RosterAdapter;

beforeEach(() => {
  adapter = createAuth0Adapter({ domain: DOMAIN, auth: { getToken: () => TOKEN } });
});

const listFails = () => adapter.listUsers({ page: { size: 5 } }).then(() => null, (error: unknown) => error as RosterError);
const seededUser = () => emulator.state.users[0]!;

describe('Auth0 adapter on bad answers', () => {
  it('maps a proxy’s HTML 502 to `server`, without the markup in the message', async () => {
    emulator.faults.failNext('GET /users', { status: 502, html: '<html><body><h1>502 Bad Gateway</h1></body></html>' });
    const error = await listFails();
    expect(error).toBeInstanceOf(RosterError);
    expect(error).toMatchObject({ code: 'server', status: 502 });
    expect(error!.message).not.toContain('<');
  });

  it('maps truncated JSON on a 200 to `bad_response`', async () => {
    emulator.faults.failNext('GET /users', { malformed: true });
    expect(await listFails()).toMatchObject({ code: 'bad_response', status: 200 });
  });

  it('maps a 429 with Retry-After to `rate_limited` with that delay', async () => {
    emulator.faults.failNext('GET /users', { status: 429, retryAfterSeconds: 7 });
    expect(await listFails()).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 7000 });
  });

  it('derives the delay from X-RateLimit-Reset when a 429 carries no Retry-After', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(1_900_000_000_000);
      emulator.faults.failNext('GET /users', { status: 429, retryAfterSeconds: null });
      // The emulator's window started now and resets one second later.
      expect(await listFails()).toMatchObject({ code: 'rate_limited', retryAfterMs: 1000 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers 429 itself once the tenant’s rate limit is spent', async () => {
    const limited = useLimitedTenant();
    await expect(limited.adapter.getOrganization!(limited.emulatorOrgId)).resolves.toBeDefined();
    await expect(limited.adapter.getOrganization!(limited.emulatorOrgId)).resolves.toBeDefined();
    await expect(limited.adapter.getOrganization!(limited.emulatorOrgId)).rejects.toMatchObject({ code: 'rate_limited', retryAfterMs: expect.any(Number) });
  });

  it('refuses a user whose status field holds an unknown value, or a list that is not one', async () => {
    emulator.faults.failNext('GET /users/{id}', { status: 200, body: { ...seededUser(), blocked: 'yes' } });
    await expect(adapter.getUser(seededUser().user_id)).rejects.toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('GET /users', { status: 200, body: { start: 0, limit: 5, total: 1, users: { user_id: 'x' } } });
    expect(await listFails()).toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('GET /users', { status: 200, body: { start: 0, limit: 5, total: -3, users: [] } });
    expect(await listFails()).toMatchObject({ code: 'bad_response' });
    emulator.faults.failNext('GET /users', { status: 200, body: { start: 0, limit: 5, total: 1, users: [{ ...seededUser(), created_at: 'last tuesday' }] } });
    expect(await listFails()).toMatchObject({ code: 'bad_response' });
  });

  it('maps a wrong token to `unauthorized` and a missing scope to `forbidden`', async () => {
    const wrong = createAuth0Adapter({ domain: DOMAIN, auth: { getToken: () => 'not-the-token' } });
    await expect(wrong.listRoles()).rejects.toMatchObject({ code: 'unauthorized', status: 401, message: 'Invalid token' });
    emulator.faults.failNext('GET /roles', { status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Insufficient scope, expected any of: read:roles', errorCode: 'insufficient_scope' } });
    await expect(adapter.listRoles()).rejects.toMatchObject({ code: 'forbidden', status: 403 });
  });

  it('keeps control characters and runaway text out of messages', async () => {
    emulator.faults.failNext('GET /users', { status: 400, body: { statusCode: 400, error: 'Bad Request', message: `bad\u0000\u001b[31m ${'x'.repeat(500)}` } });
    const error = await listFails();
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error!.message).not.toMatch(/[\u0000-\u001f]/);
    expect(error!.message.length).toBeLessThanOrEqual(200);
  });
});

function useLimitedTenant() {
  // A second tenant on its own domain, allowed two calls per minute.
  const domain = 'limited-tenant.us.auth0.com';
  const limited = createAuth0Emulator({ domain, userCount: 3, rateLimit: { limit: 2, windowSeconds: 60 } });
  const server = serverFor(limited.handlers);
  return { adapter: createAuth0Adapter({ domain, auth: { getToken: () => limited.managementToken }, fetch: server }), emulatorOrgId: limited.state.organizations[0]!.id };
}

/** A fetch answered by `handlers` alone, as the matrix's Node side does. */
function serverFor(handlers: HttpHandler[]) {
  return async (input: string, init?: RequestInit) => (await getResponse(handlers, new Request(input, init))) ?? new Response('not emulated', { status: 501 });
}
