export { createDescopeEmulator, type DescopeEmulator, type DescopeEmulatorOptions } from './emulator.js';
export type { DescopeEmulatorSession } from './handlers.js';
export type { DescopeFault, DescopeFaultController, DescopeRoute } from './faults.js';
export type { DescopeEmulatorState } from './state.js';
