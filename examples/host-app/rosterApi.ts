/**
 * The host's server side, as a Vite plugin: Roster's handler over a memory directory, mounted on
 * the dev (and preview) server. This is the only place server code is imported; the page talks to
 * it through createRemoteAdapter and never bundles it. In a real app this would be an API route
 * with the SSOJet or Descope adapter built from secrets in the server's environment.
 */
import type { Plugin } from 'vite';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRosterHandler, toNodeHandler } from '../../src/server/index.js';
import { demoAdmin, DEMO_SESSION_COOKIE } from './demoAdmins.js';

function readCookie(header: string | null, name: string): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function rosterApi(): Plugin {
  const handler = createRosterHandler({
    adapter: createMemoryAdapter({ seed: 1, latencyMs: { min: 80, max: 250 } }),
    // DEMO ONLY: trusts a cookie naming an admin. Use your real session here.
    authenticate: (request) => {
      const admin = demoAdmin(readCookie(request.headers.get('cookie'), DEMO_SESSION_COOKIE));
      return admin ? { userId: admin.id, organizationId: admin.organizationId } : null;
    },
    logger: (entry) => {
      if (entry.level !== 'info') console.warn(`[roster] ${entry.message}`, entry.error ?? '');
    },
    // One record per write, once its outcome is known. A real app would store these.
    onAudit: (record) => {
      console.info(`[roster audit] ${record.actor.userId} ${record.operation} ${record.target.userId ?? ''} → ${record.outcome}`, JSON.stringify(record));
    },
  });
  const middleware = toNodeHandler(handler);
  return {
    name: 'roster-api',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
