/**
 * How the Auth0 adapter talks to a tenant: the shared HTTP client with a Management API bearer
 * token (a host's getter, or one fetched with the client-credentials grant and reused until shortly
 * before it expires), `Retry-After` derived from `X-RateLimit-Reset` where Auth0 sends only that,
 * and the walk through Auth0's offset-paged and checkpoint-paged lists.
 */
import { RosterError } from '../../core/errors.js';
import { createHttpClient, type FetchLike, type HttpRequest } from '../http/httpClient.js';
import { describeAuth0Error } from './describeError.js';
import { badResponse, readRecord } from './mapping.js';
import { AUTH0_API_PREFIX, type Auth0Path } from './wire.js';

export type Auth0Auth = { getToken: () => string | Promise<string> } | { clientId: string; clientSecret: string; audience?: string };

export interface Auth0ClientOptions {
  domain: string;
  auth: Auth0Auth;
  fetch?: FetchLike;
  timeoutMs?: number;
}

export interface Auth0Client {
  call<T = unknown>(req: HttpRequest): Promise<T>;
  /** Every item of an offset-paged list (`page`/`per_page`/`include_totals`) under `key`. */
  collect(path: string, key: string, read: (value: unknown) => unknown, signal: AbortSignal | undefined): Promise<unknown[]>;
  /** Every item of a checkpoint-paged list (`from`/`take`, answered with `next`) under `key`. */
  collectByCheckpoint(path: string, key: string, read: (value: unknown) => unknown, signal: AbortSignal | undefined): Promise<unknown[]>;
}

/** Renew a fetched token this long before Auth0 says it expires. */
const TOKEN_LEEWAY_MS = 60_000;
/** A list longer than this many pages is taken for a paging loop, not data. */
const MAX_PAGES = 1000;

/**
 * Auth0 documents `X-RateLimit-Reset` (epoch seconds) on its 429s; the shared client reads
 * `Retry-After`. A 429 with only the former gets the latter, so the hooks wait as long as asked.
 */
function withRetryAfter(base: FetchLike): FetchLike {
  return async (input, init) => {
    const response = await base(input, init);
    if (response.status !== 429 || response.headers.has('retry-after')) return response;
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    if (!Number.isFinite(reset) || reset <= 0) return response;
    const headers = new Headers(response.headers);
    headers.set('retry-after', String(Math.max(0, Math.ceil(reset - Date.now() / 1000))));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

export function listOf(body: unknown, key: string, read: (value: unknown) => unknown): { items: unknown[]; total: number | null } {
  // Without include_totals Auth0 answers a bare array; with it, an object holding the list.
  if (Array.isArray(body)) return { items: body.map(read), total: null };
  const record = readRecord(body, key);
  const list = record[key] ?? [];
  if (!Array.isArray(list)) throw badResponse(`${key}: expected an array`);
  const total = record.total;
  if (total !== undefined && (typeof total !== 'number' || !Number.isInteger(total) || total < 0)) throw badResponse(`${key} total: expected a non-negative integer`);
  return { items: list.map(read), total: typeof total === 'number' ? total : null };
}

export function createAuth0Client(options: Auth0ClientOptions): Auth0Client {
  const origin = `https://${options.domain}`;
  const fetch = withRetryAfter(options.fetch ?? ((input, init) => globalThis.fetch(input, init)));
  const tokenClient = createHttpClient({ baseUrl: origin, fetch, timeoutMs: options.timeoutMs, describeError: describeAuth0Error });
  let cached: { token: string; expiresAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function fetchToken(auth: Extract<Auth0Auth, { clientId: string }>): Promise<string> {
    const body = { grant_type: 'client_credentials', client_id: auth.clientId, client_secret: auth.clientSecret, audience: auth.audience ?? `${origin}${AUTH0_API_PREFIX}/` };
    const answer = readRecord(await tokenClient.request({ method: 'POST', path: '/oauth/token', body }), 'token');
    const { access_token: token, expires_in: expiresIn } = answer;
    if (typeof token !== 'string' || token === '' || typeof expiresIn !== 'number') throw badResponse('token: expected access_token and expires_in');
    cached = { token, expiresAt: Date.now() + expiresIn * 1000 - TOKEN_LEEWAY_MS };
    return token;
  }

  async function token(): Promise<string> {
    const auth = options.auth;
    if ('getToken' in auth) {
      const value = await auth.getToken();
      if (typeof value !== 'string' || value === '') throw new RosterError('unauthorized', { message: 'No Auth0 Management API token is available.' });
      return value;
    }
    if (cached && Date.now() < cached.expiresAt) return cached.token;
    // One token request at a time; every caller waiting meanwhile shares its answer.
    pending ??= fetchToken(auth).finally(() => {
      pending = null;
    });
    return pending;
  }

  const api = createHttpClient({
    baseUrl: origin,
    fetch,
    timeoutMs: options.timeoutMs,
    describeError: describeAuth0Error,
    headers: async () => ({ authorization: `Bearer ${await token()}` }),
  });

  async function call<T>(req: HttpRequest): Promise<T> {
    try {
      return await api.request<T>(req);
    } catch (error) {
      // A revoked or expired token: the next call fetches a fresh one.
      if (error instanceof RosterError && error.status === 401) cached = null;
      throw error;
    }
  }

  return {
    call,
    async collect(path, key, read, signal) {
      const items: unknown[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const body = await call({ method: 'GET', path, query: { page, per_page: 100, include_totals: true }, signal });
        const { items: batch, total } = listOf(body, key, read);
        items.push(...batch);
        if (batch.length === 0 || total === null || items.length >= total) return items;
      }
      throw badResponse(`${key}: paging did not end`);
    },
    async collectByCheckpoint(path, key, read, signal) {
      const items: unknown[] = [];
      let from: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const body = readRecord(await call({ method: 'GET', path, query: { take: 100, from }, signal }), key);
        items.push(...listOf(body, key, read).items);
        if (body.next === undefined || body.next === null || body.next === '') return items;
        if (typeof body.next !== 'string' || body.next === from) throw badResponse(`${key}.next: expected a new cursor`);
        from = body.next;
      }
      throw badResponse(`${key}: paging did not end`);
    },
  };
}

/** A Management API path with its parameters filled in. */
export { auth0Path } from './wire.js';
export type { Auth0Path };

/** Runs `task` over `items`, at most `limit` at a time, keeping the order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
