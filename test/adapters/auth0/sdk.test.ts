// @vitest-environment node
/**
 * The official `auth0` SDK (v7, ManagementClient) against the Auth0 emulator, for every operation
 * the Roster adapter uses. The SDK calls `globalThis.fetch`, which MSW's Node server intercepts.
 * `maxRetries: 0` so a 429 or 5xx surfaces at once instead of after the SDK's own backoff.
 */
import { ManagementClient, ManagementError } from 'auth0';
import { AUTH0_EMULATOR_CLIENT } from '../../../src/testing/emulators/auth0/index.js';
import { DOMAIN, TOKEN, useAuth0Emulator } from './emulatorServer.js';
import { rejectionOf } from '../../helpers/rejection.js';

const READER = { clientId: 'reader', clientSecret: 'reader-secret', scopes: ['read:users'] };
const { emulator, sent } = useAuth0Emulator({ clients: [AUTH0_EMULATOR_CLIENT, READER] });

const withToken = (token = TOKEN) => new ManagementClient({ domain: DOMAIN, token, maxRetries: 0 });
const withClientCredentials = (clientSecret = AUTH0_EMULATOR_CLIENT.clientSecret) =>
  new ManagementClient({ domain: DOMAIN, clientId: AUTH0_EMULATOR_CLIENT.clientId, clientSecret, maxRetries: 0 });

const ACME = 'org_RosterEmu0000001';

const failure = (promise: Promise<unknown>) => rejectionOf(promise, ManagementError);

describe('auth0 SDK (ManagementClient) against the Auth0 emulator', () => {
  it('gets a token with the client-credentials grant and uses it; a wrong secret is refused', async () => {
    const page = await withClientCredentials().users.list({ per_page: 5 });
    expect(page.data).toHaveLength(5);
    const [token, list] = await sent();
    expect(token).toMatchObject({ method: 'POST', path: '/oauth/token', body: { grant_type: 'client_credentials', client_id: AUTH0_EMULATOR_CLIENT.clientId, audience: `https://${DOMAIN}/api/v2/` } });
    expect(list!.headers.get('authorization')).toMatch(/^Bearer emulator-m2m-1-/);

    const denied = await failure(withClientCredentials('wrong').users.list({ per_page: 5 }));
    expect(denied.statusCode).toBe(401);
    expect(denied.body).toMatchObject({ error: 'access_denied' });
  });

  it('searches users with q (Lucene, v3), sorts and pages with totals; refuses past the 1,000th result', async () => {
    const sdk = withToken();
    const all = await sdk.users.list({ per_page: 100, include_totals: true });
    expect(all.response).toMatchObject({ start: 0, limit: 100, length: 40, total: 40 });

    const page = await sdk.users.list({ q: 'email:*example* AND NOT blocked:true', search_engine: 'v3', sort: 'email:-1', page: 1, per_page: 7, include_totals: true });
    const emails = page.data.map((u) => u.email!);
    expect(emails).toHaveLength(7);
    expect([...emails].sort().reverse()).toEqual(emails);
    expect(page.data.every((u) => u.blocked !== true)).toBe(true);
    expect(page.response).toMatchObject({ start: 7, limit: 7, total: emulator.state.users.filter((u) => !u.blocked).length });

    const member = emulator.state.members[ACME]![0]!.userId;
    const inAcme = await sdk.users.list({ q: `organization_id:"${ACME}"`, search_engine: 'v3', per_page: 50 });
    expect(inAcme.data.map((u) => u.user_id)).toContain(member);
    expect(inAcme.data).toHaveLength(emulator.state.members[ACME]!.length);

    const capped = await failure(sdk.users.list({ page: 10, per_page: 100 }));
    expect(capped.statusCode).toBe(400);
    expect(capped.body).toMatchObject({ errorCode: 'invalid_paging' });
    const tooShort = await failure(sdk.users.list({ q: 'name:*ab*', search_engine: 'v3' }));
    expect(tooShort.body).toMatchObject({ statusCode: 400, errorCode: 'invalid_query_string' });
  });

  it('creates, reads, updates (block, metadata merge) and deletes a user', async () => {
    const sdk = withToken();
    const created = await sdk.users.create({ connection: 'Username-Password-Authentication', email: 'SDK.Person@roster-sdk.example', password: 'Str0ng-enough', given_name: 'Sdk', family_name: 'Person', name: 'Sdk Person', app_metadata: { department: 'Legal' } });
    expect(created).toMatchObject({ email: 'sdk.person@roster-sdk.example', given_name: 'Sdk', name: 'Sdk Person', app_metadata: { department: 'Legal' }, email_verified: false });
    expect(created.user_id).toMatch(/^auth0\|[0-9a-f]{24}$/);

    const duplicate = await failure(sdk.users.create({ connection: 'Username-Password-Authentication', email: 'sdk.person@roster-sdk.example', password: 'Str0ng-enough' }));
    expect(duplicate.statusCode).toBe(409);
    const weak = await failure(sdk.users.create({ connection: 'Username-Password-Authentication', email: 'weak@roster-sdk.example', password: 'weak' }));
    expect(weak.statusCode).toBe(400);

    const blocked = await sdk.users.update(created.user_id!, { blocked: true, app_metadata: { plan: 'gold' } });
    expect(blocked).toMatchObject({ blocked: true, app_metadata: { department: 'Legal', plan: 'gold' }, name: 'Sdk Person' });
    expect((await sdk.users.get(created.user_id!)).blocked).toBe(true);

    await sdk.users.delete(created.user_id!);
    const gone = await failure(sdk.users.get(created.user_id!));
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toMatchObject({ errorCode: 'inexistent_user', message: 'The user does not exist.' });
    // Auth0 answers a delete of a missing user with 204, too.
    await expect(sdk.users.delete(created.user_id!)).resolves.toBeUndefined();
  });

  it('finds users by exact email, marks an email verified, and pages a user’s log newest first', async () => {
    const sdk = withToken();
    const person = emulator.state.users.find((u) => u.last_login && u.email)!;
    const found = await sdk.users.listUsersByEmail({ email: person.email! });
    expect(found.map((u) => u.user_id)).toEqual([person.user_id]);
    // Case-sensitive, as the reference warns: Auth0 stores its database users' addresses in lower case.
    expect(await sdk.users.listUsersByEmail({ email: person.email!.toUpperCase() })).toEqual([]);
    const missing = await failure(sdk.users.listUsersByEmail({ email: '' }));
    expect(missing.body).toMatchObject({ statusCode: 400, errorCode: 'invalid_query_string' });

    const wasVerified = person.email_verified === true;
    const verified = await sdk.users.update(person.user_id, { email_verified: !wasVerified });
    expect(verified.email_verified).toBe(!wasVerified);

    const all = emulator.state.logs.filter((l) => l.user_id === person.user_id).length;
    const first = await sdk.users.logs.list(person.user_id, { per_page: 2, sort: 'date:-1', include_totals: true });
    expect(first.data).toHaveLength(2);
    expect(first.response).toMatchObject({ start: 0, limit: 2, total: all });
    expect(Date.parse(first.data[0]!.date as string)).toBeGreaterThanOrEqual(Date.parse(first.data[1]!.date as string));
    expect(first.data[0]).toMatchObject({ type: 's', user_id: person.user_id, date: person.last_login });
    const second = await first.getNextPage();
    expect(second.data[0]!.log_id).not.toBe(first.data[1]!.log_id);
    // A user Auth0 does not have has an empty log; the route documents no 404.
    expect((await sdk.users.logs.list('auth0|000000000000000000000000')).data).toEqual([]);
    const capped = await failure(sdk.users.logs.list(person.user_id, { page: 10, per_page: 100 }));
    expect(capped.body).toMatchObject({ errorCode: 'invalid_paging' });
    const badSort = await failure(sdk.users.logs.list(person.user_id, { sort: 'date' }));
    expect(badSort.body).toMatchObject({ errorCode: 'invalid_query_string' });
  });

  it('lists, assigns and removes a user’s tenant roles; lists roles and their permissions', async () => {
    const sdk = withToken();
    const roles = await sdk.roles.list({ per_page: 100, include_totals: true });
    expect(roles.data.map((r) => r.name)).toContain('Admin');
    const admin = roles.data.find((r) => r.name === 'Admin')!;
    const permissions = await sdk.roles.permissions.list(admin.id!, { per_page: 100, include_totals: true });
    expect(permissions.data.map((p) => p.permission_name)).toContain('users:write');

    const user = emulator.state.users[0]!.user_id;
    const before = (await sdk.users.roles.list(user, { per_page: 100 })).data.map((r) => r.id);
    const extra = roles.data.find((r) => !before.includes(r.id))!.id!;
    await sdk.users.roles.assign(user, { roles: [extra] });
    expect((await sdk.users.roles.list(user)).data.map((r) => r.id).sort()).toEqual([...before, extra].sort());
    await sdk.users.roles.delete(user, { roles: [extra] });
    expect(emulator.state.userRoles[user]).toEqual(before);

    const unknown = await failure(sdk.users.roles.assign('auth0|000000000000000000000000', { roles: [extra] }));
    expect(unknown.statusCode).toBe(404);
  });

  it('lists organizations by checkpoint, reads one, and a user’s organizations', async () => {
    const sdk = withToken();
    const first = await sdk.organizations.list({ take: 5 });
    expect(first.data).toHaveLength(5);
    const seen = [...first.data];
    let page = first;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      seen.push(...page.data);
    }
    expect(seen.map((o) => o.id)).toEqual(emulator.state.organizations.map((o) => o.id));
    expect(await sdk.organizations.get(ACME)).toMatchObject({ id: ACME, name: 'acme-corporation', display_name: 'Acme Corporation' });
    expect((await failure(sdk.organizations.get('org_doesnotexist0000'))).statusCode).toBe(404);

    const member = emulator.state.members[ACME]![0]!.userId;
    const orgs = await sdk.users.organizations.list(member, { per_page: 50, include_totals: true });
    expect(orgs.data.map((o) => o.id)).toContain(ACME);
  });

  it('adds and removes members and their roles in an organization', async () => {
    const sdk = withToken();
    const outsider = emulator.state.users.find((u) => !emulator.state.members[ACME]!.some((m) => m.userId === u.user_id))!.user_id;
    const role = emulator.state.roles[1]!.id;
    await sdk.organizations.members.create(ACME, { members: [outsider] });
    await sdk.organizations.members.roles.assign(ACME, outsider, { roles: [role] });
    expect((await sdk.organizations.members.roles.list(ACME, outsider)).data.map((r) => r.id)).toEqual([role]);
    await sdk.organizations.members.roles.delete(ACME, outsider, { roles: [role] });
    expect(emulator.state.members[ACME]!.find((m) => m.userId === outsider)!.roles).toEqual([]);
    await sdk.organizations.members.delete(ACME, { members: [outsider] });
    expect(emulator.state.members[ACME]!.some((m) => m.userId === outsider)).toBe(false);
    const notMember = await failure(sdk.organizations.members.roles.assign(ACME, outsider, { roles: [role] }));
    expect(notMember.statusCode).toBe(400);
  });

  it('is refused without a valid token or scope, and reads the rate-limit answer', async () => {
    expect((await failure(withToken('not-a-token').roles.list())).statusCode).toBe(401);

    const reader = new ManagementClient({ domain: DOMAIN, clientId: READER.clientId, clientSecret: READER.clientSecret, maxRetries: 0 });
    expect((await reader.users.list({ per_page: 3 })).data).toHaveLength(3);
    const refused = await failure(reader.roles.list());
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toMatchObject({ errorCode: 'insufficient_scope', message: 'Insufficient scope, expected any of: read:roles' });

    emulator.faults.failNext('GET /users', { status: 429, retryAfterSeconds: 7 });
    const limited = await failure(withToken().users.list());
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toMatchObject({ statusCode: 429, errorCode: 'too_many_requests' });
    expect(limited.rawResponse!.headers.get('retry-after')).toBe('7');
    expect(Number(limited.rawResponse!.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 - 1);
  });
});
