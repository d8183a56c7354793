/**
 * The better-auth adapter holds the whole user database: it must never run in a browser. Where a
 * browser runs this code (a page, or a web worker), it refuses to start and says what to do.
 */
function browserContext(): string | null {
  if (typeof window !== 'undefined' || typeof document !== 'undefined') return 'a browser page (window/document exist)';
  const scope = globalThis as { WorkerGlobalScope?: unknown; importScripts?: unknown };
  if (scope.WorkerGlobalScope !== undefined && typeof scope.importScripts === 'function') return 'a web worker (WorkerGlobalScope and importScripts exist)';
  return null;
}

export function assertServerSide(): void {
  const where = browserContext();
  if (!where) return;
  throw new TypeError(
    `Roster: createBetterAuthAdapter was called in ${where}. It reads and writes better-auth's user ` +
      'database directly and must only run on your server: create it there and serve it with ' +
      'createRosterHandler from "react-roster/server"; the browser then uses "react-roster/remote".',
  );
}
