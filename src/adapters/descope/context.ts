/**
 * What both modes of the Descope adapter share: the HTTP client (a session's calls carry its
 * `?tenant=`), the role catalogue that tells a tenant's own roles from project roles, the mapping
 * of Descope records to neutral users, and the paging of user search.
 */
import type { RoleScope } from '../../core/adapter.js';
import { abortReason, RosterError } from '../../core/errors.js';
import type { Organization, OrganizationsQuery, Page, Role, User, UsersQuery } from '../../core/model.js';
import { createHttpClient, type FetchLike, type HttpRequest } from '../http/httpClient.js';
import { describeDescopeError } from './describeError.js';
import { createRoleCatalogue, readList, readRecord, readRole, readUser, SORT_FIELDS_TO_DESCOPE, STATUSES_TO_DESCOPE, toRole, toUser, type RoleCatalogue } from './mapping.js';
import { DESCOPE_PATHS, type DescopeRole, type DescopeUser, type DescopeUserSearchBody } from './wire.js';

/** How long the role list used to tell tenant roles from project roles is reused. */
const ROLE_CATALOGUE_TTL_MS = 30_000;
/** Descope documents no maximum; the widgets ask for up to 10,000, this stays well inside. */
export const MAX_PAGE_SIZE = 1000;

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
  /** The role list, loaded afresh (and kept as the catalogue). */
  loadRoles(signal: AbortSignal | undefined): Promise<DescopeRole[]>;
  toUser(record: DescopeUser, signal: AbortSignal | undefined): Promise<User>;
  /** Reads `{ user }`, the answer of every single-user write. */
  readUserResponse(body: unknown): DescopeUser;
  search(path: string, body: DescopeUserSearchBody, signal: AbortSignal | undefined): Promise<{ records: DescopeUser[]; users: User[]; total: number | null }>;
}

/** Waits for a shared promise, but lets this caller walk away when its own signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
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

  let catalogue: { loadedAt: number; promise: Promise<RoleCatalogue> } | null = null;

  async function fetchRoles(signal?: AbortSignal) {
    return readList(await call({ method: 'GET', path: DESCOPE_PATHS.roleAll, signal }), 'roles', readRole);
  }

  function roleCatalogue(signal: AbortSignal | undefined): Promise<RoleCatalogue> {
    if (!catalogue || Date.now() - catalogue.loadedAt > ROLE_CATALOGUE_TTL_MS) {
      // Loaded without the caller's signal: other callers share it, and one abort must not fail them.
      const promise = fetchRoles().then(createRoleCatalogue);
      const entry = { loadedAt: Date.now(), promise };
      catalogue = entry;
      promise.catch(() => {
        if (catalogue === entry) catalogue = null;
      });
    }
    return untilAborted(catalogue.promise, signal);
  }

  return {
    tenantId,
    call,
    async loadRoles(signal) {
      const roles = await fetchRoles(signal);
      catalogue = { loadedAt: Date.now(), promise: Promise.resolve(createRoleCatalogue(roles)) };
      return roles;
    },
    async toUser(record, signal) {
      return toUser(record, { catalogue: await roleCatalogue(signal), tenantId });
    },
    readUserResponse: (body) => readUser(readRecord(body, 'response').user),
    async search(path, body, signal) {
      const [response, catalogueNow] = await Promise.all([call({ method: 'POST', path, body, signal }), roleCatalogue(signal)]);
      const records = readList(response, 'users', readUser);
      const total = readRecord(response, 'response').total;
      if (total !== undefined && (typeof total !== 'number' || !Number.isInteger(total) || total < 0)) {
        throw new RosterError('bad_response', { cause: new Error(`Descope total: expected a non-negative integer, got ${typeof total}`) });
      }
      return { records, users: records.map((record) => toUser(record, { catalogue: catalogueNow, tenantId })), total: total ?? null };
    },
  };
}

export function unsupported(what: string): RosterError {
  return new RosterError('unsupported', { message: `Descope cannot ${what}.` });
}

function encodeCursor(offset: number): string {
  return `o${offset.toString(36)}`;
}

function decodeCursor(cursor: string): number {
  const offset = /^o[0-9a-z]+$/.test(cursor) ? parseInt(cursor.slice(1), 36) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new RosterError('invalid_input', { message: 'The page cursor is not valid.', fieldErrors: { cursor: 'Not a cursor from this adapter.' } });
  }
  return offset;
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
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new RosterError('invalid_input', { message: `Page size must be between 1 and ${MAX_PAGE_SIZE}.`, fieldErrors: { 'page.size': 'Out of range.' } });
  }
  const offset = query.page.cursor ? decodeCursor(query.page.cursor) : (query.page.index ?? 0) * size;
  const body: DescopeUserSearchBody = { ...filters, page: Math.floor(offset / size), limit: size };
  // Only a cursor made at another page size lands between pages; newer Descope takes `offset`.
  if (offset % size !== 0) body.offset = offset;
  const { records, users, total } = await ctx.search(path, body, signal);
  const hasMore = total !== null ? offset + size < total : users.length === size;
  return { items: users, total, nextCursor: hasMore ? encodeCursor(offset + size) : null, records };
}

/** Without an organization: project roles. With one: the project's plus that tenant's own. */
export async function listRolesIn(ctx: DescopeContext, scope: RoleScope | undefined, signal: AbortSignal | undefined): Promise<Role[]> {
  const organizationId = scope?.organizationId ?? null;
  const roles = await ctx.loadRoles(signal);
  return roles.filter((r) => !r.tenantId || r.tenantId === organizationId).map(toRole);
}

/** Descope lists tenants whole; search and paging happen here. */
export function pageOrganizations(organizations: Organization[], query: OrganizationsQuery): Page<Organization> {
  const needle = query.search?.trim().toLocaleLowerCase() ?? '';
  const matching = needle ? organizations.filter((o) => o.name.toLocaleLowerCase().includes(needle)) : organizations;
  const size = query.page?.size ?? Math.max(matching.length, 1);
  const offset = query.page?.cursor ? decodeCursor(query.page.cursor) : (query.page?.index ?? 0) * size;
  return {
    items: matching.slice(offset, offset + size),
    total: matching.length,
    nextCursor: offset + size < matching.length ? encodeCursor(offset + size) : null,
  };
}
