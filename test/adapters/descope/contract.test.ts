// @vitest-environment node
// A management key may only be used where there is no `window`: this file runs in plain Node.
import { describe, expect, it } from 'vitest';
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import { defineAdapterContract } from '../../../src/testing/index.js';
import { MANAGEMENT_KEY, PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';

const { emulator } = useDescopeEmulator();

defineAdapterContract({ describe, it }, {
  name: 'Descope adapter (management key) against the Descope emulator',
  createAdapter: () => {
    emulator.reset();
    return createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } });
  },
});

describe('management-key mode outside a browser', () => {
  it('constructs where window and document are absent', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const adapter = createDescopeAdapter({ projectId: PROJECT_ID, auth: { managementKey: MANAGEMENT_KEY } });
    expect(adapter.id).toBe(`descope:${PROJECT_ID}`);
    expect(adapter.capabilities.roleUpdates).toBe('delta');
  });
});
