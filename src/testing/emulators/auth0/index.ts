export { AUTH0_EMULATOR_CLIENT, createAuth0Emulator, type Auth0Emulator, type Auth0EmulatorOptions } from './emulator.js';
export type { Auth0Fault, Auth0FaultController, Auth0Route } from './faults.js';
export { auth0OrganizationId, auth0RoleId, type Auth0EmulatorMember, type Auth0EmulatorState } from './state.js';
export type { Auth0EmulatorClient } from './tokens.js';
