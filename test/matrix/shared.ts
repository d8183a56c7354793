/**
 * Constants both sides of the matrix agree on: the page (Chromium) and the Node side (Vite's
 * dev server that serves the page, see node/vitePlugin.ts). No imports: vite.config.ts bundles it.
 */

/** Where the Node side (node/vitePlugin.ts) mounts its servers, one per server-side row. */
export const NODE_API_ROOT = '/__roster-matrix/node';

/** Same-origin base URL of the Node-side server `name` (node/servers/<name>.ts). */
export function nodeApi(name: string): string {
  return `${NODE_API_ROOT}/${name}`;
}

/** Path the in-page msw worker answers with createRosterHandler over a memory directory. */
export const MEMORY_HANDLER_API = '/__roster-matrix/memory-api';

/** Budget for one wait (an element, a status text, the backend's state); never a fixed sleep. */
export const WAIT_MS = 15_000;

/** Budget for one cell: a few waits, with margin, on 2 shared cores. */
export const CELL_TIMEOUT_MS = 60_000;

/**
 * The request header naming a backend of its own on the Node side, apart from the dev server's
 * (which the matrix uses): story files run at once, and one story's reset must not wipe another's writes.
 */
export const NODE_BACKEND_SCOPE_HEADER = 'x-roster-backend-scope';

/** Resets the Node-side server `name` of `scope` to its seeded state (dev server only; used by stories). */
export async function resetNodeBackend(name: string, scope: string): Promise<void> {
  const response = await fetch(`${nodeApi(name)}/__reset`, { method: 'POST', headers: { [NODE_BACKEND_SCOPE_HEADER]: scope } });
  if (!response.ok) throw new Error(`Could not reset the ${name} backend (HTTP ${response.status}): this story needs Storybook's dev server (npm start).`);
}
