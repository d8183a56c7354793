export { createWorkOSEmulator, type WorkOSEmulator, type WorkOSEmulatorOptions } from './emulator.js';
export type { WorkOSFault, WorkOSFaultController, WorkOSRoute } from './faults.js';
export type { WorkOSEmulatorState } from './state.js';
