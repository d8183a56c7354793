/** The Descope emulator for one test file (see test/helpers/emulatorServer.ts), with the test project's credentials. */
import { createDescopeEmulator, type DescopeEmulatorOptions } from '../../../src/testing/emulators/descope/index.js';
import { serveEmulator } from '../../helpers/emulatorServer.js';

export type { SentRequest } from '../../helpers/emulatorServer.js';

export const PROJECT_ID = 'P2RosterTest';
export const MANAGEMENT_KEY = 'K2-test-management-key';

export function useDescopeEmulator(options: DescopeEmulatorOptions = {}) {
  return serveEmulator(createDescopeEmulator({ projectId: PROJECT_ID, managementKey: MANAGEMENT_KEY, userCount: 40, ...options }));
}
