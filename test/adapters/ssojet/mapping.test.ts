/**
 * SSOJet's odd spellings and gaps → the neutral model, both on the mapping functions and end to
 * end through HTTP (the emulator answers a hand-written record in place of its own).
 */
import { toIsoTimestamp } from '../../../src/adapters/ssojet/timestamps.js';
import { toMemberships, toOrganizations, toRoles, toUser } from '../../../src/adapters/ssojet/mapping.js';
import { isRosterError } from '../../../src/core/errors.js';
import { parseMemberships, parseUser } from '../../../src/core/validate.js';
import { emulate, useSsojetServer } from './harness.js';

useSsojetServer();

/** The List All Users example from the seed (002), verbatim. */
const SEED_USER = {
  _id: '6694c154565dfee5166d1cc7',
  account_id: '668e7e5946b448ab754b44a5',
  connection_id: '668e7e5946b448ab754b44a6',
  email: 'user@example.com',
  first_name: 'Test1',
  last_name: 'Test1',
  groups: null,
  raw_attributes: null,
  roles: null,
  passkey_credential: null,
  phone_id: '',
  created_at: '2024-07-15T06:27:32.003681223Z',
  modified_at: '2024-07-15T06:27:32.003681223Z',
  email_verified: false,
  is_active: true,
  LastLoginAt: null,
  tenants: null,
  identities: null,
};

function badResponse(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return isRosterError(error) && error.code === 'bad_response';
  }
  return false;
}

describe('SSOJet timestamps', () => {
  it('turns RFC 3339 with nanoseconds into millisecond ISO the neutral validator accepts', () => {
    expect(toIsoTimestamp('2024-07-15T06:27:32.003681223Z')).toBe('2024-07-15T06:27:32.003Z');
    expect(toIsoTimestamp('2024-07-15T06:27:32.999999999Z')).toBe('2024-07-15T06:27:32.999Z');
    expect(toIsoTimestamp('2024-07-15T06:27:32Z')).toBe('2024-07-15T06:27:32.000Z');
    expect(toIsoTimestamp('2024-07-15T08:27:32.5+02:00')).toBe('2024-07-15T06:27:32.500Z');
  });

  it('reads empty text and Go’s zero time as “never”, and refuses what is not a time', () => {
    expect(toIsoTimestamp(null)).toBeNull();
    expect(toIsoTimestamp('')).toBeNull();
    expect(toIsoTimestamp('0001-01-01T00:00:00Z')).toBeNull();
    expect(toIsoTimestamp('yesterday')).toBeUndefined();
    expect(toIsoTimestamp('2024-13-45T99:00:00Z')).toBeUndefined();
  });
});

describe('SSOJet user mapping', () => {
  it('maps the seed’s own record: _id, null arrays, nanosecond times, empty phone', () => {
    const user = parseUser(toUser(SEED_USER));
    expect(user).toEqual({
      id: '6694c154565dfee5166d1cc7',
      email: 'user@example.com',
      name: 'Test1 Test1',
      givenName: 'Test1',
      familyName: 'Test1',
      phone: null,
      picture: null,
      status: 'active',
      emailVerified: false,
      roleIds: [],
      createdAt: '2024-07-15T06:27:32.003Z',
      lastLoginAt: null,
      customAttributes: {},
      raw: SEED_USER,
    });
  });

  it('reads LastLoginAt (PascalCase), is_active false, role ids and role objects, raw_attributes', () => {
    const user = toUser({
      ...SEED_USER,
      is_active: false,
      email_verified: true,
      LastLoginAt: '2024-08-01T10:00:00.123456789Z',
      roles: ['668e7e5946b448ab754b44ab', { role_id: '668e7e5946b448ab754b44ac', role_name: 'Admin' }],
      raw_attributes: { test: 'x' },
      phone_id: '+15550100',
    });
    expect(user).toMatchObject({
      status: 'disabled',
      emailVerified: true,
      lastLoginAt: '2024-08-01T10:00:00.123Z',
      roleIds: ['668e7e5946b448ab754b44ab', '668e7e5946b448ab754b44ac'],
      customAttributes: { test: 'x' },
      phone: '+15550100',
    });
  });

  it('reads the get-by-email variant keyed `id`, leaving what it lacks as null or empty', () => {
    const user = parseUser(toUser({ id: '6694c133565dfee5166d1cbb', email: 'user@example.com', connection_type: 'ManualUser', is_active: true }));
    expect(user).toMatchObject({ id: '6694c133565dfee5166d1cbb', name: null, givenName: null, familyName: null, createdAt: null, lastLoginAt: null, roleIds: [], emailVerified: false, customAttributes: {} });
  });

  it('prefers `_id` when a record carries both spellings', () => {
    expect(toUser({ ...SEED_USER, id: 'other' }).id).toBe(SEED_USER._id);
  });

  it('turns wrong types into bad_response, never a TypeError', () => {
    expect(badResponse(() => toUser(null))).toBe(true);
    expect(badResponse(() => toUser([]))).toBe(true);
    expect(badResponse(() => toUser({ ...SEED_USER, _id: 42 }))).toBe(true);
    expect(badResponse(() => toUser({ ...SEED_USER, _id: undefined }))).toBe(true);
    expect(badResponse(() => toUser({ ...SEED_USER, first_name: 7 }))).toBe(true);
    expect(badResponse(() => toUser({ ...SEED_USER, roles: 'admin' }))).toBe(true);
    expect(badResponse(() => toUser({ ...SEED_USER, roles: [{ role_name: 'no id' }] }))).toBe(true);
    expect(badResponse(() => toUser({ ...SEED_USER, created_at: 'last week' }))).toBe(true);
    expect(badResponse(() => toUser({ ...SEED_USER, is_active: 'yes' }))).toBe(true);
    expect(badResponse(() => toUser({ ...SEED_USER, raw_attributes: ['a'] }))).toBe(true);
  });
});

describe('SSOJet roles, organizations and memberships mapping', () => {
  const permissions = [
    { id: '668e7e5946b448ab754b44a8', name: 'Team View', slug: 'team-view', description: '' },
    { id: '668e7e5946b448ab754b44a9', name: 'Team Manage', slug: 'team-manage', description: '' },
  ];

  it('names permissions instead of ids, reads null permission lists, hides deleted roles', () => {
    const roles = toRoles([
      { id: '668e7e5946b448ab754b44ab', name: 'Owner', slug: 'owner', description: 'Owner Role', permission_id: ['668e7e5946b448ab754b44a8', '668e7e5946b448ab754b44a9'], is_deleted: false, is_active: true },
      { id: '668e7e5946b448ab754b44ac', name: 'Member', slug: 'member', description: '', permission_id: null, is_deleted: false, is_active: true },
      { id: '668e7e5946b448ab754b44ad', name: 'Gone', slug: 'gone', permission_id: null, is_deleted: true },
      { id: '668e7e5946b448ab754b44ae', name: 'Current-style', permission_ids: ['668e7e5946b448ab754b44a8', 'ffffffffffffffffffffffff'] },
    ], permissions);
    expect(roles).toEqual([
      { id: '668e7e5946b448ab754b44ab', name: 'Owner', description: 'Owner Role', permissions: ['Team View', 'Team Manage'], organizationId: null },
      { id: '668e7e5946b448ab754b44ac', name: 'Member', permissions: [], organizationId: null },
      { id: '668e7e5946b448ab754b44ae', name: 'Current-style', permissions: ['Team View', 'ffffffffffffffffffffffff'], organizationId: null },
    ]);
  });

  it('reads organizations with WhiteListDomains, its singular misspelling, or null', () => {
    const orgs = toOrganizations([
      { id: '66571f9edbf3b4061789ea5c', name: 'test', WhiteListDomains: ['example.com'], domain: '', WorkspaceName: '', is_active: true },
      { id: '66571f9edbf3b4061789ea5d', name: 'test2', WhiteListDomain: ['example.org'] },
      { id: '66571f9edbf3b4061789ea5e', name: 'test3', WhiteListDomains: null },
    ]);
    expect(orgs.map(({ id, name, domains }) => ({ id, name, domains }))).toEqual([
      { id: '66571f9edbf3b4061789ea5c', name: 'test', domains: ['example.com'] },
      { id: '66571f9edbf3b4061789ea5d', name: 'test2', domains: ['example.org'] },
      { id: '66571f9edbf3b4061789ea5e', name: 'test3', domains: [] },
    ]);
    expect(orgs[0]!.raw).toMatchObject({ WorkspaceName: '' });
  });

  it('maps the seed’s user-organizations example: email_id, PascalCase Name, role_id', () => {
    const memberships = parseMemberships(toMemberships({
      id: '6694c133565dfee5166d1cbb',
      email_id: 'user@example.com',
      organizations: [{
        id: '6694c825d1ed074fa2eddafa', Name: 'test0121', WhiteListDomains: null, AllowProfilesOutsideOrganization: false, domain: '', WorkspaceName: '',
        roles: [{ role_id: '668e7e5946b448ab754b44ac', role_name: 'Admin', permissions: ['Team View', 'Team Manage', 'Manage SSO Connection'] }],
        is_active: true, status: 'active',
      }],
    }));
    expect(memberships).toEqual([{ organization: { id: '6694c825d1ed074fa2eddafa', name: 'test0121' }, roleIds: ['668e7e5946b448ab754b44ac'] }]);
    expect(toMemberships({ id: 'x', email_id: 'y', organizations: null })).toEqual([]);
    expect(toMemberships({ id: 'x', email_id: 'y', organizations: [{ id: 'o', Name: 'n', roles: null }] })).toEqual([{ organization: { id: 'o', name: 'n' }, roleIds: [] }]);
  });

  it('turns wrong shapes into bad_response', () => {
    expect(badResponse(() => toRoles({ roles: [] }, permissions))).toBe(true);
    expect(badResponse(() => toRoles([], null))).toBe(true);
    expect(badResponse(() => toRoles([{ id: 'r', name: 5 }], []))).toBe(true);
    expect(badResponse(() => toOrganizations([{ id: 'o', WhiteListDomains: 'example.com', name: 'x' }]))).toBe(true);
    expect(badResponse(() => toMemberships({ id: 'x', email_id: 'y' }))).toBe(true);
    expect(badResponse(() => toMemberships({ organizations: [{ id: 'o', Name: 'n', roles: [{ role_name: 'Admin' }] }] }))).toBe(true);
  });
});

describe('SSOJet mapping end to end', () => {
  it('maps a legacy record answered over HTTP, and keeps it as raw', async () => {
    const { emulator, adapter } = emulate();
    const record = { ...SEED_USER, LastLoginAt: '2024-07-20T09:15:00.000000001Z', roles: null };
    emulator.faults.failNext('getUser', { body: record });
    const user = parseUser(await adapter.getUser(record._id));
    expect(user).toMatchObject({ id: record._id, lastLoginAt: '2024-07-20T09:15:00.000Z', createdAt: '2024-07-15T06:27:32.003Z', roleIds: [] });
    expect(user.raw).toEqual(record);
  });

  it('every user the emulator lists maps to a valid neutral user with nanosecond times read', async () => {
    const { emulator, adapter } = emulate();
    const page = await adapter.listUsers({ page: { size: 25 } });
    const wire = [...emulator.state.users.values()];
    expect(wire.some((u) => /\.\d{4,9}Z$/.test(u.created_at!))).toBe(true);
    for (const [i, user] of page.items.entries()) {
      parseUser(user);
      expect(user.createdAt).toBe(new Date(Date.parse(wire[i]!.created_at!.replace(/(\.\d{3})\d+Z$/, '$1Z'))).toISOString());
    }
  });
});
