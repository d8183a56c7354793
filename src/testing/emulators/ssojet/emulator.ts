/**
 * An in-memory SSOJet for tests and stories: MSW handlers over a seeded directory in SSOJet's wire
 * shapes, with faults and latency to inject. Use it with `setupServer` (Node) or `setupWorker`
 * (browser, Storybook).
 *
 * Strict by default: it answers as the legacy docs the seeds show, including their awkward parts
 * (plain-text errors, Manage User Roles answering `{}` as text/plain). Where SSOJet's documents
 * disagree, the other reading is an option below, never the default; an adapter must cope with
 * both.
 */
import type { HttpHandler } from 'msw';
import { createRandom } from '../../../adapters/memory/random.js';
import { createSsojetFaults, type SsojetFaults } from './faults.js';
import { createSsojetHandlers, type SsojetApiGeneration, type SsojetCreateAnswer, type SsojetRolesAnswer } from './handlers.js';
import { readSsojetDefinitions, readSsojetUserDetails, type SsojetDefinitions, type SsojetUserDetailsRecord } from './inspect.js';
import type { SsojetErrorStyle } from './responses.js';
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
  /**
   * Which generation of SSOJet's docs to play. `legacy` (default; the seeds' Apidog reference):
   * `GET /api/v1/users?limit=` answers a bare array, errors are plain-text status lines.
   * `current` (the OpenAPI reference): `GET /api/v1/users?cursor=&limit=` with `limit` 1–50,
   * answering `{ limit, next_cursor, users }`, and errors as `{ error, error_code, error_description }`.
   * The user, role and membership writes are the legacy routes in both: the current docs
   * document no replacement for them that works without a tenant. (Create Permission, which only
   * the current docs have, is served in both as well.)
   */
  api?: SsojetApiGeneration;
  /** Error bodies: `text` or `json`. Default: the generation's own (`text` legacy, `json` current). */
  errorBody?: SsojetErrorStyle;
  /**
   * What `PUT /api/v1/users/{id}/roles` answers. Default `empty-object`: seed 000's example,
   * `{}` as text/plain. `user`: the same page's prose, the updated user record as JSON.
   */
  rolesAnswer?: SsojetRolesAnswer;
  /**
   * What `POST /api/v1/users` answers. Default `user`: the create page's example, the new user
   * record. `status`: the same page's prose schema, `{ status, message }`, with no id in it.
   */
  createAnswer?: SsojetCreateAnswer;
}

export interface SsojetEmulator {
  /** msw request handlers: `setupServer(...emulator.handlers)` or `server.use(...)`. */
  handlers: HttpHandler[];
  /** The live directory, in SSOJet's wire shapes; read it in assertions, or change it to set up a case. */
  state: SsojetEmulatorState;
  faults: SsojetFaults;
  /** SSOJet's own roles (deleted ones left out), permissions and organizations, with who holds each. */
  definitions(): SsojetDefinitions;
  /** One user's verified flag and login log as SSOJet holds them; null for an unknown id. */
  userDetails(userId: string): SsojetUserDetailsRecord | null;
  /** The generation of the docs this emulator plays. */
  readonly api: SsojetApiGeneration;
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
  const faults = createSsojetFaults();
  const random = createRandom(seedOptions.seed ^ 0x2e5e7);
  const newId = createObjectIds(random, (id) => state.users.has(id));
  const api = options.api ?? 'legacy';
  const answers = {
    api,
    errorStyle: options.errorBody ?? (api === 'current' ? 'json' : 'text'),
    rolesAnswer: options.rolesAnswer ?? 'empty-object',
    createAnswer: options.createAnswer ?? 'user',
  } as const;

  return {
    handlers: createSsojetHandlers({ baseUrl, clientId, accessToken, state, faults, ...answers, newId, now: () => goTimestamp(Date.now(), random) }),
    state,
    faults,
    definitions: () => readSsojetDefinitions(state),
    userDetails: (userId) => readSsojetUserDetails(state, userId),
    api,
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
