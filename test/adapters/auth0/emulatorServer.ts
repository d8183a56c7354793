/** The Auth0 emulator for one test file (see test/helpers/emulatorServer.ts), with the test tenant's domain and token. */
import { createAuth0Emulator, type Auth0EmulatorOptions } from '../../../src/testing/emulators/auth0/index.js';
import { serveEmulator } from '../../helpers/emulatorServer.js';

export type { SentRequest } from '../../helpers/emulatorServer.js';

export const DOMAIN = 'roster-test.eu.auth0.com';
export const TOKEN = 'test-management-api-token';

export function useAuth0Emulator(options: Auth0EmulatorOptions = {}) {
  return serveEmulator(createAuth0Emulator({ domain: DOMAIN, managementToken: TOKEN, userCount: 40, ...options }));
}
