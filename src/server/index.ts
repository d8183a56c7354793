/**
 * react-roster/server: keeps identity-provider secrets on the server. Never import it from code
 * that runs in a browser (the package's `browser` condition points at a module that throws).
 */
export { createRosterHandler, type RosterAuthorizeAnswer, type RosterHandler, type RosterHandlerOptions } from './handler.js';
export type { OperationDetails } from './operationEnv.js';
export type { RosterSession } from './session.js';
export type { RosterLogEntry, RosterLogger, LoggedError } from './logging.js';
export type { RosterAuditChange, RosterAuditHook, RosterAuditRecord, RosterAuditRoleChange } from './audit.js';
export { createMemoryAuditTrail, type MemoryAuditTrailOptions, type RosterAuditTrail, type RosterAuditTrailEntry } from './auditTrail.js';
export { isAdministeringRole, type AdminRoleOption, type Lockout } from './lockout.js';
export type { WriteBudget, WriteBudgetOptions } from './writeBudget.js';
export { toNodeHandler, type NodeHandlerOptions, type NodeMiddleware, type NodeRequestLike, type NodeResponseLike } from './nodeHandler.js';
export { DEFAULT_BASE_PATH, PROTOCOL_ROUTES, ROSTER_REQUEST_HEADER, type CapabilitiesResponse, type ProtocolOperation } from '../core/protocol.js';
