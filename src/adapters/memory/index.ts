export { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions, type MemorySnapshot } from './memoryAdapter.js';
export { DEFAULT_ATTRIBUTE_DEFINITIONS } from './generatedDetails.js';
export { generateDirectory, type Directory, type DirectoryOptions } from './directory.js';
export type { FaultController, FaultError, FaultRule } from './faults.js';
export type { CapabilityOverrides } from './memoryWrites.js';
