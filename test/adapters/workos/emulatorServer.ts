/** The WorkOS emulator for one test file (see test/helpers/emulatorServer.ts), with the test environment's secret key. */
import { createWorkOSEmulator, type WorkOSEmulatorOptions } from '../../../src/testing/emulators/workos/index.js';
import { serveEmulator } from '../../helpers/emulatorServer.js';

export type { SentRequest } from '../../helpers/emulatorServer.js';

export const API_KEY = 'sk_test_roster_workos_key';

export function useWorkOSEmulator(options: WorkOSEmulatorOptions = {}) {
  return serveEmulator(createWorkOSEmulator({ apiKey: API_KEY, userCount: 40, ...options }));
}
