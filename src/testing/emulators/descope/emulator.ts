/**
 * An in-memory Descope Management API behind MSW handlers, faithful enough that Descope's own
 * Node SDK works against it with a management key (users, roles, permissions, tenants), and held,
 * for a tenant admin's session, to what Descope's user-management and role-management widgets
 * send. Use the handlers with `setupServer` (Node) or `setupWorker` (browser, Storybook); `state`
 * is the live data for assertions (users, roles, permissions, tenants in Descope's wire shapes),
 * `faults` makes calls fail.
 */
import type { HttpHandler } from 'msw';
import { DESCOPE_DEFAULT_BASE_URL } from '../../../adapters/descope/wire.js';
import { emulatorHandle } from '../shared/emulatorHandle.js';
import { createDescopeFaults, type DescopeFaultController } from './faults.js';
import { createDescopeHandlers, type DescopeEmulatorSession } from './handlers.js';
import { readDescopeUserDetails, type DescopeUserDetailsRecord } from './inspect.js';
import { createTenantIdFactory, createUserIdFactory, seedState, type DescopeEmulatorState } from './state.js';

export interface DescopeEmulatorOptions {
  /** Default `https://api.descope.com`, where the SDKs send a project id shorter than 32 characters. */
  baseUrl?: string;
  /** Default `P2RosterEmulator`. */
  projectId?: string;
  /** The management key the bearer header must carry. Default `roster-emulator-management-key`. */
  managementKey?: string;
  /** Tenant admins' session tokens (what follows `ProjectID:` in the bearer header). */
  sessions?: Record<string, DescopeEmulatorSession>;
  /** Seed of the generated directory. Default 1. */
  seed?: number;
  /** Default 100. */
  userCount?: number;
  /** Default 12. */
  organizationCount?: number;
}

export interface DescopeEmulator {
  handlers: HttpHandler[];
  /** The live data, in Descope's wire shapes. Its arrays are replaced on change; read them afresh. */
  readonly state: DescopeEmulatorState;
  faults: DescopeFaultController;
  /** Back to the seeded data, with no faults and no latency. */
  reset(): void;
  /** One user's verified flags, custom attributes, audit trail and invitations, as Descope holds them. */
  userDetails(userId: string): DescopeUserDetailsRecord;
  readonly baseUrl: string;
  readonly projectId: string;
  readonly managementKey: string;
}

export function createDescopeEmulator(options: DescopeEmulatorOptions = {}): DescopeEmulator {
  const baseUrl = (options.baseUrl ?? DESCOPE_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const projectId = options.projectId ?? 'P2RosterEmulator';
  const managementKey = options.managementKey ?? 'roster-emulator-management-key';
  const seed = { seed: options.seed ?? 1, userCount: options.userCount, organizationCount: options.organizationCount };
  const state = seedState(seed);
  const faults = createDescopeFaults();
  let newUserId = createUserIdFactory(seed.seed);
  let newTenantId = createTenantIdFactory(seed.seed);

  const handlers = createDescopeHandlers({
    baseUrl,
    projectId,
    managementKey,
    sessions: { ...options.sessions },
    state,
    faults,
    newUserId: () => newUserId(),
    newTenantId: () => newTenantId(),
  });

  return {
    // Reset restarts the id streams too, so a test's new records get the same ids every run.
    ...emulatorHandle({
      handlers,
      state,
      faults,
      reseed: () => seedState(seed),
      restart: () => {
        newUserId = createUserIdFactory(seed.seed);
        newTenantId = createTenantIdFactory(seed.seed);
      },
    }),
    userDetails: (userId) => readDescopeUserDetails(state, userId),
    baseUrl,
    projectId,
    managementKey,
  };
}
