// @vitest-environment node
/**
 * What an identity provider says stays on the server. A browser gets one fixed message per error
 * code, and field errors only as the handler's own validation words them; the IdP's own text goes
 * to the server log, with anything that looks like a key scrubbed there too. The Descope adapter
 * (the one that builds messages from Descope's error descriptions) runs against its emulator.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDescopeAdapter } from '../../src/adapters/descope/index.js';
import { DESCOPE_PATHS } from '../../src/adapters/descope/wire.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { RosterLogEntry } from '../../src/server/index.js';
import { createDescopeEmulator } from '../../src/testing/emulators/descope/index.js';
import { call, startRosterServer, tenantFixture, TOKENS, type RunningServer } from './harness.js';

const PROJECT_ID = 'P2RosterSafeMessages';
const MANAGEMENT_KEY = 'K2a9f3c7e1b5d8f2a4c6e8b0d1f3a5c7e9b';
const OTHER_TENANT = 'T2xK9mQ4rV7wZ1yB3nC5';
const emulator = createDescopeEmulator({ projectId: PROJECT_ID, managementKey: MANAGEMENT_KEY, userCount: 20 });
// The test's own requests to 127.0.0.1 pass through; the adapter's calls to Descope are answered.
const descope = setupServer(...emulator.handlers);
beforeAll(() => descope.listen({ onUnhandledRequest: 'bypass' }));
afterAll(() => descope.close());

let logs: RosterLogEntry[];
let server: RunningServer;
beforeEach(async () => {
  emulator.reset();
  logs = [];
  server = await startRosterServer({
    adapter: createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } }),
    logger: (entry) => logs.push(entry),
  });
});
afterEach(() => server.close());

const userId = () => emulator.state.users[0]!.userId;

describe('a Descope error description', () => {
  it('never reaches the browser: the answer carries the fixed message for its code', async () => {
    emulator.faults.failNext(DESCOPE_PATHS.userLoad, {
      status: 400,
      body: { errorCode: 'E011003', errorDescription: `Tenant ${OTHER_TENANT} rejected`, errorMessage: `key ${MANAGEMENT_KEY} of ${PROJECT_ID} is not allowed` },
    });
    const res = await call(server, 'GET', `/users/${userId()}`, { token: TOKENS.project });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ code: 'invalid_input', status: 400, message: 'The identity provider did not accept the request.' });
    for (const leak of [OTHER_TENANT, MANAGEMENT_KEY, PROJECT_ID, 'rejected']) expect(res.text).not.toContain(leak);
  });

  it('goes to the server log with the key scrubbed', async () => {
    emulator.faults.failNext(DESCOPE_PATHS.userPatch, {
      status: 500,
      body: { errorCode: 'E010001', errorDescription: 'Internal error', errorMessage: `upstream said Authorization: Bearer ${PROJECT_ID}:${MANAGEMENT_KEY}` },
    });
    const res = await call(server, 'PATCH', `/users/${userId()}`, { token: TOKENS.project, body: { name: 'New name' } });
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('Internal error');
    const text = JSON.stringify(logs);
    expect(text).toContain('Internal error');
    expect(text).toContain('[redacted]');
    expect(text).not.toContain(MANAGEMENT_KEY);
  });
});

describe('an adapter’s RosterError', () => {
  let memory: MemoryAdapter;
  let other: RunningServer;
  beforeEach(async () => {
    memory = createMemoryAdapter({ seed: 7 });
    other = await startRosterServer({ adapter: memory, logger: (entry) => logs.push(entry) });
  });
  afterEach(() => other.close());

  it.each([
    ['conflict', 409, 'This conflicts with the current state of the directory.'],
    ['not_found', 404, 'The item was not found.'],
    ['forbidden', 403, 'The identity provider refused this action.'],
    ['rate_limited', 429, 'Too many requests. Try again shortly.'],
    ['server', 500, 'The identity provider failed to handle the request.'],
    ['unsupported', 501, 'The identity provider does not support this action.'],
  ] as const)('%s crosses with its fixed message only', async (code, status, message) => {
    memory.faults.failNext('getUser', { code, status, message: `sk_live_51HxQ2eLkd8aPq3Zr7Ty9Uv tenant org_002 says no (${code})` });
    const res = await call(other, 'GET', '/users/anyone', { token: TOKENS.project });
    expect(res.status).toBe(status);
    expect(res.json.message).toBe(message);
    expect(res.text).not.toMatch(/sk_live|org_002|says no/);
    const logged = JSON.stringify(logs);
    expect(logged).toContain('says no');
    expect(logged).not.toContain('sk_live_51HxQ2eLkd8aPq3Zr7Ty9Uv');
  });

  it('keeps field names the protocol knows, in the handler’s words, and drops the rest', async () => {
    const { onlyA } = tenantFixture(memory);
    memory.faults.failNext('updateUser', {
      code: 'invalid_input',
      status: 400,
      message: 'Descope: attribute "ssn" of tenant org_002 is locked',
      fieldErrors: { name: 'contains the word admin used by org_002', 'customAttributes.ssn': 'value 123-45-6789 locked' },
    });
    const res = await call(other, 'PATCH', `/users/${onlyA.id}`, { token: TOKENS.project, body: { name: 'Renamed' } });
    expect(res.status).toBe(400);
    expect(res.json.fieldErrors).toEqual({ name: 'The identity provider did not accept this value.' });
    expect(res.text).not.toMatch(/org_002|ssn|123-45-6789|Descope/);
  });

  it('the handler’s own validation still words its field errors itself', async () => {
    const res = await call(other, 'POST', '/users', { token: TOKENS.project, body: { email: 'not an email' } });
    expect(res.json.fieldErrors).toEqual({ email: 'Enter a valid email address.' });
  });
});
