/** What `createRosterHandler` takes. */
import type { AdapterMethodName, RosterAdapter } from '../core/adapter.js';
import type { RosterAuditHook } from './audit.js';
import type { RosterAuditTrail } from './auditTrail.js';
import type { AdminRoleOption } from './lockout.js';
import type { RosterLogger } from './logging.js';
import type { OperationDetails } from './operationEnv.js';
import type { RosterSession } from './session.js';
import type { WriteBudgetOptions } from './writeBudget.js';

/**
 * `true` allows the operation, `false` refuses it (403). `'allow-lockout'` allows it even when it
 * would lock an admin or an organization out (see `details.lockout`); plain `true` does not.
 */
export type RosterAuthorizeAnswer = boolean | 'allow-lockout';

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
   * before the tenant-scope checks, which apply whatever it answers. Roles granted through a
   * membership or a create are asked about as `addUserRoles` too. A write that would lock someone
   * out is asked about again with `details.lockout` set, and goes through only on
   * `'allow-lockout'`. Role, permission and organization definitions are asked about by their
   * method names (`createRole`, `deleteOrganization`, …) with `details.role`, `.permission` or
   * `.organization`; whatever it answers, a tenant admin can never write project-wide roles,
   * permissions or organizations, nor another organization's roles. Default: allow everything
   * except lockouts — so a tenant admin may define, change and delete their own organization's
   * roles unless `authorize` says no.
   */
  authorize?: (session: S, operation: AdapterMethodName, details: OperationDetails) => RosterAuthorizeAnswer | Promise<RosterAuthorizeAnswer>;
  /** Where the handler is mounted. Default `/roster-api`. */
  basePath?: string;
  /**
   * The origin your pages are served from, e.g. `'https://admin.example.com'`: writes whose
   * Origin differs are refused. Default: the request's scheme and Host header. Set it when a proxy
   * rewrites Host.
   */
  origin?: string;
  /**
   * Further origins whose writes are accepted without Roster's custom header, e.g.
   * `['https://admin.example.com']`.
   */
  allowedOrigins?: readonly string[];
  /**
   * The roles that let their holder administer an organization (or, project-wide, the project),
   * which self-protection keeps at least one active holder of: role ids, or a test on each role.
   * Default: roles named or id'd owner/admin/administrator, or granting a permission such as
   * `roles:manage`, `users:admin` or Descope's `User Admin`.
   */
  adminRoleIds?: AdminRoleOption;
  /**
   * Receives one record per write (who, where, what, on whom, the change, the outcome) once its
   * outcome is known; awaited before the response is sent. A throw or rejection is logged and
   * never fails the write.
   */
  onAudit?: RosterAuditHook;
  /**
   * Where the handler keeps its own audit records to read them back as activity: every successful
   * write aimed at a user is recorded (awaited before the response, so a UI that refreshes the
   * activity right after a change sees it), and `listUserActivity` then shows those changes as
   * `change` events (the operation as `action`, the acting session's user id as `actor`, the
   * fields touched), merged newest first with the backend's own activity under one cursor, or
   * alone where the backend keeps none (capabilities then report `details.activity`). Where the
   * backend records changes itself (`details.activityIncludesChanges`), the trail's events take
   * the place of its change events: no change shows twice, and one made outside the handler (in
   * the backend's console) not at all. A tenant admin sees no record made in or aimed at another
   * organization. `createMemoryAuditTrail()` keeps the latest 10,000 records in this process;
   * implement `RosterAuditTrail` over your database to keep them across restarts and instances. A
   * failing trail is logged and never fails the write.
   */
  auditTrail?: RosterAuditTrail;
  /**
   * Writes each organization may make in a burst and per second after it (one budget shared by
   * project admins, `projectAdmins` to size it apart); beyond it, 429 with Retry-After. Off by
   * default. Protects an identity provider's project-wide rate limit from one tenant's bulk edits.
   */
  writeBudget?: WriteBudgetOptions;
  /** Receives one entry per request and any failure; never headers or credentials. */
  logger?: RosterLogger;
  /** Default 1,000,000. */
  maxBodyBytes?: number;
}
