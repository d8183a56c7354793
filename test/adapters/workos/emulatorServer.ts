/**
 * Starts the WorkOS emulator behind MSW's Node server for one test file: a fresh seeded state
 * before each test, and every request the code under test sent, for wire assertions.
 */
import { setupServer } from 'msw/node';
import { createWorkOSEmulator, type WorkOSEmulatorOptions } from '../../../src/testing/emulators/workos/index.js';

export interface SentRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Headers;
  body: unknown;
}

export const API_KEY = 'sk_test_roster_workos_key';

export function useWorkOSEmulator(options: WorkOSEmulatorOptions = {}) {
  const emulator = createWorkOSEmulator({ apiKey: API_KEY, userCount: 40, ...options });
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
        return { method: request.method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: request.headers, body: text ? JSON.parse(text) : undefined };
      }),
    );
    return path ? decoded.filter((r) => r.path === path) : decoded;
  }

  return { emulator, server, sent };
}
