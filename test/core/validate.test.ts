import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { isRosterError } from '../../src/core/errors.js';
import { parseMemberships, parseRoles, parseUser, parseUsersPage } from '../../src/core/validate.js';

const good = createMemoryAdapter({ seed: 3, userCount: 4 }).snapshot();

/** The log line a refused response leaves (the `cause`): the path and what was wrong there. */
function refusal(parse: (value: unknown) => unknown, value: unknown): string {
  try {
    parse(value);
  } catch (error) {
    expect(isRosterError(error) && error.code).toBe('bad_response');
    return String(((error as Error).cause as Error).message);
  }
  throw new Error('expected the response to be refused');
}

const page = (items: unknown[]) => ({ items, total: items.length, nextCursor: null });
const withUser = (i: number, patch: Record<string, unknown>) => page(good.users.map((u, j) => (j === i ? { ...u, ...patch } : u)));

describe('response validation', () => {
  it('accepts a well-formed page and returns the same objects', () => {
    const value = page(good.users);
    expect(parseUsersPage(value)).toBe(value);
    expect(parseUser(good.users[0])).toBe(good.users[0]);
    expect(parseRoles(good.roles)).toEqual(good.roles);
  });

  it('names the exact place of a wrong field, deep in a page of users', () => {
    expect(refusal(parseUsersPage, withUser(2, { email: 42 }))).toBe('usersPage.items[2].email: expected a string, got number');
    expect(refusal(parseUsersPage, withUser(1, { status: 'gone' }))).toBe('usersPage.items[1].status: expected one of active, invited, disabled, got string');
    expect(refusal(parseUsersPage, withUser(3, { roleIds: ['admin', null] }))).toBe('usersPage.items[3].roleIds[1]: expected a string, got null');
    expect(refusal(parseUsersPage, withUser(0, { createdAt: 'yesterday' }))).toBe('usersPage.items[0].createdAt: expected an ISO 8601 date, got string');
    const badMembership = { ...good.users[1]!, memberships: [{ organization: { id: '', name: 'Globex' }, roleIds: [] }] };
    expect(refusal(parseUsersPage, withUser(1, badMembership))).toBe('usersPage.items[1].memberships[0].organization.id: expected a non-empty string, got string');
    expect(refusal(parseUsersPage, page([...good.users, 'nobody']))).toBe('usersPage.items[4]: expected an object, got string');
    expect(refusal(parseUsersPage, { ...page(good.users), total: -1 })).toBe('usersPage.total: expected a non-negative integer or null, got number');
  });

  it('judges dates as Date.parse does, with or without its shortcut for the common shape', () => {
    const dates = [
      '2024-05-01T10:20:30.123Z', '2024-05-01T10:20:30Z', '2024-05-01T10:20Z', '2024-05-01T10:20:30+05:30', '2024-05-01',
      '2024-02-28T00:00:00Z', '2024-02-29T00:00:00Z', '2023-02-29T00:00:00Z', '2024-04-31T00:00:00Z', '2024-12-31T23:59:59.999Z',
      '2024-13-01T00:00:00Z', '2024-00-10T00:00:00Z', '2024-01-32T00:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01T23:60:00Z',
      'May 1, 2024', 'yesterday', '', '2024-05-01T10:20:30.1234567Z',
    ];
    for (const date of dates) {
      const accepted = (() => {
        try {
          parseUser({ ...good.users[0], createdAt: date });
          return true;
        } catch {
          return false;
        }
      })();
      expect(accepted, date).toBe(!Number.isNaN(Date.parse(date)));
    }
  });

  it('names the place in single results and plain lists too', () => {
    expect(refusal(parseUser, { ...good.users[0], customAttributes: [] })).toBe('user.customAttributes: expected an object, got array');
    expect(refusal(parseRoles, [good.roles[0], { ...good.roles[1], permissions: 'all' }])).toBe('roles[1].permissions: expected an array of strings, got string');
    expect(refusal(parseMemberships, [{ organization: null, roleIds: [] }])).toBe('memberships[0].organization: expected an object, got null');
  });
});
