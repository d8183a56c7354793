/**
 * react-roster/adapter-kit: what an adapter author builds with. Server-safe (no React, no
 * directive). The contract types live in react-roster/core; the contract suite and the emulators
 * that test an adapter live in react-roster/testing.
 */

// Capabilities: what a backend declares, and the checks the provider and server run on it
export { FULL_CAPABILITIES, NO_CREATE_INPUTS, EDITABLE_USER_FIELDS, canChangeStatus, canCreateUsers, canEditRoles } from './core/adapter.js';
export { NO_MANAGEMENT, roleWritesIn, permissionWrites, organizationWrites } from './core/manage.js';
export { NO_DETAILS, USER_DETAILS_FLAGS, userDetailsAvailable } from './core/userDetails.js';
export { USER_STATUSES, USER_SORT_FIELDS, ACTIVITY_KINDS, ATTRIBUTE_TYPES } from './core/model.js';
export { validateAdapter, validateCapabilities, assertValidAdapter, describeProblems, type AdapterProblem, type Validated } from './core/validateAdapter.js';
export { guardAdapter } from './core/guardAdapter.js';

// Answers: response validation, and errors in Roster's vocabulary
export {
  parseUser,
  parseUsersPage,
  parseRoles,
  parseRole,
  parsePermissions,
  parsePermission,
  parseOrganization,
  parseOrganizationsPage,
  parseMemberships,
  parseActivityPage,
  parseAttributeDefinitions,
} from './core/validate.js';
export { ROSTER_ERROR_CODES, errorCodeForStatus, isRetryable, isAbortError, throwIfAborted, abortReason, toRosterError, type RosterErrorOptions } from './core/errors.js';
export { readObject, readString, readNonEmptyString, readBoolean, readArray, readArrayOf, readStringArray, readOptional, badShape, type ReadShape } from './core/shape.js';
export { raceAbort, delay } from './core/abort.js';

// Doing what the backend cannot: queries over a list in memory, offset paging, one write at a time
export { applyUsersQuery, compareUsers, matchesSearch, matchesFilter } from './core/usersQuery.js';
export { encodeOffsetCursor, decodeOffsetCursor, checkPageSize, pageOffset, pageOfList, searchAndPageOrganizations } from './core/paging.js';
export { createKeyedQueue, type KeyedQueue } from './core/keyedQueue.js';
export { isEmail } from './core/email.js';
export { isDomain, normalizeDomain } from './core/domain.js';
