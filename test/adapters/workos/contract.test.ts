// @vitest-environment node
// A WorkOS secret key may only be used where there is no `window`: this file runs in plain Node.
import { describe, expect, it } from 'vitest';
import { createWorkOSAdapter } from '../../../src/adapters/workos/index.js';
import { defineAdapterContract } from '../../../src/testing/index.js';
import { API_KEY, useWorkOSEmulator } from './emulatorServer.js';

const { emulator } = useWorkOSEmulator();

defineAdapterContract({ describe, it }, {
  name: 'WorkOS adapter against the WorkOS emulator',
  createAdapter: () => {
    emulator.reset();
    return createWorkOSAdapter({ apiKey: API_KEY });
  },
});

describe('the WorkOS adapter outside a browser', () => {
  it('constructs where window and document are absent, declaring what WorkOS cannot do', () => {
    expect(typeof window).toBe('undefined');
    const adapter = createWorkOSAdapter({ apiKey: API_KEY, environment: 'staging' });
    expect(adapter.id).toBe('workos:staging');
    expect(adapter.capabilities).toMatchObject({ search: false, sortFields: [], totals: false, pagination: 'cursor', maxPageSize: 100, projectRoles: false, organizationRoles: true });
  });
});
