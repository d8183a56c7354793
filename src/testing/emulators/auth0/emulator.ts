/**
 * An in-memory Auth0 tenant behind MSW handlers: the Management API v2 and the client-credentials
 * grant of `/oauth/token`, faithful enough that the official `auth0` SDK's ManagementClient works
 * against it. Use the handlers with `setupServer` (Node) or `setupWorker` (browser); `state` is the
 * live data for assertions, `faults` makes calls fail.
 */
import type { HttpHandler } from 'msw';
import { createRandom } from '../../../adapters/memory/random.js';
import { emulatorHandle } from '../shared/emulatorHandle.js';
import { createRateLimiter } from './failures.js';
import { createAuth0Faults, type Auth0FaultController } from './faults.js';
import { createAuth0Handlers } from './handlers.js';
import { seedState, type Auth0EmulatorState } from './state.js';
import { createTokenRegistry, type Auth0EmulatorClient } from './tokens.js';

export interface Auth0EmulatorOptions {
  /** The tenant's domain. Default `roster-emulator.us.auth0.com`. */
  domain?: string;
  /** A Management API token with every scope. Default `roster-emulator-management-token`. */
  managementToken?: string;
  /** Machine-to-machine applications that may use the client-credentials grant. Default: one with every scope. */
  clients?: Auth0EmulatorClient[];
  /** Calls allowed per window before a 429. Default 1,000 per second. */
  rateLimit?: { limit: number; windowSeconds: number };
  /** Seed of the generated directory. Default 1. */
  seed?: number;
  /** Default 100. */
  userCount?: number;
  /** Default 12. */
  organizationCount?: number;
}

export interface Auth0Emulator {
  handlers: HttpHandler[];
  /** The live data, in Auth0's wire shapes. Its arrays are replaced on change; read them afresh. */
  readonly state: Auth0EmulatorState;
  faults: Auth0FaultController;
  /** Back to the seeded data, with no faults, no latency, no issued tokens and a fresh rate window. */
  reset(): void;
  readonly domain: string;
  /** `https://<domain>/api/v2`, where the SDK sends Management API calls. */
  readonly baseUrl: string;
  readonly managementToken: string;
  readonly clients: readonly Auth0EmulatorClient[];
}

export const AUTH0_EMULATOR_CLIENT: Auth0EmulatorClient = Object.freeze({ clientId: 'RosterEmulatorM2MClient0000000001', clientSecret: 'roster-emulator-client-secret' });

function createUserIdFactory(seed: number): () => string {
  const random = createRandom(seed ^ 0xa0_7e_0);
  return () => Array.from({ length: 24 }, () => Math.floor(random() * 16).toString(16)).join('');
}

export function createAuth0Emulator(options: Auth0EmulatorOptions = {}): Auth0Emulator {
  const domain = options.domain ?? 'roster-emulator.us.auth0.com';
  const origin = `https://${domain}`;
  const managementToken = options.managementToken ?? 'roster-emulator-management-token';
  const clients = options.clients ?? [AUTH0_EMULATOR_CLIENT];
  const seed = { seed: options.seed ?? 1, userCount: options.userCount, organizationCount: options.organizationCount };
  const state = seedState(seed);
  const faults = createAuth0Faults();
  const rateLimiter = createRateLimiter(options.rateLimit?.limit ?? 1000, options.rateLimit?.windowSeconds ?? 1);
  const tokens = createTokenRegistry({ staticToken: managementToken, clients, audience: `${origin}/api/v2/` });
  let newUserId = createUserIdFactory(seed.seed);

  // Besides the data and the faults, a reset restarts the id stream, the rate window and the issued tokens.
  const restart = () => {
    newUserId = createUserIdFactory(seed.seed);
    rateLimiter.reset();
    tokens.reset();
  };
  const handlers = createAuth0Handlers({ origin, state, faults, rateLimiter, tokens, newUserId: () => newUserId() });

  return {
    ...emulatorHandle({ handlers, state, faults, reseed: () => seedState(seed), restart }),
    domain,
    baseUrl: `${origin}/api/v2`,
    managementToken,
    clients,
  };
}
