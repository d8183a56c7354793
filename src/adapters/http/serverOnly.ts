/**
 * The one guard every server-side adapter runs before it holds its secret (a management key, a
 * secret key, a token, the user database itself): where a browser runs this code, it refuses to
 * start and says where the adapter belongs. One module, so that every adapter tells a browser
 * apart from a server the same way, and a fix to that test reaches them all.
 */

/**
 * Where a browser runs this code, in words for the error; null on a server. A page has window or
 * document. Every browser worker scope (dedicated, shared, service) has `importScripts`; server
 * runtimes with a worker-style global (Cloudflare Workers, Deno) do not, and a secret is
 * legitimate there, so WorkerGlobalScope alone is not enough.
 */
export function browserContext(): string | null {
  if (typeof window !== 'undefined' || typeof document !== 'undefined') return 'a browser page (window/document exist)';
  const scope = globalThis as { WorkerGlobalScope?: unknown; importScripts?: unknown };
  if (scope.WorkerGlobalScope !== undefined && typeof scope.importScripts === 'function') return 'a web worker (WorkerGlobalScope and importScripts exist)';
  return null;
}

export interface ServerOnlyGuard {
  /** The factory's name as the host calls it, e.g. `createClerkAdapter`. */
  factory: string;
  /** What the adapter holds, as the start of a sentence: "A Clerk secret key controls the whole instance". */
  holds: string;
  /** Another way in, for adapters that have one that is safe in a browser. */
  alternative?: string;
}

/** Throws a TypeError naming the adapter, what it holds and where it belongs, if a browser runs this code. */
export function assertServerSide({ factory, holds, alternative }: ServerOnlyGuard): void {
  const where = browserContext();
  if (!where) return;
  throw new TypeError(
    `Roster: ${factory} runs only on a server, and this is ${where}. ${holds} and must never reach a browser. ` +
      'Create the adapter on your server and serve it with createRosterHandler from "react-roster/server"; ' +
      `the browser then uses "react-roster/remote".${alternative ? ` ${alternative}` : ''}`,
  );
}
