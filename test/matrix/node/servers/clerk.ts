/**
 * Node side of the matrix row "Clerk, secret key, behind createRosterHandler".
 *
 * A Clerk secret key must never reach a browser (createClerkAdapter refuses to start where
 * `window` exists), so this module runs in Vite's Node process (see vitePlugin.ts):
 *
 *   Clerk emulator (msw handlers, strict, zero latency)
 *     ← createClerkAdapter({ secretKey, apiUrl, fetch }) — `fetch` hands each request to the
 *       emulator's handlers with msw's getResponse: no global interception in this process
 *     ← createRosterHandler (a project-wide admin session)
 *     ← toNodeHandler, mounted on the dev server that serves the test page.
 *
 * State lives on globalThis, so every copy of this module (middleware, commands) sees the same.
 */
import { getResponse } from 'msw';
import { createClerkAdapter } from '../../../../src/adapters/clerk/index.js';
import { createRosterHandler } from '../../../../src/server/handler.js';
import { toNodeHandler, type NodeMiddleware } from '../../../../src/server/nodeHandler.js';
import { createClerkEmulator, type ClerkEmulator, type ClerkEmulatorState } from '../../../../src/testing/index.js';
import { nodeApi } from '../../shared.js';
import type { BackendState, BackendUser } from '../../types.js';

interface NodeClerk {
  emulator: ClerkEmulator;
  middleware: NodeMiddleware;
}

const KEY = Symbol.for('react-roster.matrix.clerk-node');
const store = globalThis as typeof globalThis & { [KEY]?: NodeClerk };

function create(): NodeClerk {
  const emulator = createClerkEmulator();
  const adapter = createClerkAdapter({
    secretKey: emulator.secretKey,
    apiUrl: emulator.apiUrl,
    id: 'clerk:matrix',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const answer = await getResponse(emulator.handlers, request);
      return answer ?? Response.json({ errors: [{ code: 'not_emulated', message: 'not emulated', long_message: `Not emulated: ${request.method} ${request.url}` }] }, { status: 501 });
    },
  });
  const handler = createRosterHandler({
    adapter,
    basePath: nodeApi('clerk'),
    authenticate: () => ({ userId: 'matrix-project-admin', organizationId: null }),
    logger: (entry) => {
      if (entry.level !== 'info') console.warn('[matrix: Clerk handler]', JSON.stringify(entry));
    },
  });
  return { emulator, middleware: toNodeHandler(handler) };
}

function live(): NodeClerk {
  return (store[KEY] ??= create());
}

/** A fresh seeded instance and a fresh adapter. */
export function reset(): void {
  store[KEY] = create();
}

/** The emulator's own records: banned or locked is disabled; a membership's one role, by name. */
export function fromClerk(state: ClerkEmulatorState): BackendState {
  const roleNames = new Map(state.roles.map((r) => [r.key, r.name]));
  const users = state.users.map((u): BackendUser => ({
    id: u.id,
    email: u.email_addresses.find((e) => e.id === u.primary_email_address_id)?.email_address ?? '',
    name: [u.first_name, u.last_name].filter(Boolean).join(' ') || null,
    status: u.banned || u.locked ? 'disabled' : 'active',
    roles: [],
    organizations: Object.fromEntries(state.memberships.filter((m) => m.user_id === u.id).map((m) => [m.organization_id, [roleNames.get(m.role) ?? `?${m.role}`]])),
  }));
  return { users, organizations: Object.fromEntries(state.organizations.map((o) => [o.id, o.name])) };
}

export function state(): BackendState {
  return fromClerk(live().emulator.state);
}

export const middleware: NodeMiddleware = (req, res, next) => live().middleware(req, res, next);
