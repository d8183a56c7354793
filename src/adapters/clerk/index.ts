export { CLERK_CAPABILITIES, createClerkAdapter } from './clerkAdapter.js';
export type { ClerkAdapterOptions } from './options.js';
export type {
  ClerkErrorBody,
  ClerkErrorEntry,
  ClerkInvitation,
  ClerkOrganization,
  ClerkOrganizationMembership,
  ClerkPage,
  ClerkRole,
  ClerkUser,
} from './wire.js';
