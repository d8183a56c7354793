/**
 * What the WorkOS adapter's operations share: the HTTP client with WorkOS's bearer key and error
 * reading, and the reads that assemble one neutral user from WorkOS's three sources (the user,
 * their organization memberships, pending invitations to their email).
 */
import { createKeyedQueue, type KeyedQueue } from '../../core/keyedQueue.js';
import { createHttpClient, type FetchLike, type HttpRequest } from '../http/httpClient.js';
import { describeWorkOSError } from './describeError.js';
import { readInvitation, readList, readMembership, readUser, type UserFacts } from './mapping.js';
import { WORKOS_MAX_PAGE_SIZE, WORKOS_PATHS as PATHS, workosPath, type WorkOSInvitation, type WorkOSMembership, type WorkOSUser } from './wire.js';

/** Every membership status: WorkOS lists only active ones unless asked. */
export const ALL_MEMBERSHIP_STATUSES = 'active,inactive,pending';
/** How many users of a page are completed (memberships, invitations) at once, to stay inside rate limits. */
const ENRICH_CONCURRENCY = 6;

export interface WorkOSContextOptions {
  apiKey: string;
  baseUrl: string;
  fetch?: FetchLike;
  timeoutMs?: number;
}

export interface WorkOSContext {
  call<T = unknown>(req: HttpRequest): Promise<T>;
  /** Every page of a list, following `list_metadata.after` to the end, 100 at a time. */
  allPages<T>(path: string, query: HttpRequest['query'], item: (v: unknown, p: string) => T, signal?: AbortSignal): Promise<T[]>;
  /** Writes to one user run one after another (read-modify-write of roles and metadata). */
  queue: KeyedQueue;
  loadUser(userId: string, signal?: AbortSignal): Promise<WorkOSUser>;
  memberships(query: { user_id?: string; organization_id?: string }, signal?: AbortSignal): Promise<WorkOSMembership[]>;
  pendingInvitations(email: string, signal?: AbortSignal): Promise<WorkOSInvitation[]>;
  /** The user with their memberships and, if they never signed in, their pending invitations. */
  facts(user: WorkOSUser, signal?: AbortSignal): Promise<UserFacts>;
  factsOfPage(users: WorkOSUser[], signal?: AbortSignal): Promise<UserFacts[]>;
}

export function createWorkOSContext(options: WorkOSContextOptions): WorkOSContext {
  const client = createHttpClient({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    describeError: describeWorkOSError,
    headers: () => ({ authorization: `Bearer ${options.apiKey}` }),
  });
  const call = <T = unknown>(req: HttpRequest) => client.request<T>(req);

  /** Follows `list_metadata.after` to the end: a user's memberships or invitations are few, and so are organizations. */
  async function all<T>(path: string, query: HttpRequest['query'], item: (v: unknown, p: string) => T, signal?: AbortSignal): Promise<T[]> {
    const out: T[] = [];
    let after: string | null = null;
    do {
      const body: unknown = await call({ method: 'GET', path, query: { ...query, limit: WORKOS_MAX_PAGE_SIZE, ...(after ? { after } : {}) }, signal });
      const page = readList(body, item);
      out.push(...page.data);
      if (page.after === after) break;
      after = page.after;
    } while (after);
    return out;
  }

  const context: WorkOSContext = {
    call,
    allPages: all,
    queue: createKeyedQueue(),
    async loadUser(userId, signal) {
      return readUser(await call({ method: 'GET', path: workosPath(PATHS.user, userId), signal }));
    },
    memberships(query, signal) {
      return all(PATHS.memberships, { ...query, statuses: ALL_MEMBERSHIP_STATUSES }, readMembership, signal);
    },
    async pendingInvitations(email, signal) {
      if (!email) return [];
      const invitations = await all(PATHS.invitations, { email }, readInvitation, signal);
      return invitations.filter((i) => i.state === 'pending' && i.email.toLowerCase() === email.toLowerCase());
    },
    async facts(user, signal) {
      // Someone who signed in has accepted whatever invitation they had: no need to ask.
      const [memberships, invitations] = await Promise.all([
        context.memberships({ user_id: user.id }, signal),
        user.last_sign_in_at === null ? context.pendingInvitations(user.email, signal) : Promise.resolve([]),
      ]);
      return { user, memberships, invitations };
    },
    async factsOfPage(users, signal) {
      const out: UserFacts[] = new Array(users.length);
      let next = 0;
      const worker = async () => {
        while (next < users.length) {
          const i = next++;
          out[i] = await context.facts(users[i]!, signal);
        }
      };
      await Promise.all(Array.from({ length: Math.min(ENRICH_CONCURRENCY, users.length) }, worker));
      return out;
    },
  };
  return context;
}
