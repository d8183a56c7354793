/** The Clerk emulator for one test file (see test/helpers/emulatorServer.ts), with the test instance's secret key. */
import { createClerkEmulator, type ClerkEmulatorOptions } from '../../../src/testing/emulators/clerk/index.js';
import { serveEmulator } from '../../helpers/emulatorServer.js';

export type { SentRequest } from '../../helpers/emulatorServer.js';

export const SECRET_KEY = 'sk_test_RosterClerkTests0123';

export function useClerkEmulator(options: ClerkEmulatorOptions = {}) {
  return serveEmulator(createClerkEmulator({ secretKey: SECRET_KEY, userCount: 40, ...options }));
}
