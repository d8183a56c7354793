/**
 * What both modes of the Descope adapter share: the HTTP client (a session's calls carry its
 * `?tenant=`), the role catalogue (./roleCatalogue.ts), the mapping of Descope records to neutral
 * users, and the paging of user search.
 */
import type { AdapterCapabilities } from '../../core/adapter.js';
import { isRosterError, RosterError } from '../../core/errors.js';
import type { Organization, Page, User, UsersQuery } from '../../core/model.js';
import { checkPageSize, encodeOffsetCursor, pageOffset } from '../../core/paging.js';
import { readObject } from '../../core/shape.js';
import { createHttpClient, type FetchLike, type HttpRequest } from '../http/httpClient.js';
import { describeDescopeError } from './describeError.js';
import { readList, readTenant, readUser, SORT_FIELDS_TO_DESCOPE, STATUSES_TO_DESCOPE, toOrganization, toUser } from './mapping.js';
import { createDescopeRoles, type DescopeRoles } from './roleCatalogue.js';
import { PATCHABLE_FIELDS } from './userBodies.js';
import { DESCOPE_PATHS, type DescopeTenant, type DescopeUser, type DescopeUserSearchBody } from './wire.js';

/** Descope documents no maximum; the widgets ask for up to 10,000, this stays well inside. */
export const MAX_PAGE_SIZE = 1000;

/** What both modes can do alike: the same user search, the same patch, the same status call. */
export const COMMON_CAPABILITIES = {
  search: true,
  sortFields: ['name', 'email', 'createdAt'] as const,
  pagination: 'offset',
  maxPageSize: MAX_PAGE_SIZE,
  organizationRoles: true,
  rolesPerMembership: 'many',
  editableFields: PATCHABLE_FIELDS,
  userStatus: true,
  // `manage` differs per mode: each declares its own.
} as const satisfies Partial<AdapterCapabilities>;

export interface DescopeContextOptions {
  projectId: string;
  baseUrl: string;
  /** The management key, or the session token (null: the session lives in the `DSR` cookie). */
  secret: () => string | null | undefined | Promise<string | null | undefined>;
  /** The session's tenant; null with a management key. */
  tenantId: string | null;
  fetch?: FetchLike;
  timeoutMs?: number;
}

export interface DescopeContext {
  readonly tenantId: string | null;
  call<T = unknown>(req: HttpRequest): Promise<T>;
  readonly roles: DescopeRoles;
  toUser(record: DescopeUser, signal: AbortSignal | undefined): Promise<User>;
  /** Reads `{ user }`, the answer of every single-user write. */
  readUserResponse(body: unknown): DescopeUser;
  search(path: string, body: DescopeUserSearchBody, signal: AbortSignal | undefined): Promise<{ records: DescopeUser[]; users: User[]; total: number | null }>;
}

export function createDescopeContext(options: DescopeContextOptions): DescopeContext {
  const { projectId, tenantId } = options;
  const baseFetch = options.fetch;
  const client = createHttpClient({
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    describeError: describeDescopeError,
    // A session may live in Descope's `DSR` cookie, which only travels with credentials.
    fetch: tenantId === null ? baseFetch : (input, init) => (baseFetch ?? globalThis.fetch)(input, { ...init, credentials: 'include' }),
    headers: async () => {
      const secret = await options.secret();
      return { authorization: `Bearer ${secret ? `${projectId}:${secret}` : projectId}` };
    },
  });

  /** Every call of a session carries its tenant, as Descope's widgets send it. */
  function call<T = unknown>(req: HttpRequest): Promise<T> {
    return client.request<T>(tenantId === null ? req : { ...req, query: { ...req.query, tenant: tenantId } });
  }

  const roles = createDescopeRoles((signal) => call({ method: 'GET', path: DESCOPE_PATHS.roleAll, signal }));

  return {
    tenantId,
    call,
    roles,
    async toUser(record, signal) {
      return toUser(record, { catalogue: await roles.catalogue(signal), tenantId });
    },
    readUserResponse: (body) => readUser(readObject(body, 'response').user),
    async search(path, body, signal) {
      const [response, catalogue] = await Promise.all([call({ method: 'POST', path, body, signal }), roles.catalogue(signal)]);
      const records = readList(response, 'users', readUser);
      const total = readObject(response, 'response').total;
      if (total !== undefined && (typeof total !== 'number' || !Number.isInteger(total) || total < 0)) {
        throw new RosterError('bad_response', { cause: new Error(`Descope total: expected a non-negative integer, got ${typeof total}`) });
      }
      return { records, users: records.map((record) => toUser(record, { catalogue, tenantId })), total: total ?? null };
    },
  };
}

export function unsupported(what: string): RosterError {
  return new RosterError('unsupported', { message: `Descope cannot ${what}.` });
}

/** Text, status and sort: the part of a user search both modes can send. */
export function baseSearchBody(query: UsersQuery): DescopeUserSearchBody {
  const { filter = {}, sort } = query;
  const body: DescopeUserSearchBody = {};
  const text = query.search?.trim();
  if (text) body.text = text;
  if (filter.status?.length) body.statuses = [...new Set(filter.status.flatMap((s) => STATUSES_TO_DESCOPE[s] ?? []))];
  if (sort) {
    const field = SORT_FIELDS_TO_DESCOPE[sort.field];
    if (!field) throw unsupported(`sort users by ${sort.field}`);
    body.sort = [{ field, desc: sort.direction === 'desc' }];
  }
  return body;
}

/** One page of users: Descope pages by `page`/`limit`, and `offset` for a cursor between pages. */
export async function searchPage(
  ctx: DescopeContext,
  path: string,
  query: UsersQuery,
  filters: DescopeUserSearchBody,
  signal: AbortSignal | undefined,
): Promise<Page<User> & { records: DescopeUser[] }> {
  const size = query.page.size;
  checkPageSize(size, MAX_PAGE_SIZE);
  const offset = pageOffset(query.page, size);
  const body: DescopeUserSearchBody = { ...filters, page: Math.floor(offset / size), limit: size };
  // Only a cursor made at another page size lands between pages; newer Descope takes `offset`.
  if (offset % size !== 0) body.offset = offset;
  const { records, users, total } = await ctx.search(path, body, signal);
  const hasMore = total !== null ? offset + size < total : users.length === size;
  return { items: users, total, nextCursor: hasMore ? encodeOffsetCursor(offset + size) : null, records };
}

/** The SDK's `tenant.load(id)`, as Descope sends it. */
export async function loadTenantRecord(ctx: DescopeContext, id: string, signal: AbortSignal | undefined): Promise<DescopeTenant> {
  const body = readObject(await ctx.call({ method: 'GET', path: DESCOPE_PATHS.tenantLoad, query: { id }, signal }), 'response');
  // The SDKs read a flat tenant; the newest docs show it wrapped in `tenant`.
  return readTenant(body.tenant ?? body);
}

/** The SDK's `tenant.load(id)`, as an organization. */
export async function loadTenant(ctx: DescopeContext, id: string, signal: AbortSignal | undefined): Promise<Organization> {
  return toOrganization(await loadTenantRecord(ctx, id, signal));
}

/** Descope answers an unknown tenant id with a plain 400, as it does "user not found": that is `not_found` here. */
export function tenantNotFound(error: unknown): unknown {
  if (isRosterError(error) && error.code === 'invalid_input') return new RosterError('not_found', { status: 404, message: 'The organization was not found.', cause: error });
  return error;
}
