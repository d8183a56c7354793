/**
 * The matrix's Node side, wired into the `browser` Vitest project only (vite.config.ts).
 *
 * Server-side adapters (management keys, a database) must never run in a browser, so their rows
 * run in Vite's Node process: each is one module `test/matrix/node/servers/<name>.ts` exporting
 * `backendFor(scope)`, which gives the scope's own backend (this plugin passes its dev server) as
 *
 *   - `middleware`: createRosterHandler over the adapter, as a Node middleware;
 *   - `reset()`: a fresh, seeded backend and a fresh adapter;
 *   - `state()`: the backend's own state, read past the adapter, as the matrix's BackendState.
 *
 * This plugin mounts every such module at nodeApi(<name>) on the dev server that serves the test
 * page, so the page's remote adapter reaches it same-origin over real HTTP; the commands let a
 * cell reset and read it. A new server-side row is one more file in servers/, nothing here.
 *
 * Storybook mounts the same plugin (.storybook/main.ts), so stories show the components on a
 * server-side adapter exactly as a host deploys it; a story resets its backend with
 * `POST nodeApi(<name>)/__reset` (the dev server only: a static Storybook build has no Node side).
 * Each story file names a scope of its own in a header, so story files running at once never share
 * a backend; the matrix sends none and uses the dev server's.
 *
 * vite.config.ts bundles this file, so it imports nothing from src/: the server modules (which do)
 * are loaded on first use through the dev server's `ssrLoadModule`. A half-edited src/ file then
 * fails only the rows that use it, never the loading of the config for every project.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, ViteDevServer } from 'vite';
import type { BrowserCommand } from 'vitest/node';
import type { BackendState } from '../types.js';
import { NODE_API_ROOT, NODE_BACKEND_SCOPE_HEADER } from '../shared.js';

interface NodeBackend {
  middleware(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void;
  reset(): void | Promise<void>;
  state(): BackendState | Promise<BackendState>;
}

interface NodeServerModule {
  /** The backend of one dev server: the matrix and the stories run at once and must not share one (perServer.ts). */
  backendFor(scope: object): NodeBackend;
}

/** The dev-server-only path under a server's mount that resets it (for stories). */
const RESET = '__reset';

/** Names are path segments and module names: nothing else may reach ssrLoadModule. */
const NAME = /^[a-z][a-z0-9-]*$/;

/** Named scopes of each dev server (see NODE_BACKEND_SCOPE_HEADER): one object each, the key of its backends. */
const namedScopes = new WeakMap<ViteDevServer, Map<string, object>>();

function scopeOf(server: ViteDevServer, name: string | undefined): object {
  if (!name) return server;
  let scopes = namedScopes.get(server);
  if (!scopes) namedScopes.set(server, (scopes = new Map()));
  let scope = scopes.get(name);
  if (!scope) scopes.set(name, (scope = {}));
  return scope;
}

/** The `name` backend of this dev server, or of one of its named scopes. */
async function load(server: ViteDevServer, name: string, scope?: string): Promise<NodeBackend> {
  if (!NAME.test(name)) throw new Error(`Not a matrix server name: ${JSON.stringify(name)}`);
  const module = (await server.ssrLoadModule(`/test/matrix/node/servers/${name}.ts`)) as NodeServerModule;
  return module.backendFor(scopeOf(server, scope));
}

export function rosterMatrixNodeSide(): Plugin {
  return {
    name: 'roster-matrix-node-side',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!;
        if (!path.startsWith(`${NODE_API_ROOT}/`)) return next();
        const [name = '', ...rest] = path.slice(NODE_API_ROOT.length + 1).split('/');
        const header = req.headers[NODE_BACKEND_SCOPE_HEADER];
        const scope = typeof header === 'string' && header ? header : undefined;
        if (rest.join('/') === RESET && req.method === 'POST') {
          load(server, name, scope)
            .then((side) => side.reset())
            .then(() => res.writeHead(204).end(), next);
          return;
        }
        load(server, name, scope).then((side) => side.middleware(req, res, next), next);
      });
    },
  };
}

function browserServer(context: Parameters<BrowserCommand<[]>>[0]): ViteDevServer {
  const vite = context.project.browser?.vite;
  if (!vite) throw new Error('The roster matrix commands run in a browser project only.');
  return vite;
}

export const rosterMatrixCommands = {
  matrixNodeReset: (async (context, name: string) => {
    await (await load(browserServer(context), name)).reset();
  }) satisfies BrowserCommand<[string]>,
  matrixNodeState: (async (context, name: string) => structuredClone(await (await load(browserServer(context), name)).state())) satisfies BrowserCommand<[string]>,
};
