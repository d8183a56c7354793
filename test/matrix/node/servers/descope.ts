/**
 * Node side of the matrix row "Descope, management key, behind createRosterHandler".
 *
 * A management key must never reach a browser (createDescopeAdapter refuses to start where
 * `window` exists), so this module runs in Vite's Node process, loaded on first use through the
 * browser project's dev server (`ssrLoadModule`, see vitePlugin.ts). It holds:
 *
 *   Descope emulator (msw handlers, strict, zero latency)
 *     ← createDescopeAdapter({ auth: { managementKey }, fetch }) — `fetch` hands each request to
 *       the emulator's handlers with msw's getResponse: no global interception in this process
 *     ← createRosterHandler (a project-wide admin session)
 *     ← toNodeHandler, mounted on the same dev server that serves the test page, so the page's
 *       remote adapter reaches it same-origin over real HTTP (Chromium → Node's http server).
 *
 * State lives on globalThis, so every copy of this module (middleware, commands) sees the same.
 */
import { getResponse } from 'msw';
import { createDescopeAdapter } from '../../../../src/adapters/descope/index.js';
import { createRosterHandler } from '../../../../src/server/handler.js';
import { toNodeHandler, type NodeMiddleware } from '../../../../src/server/nodeHandler.js';
import { createDescopeEmulator, type DescopeEmulator } from '../../../../src/testing/index.js';
import { fromDescope } from '../../backends/state.js';
import { nodeApi } from '../../shared.js';
import type { BackendState } from '../../types.js';

interface NodeDescope {
  emulator: DescopeEmulator;
  middleware: NodeMiddleware;
}

const KEY = Symbol.for('react-roster.matrix.descope-node');
const store = globalThis as typeof globalThis & { [KEY]?: NodeDescope };

function create(): NodeDescope {
  const emulator = createDescopeEmulator();
  const adapter = createDescopeAdapter({
    projectId: emulator.projectId,
    auth: { managementKey: emulator.managementKey },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const answer = await getResponse(emulator.handlers, request);
      return answer ?? Response.json({ errorCode: 'E000000', errorDescription: `Not emulated: ${request.method} ${request.url}` }, { status: 501 });
    },
  });
  const handler = createRosterHandler({
    adapter,
    basePath: nodeApi('descope'),
    authenticate: () => ({ userId: 'matrix-project-admin', organizationId: null }),
    logger: (entry) => {
      if (entry.level !== 'info') console.warn('[matrix: Descope handler]', JSON.stringify(entry));
    },
  });
  return { emulator, middleware: toNodeHandler(handler) };
}

function live(): NodeDescope {
  return (store[KEY] ??= create());
}

/** A fresh seeded directory and a fresh adapter (no role catalogue carried over). */
export function reset(): void {
  store[KEY] = create();
}

/** The emulator's own data, read from Descope's wire records. */
export function state(): BackendState {
  return fromDescope(live().emulator.state);
}

export const middleware: NodeMiddleware = (req, res, next) => live().middleware(req, res, next);
