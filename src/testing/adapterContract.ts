/**
 * The behaviour every RosterAdapter must show, as a test suite any adapter author can run:
 *
 *   import { describe, it } from 'vitest';
 *   import { defineAdapterContract } from 'react-roster/testing';
 *   defineAdapterContract({ describe, it }, { name: 'my IdP', createAdapter: () => createMyAdapter(…) });
 *
 * `createAdapter` must return a fresh adapter over a fresh directory for each test, holding at
 * least 12 users, 3 project-wide roles and 2 organizations. Write tests run only for the write
 * methods the adapter has.
 */
import type { RosterAdapter } from '../core/adapter.js';
import { isAbortError, isRosterError } from '../core/errors.js';
import type { User, UserSortField, UsersQuery } from '../core/model.js';
import { parseMemberships, parseOrganizationsPage, parseRoles, parseUser, parseUsersPage } from '../core/validate.js';
import { check, checkEqual, checkRejects, sameMembers } from './assert.js';

type Fn = () => void | Promise<void>;

export interface ContractRunner {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: Fn, timeout?: number) => void;
}

export interface AdapterContractOptions {
  name: string;
  createAdapter: () => RosterAdapter | Promise<RosterAdapter>;
  /** Per test, in milliseconds; HTTP adapters against an emulator may want more. Default 20,000. */
  timeoutMs?: number;
}

const UNKNOWN_ID = 'roster-contract-no-such-id';

const isCode = (code: string) => (error: unknown) => isRosterError(error) && error.code === code;

/** Follows `nextCursor` from the first page to the last and returns every item seen, in order. */
export async function collectAllUsers(adapter: RosterAdapter, query: Omit<UsersQuery, 'page'> = {}, size = 7): Promise<User[]> {
  const seen: User[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 10_000; pages++) {
    const page = parseUsersPage(await adapter.listUsers({ ...query, page: { size, cursor } }));
    seen.push(...page.items);
    check(page.items.length <= size, `a page of size ${size} returned ${page.items.length} items`);
    if (!page.nextCursor) return seen;
    check(page.nextCursor !== cursor, 'nextCursor repeated the cursor just used: paging would never end');
    cursor = page.nextCursor;
  }
  throw new Error('paging did not end after 10,000 pages');
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function sortKey(user: User, field: UserSortField): string | null {
  if (field === 'name') return user.name ?? user.email;
  return user[field];
}

function inOrder(field: UserSortField, direction: 'asc' | 'desc', a: User, b: User): boolean {
  const av = sortKey(a, field);
  const bv = sortKey(b, field);
  if (av === null || bv === null) return true;
  const c = field === 'createdAt' || field === 'lastLoginAt' ? Date.parse(av) - Date.parse(bv) : collator.compare(av, bv);
  return direction === 'asc' ? c <= 0 : c >= 0;
}

export function defineAdapterContract(runner: ContractRunner, options: AdapterContractOptions): void {
  const { describe, it } = runner;
  const timeout = options.timeoutMs ?? 20_000;
  const test = (name: string, body: (adapter: RosterAdapter) => Promise<void>) =>
    it(name, async () => body(await options.createAdapter()), timeout);

  describe(`RosterAdapter contract: ${options.name}`, () => {
    describe('reading users', () => {
      test('paging by cursor visits every user exactly once', async (adapter) => {
        const all = await collectAllUsers(adapter);
        const ids = all.map((u) => u.id);
        check(ids.length >= 12, `the directory must hold at least 12 users, found ${ids.length}`);
        checkEqual(new Set(ids).size, ids.length, 'a user appeared on more than one page');
        const first = parseUsersPage(await adapter.listUsers({ page: { size: 7 } }));
        if (adapter.capabilities.totals) checkEqual(first.total, ids.length, 'total must equal the number of users paged through');
      });

      test('paging by index agrees with paging by cursor (offset adapters)', async (adapter) => {
        if (adapter.capabilities.pagination !== 'offset') return;
        const byCursor = (await collectAllUsers(adapter, { sort: { field: 'email', direction: 'asc' } }, 5)).map((u) => u.id);
        const byIndex: string[] = [];
        for (let index = 0; byIndex.length < byCursor.length; index++) {
          const page = await adapter.listUsers({ sort: { field: 'email', direction: 'asc' }, page: { size: 5, index } });
          check(page.items.length > 0, `page index ${index} was empty before every user was seen`);
          byIndex.push(...page.items.map((u) => u.id));
        }
        checkEqual(byIndex, byCursor, 'index paging and cursor paging must give the same order');
      });

      test('sorts by every field it declares, in both directions', async (adapter) => {
        for (const field of adapter.capabilities.sortFields) {
          for (const direction of ['asc', 'desc'] as const) {
            const { items } = await adapter.listUsers({ sort: { field, direction }, page: { size: 50 } });
            for (let i = 1; i < items.length; i++) {
              check(inOrder(field, direction, items[i - 1]!, items[i]!), `sort ${field} ${direction}: “${sortKey(items[i - 1]!, field)}” came before “${sortKey(items[i]!, field)}”`);
            }
          }
        }
      });

      test('search finds a user by part of the email and returns only matches', async (adapter) => {
        if (!adapter.capabilities.search) return;
        const { items } = await adapter.listUsers({ page: { size: 5 } });
        const target = items.find((u) => u.email)!;
        const needle = target.email!.split('@')[0]!.toUpperCase();
        const found = await collectAllUsers(adapter, { search: needle }, 10);
        check(found.some((u) => u.id === target.id), `searching “${needle}” did not find ${target.email}`);
        for (const u of found) {
          const text = [u.name, u.email, u.givenName, u.familyName].join(' ').toLowerCase();
          check(text.includes(needle.toLowerCase()), `search “${needle}” returned ${u.email}, which does not match`);
        }
        const none = await adapter.listUsers({ search: 'zz-no-user-matches-this-zz', page: { size: 10 } });
        checkEqual(none.items.length, 0, 'a search matching nobody must return no users');
      });

      test('filters by status, role and organization', async (adapter) => {
        const { filters } = adapter.capabilities;
        if (filters.status) {
          for (const status of ['active', 'invited', 'disabled'] as const) {
            const found = await collectAllUsers(adapter, { filter: { status: [status] } }, 50);
            check(found.every((u) => u.status === status), `status filter ${status} returned a user with another status`);
          }
        }
        if (filters.roleIds) {
          const [role] = parseRoles(await adapter.listRoles());
          const found = await collectAllUsers(adapter, { filter: { roleIds: [role!.id] } }, 50);
          check(found.length > 0, `no user holds role ${role!.id}; the fixture should have some`);
          for (const u of found.slice(0, 5)) {
            const memberships = u.memberships ?? (await adapter.listUserMemberships(u.id));
            const held = [...u.roleIds, ...memberships.flatMap((m) => m.roleIds)];
            check(held.includes(role!.id), `role filter ${role!.id} returned ${u.id}, which does not hold it`);
          }
        }
        if (filters.organizationId) {
          const orgs = parseOrganizationsPage(await adapter.listOrganizations());
          const org = orgs.items[0]!;
          const found = await collectAllUsers(adapter, { filter: { organizationId: org.id } }, 50);
          check(found.length > 0, `organization ${org.id} has no members; the fixture should have some`);
          for (const u of found.slice(0, 5)) {
            const memberships = parseMemberships(await adapter.listUserMemberships(u.id));
            check(memberships.some((m) => m.organization.id === org.id), `organization filter returned ${u.id}, who is not a member`);
          }
        }
      });

      test('getUser returns the user the list shows, and not_found for an unknown id', async (adapter) => {
        const { items } = await adapter.listUsers({ page: { size: 3 } });
        const listed = items[0]!;
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

      test('an aborted signal rejects with an AbortError', async (adapter) => {
        const controller = new AbortController();
        controller.abort();
        await checkRejects(adapter.listUsers({ page: { size: 5 } }, { signal: controller.signal }), isAbortError, 'listUsers with an aborted signal must reject with an AbortError');
        await checkRejects(adapter.listRoles({}, { signal: controller.signal }), isAbortError, 'listRoles with an aborted signal must reject with an AbortError');
      });
    });

    describe('changing roles', () => {
      test('add, remove and set round-trip on project-wide roles', async (adapter) => {
        if (!adapter.addUserRoles && !adapter.setUserRoles) return;
        const roles = parseRoles(await adapter.listRoles());
        const { items } = await adapter.listUsers({ page: { size: 1 } });
        const userId = items[0]!.id;
        const before = parseUser(await adapter.getUser(userId)).roleIds;
        const extra = roles.find((r) => !before.includes(r.id))!;
        if (adapter.addUserRoles && adapter.removeUserRoles) {
          await adapter.addUserRoles(userId, [extra.id]);
          check(sameMembers(parseUser(await adapter.getUser(userId)).roleIds, [...before, extra.id]), 'addUserRoles must add exactly the given role');
          await adapter.removeUserRoles(userId, [extra.id]);
          check(sameMembers(parseUser(await adapter.getUser(userId)).roleIds, before), 'removeUserRoles must remove exactly the given role');
        }
        if (adapter.setUserRoles) {
          const target = roles.slice(0, 2).map((r) => r.id);
          await adapter.setUserRoles(userId, target);
          check(sameMembers(parseUser(await adapter.getUser(userId)).roleIds, target), 'setUserRoles must leave exactly the given roles');
          await adapter.setUserRoles(userId, []);
          checkEqual(parseUser(await adapter.getUser(userId)).roleIds, [], 'setUserRoles([]) must leave no roles');
        }
      });

      test('organization-scoped role changes land in that organization only', async (adapter) => {
        if (!adapter.capabilities.organizationRoles || !adapter.addUserRoles || !adapter.removeUserRoles) return;
        const { items } = await adapter.listUsers({ page: { size: 10 } });
        for (const candidate of items) {
          const memberships = parseMemberships(await adapter.listUserMemberships(candidate.id));
          const membership = memberships[0];
          if (!membership) continue;
          const orgId = membership.organization.id;
          const projectBefore = parseUser(await adapter.getUser(candidate.id)).roleIds;
          const assignable = parseRoles(await adapter.listRoles({ organizationId: orgId }));
          const extra = assignable.find((r) => !membership.roleIds.includes(r.id))!;
          await adapter.addUserRoles(candidate.id, [extra.id], { organizationId: orgId });
          const after = parseMemberships(await adapter.listUserMemberships(candidate.id));
          check(sameMembers(after.find((m) => m.organization.id === orgId)!.roleIds, [...membership.roleIds, extra.id]), 'the role must be added in the organization');
          for (const other of after.filter((m) => m.organization.id !== orgId)) {
            const was = memberships.find((m) => m.organization.id === other.organization.id)!;
            check(sameMembers(other.roleIds, was.roleIds), 'a role change in one organization changed another');
          }
          check(sameMembers(parseUser(await adapter.getUser(candidate.id)).roleIds, projectBefore), 'an organization role change altered project-wide roles');
          await adapter.removeUserRoles(candidate.id, [extra.id], { organizationId: orgId });
          const restored = parseMemberships(await adapter.listUserMemberships(candidate.id));
          check(sameMembers(restored.find((m) => m.organization.id === orgId)!.roleIds, membership.roleIds), 'removing the organization role must restore the prior roles');
          return;
        }
        throw new Error('no user among the first 10 belongs to an organization; the fixture should have some');
      });

      test('role changes on an unknown user reject with not_found', async (adapter) => {
        const roles = parseRoles(await adapter.listRoles());
        const change = adapter.addUserRoles ?? adapter.setUserRoles;
        if (!change) return;
        await checkRejects(change.call(adapter, UNKNOWN_ID, [roles[0]!.id]), isCode('not_found'), 'a role change on an unknown user must reject with not_found');
      });
    });

    describe('memberships', () => {
      test('add to and remove from an organization round-trip', async (adapter) => {
        if (!adapter.addUserToOrganization || !adapter.removeUserFromOrganization) return;
        const orgs = parseOrganizationsPage(await adapter.listOrganizations()).items;
        const { items } = await adapter.listUsers({ page: { size: 1 } });
        const userId = items[0]!.id;
        const before = parseMemberships(await adapter.listUserMemberships(userId));
        const target = orgs.find((o) => !before.some((m) => m.organization.id === o.id));
        check(target, 'the first user already belongs to every organization; the fixture should leave room');
        const [role] = parseRoles(await adapter.listRoles({ organizationId: target.id }));
        await adapter.addUserToOrganization(userId, target.id, [role!.id]);
        const joined = parseMemberships(await adapter.listUserMemberships(userId)).find((m) => m.organization.id === target.id);
        check(joined, 'addUserToOrganization must make the user a member');
        check(sameMembers(joined.roleIds, [role!.id]), 'addUserToOrganization must grant the given roles');
        checkEqual(joined.organization.name, target.name, 'the membership must carry the organization name');
        await adapter.removeUserFromOrganization(userId, target.id);
        const after = parseMemberships(await adapter.listUserMemberships(userId));
        check(!after.some((m) => m.organization.id === target.id), 'removeUserFromOrganization must end the membership');
        checkEqual(after.length, before.length, 'removing one membership must leave the others');
      });

      test('membership changes on an unknown user reject with not_found', async (adapter) => {
        if (!adapter.addUserToOrganization) return;
        const orgs = parseOrganizationsPage(await adapter.listOrganizations()).items;
        await checkRejects(adapter.addUserToOrganization(UNKNOWN_ID, orgs[0]!.id), isCode('not_found'), 'adding an unknown user to an organization must reject with not_found');
      });
    });

    describe('managing users', () => {
      test('create, partial update, status and delete', async (adapter) => {
        if (!adapter.createUser) return;
        const email = `contract.${Date.now().toString(36)}@roster-contract.example`;
        const created = parseUser(await adapter.createUser({ email, name: 'Contract Person', givenName: 'Contract', familyName: 'Person' }));
        checkEqual(created.email, email, 'createUser must keep the email');
        const fetched = parseUser(await adapter.getUser(created.id));
        checkEqual(fetched.email, email, 'a created user must be readable');
        if (adapter.updateUser) {
          const updated = parseUser(await adapter.updateUser(created.id, { name: 'Renamed Person' }));
          checkEqual(updated.name, 'Renamed Person', 'updateUser must change the given field');
          checkEqual(parseUser(await adapter.getUser(created.id)).email, email, 'updateUser must leave fields it was not given');
        }
        if (adapter.setUserStatus) {
          checkEqual(parseUser(await adapter.setUserStatus(created.id, 'disabled')).status, 'disabled', 'setUserStatus(disabled) must disable');
          checkEqual(parseUser(await adapter.getUser(created.id)).status, 'disabled', 'a disabled user must read back as disabled');
          checkEqual(parseUser(await adapter.setUserStatus(created.id, 'active')).status, 'active', 'setUserStatus(active) must enable');
        }
        if (adapter.deleteUser) {
          await adapter.deleteUser(created.id);
          await checkRejects(adapter.getUser(created.id), isCode('not_found'), 'a deleted user must be gone');
          await checkRejects(adapter.deleteUser(created.id), isCode('not_found'), 'deleting a deleted user must reject with not_found');
        }
      });

      test('creating a user with a malformed email rejects with invalid_input', async (adapter) => {
        if (!adapter.createUser) return;
        const error = await checkRejects(adapter.createUser({ email: 'not-an-email' }), isCode('invalid_input'), 'a malformed email must be rejected as invalid_input');
        check(isRosterError(error) && typeof error.message === 'string' && error.message.length > 0, 'the error needs a message');
      });
    });
  });
}
