/**
 * The Clerk adapter's options and the checks made before anything is sent: a secret key of
 * Clerk's shape, an API URL, and never a browser. A secret key controls the whole Clerk instance.
 */
import type { FetchLike } from '../http/httpClient.js';
import { assertServerSide } from '../http/serverOnly.js';
import { CLERK_API_VERSION, CLERK_DEFAULT_API_URL } from './wire.js';

export interface ClerkAdapterOptions {
  /** The instance's secret key (`sk_live_…` / `sk_test_…`): only ever on a server. */
  secretKey: string;
  /** As `createClerkClient({ apiUrl })`: default `https://api.clerk.com`; `/v1` is appended. */
  apiUrl?: string;
  /** Part of every cache key; name the instance when one server talks to several. Default `clerk`. */
  id?: string;
  /**
   * The role a user gets on joining an organization when none is given. Clerk requires one role
   * per membership; its default member role is `org:member`.
   */
  defaultOrganizationRole?: string;
  fetch?: FetchLike;
  /** Per request, in milliseconds. Default 15,000. */
  timeoutMs?: number;
}

// Clerk issues `sk_live_` / `sk_test_` followed by letters and digits; anything else (a space, a
// line break) would end up in the Authorization header.
const SECRET_KEY = /^sk_(live|test)_[A-Za-z0-9]+$/;

export function checkClerkOptions(options: ClerkAdapterOptions): void {
  assertServerSide({ factory: 'createClerkAdapter', holds: 'A Clerk secret key controls the whole instance' });
  const key: unknown = options?.secretKey;
  if (typeof key !== 'string' || key === '') {
    throw new TypeError('Roster: createClerkAdapter needs `secretKey`, your Clerk instance’s secret key (Dashboard → API keys).');
  }
  if (key.startsWith('pk_')) {
    throw new TypeError('Roster: createClerkAdapter got a publishable key (`pk_…`); the Backend API needs the secret key (`sk_…`).');
  }
  if (!SECRET_KEY.test(key)) {
    throw new TypeError('Roster: the Clerk `secretKey` must look like `sk_live_…` or `sk_test_…` (letters and digits only). Copy it again from the Clerk Dashboard.');
  }
  if (options.apiUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(options.apiUrl)) {
    throw new TypeError(`Roster: the Clerk \`apiUrl\` must be an http(s) URL such as ${CLERK_DEFAULT_API_URL}.`);
  }
  if (options.defaultOrganizationRole !== undefined && !/^org:[^\s]+$/.test(options.defaultOrganizationRole)) {
    throw new TypeError('Roster: `defaultOrganizationRole` must be a Clerk role key such as `org:member`.');
  }
}

/** The base every path is joined to, as the SDK joins `apiUrl` and `v1`. */
export function clerkBaseUrl(apiUrl = CLERK_DEFAULT_API_URL): string {
  return `${apiUrl.replace(/\/+$/, '')}/${CLERK_API_VERSION}`;
}
