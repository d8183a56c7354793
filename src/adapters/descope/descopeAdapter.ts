/**
 * The Descope adapter: Roster's neutral operations over Descope's Management API, in one of two
 * modes that share the HTTP client and the role catalogue (./context.ts).
 *
 * - Management key (server only, ./managementMode.ts): the whole project, as @descope/node-sdk
 *   calls it.
 * - A tenant admin's session (browser, ./sessionMode.ts): only what Descope's own
 *   user-management widget calls, as it calls it, each call with `?tenant=<tenantId>`.
 */
import type { RosterAdapter } from '../../core/adapter.js';
import type { FetchLike } from '../http/httpClient.js';
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

/** As the SDKs do: a project id of 32+ characters carries its region in characters 1–4. */
export function descopeBaseUrl(projectId: string): string {
  const region = projectId.length >= 32 ? projectId.slice(1, -27) : '';
  return region ? `https://api.${region}.descope.com` : DESCOPE_DEFAULT_BASE_URL;
}

function assertServerSide(): void {
  if (typeof window === 'undefined' && typeof document === 'undefined') return;
  throw new TypeError(
    'Roster: createDescopeAdapter got a Descope management key in a browser (window/document exist). ' +
      'A management key controls the whole Descope project and must never reach a browser. Create this ' +
      'adapter on your server and serve it with createRosterHandler from "react-roster/server" (the ' +
      'browser then uses "react-roster/remote"), or sign in a tenant admin and pass ' +
      '`auth: { getSessionToken, tenantId }` instead.',
  );
}

function checkOptions(options: DescopeAdapterOptions): void {
  if (typeof options?.projectId !== 'string' || options.projectId.trim() === '') {
    throw new TypeError('Roster: createDescopeAdapter needs `projectId`, your Descope project id.');
  }
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
  assertServerSide();
}

export function createDescopeAdapter(options: DescopeAdapterOptions): RosterAdapter {
  checkOptions(options);
  const { projectId, auth } = options;
  const common = { projectId, baseUrl: options.baseUrl ?? descopeBaseUrl(projectId), fetch: options.fetch, timeoutMs: options.timeoutMs };
  if (isSessionAuth(auth)) {
    const ctx = createDescopeContext({ ...common, secret: () => auth.getSessionToken(), tenantId: auth.tenantId });
    return createSessionAdapter(ctx, `descope:${projectId}:tenant:${auth.tenantId}`);
  }
  const ctx = createDescopeContext({ ...common, secret: () => auth.managementKey, tenantId: null });
  return createManagementAdapter(ctx, `descope:${projectId}`);
}
