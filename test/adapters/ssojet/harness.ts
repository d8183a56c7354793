/**
 * One msw server per test file, answering with a fresh SSOJet emulator per test, and a recorder
 * for what the adapter actually sent.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createSsojetAdapter, type SsojetAdapterOptions } from '../../../src/adapters/ssojet/index.js';
import { createSsojetEmulator, type SsojetEmulatorOptions } from '../../../src/testing/emulators/ssojet/index.js';

export const server = setupServer();

export function useSsojetServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

export function emulate(options: { emulator?: SsojetEmulatorOptions; adapter?: Partial<SsojetAdapterOptions> } = {}) {
  const emulator = createSsojetEmulator(options.emulator);
  server.resetHandlers(...emulator.handlers);
  const adapter = createSsojetAdapter({
    baseUrl: emulator.baseUrl,
    clientId: emulator.clientId,
    getAccessToken: () => emulator.accessToken,
    ...options.adapter,
  });
  return { emulator, adapter };
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** Every query parameter, repeated ones included, in order. */
  query: [string, string][];
  authorization: string | null;
  clientId: string | null;
  contentType: string | null;
  body: unknown;
}

async function snapshot(request: Request): Promise<RecordedRequest> {
  const url = new URL(request.url);
  const text = await request.text();
  return {
    method: request.method,
    path: url.pathname,
    query: [...url.searchParams.entries()],
    authorization: request.headers.get('authorization'),
    clientId: request.headers.get('clientId'),
    contentType: request.headers.get('content-type'),
    body: text ? JSON.parse(text) : undefined,
  };
}

/** Records every request during each test; `take()` returns those so far and starts over. */
export function recordRequests() {
  let pending: Promise<RecordedRequest>[] = [];
  const listener = ({ request }: { request: Request }) => {
    pending.push(snapshot(request.clone()));
  };
  beforeEach(() => {
    pending = [];
    server.events.on('request:start', listener);
  });
  afterEach(() => server.events.removeListener('request:start', listener));
  return {
    async take(): Promise<RecordedRequest[]> {
      const taken = await Promise.all(pending);
      pending = [];
      return taken;
    },
  };
}
