/**
 * An in-memory SSOJet for tests and stories: MSW handlers over a seeded directory in SSOJet's wire
 * shapes, with faults and latency to inject. Use it with `setupServer` (Node) or `setupWorker`
 * (browser, Storybook).
 */
import type { HttpHandler } from 'msw';
import { createRandom } from '../../../adapters/memory/random.js';
import { createFaultQueue, type SsojetFaults } from './faults.js';
import { createSsojetHandlers } from './handlers.js';
import { createObjectIds, goTimestamp, seedState, type SsojetEmulatorState } from './state.js';

/** Made-up credentials in SSOJet's formats; the emulator accepts only these unless told otherwise. */
export const SSOJET_EMULATOR_CLIENT_ID = 'cli_roster-emulator.5e3d0c1a9b7f4e21.local';
export const SSOJET_EMULATOR_ACCESS_TOKEN = 'ssojet-emulator-access-token';

export interface SsojetEmulatorOptions {
  /** Host to answer for. Default `https://api.ssojet.com`; a trailing `/api/v1` is dropped. */
  baseUrl?: string;
  clientId?: string;
  /** The bearer token requests must carry. */
  accessToken?: string;
  seed?: number;
  /** Default 25. */
  userCount?: number;
  /** Default 6. */
  organizationCount?: number;
}

export interface SsojetEmulator {
  /** msw request handlers: `setupServer(...emulator.handlers)` or `server.use(...)`. */
  handlers: HttpHandler[];
  /** The live directory, in SSOJet's wire shapes; read it in assertions, or change it to set up a case. */
  state: SsojetEmulatorState;
  faults: SsojetFaults;
  /** Back to the seeded directory, with no faults and no latency. */
  reset(): void;
  readonly baseUrl: string;
  readonly clientId: string;
  readonly accessToken: string;
}

export function createSsojetEmulator(options: SsojetEmulatorOptions = {}): SsojetEmulator {
  const baseUrl = (options.baseUrl ?? 'https://api.ssojet.com').replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  const clientId = options.clientId ?? SSOJET_EMULATOR_CLIENT_ID;
  const accessToken = options.accessToken ?? SSOJET_EMULATOR_ACCESS_TOKEN;
  const seedOptions = { seed: options.seed ?? 1, userCount: options.userCount ?? 25, organizationCount: options.organizationCount ?? 6 };

  const state = seedState(seedOptions);
  const faults = createFaultQueue();
  const random = createRandom(seedOptions.seed ^ 0x2e5e7);
  const newId = createObjectIds(random, (id) => state.users.has(id));

  return {
    handlers: createSsojetHandlers({ baseUrl, clientId, accessToken, state, faults, newId, now: () => goTimestamp(Date.now(), random) }),
    state,
    faults,
    reset() {
      // Same object, so a reference to `emulator.state` stays live.
      Object.assign(state, seedState(seedOptions));
      faults.clear();
    },
    baseUrl,
    clientId,
    accessToken,
  };
}
