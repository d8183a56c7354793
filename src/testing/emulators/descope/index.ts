export { createDescopeEmulator, type DescopeEmulator, type DescopeEmulatorOptions } from './emulator.js';
export type { DescopeEmulatorSession } from './handlers.js';
export type { DescopeFault, DescopeFaultController, DescopeRoute } from './faults.js';
export type { DescopeEmulatorState, DescopeInvitation } from './state.js';
export { readDescopeUserDetails, type DescopeUserDetailsRecord } from './inspect.js';
export { MANAGEMENT_KEY_ACTOR as DESCOPE_MANAGEMENT_KEY_ACTOR } from './audits.js';
