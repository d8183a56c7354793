/**
 * Serves an IdP emulator's MSW handlers to the code under test for one test file: a fresh seeded
 * state before each test, and every request sent, decoded, for wire assertions. The adapters and
 * SDKs make real `fetch` calls; MSW answers them with the emulator.
 */
import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface SentRequest {
  method: string;
  /** Percent-decoded, so ids with reserved characters read as they were meant. */
  path: string;
  query: Record<string, string>;
  /** The same query, for parameters sent more than once (`getAll`). */
  search: URLSearchParams;
  headers: Headers;
  /** JSON bodies parsed, form bodies as an object of their fields. */
  body: unknown;
}

export interface ServedEmulator {
  readonly handlers: readonly RequestHandler[];
  reset(): void;
}

async function decode(request: Request): Promise<SentRequest> {
  const url = new URL(request.url);
  const text = await request.text();
  let body: unknown = undefined;
  if (text) body = request.headers.get('content-type')?.includes('x-www-form-urlencoded') ? Object.fromEntries(new URLSearchParams(text)) : JSON.parse(text);
  return { method: request.method, path: decodeURIComponent(url.pathname), query: Object.fromEntries(url.searchParams), search: url.searchParams, headers: request.headers, body };
}

export function serveEmulator<E extends ServedEmulator>(emulator: E) {
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

  /** The requests sent so far (optionally only those to `path`, or to `METHOD path`), decoded; clears the log. */
  async function sent(path?: string): Promise<SentRequest[]> {
    const decoded = await Promise.all(captured.splice(0).map(decode));
    return path ? decoded.filter((r) => r.path === path || `${r.method} ${r.path}` === path) : decoded;
  }

  return { emulator, server, sent };
}
