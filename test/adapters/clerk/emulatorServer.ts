/**
 * Starts the Clerk emulator behind MSW's Node server for one test file: a fresh seeded state
 * before each test, and every request the code under test sent, for wire assertions.
 */
import { setupServer } from 'msw/node';
import { createClerkEmulator, type ClerkEmulatorOptions } from '../../../src/testing/emulators/clerk/index.js';

export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export const SECRET_KEY = 'sk_test_RosterClerkTests0123';

export function useClerkEmulator(options: ClerkEmulatorOptions = {}) {
  const emulator = createClerkEmulator({ secretKey: SECRET_KEY, userCount: 40, ...options });
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

  /** The requests sent so far (optionally only `METHOD /path`), decoded; clears the log. */
  async function sent(route?: string): Promise<SentRequest[]> {
    const requests = captured.splice(0);
    const decoded = await Promise.all(
      requests.map(async (request) => {
        const url = new URL(request.url);
        const text = await request.text();
        return { method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers, body: text ? JSON.parse(text) : undefined };
      }),
    );
    return route ? decoded.filter((r) => `${r.method} ${r.path}` === route) : decoded;
  }

  return { emulator, server, sent };
}
