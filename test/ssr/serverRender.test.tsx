// @vitest-environment node
/**
 * Every component renders on a server — no window, no document — to a string and to both kinds
 * of stream, inside a provider, showing its loading state and logging nothing. Rendered through
 * React's own server renderers, as Next.js and Remix do.
 */
import { PassThrough } from 'node:stream';
import { type ReactElement } from 'react';
import { renderToPipeableStream, renderToReadableStream, renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import { RosterRemoteProvider } from '../../src/react/RosterRemoteProvider.js';
import { UserTable } from '../../src/components/UserTable/index.js';
import { directory, SSR_CASES } from './cases.js';

const inProvider = (element: ReactElement) => <RosterProvider adapter={createMemoryAdapter({ directory })}>{element}</RosterProvider>;

function pipeToString(element: ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = '';
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => (html += chunk.toString('utf8')));
    sink.on('end', () => resolve(html));
    const stream = renderToPipeableStream(element, {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}

async function readableToString(element: ReactElement): Promise<string> {
  const stream = await renderToReadableStream(element, { onError: (error) => void console.error(error) });
  await stream.allReady;
  return new Response(stream).text();
}

let logged: MockInstance[] = [];
beforeEach(() => {
  logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
});
afterEach(() => {
  for (const spy of logged) spy.mockRestore();
});
const expectNothingLogged = () => {
  for (const spy of logged) expect(spy.mock.calls).toEqual([]);
};

it('runs where there is no browser at all', () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
});

describe.each(SSR_CASES)('$name on the server', ({ element, loadingMarkup }) => {
  it('renders to a string, showing its loading state', () => {
    const html = renderToString(inProvider(element));
    expect(html).toContain(loadingMarkup);
    expectNothingLogged();
  });

  it('renders to a Node stream (renderToPipeableStream)', async () => {
    const html = await pipeToString(inProvider(element));
    expect(html).toContain(loadingMarkup);
    expectNothingLogged();
  });

  it('renders to a web stream (renderToReadableStream)', async () => {
    const html = await readableToString(inProvider(element));
    expect(html).toContain(loadingMarkup);
    expectNothingLogged();
  });
});

describe('RosterRemoteProvider on the server', () => {
  const page = (
    <RosterRemoteProvider baseUrl="/api/roster" scope="ana">
      <UserTable organizationId="org_001" />
    </RosterRemoteProvider>
  );

  it('renders its children in their loading state without asking the server anything', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    try {
      for (const html of [renderToString(page), await pipeToString(page), await readableToString(page)]) {
        expect(html).toContain('data-roster-part="user-table-skeleton-row"');
        expect(html).toContain('data-state="loading"');
      }
      expect(fetch).not.toHaveBeenCalled();
    } finally {
      fetch.mockRestore();
    }
    expectNothingLogged();
  });
});
