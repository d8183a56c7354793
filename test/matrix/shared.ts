/**
 * Constants both sides of the matrix agree on: the page (Chromium) and the Node side (Vite's
 * dev server that serves the page, see node/vitePlugin.ts). No imports: vite.config.ts bundles it.
 */

/** Same-origin path where the Node side serves createRosterHandler over Descope (management key). */
export const DESCOPE_NODE_API = '/__roster-matrix/descope-api';

/** Path the in-page msw worker answers with createRosterHandler over a memory directory. */
export const MEMORY_HANDLER_API = '/__roster-matrix/memory-api';

/** Budget for one wait (an element, a status text, the backend's state); never a fixed sleep. */
export const WAIT_MS = 15_000;

/** Budget for one cell: a few waits, with margin, on 2 shared cores. */
export const CELL_TIMEOUT_MS = 60_000;
