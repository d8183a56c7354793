export { createWorkOSAdapter, WORKOS_CAPABILITIES, type WorkOSAdapterOptions } from './workosAdapter.js';
export type {
  WorkOSErrorBody,
  WorkOSInvitation,
  WorkOSMembership,
  WorkOSMembershipStatus,
  WorkOSOrganization,
  WorkOSRole,
  WorkOSUser,
} from './wire.js';
