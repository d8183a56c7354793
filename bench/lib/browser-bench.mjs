/**
 * Drives the bench pages in Chromium: the table pages (rendering at 1,000 / 10,000 / 100,000
 * users) and the interaction page (role toggle, request counts, typing). Every run gets a fresh
 * browser context; configurations are interleaved run by run so background load on the machine
 * spreads evenly over them.
 */
import { openPage } from './browser.mjs';

export const TABLE_CONFIGS = [
  { id: 'roster-server', page: 'roster', mode: 'server', paged: true, label: 'Roster UserTable, server mode (page of 50)' },
  { id: 'roster-client', page: 'roster', mode: 'client', paged: false, label: 'Roster UserTable, client mode (all users in the browser, one virtualized page)' },
  { id: 'react-admin', page: 'react-admin', mode: 'server', paged: true, label: 'react-admin ListBase + Datagrid (page of 50, same memory adapter behind its data provider)' },
  { id: 'mui', page: 'mui', mode: 'server', paged: true, label: 'MUI X DataGrid free (all rows in memory, page of 50)' },
];

export const SEARCH_TERM = 'tanaka';
const JUMP_TO_PAGE_INDEX = 9; // page 10: never prefetched
const SETTLE_MS = 400;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function step(result, name, fn) {
  try {
    result[name] = await fn();
  } catch (error) {
    (result.failures ??= []).push(`${name}: ${String(error.message ?? error).split('\n')[0]}`);
  }
}

export async function runTable(browser, baseUrl, config, n) {
  const p = await openPage(browser, `${baseUrl}/${config.page}.html?n=${n}&mode=${config.mode}&seed=7`);
  const ev = (expr) => p.page.evaluate(expr);
  const r = { config: config.id, n };
  try {
    await step(r, 'setup', () => ev('bench.setup()'));
    await sleep(200);
    r.heapBaseline = await p.heapAfterGc();
    await step(r, 'mount', () => ev('bench.mount()'));
    if (!r.mount) return r;
    await sleep(600);
    r.heap = await p.heapAfterGc();
    r.heapUi = r.heap - r.heapBaseline;
    r.domNodes = await ev('bench.domNodes()');
    r.renderedRows = await ev('bench.renderedRows()');
    await step(r, 'sort', () => ev('bench.sort()'));
    await sleep(SETTLE_MS);
    if (config.paged) {
      await step(r, 'next', () => ev('bench.next()'));
      await sleep(SETTLE_MS);
      await step(r, 'jump', () => ev(`bench.jump(${JUMP_TO_PAGE_INDEX})`));
      await sleep(SETTLE_MS);
    }
    // Scrolled before searching, so client mode scrolls the whole directory.
    await step(r, 'scroll', () => ev('bench.scroll(120, 120)'));
    await sleep(SETTLE_MS);
    await step(r, 'search', () => ev(`bench.search(${JSON.stringify(SEARCH_TERM)})`));
  } finally {
    r.pageErrors = p.errors;
    await p.close();
  }
  return r;
}

const summarizeCalls = (calls) => calls.map((c) => ({ method: c.method, args: c.args, aborted: c.aborted }));

export const TYPING = [
  { term: 'tanaka', delayMs: 120, label: 'typical typing, 120 ms per key' },
  { term: 'petrov', delayMs: 400, label: 'slow typing, 400 ms per key (longer than the 300 ms debounce)' },
];

export async function runInteraction(browser, baseUrl, n) {
  const p = await openPage(browser, `${baseUrl}/interaction.html?n=${n}&seed=7`);
  const ev = (expr) => p.page.evaluate(expr);
  const r = { n };
  try {
    await step(r, 'setup', () => ev('bench.setup()'));
    await step(r, 'mount', async () => {
      const m = await ev('bench.mount()');
      return { ms: m.ms, calls: summarizeCalls(m.calls) };
    });
    await step(r, 'paintFloor', () => ev('bench.paintFloor(7)'));
    await step(r, 'toggle', async () => {
      const t = await ev('bench.toggleRole(200)');
      return { ...t, calls: t.calls ? summarizeCalls(t.calls) : undefined };
    });
    await step(r, 'toggleAgain', () => ev('bench.toggleRoleAgain(6, 200)'));
    r.typing = [];
    for (const typing of TYPING) {
      const t0 = await ev('bench.mark(50)');
      await p.page.keyboard.type(typing.term, { delay: typing.delayMs });
      await sleep(1500);
      const calls = await ev(`bench.callsSince(${t0})`);
      r.typing.push({ ...typing, calls: summarizeCalls(calls) });
    }
  } finally {
    r.pageErrors = p.errors;
    await p.close();
  }
  return r;
}
