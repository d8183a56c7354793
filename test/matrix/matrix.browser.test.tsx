/**
 * THE MATRIX (DESIGN §9): every backend configuration (backends.ts) × every UI scenario
 * (scenarios.ts), in real Chromium. Each cell gets a fresh backend, drives one write through the
 * components and checks four things: the backend's own state changed as intended; the UI reported
 * success; no role=alert; no console.error. A cell the backend cannot back (listed with its reason
 * in the row's `absentByDesign`) checks instead that the control is absent, and that the adapter's
 * own declaration (capabilities, methods) agrees.
 */
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKENDS } from './backends.js';
import { SCENARIOS } from './scenarios.js';
import { CELL_TIMEOUT_MS } from './shared.js';
import type { BackendRow, Scenario } from './types.js';
import { alertTexts } from './ui.js';

// Nothing may leave the machine: a request to another origin that no emulator answers is an error.
const worker = setupWorker(
  http.all('*', ({ request }) => (new URL(request.url).origin === location.origin ? undefined : HttpResponse.error())),
);

beforeAll(async () => {
  // Testing Library's own beforeAll turns React's act() environment on; real clicks are not
  // wrapped in act(), and its warnings would count as console errors here.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
});

afterAll(() => worker.stop());

/** Where the row's declared list and the adapter's own declaration disagree, and who says what. */
function disagreement(row: BackendRow, scenario: Scenario, declared: string | undefined, derived: string | null): string | null {
  if (Boolean(declared) === Boolean(derived)) return null;
  return declared
    ? `backends.ts lists “${scenario.id}” as absent by design for ${row.id} (${declared}), but the adapter declares it can (its capabilities and methods).`
    : `the adapter declares it cannot “${scenario.id}” (${derived}), but backends.ts does not list it as absent by design for ${row.id}.`;
}

async function runCell(row: BackendRow, scenario: Scenario): Promise<void> {
  worker.resetHandlers();
  const consoleErrors: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' '));
  });
  const declared = row.absentByDesign[scenario.id];
  let note: string | null = null;
  try {
    const backend = await row.create({ mock: (...handlers) => worker.use(...handlers) });
    note = disagreement(row, scenario, declared, scenario.cannot(backend.adapter, row));
    const cell = { row, backend, tag: `${row.id}-${scenario.id}`.toLowerCase() };
    await (declared ? scenario.assertAbsent(cell) : scenario.run(cell));
    expect(alertTexts(), 'role=alert on the page').toEqual([]);
  } catch (error) {
    if (error instanceof Error) {
      if (note) error.message += `\n[declaration] ${note}`;
      if (consoleErrors.length) error.message += `\n[console.error] ${consoleErrors.join('\n[console.error] ')}`;
    }
    throw error;
  } finally {
    spy.mockRestore();
  }
  expect(consoleErrors, 'console.error during the cell').toEqual([]);
  if (note) throw new Error(`[declaration] ${note}`);
}

for (const row of BACKENDS) {
  describe(row.title, () => {
    for (const scenario of SCENARIOS) {
      // The reason is in backends.ts and in a failure's message; a test title stays short (it names the screenshot file).
      const title = row.absentByDesign[scenario.id] ? `${scenario.title} [absent by design]` : scenario.title;
      it(title, () => runCell(row, scenario), CELL_TIMEOUT_MS);
    }
  });
}
