/**
 * Splits a users query into what the adapter can do itself and what must be done in the browser
 * (SSOJet, for example, cannot search, sort or filter). When anything is left for the browser,
 * the hooks fetch every user the server part matches — up to a limit — and finish the query here.
 */
import type { AdapterCapabilities } from '../core/adapter.js';
import type { Page, User, UsersQuery } from '../core/model.js';
import { applyUsersQuery } from '../core/usersQuery.js';

export type QueryShape = Omit<UsersQuery, 'page'>;

/** The cache entry of a query finished in the browser: every user its server part matched. */
export interface AllUsers {
  users: User[];
  /** More users matched than the limit allowed fetching. */
  isTruncated: boolean;
}

export interface QueryPlan {
  /** The part the adapter is asked to do. */
  server: QueryShape;
  /** The part left for the browser, or null when the adapter does it all. */
  client: QueryShape | null;
}

export function planUsersQuery(query: UsersQuery, capabilities: AdapterCapabilities): QueryPlan {
  const server: QueryShape = {};
  const client: QueryShape = {};
  if (query.search?.trim()) (capabilities.search ? server : client).search = query.search.trim();
  if (query.sort) (capabilities.sortFields.includes(query.sort.field) ? server : client).sort = query.sort;
  const { status, roleIds, organizationId } = query.filter ?? {};
  const serverFilter: NonNullable<UsersQuery['filter']> = {};
  const clientFilter: NonNullable<UsersQuery['filter']> = {};
  if (status?.length) (capabilities.filters.status ? serverFilter : clientFilter).status = status;
  if (roleIds?.length) (capabilities.filters.roleIds ? serverFilter : clientFilter).roleIds = roleIds;
  if (organizationId) (capabilities.filters.organizationId ? serverFilter : clientFilter).organizationId = organizationId;
  if (Object.keys(serverFilter).length) server.filter = serverFilter;
  if (Object.keys(clientFilter).length) client.filter = clientFilter;
  // A client-side sort must see every matching user, so an unsorted server part is fine; but a
  // server-side sort over a client-side filter is kept, since filtering preserves order.
  return { server, client: Object.keys(client).length ? client : null };
}

const LOCAL_CURSOR = /^local:(\d+)$/;

/** One page of the users finished in the browser. Cursors here are offsets, prefixed `local:`. */
export function pageLocally(all: readonly User[], client: QueryShape, page: UsersQuery['page']): Page<User> {
  const matching = applyUsersQuery(all, client);
  const fromCursor = page.cursor ? LOCAL_CURSOR.exec(page.cursor) : null;
  const offset = fromCursor ? Number(fromCursor[1]) : (page.index ?? 0) * page.size;
  return {
    items: matching.slice(offset, offset + page.size),
    total: matching.length,
    nextCursor: offset + page.size < matching.length ? `local:${offset + page.size}` : null,
  };
}
