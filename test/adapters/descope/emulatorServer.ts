/**
 * Starts the Descope emulator behind MSW's Node server for one test file: a fresh seeded state
 * before each test, and every request the code under test sent, for wire assertions.
 */
import { setupServer } from 'msw/node';
import { createDescopeEmulator, type DescopeEmulatorOptions } from '../../../src/testing/emulators/descope/index.js';

export interface SentRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Headers;
  body: unknown;
}

export const PROJECT_ID = 'P2RosterTest';
export const MANAGEMENT_KEY = 'K2-test-management-key';

export function useDescopeEmulator(options: DescopeEmulatorOptions = {}) {
  const emulator = createDescopeEmulator({ projectId: PROJECT_ID, managementKey: MANAGEMENT_KEY, userCount: 40, ...options });
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
        return {
          method: request.method,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: request.headers,
          body: text ? JSON.parse(text) : undefined,
        };
      }),
    );
    return path ? decoded.filter((r) => r.path === path) : decoded;
  }

  return { emulator, server, sent };
}
