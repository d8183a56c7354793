import { describe, it } from 'vitest';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { defineAdapterContract } from '../../../src/testing/index.js';

defineAdapterContract({ describe, it }, { name: 'memory adapter', createAdapter: () => createMemoryAdapter({ seed: 7 }) });

defineAdapterContract({ describe, it }, {
  name: 'memory adapter, read-only with cursor paging and no totals',
  createAdapter: () => createMemoryAdapter({ seed: 11, userCount: 40, readOnly: true, capabilities: { pagination: 'cursor', totals: false } }),
});
