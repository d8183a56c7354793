/**
 * Starts the Auth0 emulator behind MSW's Node server for one test file: a fresh seeded tenant
 * before each test, and every request the code under test sent, for wire assertions.
 */
import { setupServer } from 'msw/node';
import { createAuth0Emulator, type Auth0EmulatorOptions } from '../../../src/testing/emulators/auth0/index.js';

export interface SentRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Headers;
  body: unknown;
}

export const DOMAIN = 'roster-test.eu.auth0.com';
export const TOKEN = 'test-management-api-token';

export function useAuth0Emulator(options: Auth0EmulatorOptions = {}) {
  const emulator = createAuth0Emulator({ domain: DOMAIN, managementToken: TOKEN, userCount: 40, ...options });
  const server = setupServer(...emulator.handlers);
  const captured: Request[] = [];
  server.events.on('request:start', ({ request }) => {
    captured.push(request.clone());
  });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    emulator.reset();
    captured.length = 0;
  });
  afterAll(() => server.close());

  /** The requests sent so far (optionally only those to `path`), decoded; clears the log. */
  async function sent(path?: string): Promise<SentRequest[]> {
    const requests = captured.splice(0);
    const decoded = await Promise.all(
      requests.map(async (request) => {
        const url = new URL(request.url);
        const text = await request.text();
        let body: unknown = undefined;
        if (text) body = request.headers.get('content-type')?.includes('json') ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
        return { method: request.method, path: decodeURIComponent(url.pathname), query: Object.fromEntries(url.searchParams), headers: request.headers, body };
      }),
    );
    return path ? decoded.filter((r) => r.path === path) : decoded;
  }

  return { emulator, server, sent };
}
