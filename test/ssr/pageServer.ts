/**
 * Roster's real handler over a memory directory, reached through a `fetch` the test installs with
 * `vi.stubGlobal('fetch', server.fetch)`: the network hop is the only thing simulated. Counts the
 * capability requests, and the session can be changed (or removed) between requests.
 */
import { createMemoryAdapter, type Directory } from '../../src/adapters/memory/index.js';
import { createRosterHandler } from '../../src/server/handler.js';
import type { RosterSession } from '../../src/server/session.js';

export const BASE_URL = '/api/roster';

export function createPageServer(directory: Directory, initialSession: RosterSession | null) {
  const memory = createMemoryAdapter({ directory });
  let session = initialSession;
  let capabilityRequests = 0;
  const handler = createRosterHandler({ basePath: BASE_URL, adapter: memory, authenticate: () => session, logger: () => {} });

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), 'http://roster.test');
    if (url.pathname === `${BASE_URL}/capabilities`) capabilityRequests += 1;
    // Without the page's AbortSignal: jsdom's is not the one Node's Request accepts.
    const { signal: _signal, ...rest } = init;
    return handler(new Request(url, rest));
  };

  return {
    memory,
    fetch,
    get capabilityRequests() {
      return capabilityRequests;
    },
    signIn(next: RosterSession | null) {
      session = next;
    },
  };
}
