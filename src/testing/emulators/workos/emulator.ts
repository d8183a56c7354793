/**
 * An in-memory WorkOS API (User Management, organizations, roles) behind MSW handlers, faithful
 * enough that WorkOS's own Node SDK works against it. Use the handlers with `setupServer` (Node)
 * or `setupWorker` (browser, Storybook); `state` is the live data for assertions, `faults` makes
 * calls fail.
 */
import type { HttpHandler } from 'msw';
import { WORKOS_DEFAULT_BASE_URL } from '../../../adapters/workos/wire.js';
import { emulatorHandle } from '../shared/emulatorHandle.js';
import { createWorkOSFaults, type WorkOSFaultController } from './faults.js';
import { createWorkOSHandlers } from './handlers.js';
import { createIdFactory, seedState, type WorkOSEmulatorState } from './state.js';

export interface WorkOSEmulatorOptions {
  /** Default `https://api.workos.com`, where the SDK sends requests unless `apiHostname` says otherwise. */
  baseUrl?: string;
  /** The secret key the bearer header must carry. Default `sk_test_roster_emulator`. */
  apiKey?: string;
  /** Whether the environment has multiple roles per membership enabled (WorkOS's setting). Default true. */
  multipleRoles?: boolean;
  /** Seed of the generated directory. Default 1. */
  seed?: number;
  /** Default 100. */
  userCount?: number;
  /** Default 12. */
  organizationCount?: number;
  /** The clock for new records' timestamps (and so their ids). Default `Date.now`. */
  now?: () => number;
}

export interface WorkOSEmulator {
  handlers: HttpHandler[];
  /** The live data, in WorkOS's wire shapes. Its arrays are replaced on change; read them afresh. */
  readonly state: WorkOSEmulatorState;
  faults: WorkOSFaultController;
  /** Back to the seeded data, with no faults and no latency. */
  reset(): void;
  readonly baseUrl: string;
  readonly apiKey: string;
}

export function createWorkOSEmulator(options: WorkOSEmulatorOptions = {}): WorkOSEmulator {
  const baseUrl = (options.baseUrl ?? WORKOS_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const apiKey = options.apiKey ?? 'sk_test_roster_emulator';
  const seed = { seed: options.seed ?? 1, userCount: options.userCount, organizationCount: options.organizationCount };
  const clock = options.now ?? Date.now;
  const state = seedState(seed);
  const faults = createWorkOSFaults();
  // New records get ids from their own stream, so the seed's ids never change with what a test creates.
  let newId = createIdFactory(seed.seed + 1);

  const handlers = createWorkOSHandlers({
    baseUrl,
    apiKey,
    state,
    faults,
    newId: (prefix, createdAt) => newId(prefix, createdAt),
    now: () => new Date(clock()).toISOString(),
    multipleRoles: options.multipleRoles ?? true,
  });

  return {
    // Reset restarts the id stream too, so a test's new records get the same ids every run.
    ...emulatorHandle({ handlers, state, faults, reseed: () => seedState(seed), restart: () => { newId = createIdFactory(seed.seed + 1); } }),
    baseUrl,
    apiKey,
  };
}
