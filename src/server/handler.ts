/**
 * `createRosterHandler`: Roster's server endpoint as a Fetch-API function (`Request → Response`),
 * so it mounts as a Next.js route handler, in Hono or Remix, or on Node's http via
 * `toNodeHandler`. The adapter it wraps holds the IdP secrets; the browser only ever talks to this.
 *
 * Each request goes: route → cross-site check (writes) → authenticate → write budget (writes) →
 * read body → operation (validate → authorize → tenant scope → lockout check → adapter → public
 * fields) → response → audit record and trail (writes). Every failure on the way is a RosterError
 * answered in its JSON shape, worded by the handler (./safeErrors.ts).
 */
import { ADAPTER_WRITE_METHODS, type AdapterMethodName, type AdapterWriteMethod } from '../core/adapter.js';
import { isAbortError, isRosterError, type RosterErrorCode } from '../core/errors.js';
import { guardAdapter } from '../core/guardAdapter.js';
import { createKeyedQueue } from '../core/keyedQueue.js';
import { assertValidAdapter } from '../core/validateAdapter.js';
import { DEFAULT_BASE_PATH, type ProtocolOperation } from '../core/protocol.js';
import { deliverAudit, type AuditNote, type RosterAuditRecord } from './audit.js';
import { belongsInTrail } from './auditTrail.js';
import { checkCrossSiteWrite, configuredOrigin, ownOrigin } from './crossSiteWrites.js';
import { HandlerError, isHandlerError } from './handlerError.js';
import { createLockoutCheck, lockoutRefusal } from './lockout.js';
import { credentialsOf, defaultLogger, describeErrorForLog, type RosterLogEntry } from './logging.js';
import type { OperationDetails } from './operationEnv.js';
import { OPERATIONS, QUERY_OPERATIONS, type RoutedOperation } from './operations.js';
import type { RosterAuthorizeAnswer, RosterHandlerOptions } from './options.js';
import { createOrganizationLookup } from './organizationLookup.js';
import { parseNoQuery } from './parseQuery.js';
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from './readBody.js';
import { errorResponse } from './respond.js';
import { matchRoute, pathBelow } from './routes.js';
import { browserError, wasReworded } from './safeErrors.js';
import { checkSession, SessionShapeError, type RosterSession } from './session.js';
import { createTenantScope } from './tenantScope.js';
import { withUpstreamErrors } from './upstreamErrors.js';
import { createWriteBudgets } from './writeBudget.js';

export type { RosterAuthorizeAnswer, RosterHandlerOptions } from './options.js';

export interface RosterHandler {
  (request: Request): Promise<Response>;
  /** For mounting shims: requests outside this path are not Roster's. */
  readonly basePath: string;
}

const UPSTREAM_FAILURES = new Set<RosterErrorCode>(['server', 'bad_response', 'network', 'timeout']);
const WRITE_OPERATIONS = new Set<string>(ADAPTER_WRITE_METHODS);

type Report = (level: RosterLogEntry['level'], message: string, extra?: Partial<RosterLogEntry>) => void;
type Outcome = RosterAuditRecord['outcome'];

function failureResponse(error: unknown, request: Request, secrets: readonly string[], report: Report, operation?: string): { response: Response; outcome: Outcome } {
  if (isAbortError(error) && request.signal.aborted) {
    // The caller went away; nobody reads this answer.
    return { response: new Response(null, { status: 499 }), outcome: 'aborted' };
  }
  if (isRosterError(error)) {
    // Failures of the identity provider (or of reaching it) are the host's to fix; a caller's bad
    // input or missing rights are not worth an error entry, but the IdP's words kept from the
    // browser are kept here.
    if (UPSTREAM_FAILURES.has(error.code)) report('error', 'The identity provider request failed.', { error: describeErrorForLog(error, secrets) });
    else if (wasReworded(error)) report('warn', 'The identity provider refused the request; the browser was told only its error code.', { error: describeErrorForLog(error, secrets) });
    const sent = browserError(error, operation);
    return { response: errorResponse(sent, isHandlerError(sent) ? sent.headers : {}), outcome: sent.code };
  }
  report('error', error instanceof SessionShapeError ? error.message : 'Unexpected failure in the Roster handler.', { error: describeErrorForLog(error, secrets) });
  return { response: errorResponse(new HandlerError('server', { status: 500, message: 'The server failed to handle the request.' })), outcome: 'server' };
}

function normalizeBasePath(basePath: string): string {
  const trimmed = `/${basePath.replace(/^\/+|\/+$/g, '')}`;
  return trimmed === '/' ? '' : trimmed;
}

const forbidden = () => new HandlerError('forbidden', { status: 403, message: 'You are not allowed to do this.' });
const overBudget = (retryAfterMs: number) =>
  new HandlerError('rate_limited', { status: 429, message: 'Too many changes in a short time. Try again shortly.', retryAfterMs });

/** Writes that can lock someone out; each runs its lockout check and write before the next starts. */
const LOCKOUT_OPERATIONS: ReadonlySet<string> = new Set(['deleteUser', 'setUserStatus', 'removeUserRoles', 'setUserRoles', 'removeUserMembership', 'revokeInvitation']);

/**
 * Writes that check the user's state before they change it (invited, the verified flags): one
 * user's run one after another, so a resend never overtakes the revoke sent before it.
 */
const PER_USER_OPERATIONS: ReadonlySet<string> = new Set(['setUserVerified', 'resendInvitation', 'revokeInvitation']);

export function createRosterHandler<S extends RosterSession>(options: RosterHandlerOptions<S>): RosterHandler {
  if (typeof options.authenticate !== 'function') {
    throw new TypeError('createRosterHandler needs `authenticate(request)` returning your session or null; without it anyone could manage users.');
  }
  // Checked here in every build, not only in development as guardAdapter does: a server starts
  // once, and an adapter it cannot use must stop it with every problem named.
  assertValidAdapter(options.adapter);
  const adapter = withUpstreamErrors(guardAdapter(options.adapter));
  const basePath = normalizeBasePath(options.basePath ?? DEFAULT_BASE_PATH);
  const origin = options.origin === undefined ? undefined : configuredOrigin(options.origin);
  const allowedOrigins = options.allowedOrigins ?? [];
  const log = options.logger ?? defaultLogger;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const budgets = options.writeBudget ? createWriteBudgets(options.writeBudget) : null;
  const organizations = createOrganizationLookup(adapter);
  const lockouts = createLockoutCheck(adapter, options.adminRoleIds);
  const auditTrail = options.auditTrail ?? null;
  const userWrites = createKeyedQueue();
  const ask = async (session: S, operation: AdapterMethodName, details: OperationDetails): Promise<RosterAuthorizeAnswer> =>
    options.authorize ? await options.authorize(session, operation, details) : true;

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

    let audit: { session: S; operation: AdapterWriteMethod; note: AuditNote } | null = null;
    let response: Response;
    let outcome: Outcome = 'success';
    try {
      const segments = pathBelow(url.pathname, basePath);
      if (segments === null) throw new HandlerError('not_found', { status: 404, message: 'No Roster endpoint at this path.' });
      const route = matchRoute(request.method, segments);
      const operation = route.operation as RoutedOperation;
      entry.operation = operation;
      const isWrite = request.method !== 'GET';
      if (isWrite) checkCrossSiteWrite(request, ownOrigin(request, url, origin), allowedOrigins);

      const session = await authenticated(request);
      entry.userId = session.userId;
      const note: AuditNote = { target: {}, change: {} };
      if (WRITE_OPERATIONS.has(operation)) audit = { session, operation: operation as AdapterWriteMethod, note };
      // The budget is spent by writes `authorize` allowed only: a refused caller cannot use up an
      // organization's budget and lock its admins out with 429s.
      let isBudgeted = !isWrite || !budgets;
      const spendBudget = () => {
        if (isBudgeted) return;
        isBudgeted = true;
        const wait = budgets!.take(session.organizationId);
        if (wait !== null) throw overBudget(wait);
      };
      if (!QUERY_OPERATIONS.has(operation)) parseNoQuery(url.searchParams);
      const body = isWrite ? await readJsonBody(request, maxBodyBytes) : undefined;
      const ctx = { signal: request.signal };

      const run = () => OPERATIONS[operation]({
        adapter,
        scope: createTenantScope(adapter, session, (id, c) => organizations.find(id, c, (message) => emit('warn', message))),
        session,
        params: route.params,
        query: url.searchParams,
        body,
        ctx,
        audit: note,
        auditTrail,
        async authorize(name, details) {
          const answer = await ask(session, name, details);
          if (answer !== true && answer !== 'allow-lockout') throw forbidden();
          spendBudget();
        },
        async protect(name, details, change, memberships) {
          // Project-wide admin roles reach every organization: a tenant admin may not remove such an account.
          if (change.kind === 'remove-user' && session.organizationId !== null && (await lockouts.administersProject(change.userId, ctx))) {
            throw new HandlerError('forbidden', { status: 403, message: 'This user administers the whole project, so only a project admin can disable or delete the account.' });
          }
          const lockout = await lockouts.find(session, change, ctx, memberships);
          // Asked again, about the lockout itself: a blanket `true` must not allow one by accident.
          if (lockout && (await ask(session, name, { ...details, lockout })) !== 'allow-lockout') throw lockoutRefusal(lockout);
        },
        warn: (message) => emit('warn', message),
      });
      const checked = LOCKOUT_OPERATIONS.has(operation) ? () => lockouts.oneAtATime(run) : run;
      response = await (PER_USER_OPERATIONS.has(operation) ? userWrites(route.params.userId!, checked, request.signal) : checked());
    } catch (error) {
      ({ response, outcome } = failureResponse(error, request, secrets, emit, entry.operation));
    }
    if (audit && (options.onAudit || auditTrail)) {
      const record: RosterAuditRecord = {
        time: new Date().toISOString(),
        actor: { userId: audit.session.userId },
        organizationId: audit.session.organizationId,
        operation: audit.operation,
        target: audit.note.target,
        change: audit.note.change,
        outcome,
        status: response.status,
      };
      if (options.onAudit) {
        await deliverAudit(options.onAudit, record, (error) =>
          emit('error', 'The onAudit hook failed; the write itself was not affected.', { error: describeErrorForLog(error, secrets) }),
        );
      }
      if (auditTrail && belongsInTrail(record)) {
        await deliverAudit((r) => auditTrail.record(r), record, (error) =>
          emit('error', 'The audit trail failed to keep a record; the write itself was not affected.', { error: describeErrorForLog(error, secrets) }),
        );
      }
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
      throw new HandlerError('unauthorized', { status: 401, message: 'Sign in to manage users.' });
    }
    return checkSession(session);
  }

  return Object.assign(handle, { basePath });
}

export type { OperationDetails, ProtocolOperation };
