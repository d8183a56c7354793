/**
 * Server HTML hydrated in real Chromium: each component's server-rendered loading state is
 * injected into the page, hydrateRoot takes it over without a mismatch (or any other console
 * error), and the data then arrives. The HTML is made by React's server renderer in the page,
 * from the same element tree, as a framework does on its server.
 */
import { StrictMode, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { UserTable } from '../../src/components/UserTable/index.js';
import { RosterProvider } from '../../src/react/RosterProvider.js';
import { RosterRemoteProvider } from '../../src/react/RosterRemoteProvider.js';
import { directory, SSR_CASES } from './cases.js';
import { BASE_URL, createPageServer } from './pageServer.js';

// Generous: a budget for two shared cores, not a speed claim.
const LOAD = { timeout: 20_000, interval: 50 };

let consoleError: MockInstance;
let recoverable: unknown[];
let root: Root | null;
let container: HTMLElement;

beforeEach(() => {
  // A page, not a test harness: React must not expect act() around a real browser's events.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  consoleError = vi.spyOn(console, 'error');
  recoverable = [];
  root = null;
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  root?.unmount();
  container.remove();
  consoleError.mockRestore();
  vi.unstubAllGlobals();
});

/** Server-renders `tree()`, injects the HTML and hydrates a second, identical tree over it. */
function serverRenderThenHydrate(tree: () => ReactElement): string {
  const html = renderToString(tree());
  container.innerHTML = html;
  root = hydrateRoot(container, tree(), { onRecoverableError: (error) => void recoverable.push(error) });
  return html;
}

function expectNoErrors() {
  expect(recoverable).toEqual([]);
  expect(consoleError.mock.calls).toEqual([]);
}

describe.each(SSR_CASES)('$name', ({ element, loadingMarkup, loadedSelector }) => {
  it('hydrates its server-rendered loading state without a mismatch, then shows its data', async () => {
    const html = serverRenderThenHydrate(() => (
      <StrictMode>
        <RosterProvider adapter={createMemoryAdapter({ directory, latencyMs: 30 })}>{element}</RosterProvider>
      </StrictMode>
    ));
    expect(html).toContain(loadingMarkup);
    await expect.poll(() => container.querySelector(loadedSelector), LOAD).not.toBeNull();

    const trigger = container.querySelector<HTMLButtonElement>('button[aria-haspopup="dialog"]');
    if (loadedSelector.includes('aria-haspopup')) {
      // Hydrated for real: the trigger's handler is attached and opens the dialog.
      trigger!.click();
      await expect.poll(() => document.querySelector('[role="dialog"]'), LOAD).not.toBeNull();
    }
    expectNoErrors();
  });
});

describe('RosterRemoteProvider', () => {
  it('hydrates its children’s loading state, then builds the adapter from /capabilities', async () => {
    const organizationId = directory.organizations[0]!.id;
    const server = createPageServer(directory, { userId: 'ana', organizationId });
    vi.stubGlobal('fetch', server.fetch);
    const html = serverRenderThenHydrate(() => (
      <StrictMode>
        <RosterRemoteProvider baseUrl={BASE_URL} scope="ana">
          <UserTable organizationId={organizationId} />
        </RosterRemoteProvider>
      </StrictMode>
    ));
    expect(html).toContain('data-roster-part="user-table-skeleton-row"');
    // Nothing was asked while rendering on the "server"; the browser asks once hydrated.
    expect(server.capabilityRequests).toBe(0);
    await expect.poll(() => container.querySelector('[data-roster-part="user-table-row"]'), LOAD).not.toBeNull();
    // The create control is there only because the server's capabilities arrived.
    expect([...container.querySelectorAll('button')].some((b) => b.textContent === 'Create user')).toBe(true);
    expect(server.capabilityRequests).toBe(1);
    expectNoErrors();
  });
});
