/**
 * Node side of the matrix row "WorkOS, secret key, behind createRosterHandler".
 *
 * A WorkOS secret key must never reach a browser (createWorkOSAdapter refuses to start where
 * `window` exists), so this module runs in Vite's Node process, loaded on first use through the
 * browser project's dev server (see vitePlugin.ts):
 *
 *   WorkOS emulator (msw handlers, strict, zero latency)
 *     ← createWorkOSAdapter({ apiKey, fetch }) — `fetch` hands each request to the emulator's
 *       handlers with msw's getResponse: no global interception in this process
 *     ← createRosterHandler (a project-wide admin session)
 *     ← toNodeHandler, mounted on the dev server that serves the test page.
 *
 * `state()` reads the emulator's own records, deriving status as WorkOS's data implies it
 * (invited: never signed in with a pending invitation; disabled: every membership deactivated).
 * State lives on globalThis, so every copy of this module sees the same.
 */
import { getResponse } from 'msw';
import { createWorkOSAdapter } from '../../../../src/adapters/workos/index.js';
import { createRosterHandler } from '../../../../src/server/handler.js';
import { toNodeHandler, type NodeMiddleware } from '../../../../src/server/nodeHandler.js';
import { createWorkOSEmulator, type WorkOSEmulator } from '../../../../src/testing/index.js';
import { nodeApi } from '../../shared.js';
import type { BackendState, BackendUser } from '../../types.js';

interface NodeWorkOS {
  emulator: WorkOSEmulator;
  middleware: NodeMiddleware;
}

const KEY = Symbol.for('react-roster.matrix.workos-node');
const store = globalThis as typeof globalThis & { [KEY]?: NodeWorkOS };

function create(): NodeWorkOS {
  const emulator = createWorkOSEmulator();
  const adapter = createWorkOSAdapter({
    apiKey: emulator.apiKey,
    environment: 'matrix',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const answer = await getResponse(emulator.handlers, request);
      return answer ?? Response.json({ message: `Not emulated: ${request.method} ${request.url}` }, { status: 501 });
    },
  });
  const handler = createRosterHandler({
    adapter,
    basePath: nodeApi('workos'),
    authenticate: () => ({ userId: 'matrix-project-admin', organizationId: null }),
    logger: (entry) => {
      if (entry.level !== 'info') console.warn('[matrix: WorkOS handler]', JSON.stringify(entry));
    },
  });
  return { emulator, middleware: toNodeHandler(handler) };
}

function live(): NodeWorkOS {
  return (store[KEY] ??= create());
}

export function reset(): void {
  store[KEY] = create();
}

/** The emulator's own data, read from WorkOS's wire records. */
export function state(): BackendState {
  const { users, memberships, invitations, organizations } = live().emulator.state;
  const backendUsers = users.map((u): BackendUser => {
    const own = memberships.filter((m) => m.user_id === u.id);
    const settled = own.filter((m) => m.status !== 'pending');
    const invited = u.last_sign_in_at === null && invitations.some((i) => i.state === 'pending' && i.email.toLowerCase() === u.email.toLowerCase());
    const disabled = settled.length > 0 && settled.every((m) => m.status === 'inactive');
    return {
      id: u.id,
      email: u.email,
      name: [u.first_name, u.last_name].filter(Boolean).join(' ') || null,
      status: invited ? 'invited' : disabled ? 'disabled' : 'active',
      // WorkOS holds no project-wide roles.
      roles: [],
      organizations: Object.fromEntries(own.map((m) => [m.organization_id, (m.roles ?? [m.role]).map((r) => roleName(m.organization_id, r.slug))])),
    };
  });
  return { users: backendUsers, organizations: Object.fromEntries(organizations.map((o) => [o.id, o.name])) };
}

/** Roles by name, as the matrix compares them with what the UI shows. */
function roleName(organizationId: string, slug: string): string {
  const role = live().emulator.state.roles.find((r) => r.slug === slug && (!r.organizationId || r.organizationId === organizationId));
  return role?.name ?? `?${slug}`;
}

export const middleware: NodeMiddleware = (req, res, next) => live().middleware(req, res, next);
