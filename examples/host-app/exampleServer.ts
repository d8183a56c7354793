/**
 * Mounts the host's server (server/exampleApi.ts) on Vite's dev and preview servers. Loaded
 * through `ssrLoadModule`, so its imports of `react-roster/*` resolve through vite.config.ts's
 * aliases to the source entry points, exactly as the page's do.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, ViteDevServer } from 'vite';

interface ExampleApi {
  middleware(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void;
  warmUp(): Promise<unknown>;
}

export function exampleServer(): Plugin {
  let vite: ViteDevServer | undefined;
  const load = () => vite!.ssrLoadModule('/server/exampleApi.ts') as Promise<ExampleApi>;
  return {
    name: 'roster-example-server',
    configureServer(server) {
      vite = server;
      server.middlewares.use((req, res, next) => {
        load().then((api) => api.middleware(req, res, next), next);
      });
      server.httpServer?.once('listening', () => {
        load().then((api) => api.warmUp()).catch((error: unknown) => console.error('[example] could not start better-auth', error));
      });
    },
  };
}
