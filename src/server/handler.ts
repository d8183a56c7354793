/**
 * `createRosterHandler`: Roster's server endpoint as a Fetch-API function (`Request → Response`),
 * so it mounts as a Next.js route handler, in Hono or Remix, or on Node's http via
 * `toNodeHandler`. The adapter it wraps holds the IdP secrets; the browser only ever talks to this.
 *
 * Each request goes: route → cross-site check (writes) → authenticate → read body → operation
 * (validate → authorize → tenant scope → adapter → public fields) → response. Every failure on the
 * way is a RosterError answered in its JSON shape.
 */
import type { AdapterMethodName, RosterAdapter } from '../core/adapter.js';
import { isAbortError, isRosterError, RosterError, type RosterErrorCode } from '../core/errors.js';
import { guardAdapter } from '../core/guardAdapter.js';
import { DEFAULT_BASE_PATH, type ProtocolOperation } from '../adapters/remote/protocol.js';
import { checkCrossSiteWrite } from './crossSiteWrites.js';
import { credentialsOf, defaultLogger, describeErrorForLog, type RosterLogEntry, type RosterLogger } from './logging.js';
import { OPERATIONS, QUERY_OPERATIONS, type OperationDetails } from './operations.js';
import { parseNoQuery } from './parseQuery.js';
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from './readBody.js';
import { errorResponse } from './respond.js';
import { matchRoute, pathBelow } from './routes.js';
import { checkSession, SessionShapeError, type RosterSession } from './session.js';
import { createTenantScope } from './tenantScope.js';
import { withUpstreamErrors } from './upstreamErrors.js';

export interface RosterHandlerOptions<S extends RosterSession = RosterSession> {
  /** The backend, built on the server with its secrets (management key, client secret). */
  adapter: RosterAdapter;
  /**
   * Reads the caller's session from your own auth (cookie, bearer token). Return null when there
   * is none or it is invalid (→ 401). The tenant scope is taken from `organizationId` here, never
   * from the request. A throw is treated as a server failure (→ 500), not as "signed out".
   */
  authenticate: (request: Request) => S | null | Promise<S | null>;
  /**
   * Decides whether this session may run this operation (false → 403). Runs after validation and
   * before the tenant-scope checks, which apply whatever it answers. Default: allow.
   */
  authorize?: (session: S, operation: AdapterMethodName, details: OperationDetails) => boolean | Promise<boolean>;
  /** Where the handler is mounted. Default `/roster-api`. */
  basePath?: string;
  /**
   * Origins, besides the request's own, whose writes are accepted without Roster's custom header,
   * e.g. `['https://admin.example.com']`. Needed when a proxy makes the request URL differ from
   * the page's origin.
   */
  allowedOrigins?: readonly string[];
  /** Receives one entry per request and any failure; never headers or credentials. */
  logger?: RosterLogger;
  /** Default 1,000,000. */
  maxBodyBytes?: number;
}

export interface RosterHandler {
  (request: Request): Promise<Response>;
  /** For mounting shims: requests outside this path are not Roster's. */
  readonly basePath: string;
}

const UPSTREAM_FAILURES = new Set<RosterErrorCode>(['server', 'bad_response', 'network', 'timeout']);

type Report = (level: RosterLogEntry['level'], message: string, extra?: Partial<RosterLogEntry>) => void;

function failureResponse(error: unknown, request: Request, secrets: readonly string[], report: Report): Response {
  if (isAbortError(error) && request.signal.aborted) {
    // The caller went away; nobody reads this answer.
    return new Response(null, { status: 499 });
  }
  if (isRosterError(error)) {
    // Failures of the identity provider (or of reaching it) are the host's to fix; a caller's bad
    // input or missing rights are not worth an error entry.
    if (UPSTREAM_FAILURES.has(error.code)) report('error', 'The identity provider request failed.', { error: describeErrorForLog(error, secrets) });
    return errorResponse(error);
  }
  report('error', error instanceof SessionShapeError ? error.message : 'Unexpected failure in the Roster handler.', { error: describeErrorForLog(error, secrets) });
  return errorResponse(new RosterError('server', { status: 500, message: 'The server failed to handle the request.' }));
}

function normalizeBasePath(basePath: string): string {
  const trimmed = `/${basePath.replace(/^\/+|\/+$/g, '')}`;
  return trimmed === '/' ? '' : trimmed;
}

export function createRosterHandler<S extends RosterSession>(options: RosterHandlerOptions<S>): RosterHandler {
  if (typeof options.authenticate !== 'function') {
    throw new TypeError('createRosterHandler needs `authenticate(request)` returning your session or null; without it anyone could manage users.');
  }
  const adapter = withUpstreamErrors(guardAdapter(options.adapter));
  const basePath = normalizeBasePath(options.basePath ?? DEFAULT_BASE_PATH);
  const allowedOrigins = options.allowedOrigins ?? [];
  const log = options.logger ?? defaultLogger;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  async function handle(request: Request): Promise<Response> {
    const started = Date.now();
    const url = new URL(request.url);
    const secrets = credentialsOf(request);
    const entry: Omit<RosterLogEntry, 'level' | 'message'> = { method: request.method, path: url.pathname };
    const emit: Report = (level, message, extra = {}) => {
      try {
        log({ ...entry, level, message, ...extra });
      } catch {
        // A broken logger must not turn a good answer into a failure.
      }
    };

    let response: Response;
    try {
      const segments = pathBelow(url.pathname, basePath);
      if (segments === null) throw new RosterError('not_found', { status: 404, message: 'No Roster endpoint at this path.' });
      const route = matchRoute(request.method, segments);
      entry.operation = route.operation;
      const isWrite = request.method !== 'GET';
      if (isWrite) checkCrossSiteWrite(request, url, allowedOrigins);

      const session = await authenticated(request);
      entry.userId = session.userId;
      if (!QUERY_OPERATIONS.has(route.operation)) parseNoQuery(url.searchParams);
      const body = isWrite ? await readJsonBody(request, maxBodyBytes) : undefined;

      response = await OPERATIONS[route.operation]({
        adapter,
        scope: createTenantScope(adapter, session),
        params: route.params,
        query: url.searchParams,
        body,
        ctx: { signal: request.signal },
        authorize: async (operation, details) => {
          if (options.authorize && (await options.authorize(session, operation, details)) !== true) {
            throw new RosterError('forbidden', { status: 403, message: 'You are not allowed to do this.' });
          }
        },
        warn: (message) => emit('warn', message),
      });
    } catch (error) {
      response = failureResponse(error, request, secrets, emit);
    }
    emit('info', `${request.method} ${url.pathname} → ${response.status}`, {
      status: response.status,
      durationMs: Date.now() - started,
    });
    return response;
  }

  async function authenticated(request: Request): Promise<S> {
    const session = await options.authenticate(request);
    if (session === null || session === undefined) {
      throw new RosterError('unauthorized', { status: 401, message: 'Sign in to manage users.' });
    }
    return checkSession(session);
  }

  return Object.assign(handle, { basePath });
}

export type { OperationDetails, ProtocolOperation };
