/**
 * An in-memory Clerk Backend API behind MSW handlers, faithful enough that `@clerk/backend`
 * works against it. Use the handlers with `setupServer` (Node) or `setupWorker` (browser); `state`
 * is the live data for assertions, `faults` makes calls fail.
 */
import type { HttpHandler } from 'msw';
import { CLERK_API_VERSION, CLERK_DEFAULT_API_URL } from '../../../adapters/clerk/wire.js';
import { emulatorHandle } from '../shared/emulatorHandle.js';
import { createClerkFaults, type ClerkFaultController } from './faults.js';
import { createClerkHandlers } from './handlers.js';
import { createIdFactory, seedState, type ClerkEmulatorState } from './state.js';

export interface ClerkEmulatorOptions {
  /** As the SDK's `apiUrl`: default `https://api.clerk.com`; the handlers answer under `/v1`. */
  apiUrl?: string;
  /** The secret key the bearer header must carry. Default `sk_test_RosterClerkEmulator`. */
  secretKey?: string;
  /** Seed of the generated directory. Default 1. */
  seed?: number;
  /** People in the directory (invited ones become invitations). Default 100. */
  userCount?: number;
  /** Default 12. */
  organizationCount?: number;
}

export interface ClerkEmulator {
  handlers: HttpHandler[];
  /** The live data, in Clerk's wire shapes. Its arrays are replaced on change; read them afresh. */
  readonly state: ClerkEmulatorState;
  faults: ClerkFaultController;
  /** Back to the seeded data, with no faults and no latency. */
  reset(): void;
  readonly apiUrl: string;
  readonly secretKey: string;
}

export const CLERK_EMULATOR_SECRET_KEY = 'sk_test_RosterClerkEmulator';

export function createClerkEmulator(options: ClerkEmulatorOptions = {}): ClerkEmulator {
  const apiUrl = (options.apiUrl ?? CLERK_DEFAULT_API_URL).replace(/\/+$/, '');
  const secretKey = options.secretKey ?? CLERK_EMULATOR_SECRET_KEY;
  const seed = { seed: options.seed ?? 1, userCount: options.userCount, organizationCount: options.organizationCount };
  let newId = createIdFactory(seed.seed);
  const state = seedState(seed, (prefix) => newId(prefix));
  const faults = createClerkFaults();

  const handlers = createClerkHandlers({ baseUrl: `${apiUrl}/${CLERK_API_VERSION}`, secretKey, state, faults, newId: (prefix) => newId(prefix) });

  return {
    ...emulatorHandle({
      handlers,
      state,
      faults,
      // The seed draws its ids from the same stream, so the stream restarts first.
      reseed: () => seedState(seed, (prefix) => newId(prefix)),
      restart: () => {
        newId = createIdFactory(seed.seed);
      },
    }),
    apiUrl,
    secretKey,
  };
}
