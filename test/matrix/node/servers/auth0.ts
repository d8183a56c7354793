/**
 * Node side of the matrix row "Auth0, Management API token, behind createRosterHandler".
 *
 * A Management API token must never reach a browser (createAuth0Adapter refuses to start where
 * `window` exists), so this module runs in Vite's Node process, loaded on first use through the
 * browser project's dev server (see ../vitePlugin.ts). It holds:
 *
 *   Auth0 emulator (msw handlers, strict, zero latency)
 *     ← createAuth0Adapter({ auth: { clientId, clientSecret }, fetch }) — the client-credentials
 *       grant included; `fetch` hands each request to the emulator's handlers with msw's
 *       getResponse, so nothing is intercepted globally in this process
 *     ← createRosterHandler (a project-wide admin session)
 *     ← toNodeHandler, mounted on the dev server that serves the test page.
 *
 * State lives on globalThis, so every copy of this module (middleware, commands) sees the same.
 */
import { getResponse } from 'msw';
import { createAuth0Adapter } from '../../../../src/adapters/auth0/index.js';
import { createRosterHandler } from '../../../../src/server/handler.js';
import { toNodeHandler, type NodeMiddleware } from '../../../../src/server/nodeHandler.js';
import { AUTH0_EMULATOR_CLIENT, createAuth0Emulator, type Auth0Emulator, type Auth0EmulatorState } from '../../../../src/testing/index.js';
import { nodeApi } from '../../shared.js';
import type { BackendState, BackendUser } from '../../types.js';

interface NodeAuth0 {
  emulator: Auth0Emulator;
  middleware: NodeMiddleware;
}

const KEY = Symbol.for('react-roster.matrix.auth0-node');
const store = globalThis as typeof globalThis & { [KEY]?: NodeAuth0 };

function create(): NodeAuth0 {
  const emulator = createAuth0Emulator();
  const adapter = createAuth0Adapter({
    domain: emulator.domain,
    auth: { clientId: AUTH0_EMULATOR_CLIENT.clientId, clientSecret: AUTH0_EMULATOR_CLIENT.clientSecret },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const answer = await getResponse(emulator.handlers, request);
      return answer ?? Response.json({ statusCode: 501, error: 'Not Implemented', message: `Not emulated: ${request.method} ${request.url}` }, { status: 501 });
    },
  });
  const handler = createRosterHandler({
    adapter,
    basePath: nodeApi('auth0'),
    authenticate: () => ({ userId: 'matrix-project-admin', organizationId: null }),
    logger: (entry) => {
      if (entry.level !== 'info') console.warn('[matrix: Auth0 handler]', JSON.stringify(entry));
    },
  });
  return { emulator, middleware: toNodeHandler(handler) };
}

function live(): NodeAuth0 {
  return (store[KEY] ??= create());
}

/** A fresh seeded tenant and a fresh adapter (no token carried over). */
export function reset(): void {
  store[KEY] = create();
}

/** The emulator's own records: role names held tenant-wide and per organization, `blocked` as disabled. */
export function fromAuth0(state: Auth0EmulatorState): BackendState {
  const names = new Map(state.roles.map((r) => [r.id, r.name]));
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? `?${id}`);
  const users = state.users.map((u): BackendUser => ({
    id: u.user_id,
    email: u.email ?? '',
    name: u.name || null,
    status: u.blocked === true ? 'disabled' : 'active',
    roles: named(state.userRoles[u.user_id] ?? []),
    organizations: Object.fromEntries(
      Object.entries(state.members).flatMap(([orgId, members]) => members.filter((m) => m.userId === u.user_id).map((m) => [orgId, named(m.roles)])),
    ),
  }));
  return { users, organizations: Object.fromEntries(state.organizations.map((o) => [o.id, o.display_name ?? o.name])) };
}

export function state(): BackendState {
  return fromAuth0(live().emulator.state);
}

export const middleware: NodeMiddleware = (req, res, next) => live().middleware(req, res, next);
