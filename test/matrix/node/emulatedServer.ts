/**
 * One matrix Node side for an adapter over an IdP emulator (test/matrix/node/servers/*.ts):
 *
 *   emulator (msw handlers, strict, zero latency)
 *     ← the adapter, whose `fetch` hands each request to the emulator with msw's getResponse:
 *       nothing is intercepted globally in this process
 *     ← createRosterHandler (a project-wide admin session) at nodeApi(name)
 *     ← toNodeHandler, mounted on the dev server that serves the test page (vitePlugin.ts).
 *
 * Each scope (a dev server; a test file's own object) has its own emulator (perServer.ts).
 */
import { getResponse, type RequestHandler } from 'msw';
import type { RosterAdapter } from '../../../src/core/adapter.js';
import { createRosterHandler } from '../../../src/server/handler.js';
import { toNodeHandler, type NodeMiddleware } from '../../../src/server/nodeHandler.js';
import { nodeApi } from '../shared.js';
import { backendSlot } from './perServer.js';
import type { BackendState } from '../types.js';

export interface EmulatedServerOptions<E extends { handlers: RequestHandler[] }> {
  /** The server's name: its path under nodeApi() and the file name in servers/. */
  name: string;
  /** A freshly seeded emulator. */
  createEmulator(): E;
  /** The adapter under test, sending every request through `fetch`. */
  createAdapter(emulator: E, fetch: typeof globalThis.fetch): RosterAdapter;
  /** The vendor's error body for a request the emulator does not know (answered 501). */
  notEmulated(request: Request): unknown;
  /** The emulator's own records as the matrix's BackendState, read past the adapter. */
  read(emulator: E): BackendState;
}

export interface EmulatedServer {
  middleware: NodeMiddleware;
  /** A fresh seeded emulator and a fresh adapter (no token or catalogue carried over). */
  reset(): void;
  state(): BackendState;
}

/** The server of one scope: `backendFor(viteDevServer)` in the plugin, `backendFor({})` in a test file. */
export function emulatedServer<E extends { handlers: RequestHandler[] }>(options: EmulatedServerOptions<E>): (scope: object) => EmulatedServer {
  function create() {
    const emulator = options.createEmulator();
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      return (await getResponse(emulator.handlers, request)) ?? Response.json(options.notEmulated(request), { status: 501 });
    };
    const handler = createRosterHandler({
      adapter: options.createAdapter(emulator, fetch),
      basePath: nodeApi(options.name),
      authenticate: () => ({ userId: 'matrix-project-admin', organizationId: null }),
      logger: (entry) => {
        if (entry.level !== 'info') console.warn(`[matrix: ${options.name} handler]`, JSON.stringify(entry));
      },
    });
    return { emulator, middleware: toNodeHandler(handler) };
  }

  return (scope) => {
    const slot = backendSlot<ReturnType<typeof create>>(scope, options.name);
    const live = () => (slot.value ??= create());
    return {
      middleware: (req, res, next) => live().middleware(req, res, next),
      reset: () => void (slot.value = create()),
      state: () => options.read(live().emulator),
    };
  };
}
