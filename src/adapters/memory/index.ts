export { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from './memoryAdapter.js';
export { generateDirectory, type Directory, type DirectoryOptions } from './directory.js';
export type { FaultController, FaultError, FaultRule } from './faults.js';
export type { CapabilityOverrides } from './memoryWrites.js';
