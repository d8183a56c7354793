/** Reading: paging, sorting, searching, filtering, single records, roles, organizations, aborts. */
import { isAbortError } from '../../core/errors.js';
import { parseMemberships, parseOrganization, parseOrganizationsPage, parseRoles, parseUser, parseUsersPage } from '../../core/validate.js';
import { check, checkEqual, checkRejects } from '../assert.js';
import { capability, collectAllUsers, firstUser, inOrder, isCode, methods, sortKey, UNKNOWN_ID, type Check } from './kit.js';

export function readChecks(test: Check): void {
  test('paging by cursor visits every user exactly once', async (adapter) => {
    const ids = (await collectAllUsers(adapter)).map((u) => u.id);
    check(ids.length >= 12, `the directory must hold at least 12 users, found ${ids.length}`);
    checkEqual(new Set(ids).size, ids.length, 'a user appeared on more than one page');
  });

  test(
    'Page.total counts every user',
    async (adapter) => {
      const all = await collectAllUsers(adapter);
      const first = parseUsersPage(await adapter.listUsers({ page: { size: 7 } }));
      checkEqual(first.total, all.length, 'total must equal the number of users paged through');
    },
    capability('totals', (c) => c.totals),
  );

  test(
    'paging by index agrees with paging by cursor',
    async (adapter) => {
      const sort = adapter.capabilities.sortFields.includes('email') ? { field: 'email' as const, direction: 'asc' as const } : undefined;
      const byCursor = (await collectAllUsers(adapter, { sort }, 5)).map((u) => u.id);
      const byIndex: string[] = [];
      for (let index = 0; byIndex.length < byCursor.length; index++) {
        const page = await adapter.listUsers({ sort, page: { size: 5, index } });
        check(page.items.length > 0, `page index ${index} was empty before every user was seen`);
        byIndex.push(...page.items.map((u) => u.id));
      }
      checkEqual(byIndex, byCursor, 'index paging and cursor paging must give the same order');
    },
    capability('pagination', (c) => c.pagination, (p) => p === 'offset', 'capabilities.pagination "offset"'),
  );

  test(
    'sorts by every field it declares, in both directions',
    async (adapter) => {
      for (const field of adapter.capabilities.sortFields) {
        for (const direction of ['asc', 'desc'] as const) {
          const { items } = await adapter.listUsers({ sort: { field, direction }, page: { size: 50 } });
          for (let i = 1; i < items.length; i++) {
            check(inOrder(field, direction, items[i - 1]!, items[i]!), `sort ${field} ${direction}: “${sortKey(items[i - 1]!, field)}” came before “${sortKey(items[i]!, field)}”`);
          }
        }
      }
    },
    capability('sortFields', (c) => c.sortFields, (fields) => fields.length > 0),
  );

  test(
    'search finds a user by part of the email and returns only matches',
    async (adapter) => {
      const { items } = await adapter.listUsers({ page: { size: 5 } });
      const target = items.find((u) => u.email);
      check(target, 'none of the first 5 users has an email; the fixture should have some');
      const needle = target.email!.split('@')[0]!.toUpperCase();
      const found = await collectAllUsers(adapter, { search: needle }, 10);
      check(found.some((u) => u.id === target.id), `searching “${needle}” did not find ${target.email}`);
      for (const u of found) {
        const text = [u.name, u.email, u.givenName, u.familyName].join(' ').toLowerCase();
        check(text.includes(needle.toLowerCase()), `search “${needle}” returned ${u.email}, which does not match`);
      }
      const none = await adapter.listUsers({ search: 'zz-no-user-matches-this-zz', page: { size: 10 } });
      checkEqual(none.items.length, 0, 'a search matching nobody must return no users');
    },
    capability('search', (c) => c.search),
  );

  test(
    'filters by status',
    async (adapter) => {
      for (const status of ['active', 'invited', 'disabled'] as const) {
        const found = await collectAllUsers(adapter, { filter: { status: [status] } }, 50);
        check(found.every((u) => u.status === status), `status filter ${status} returned a user with another status`);
      }
    },
    capability('filters.status', (c) => c.filters.status),
  );

  test(
    'filters by role',
    async (adapter) => {
      const [role] = parseRoles(await adapter.listRoles());
      const found = await collectAllUsers(adapter, { filter: { roleIds: [role!.id] } }, 50);
      check(found.length > 0, `no user holds role ${role!.id}; the fixture should have some`);
      for (const u of found.slice(0, 5)) {
        const memberships = u.memberships ?? (await adapter.listUserMemberships(u.id));
        const held = [...u.roleIds, ...memberships.flatMap((m) => m.roleIds)];
        check(held.includes(role!.id), `role filter ${role!.id} returned ${u.id}, which does not hold it`);
      }
    },
    capability('filters.roleIds', (c) => c.filters.roleIds),
  );

  test(
    'filters by organization',
    async (adapter) => {
      const org = parseOrganizationsPage(await adapter.listOrganizations()).items[0]!;
      const found = await collectAllUsers(adapter, { filter: { organizationId: org.id } }, 50);
      check(found.length > 0, `organization ${org.id} has no members; the fixture should have some`);
      for (const u of found.slice(0, 5)) {
        const memberships = parseMemberships(await adapter.listUserMemberships(u.id));
        check(memberships.some((m) => m.organization.id === org.id), `organization filter returned ${u.id}, who is not a member`);
      }
    },
    capability('filters.organizationId', (c) => c.filters.organizationId),
  );

  test('getUser returns the user the list shows, and not_found for an unknown id', async (adapter) => {
    const listed = await firstUser(adapter);
    const user = parseUser(await adapter.getUser(listed.id));
    checkEqual([user.id, user.email, user.status], [listed.id, listed.email, listed.status], 'getUser disagrees with listUsers');
    await checkRejects(adapter.getUser(UNKNOWN_ID), isCode('not_found'), 'getUser of an unknown id must reject with not_found');
    await checkRejects(adapter.listUserMemberships(UNKNOWN_ID), isCode('not_found'), 'listUserMemberships of an unknown id must reject with not_found');
  });

  test('lists roles and organizations in the neutral shape', async (adapter) => {
    const roles = parseRoles(await adapter.listRoles());
    check(roles.length >= 3, `expected at least 3 project-wide roles, found ${roles.length}`);
    check(roles.every((r) => !r.organizationId), 'listRoles() without an organization must return project-wide roles only');
    const orgs = parseOrganizationsPage(await adapter.listOrganizations());
    check(orgs.items.length >= 2, `expected at least 2 organizations, found ${orgs.items.length}`);
    const scoped = parseRoles(await adapter.listRoles({ organizationId: orgs.items[0]!.id }));
    check(scoped.every((r) => !r.organizationId || r.organizationId === orgs.items[0]!.id), 'listRoles({ organizationId }) returned another organization’s role');
  });

  test(
    'getOrganization returns the organization the list shows, and not_found for an unknown id',
    async (adapter) => {
      const listed = parseOrganizationsPage(await adapter.listOrganizations()).items[1]!;
      const found = parseOrganization(await adapter.getOrganization!(listed.id));
      checkEqual([found.id, found.name, [...found.domains].sort()], [listed.id, listed.name, [...listed.domains].sort()], 'getOrganization disagrees with listOrganizations');
      await checkRejects(adapter.getOrganization!(UNKNOWN_ID), isCode('not_found'), 'getOrganization of an unknown id must reject with not_found');
    },
    methods('getOrganization'),
  );

  test('an aborted signal rejects with an AbortError', async (adapter) => {
    const controller = new AbortController();
    controller.abort();
    await checkRejects(adapter.listUsers({ page: { size: 5 } }, { signal: controller.signal }), isAbortError, 'listUsers with an aborted signal must reject with an AbortError');
    await checkRejects(adapter.listRoles({}, { signal: controller.signal }), isAbortError, 'listRoles with an aborted signal must reject with an AbortError');
  });
}
