/**
 * The matrix's Node side, wired into the `browser` Vitest project only (vite.config.ts):
 *
 * - a Vite plugin whose middleware, on the dev server that serves the test page, answers
 *   DESCOPE_NODE_API with createRosterHandler over the Descope adapter in management-key mode
 *   (descopeServer.ts). The page reaches it same-origin, over real HTTP; no proxy or port to agree on.
 * - browser commands (run in Node, called from the page via `commands` from 'vitest/browser') to
 *   reset that backend and to read the Descope emulator's own state.
 *
 * vite.config.ts bundles this file, so it imports nothing from src/: descopeServer.ts (which does)
 * is loaded on first use through the dev server's `ssrLoadModule`. A half-edited src/ file then
 * fails only the matrix's Descope row, never the loading of the config for every project.
 */
import type { Plugin, ViteDevServer } from 'vite';
import type { BrowserCommand } from 'vitest/node';
import { DESCOPE_NODE_API } from '../shared.js';

type DescopeServer = typeof import('./descopeServer.js');

const MODULE = '/test/matrix/node/descopeServer.ts';

function load(server: ViteDevServer): Promise<DescopeServer> {
  return server.ssrLoadModule(MODULE) as Promise<DescopeServer>;
}

export function rosterMatrixNodeSide(): Plugin {
  return {
    name: 'roster-matrix-node-side',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!;
        if (path !== DESCOPE_NODE_API && !path.startsWith(`${DESCOPE_NODE_API}/`)) return next();
        load(server).then((side) => side.middleware(req, res, next), next);
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
  matrixDescopeReset: (async (context) => {
    (await load(browserServer(context))).reset();
  }) satisfies BrowserCommand<[]>,
  matrixDescopeState: (async (context) => (await load(browserServer(context))).state()) satisfies BrowserCommand<[]>,
};
