/**
 * User search as the emulator answers it: the body of `POST /v2/mgmt/user/search` (and the
 * widgets' v1 search) applied to the user records. Different fields narrow together (AND); the
 * values inside one field are alternatives (OR), as the reference describes them.
 */
import type { DescopeRoleFilter, DescopeSortEntry, DescopeUser, DescopeUserSearchBody } from '../../../adapters/descope/wire.js';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Descope's server default page size. */
export const DEFAULT_SEARCH_LIMIT = 100;

const anyOf = (wanted: readonly unknown[] | undefined, test: (value: unknown) => boolean) => !wanted?.length || wanted.some(test);

function matchesTenantRoles(user: DescopeUser, filters: Record<string, DescopeRoleFilter>): boolean {
  const entries = Object.entries(filters).filter(([, f]) => f?.values?.length);
  if (!entries.length) return true;
  return entries.some(([tenantId, filter]) => {
    const held = user.userTenants.find((t) => t.tenantId === tenantId)?.roleNames ?? [];
    return filter.and ? filter.values.every((v) => held.includes(v)) : filter.values.some((v) => held.includes(v));
  });
}

function matchesCustomAttributes(user: DescopeUser, wanted: Record<string, unknown> | undefined): boolean {
  return Object.entries(wanted ?? {}).every(([key, value]) => {
    const options = Array.isArray(value) ? value : [value];
    return options.some((option) => user.customAttributes[key] === option);
  });
}

function matchesText(user: DescopeUser, text: string | undefined): boolean {
  const needle = text?.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [user.name, user.email, user.phone, user.givenName, user.middleName, user.familyName, ...user.loginIds].some((value) =>
    value.toLocaleLowerCase().includes(needle),
  );
}

export function matchesSearch(user: DescopeUser, body: DescopeUserSearchBody): boolean {
  if (body.testUsersOnly ? !user.test : user.test && !body.withTestUser) return false;
  const createdMs = user.createdTime * 1000;
  return (
    anyOf(body.userIds, (id) => id === user.userId) &&
    anyOf(body.loginIds, (id) => user.loginIds.includes(id as string)) &&
    anyOf(body.emails, (email) => email === user.email) &&
    anyOf(body.phones, (phone) => phone === user.phone) &&
    anyOf(body.statuses, (status) => status === user.status) &&
    anyOf(body.tenantIds, (id) => user.userTenants.some((t) => t.tenantId === id)) &&
    anyOf(body.roleNames, (name) => user.roleNames.includes(name as string)) &&
    matchesTenantRoles(user, body.tenantRoleNames ?? {}) &&
    matchesCustomAttributes(user, body.customAttributes) &&
    matchesText(user, body.text) &&
    (body.fromCreatedTime === undefined || createdMs >= body.fromCreatedTime) &&
    (body.toCreatedTime === undefined || createdMs <= body.toCreatedTime)
  );
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** Orders by each sort entry in turn; empty values go last either way, ties fall back to the id. */
function compareBy(sort: readonly DescopeSortEntry[]) {
  return (a: DescopeUser, b: DescopeUser): number => {
    for (const { field, desc } of sort) {
      const av = (a as unknown as Record<string, unknown>)[field];
      const bv = (b as unknown as Record<string, unknown>)[field];
      if (isEmpty(av) || isEmpty(bv)) {
        if (isEmpty(av) !== isEmpty(bv)) return isEmpty(av) ? 1 : -1;
        continue;
      }
      const c = typeof av === 'number' && typeof bv === 'number' ? av - bv : collator.compare(String(av), String(bv));
      if (c !== 0) return desc ? -c : c;
    }
    return a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
  };
}

export function searchUsers(users: readonly DescopeUser[], body: DescopeUserSearchBody): { users: DescopeUser[]; total: number } {
  const matching = users.filter((u) => matchesSearch(u, body));
  if (body.sort?.length) matching.sort(compareBy(body.sort));
  const limit = body.limit && body.limit > 0 ? body.limit : DEFAULT_SEARCH_LIMIT;
  const start = body.offset && body.offset > 0 ? body.offset : (body.page ?? 0) * limit;
  return { users: matching.slice(start, start + limit), total: matching.length };
}
