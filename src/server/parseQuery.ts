/**
 * Strict parsing of query strings into the neutral queries. Unknown or repeated parameters are
 * refused rather than ignored, for the same reason unknown body fields are.
 */
import type { RoleScope } from '../core/adapter.js';
import { isEmail } from '../core/email.js';
import { USER_SORT_FIELDS, USER_STATUSES, type ActivityQuery, type OrganizationsQuery, type UserSortField, type UsersQuery, type UserStatus } from '../core/model.js';
import { ACTIVITY_QUERY_PARAMS, ORGANIZATIONS_QUERY_PARAMS, ROLES_QUERY_PARAMS, USER_BY_EMAIL_QUERY_PARAMS, USERS_QUERY_PARAMS } from '../core/protocol.js';
import { FieldErrors } from './fieldErrors.js';

const REPEATABLE = new Set(['status', 'roleId']);
const MAX_PARAM = 2048;

function checkNames(params: URLSearchParams, allowed: readonly string[], errors: FieldErrors, max = MAX_PARAM): void {
  for (const name of new Set(params.keys())) {
    if (!allowed.includes(name)) errors.add(name, 'Unknown query parameter.');
    else if (!REPEATABLE.has(name) && params.getAll(name).length > 1) errors.add(name, 'Give this parameter once.');
  }
  for (const [name, value] of params) if (value.length > max) errors.add(name, 'Too long.');
}

/**
 * An activity cursor may hold a backend's own cursor and the audit trail's together
 * (./activityMerge.ts), so it may be longer than a users cursor.
 */
const MAX_ACTIVITY_PARAM = 8192;

function integer(params: URLSearchParams, name: string, errors: FieldErrors, min: number, max: number): number | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) return void errors.add(name, `Must be a whole number from ${min} to ${max}.`);
  return n;
}

function nonEmpty(params: URLSearchParams, name: string, errors: FieldErrors): string | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  if (value.trim() === '') return void errors.add(name, 'Must not be empty.');
  return value;
}

function page(params: URLSearchParams, errors: FieldErrors, maxPageSize: number, { isRequired }: { isRequired: boolean }) {
  const size = integer(params, 'pageSize', errors, 1, maxPageSize);
  if (size === undefined && isRequired) errors.add('pageSize', 'Required.');
  const cursor = nonEmpty(params, 'cursor', errors);
  const index = integer(params, 'pageIndex', errors, 0, 1_000_000);
  return { size, cursor, index };
}

export function parseUsersQuery(params: URLSearchParams, maxPageSize: number): UsersQuery {
  const errors = new FieldErrors();
  checkNames(params, USERS_QUERY_PARAMS, errors);

  let sort: UsersQuery['sort'];
  const sortParam = params.get('sort');
  if (sortParam !== null) {
    const [field, direction] = sortParam.split(':');
    if (USER_SORT_FIELDS.includes(field as UserSortField) && (direction === 'asc' || direction === 'desc')) {
      sort = { field: field as UserSortField, direction };
    } else {
      errors.add('sort', `Must be field:direction with a field among ${USER_SORT_FIELDS.join(', ')} and asc or desc.`);
    }
  }
  const status = params.getAll('status');
  if (status.some((s) => !USER_STATUSES.includes(s as UserStatus))) errors.add('status', `Must be among ${USER_STATUSES.join(', ')}.`);
  const roleIds = params.getAll('roleId');
  if (roleIds.some((r) => r.trim() === '')) errors.add('roleId', 'Must not be empty.');
  const organizationId = nonEmpty(params, 'organizationId', errors);
  const search = params.get('search') ?? undefined;
  const { size, cursor, index } = page(params, errors, maxPageSize, { isRequired: true });
  errors.throwIfAny('The users query is not valid.');

  const filter: NonNullable<UsersQuery['filter']> = {
    ...(status.length && { status: status as UserStatus[] }),
    ...(roleIds.length && { roleIds }),
    ...(organizationId && { organizationId }),
  };
  return {
    ...(search !== undefined && { search }),
    ...(sort && { sort }),
    ...(Object.keys(filter).length && { filter }),
    page: { size: size!, ...(cursor !== undefined && { cursor }), ...(index !== undefined && { index }) },
  };
}

export function parseOrganizationsQuery(params: URLSearchParams): OrganizationsQuery {
  const errors = new FieldErrors();
  checkNames(params, ORGANIZATIONS_QUERY_PARAMS, errors);
  const search = params.get('search') ?? undefined;
  const { size, cursor, index } = page(params, errors, 1000, { isRequired: false });
  if (size === undefined && (cursor !== undefined || index !== undefined)) errors.add('pageSize', 'Required when paging.');
  errors.throwIfAny('The organizations query is not valid.');
  return {
    ...(search !== undefined && { search }),
    ...(size !== undefined && { page: { size, ...(cursor !== undefined && { cursor }), ...(index !== undefined && { index }) } }),
  };
}

export function parseRolesQuery(params: URLSearchParams): RoleScope {
  const errors = new FieldErrors();
  checkNames(params, ROLES_QUERY_PARAMS, errors);
  const organizationId = nonEmpty(params, 'organizationId', errors);
  errors.throwIfAny('The roles query is not valid.');
  return organizationId ? { organizationId } : {};
}

/** `?email=`: one address, as the create form would accept it. */
export function parseUserByEmailQuery(params: URLSearchParams): { email: string } {
  const errors = new FieldErrors();
  checkNames(params, USER_BY_EMAIL_QUERY_PARAMS, errors);
  const email = params.get('email')?.trim();
  if (email === undefined) errors.add('email', 'Required.');
  else if (email.length > 320 || !isEmail(email)) errors.add('email', 'Enter a valid email address.');
  errors.throwIfAny('The lookup is not valid.');
  return { email: email! };
}

/** `?pageSize=&cursor=`: activity pages by cursor only. */
export function parseActivityQuery(params: URLSearchParams, maxPageSize: number): ActivityQuery {
  const errors = new FieldErrors();
  checkNames(params, ACTIVITY_QUERY_PARAMS, errors, MAX_ACTIVITY_PARAM);
  const size = integer(params, 'pageSize', errors, 1, maxPageSize);
  if (size === undefined) errors.add('pageSize', 'Required.');
  const cursor = nonEmpty(params, 'cursor', errors);
  errors.throwIfAny('The activity query is not valid.');
  return { page: { size: size!, ...(cursor !== undefined && { cursor }) } };
}

export function parseNoQuery(params: URLSearchParams): void {
  const errors = new FieldErrors();
  checkNames(params, [], errors);
  errors.throwIfAny('This request takes no query parameters.');
}
