export { CLERK_EMULATOR_SECRET_KEY, createClerkEmulator, type ClerkEmulator, type ClerkEmulatorOptions } from './emulator.js';
export type { ClerkFault, ClerkFaultController, ClerkRoute } from './faults.js';
export type { ClerkEmulatorState, ClerkMembershipRecord } from './state.js';
