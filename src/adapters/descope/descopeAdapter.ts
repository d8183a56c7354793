/**
 * The Descope adapter: Roster's neutral operations over Descope's Management API, in one of two
 * modes that share the HTTP client and the role catalogue (./context.ts).
 *
 * - Management key (server only, ./managementMode.ts): the whole project, as @descope/node-sdk
 *   calls it, roles, permissions and tenants included.
 * - A tenant admin's session (browser, ./sessionMode.ts): only what Descope's own
 *   user-management and role-management widgets call, as they call it, each call with
 *   `?tenant=<tenantId>`.
 */
import type { RosterAdapter } from '../../core/adapter.js';
import type { FetchLike } from '../http/httpClient.js';
import { assertServerSide } from '../http/serverOnly.js';
import { createDescopeContext } from './context.js';
import { createManagementAdapter } from './managementMode.js';
import { createSessionAdapter } from './sessionMode.js';
import { DESCOPE_DEFAULT_BASE_URL } from './wire.js';

export interface DescopeManagementKeyAuth {
  /** Full control of the project: only ever on a server. */
  managementKey: string;
}

export interface DescopeSessionAuth {
  /**
   * The token Descope's widgets put after `ProjectID:` in the bearer header: the signed-in user's
   * refresh JWT (`sdk.getRefreshToken()` in `@descope/web-js-sdk`). Return null when it lives in
   * an httpOnly `DSR` cookie; the cookie is then sent along instead.
   */
  getSessionToken: () => string | null | undefined | Promise<string | null | undefined>;
  /** The tenant the signed-in user administers; every call is scoped to it. */
  tenantId: string;
  /**
   * Off (default): deleting a user removes them from `tenantId` only; their Descope account and
   * their other tenants stay. On: a user who belongs to no other tenant is deleted from the project
   * instead. Descope may show a tenant admin's session only its own tenant and sub-tenants, so turn
   * this on only where users never belong to tenants the admin cannot see.
   */
  deleteUsersWithNoOtherTenant?: boolean;
}

export interface DescopeAdapterOptions {
  projectId: string;
  /** Defaults to Descope's API host, with the region taken from a long project id as the SDKs do. */
  baseUrl?: string;
  auth: DescopeManagementKeyAuth | DescopeSessionAuth;
  fetch?: FetchLike;
  /** Per request, in milliseconds. Default 15,000. */
  timeoutMs?: number;
}

const isSessionAuth = (auth: DescopeAdapterOptions['auth']): auth is DescopeSessionAuth =>
  typeof (auth as Partial<DescopeSessionAuth>).getSessionToken === 'function';

// Descope project ids are letters and digits ("P2…"); `-` and `_` are let through as harmless in a
// host name. Anything else (`.`, `/`, `@`, `:`, whitespace …) could change the host derived below,
// and with it where the session token or management key is sent, or split the bearer header.
const PROJECT_ID = /^[A-Za-z0-9_-]+$/;

function checkProjectId(projectId: unknown): asserts projectId is string {
  if (typeof projectId === 'string' && PROJECT_ID.test(projectId)) return;
  const got = typeof projectId === 'string' ? JSON.stringify(projectId.length > 60 ? `${projectId.slice(0, 60)}…` : projectId) : typeof projectId;
  throw new TypeError(
    `Roster: the Descope \`projectId\` must be letters and digits only, as Descope issues it, got ${got}. ` +
      'Copy it from the Descope console (Project Settings → Project ID); for a custom domain, pass `baseUrl` as well.',
  );
}

/** As the SDKs do: a project id of 32+ characters carries its region in characters 1–4. */
export function descopeBaseUrl(projectId: string): string {
  checkProjectId(projectId);
  const region = projectId.length >= 32 ? projectId.slice(1, -27) : '';
  return region ? `https://api.${region}.descope.com` : DESCOPE_DEFAULT_BASE_URL;
}

function checkOptions(options: DescopeAdapterOptions): void {
  if (typeof options?.projectId !== 'string' || options.projectId.trim() === '') {
    throw new TypeError('Roster: createDescopeAdapter needs `projectId`, your Descope project id.');
  }
  checkProjectId(options.projectId);
  const auth = options.auth as Partial<DescopeManagementKeyAuth & DescopeSessionAuth> | undefined;
  if (auth && isSessionAuth(auth as DescopeAdapterOptions['auth'])) {
    if (typeof auth.tenantId !== 'string' || auth.tenantId === '') {
      throw new TypeError('Roster: a Descope session adapter needs `auth.tenantId`, the tenant the signed-in admin manages.');
    }
    return;
  }
  if (typeof auth?.managementKey !== 'string' || auth.managementKey === '') {
    throw new TypeError('Roster: createDescopeAdapter needs `auth: { managementKey }` (server) or `auth: { getSessionToken, tenantId }` (browser).');
  }
  assertServerSide({
    factory: 'createDescopeAdapter',
    holds: 'A Descope management key controls the whole Descope project',
    alternative: 'Or sign in a tenant admin and pass `auth: { getSessionToken, tenantId }` instead.',
  });
}

export function createDescopeAdapter(options: DescopeAdapterOptions): RosterAdapter {
  checkOptions(options);
  const { projectId, auth } = options;
  const common = { projectId, baseUrl: options.baseUrl ?? descopeBaseUrl(projectId), fetch: options.fetch, timeoutMs: options.timeoutMs };
  if (isSessionAuth(auth)) {
    const ctx = createDescopeContext({ ...common, secret: () => auth.getSessionToken(), tenantId: auth.tenantId });
    return createSessionAdapter(ctx, `descope:${projectId}:tenant:${auth.tenantId}`, { deleteUsersWithNoOtherTenant: auth.deleteUsersWithNoOtherTenant === true });
  }
  const ctx = createDescopeContext({ ...common, secret: () => auth.managementKey, tenantId: null });
  return createManagementAdapter(ctx, `descope:${projectId}`);
}
