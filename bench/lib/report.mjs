/** Turns the raw samples of a bench run into medians, target checks and bench/results/report.md. */
import { BUDGETS, TARGETS } from './roster-entries.mjs';
import { SEARCH_TERM, TABLE_CONFIGS, TYPING } from './browser-bench.mjs';
import { csvSection, summarizeCsv } from './csv.mjs';
import { managersSection, summarizeManagers } from './managers.mjs';

const FRAME_MS = 1000 / 60;
/** rAF deltas jitter around 16.7 ms; a p95 up to 5 % over one frame still means no dropped frame. */
const FRAME_TOLERANCE_MS = FRAME_MS * 1.05;
const MiB = 2 ** 20;

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const kb = (bytes) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
const kbn = (bytes) => (bytes == null ? '—' : (bytes / 1024).toFixed(1));
const ms = (v) => (v == null ? '—' : v < 10 ? v.toFixed(1) : Math.round(v).toString());
const mib = (v) => (v == null ? '—' : (v / MiB).toFixed(1));
const ratio = (v) => (v == null ? '—' : `${v < 2 ? v.toFixed(2) : v.toFixed(1)}×`);
const int = (v) => (v == null ? '—' : Math.round(v).toLocaleString('en'));
const users = (n) => n.toLocaleString('en');

/** Did a data call during a page change fetch the page being shown (so it was not prefetched)? */
const fetchedPage = (args = [], pageIndex) => args.some((a) => new RegExp(`"index":${pageIndex}[,}]|"page":${pageIndex + 1}[,}]`).test(a));

const METRICS = {
  firstRows: (r) => r.mount?.ms,
  firstRowsAfterData: (r) => r.mount?.afterDataMs,
  mountData: (r) => r.mount?.data?.ms,
  sort: (r) => r.sort?.ms,
  sortData: (r) => r.sort?.data?.ms,
  next: (r) => r.next?.ms,
  nextData: (r) => r.next?.data?.ms,
  nextFetchedPage: (r) => (r.next ? (fetchedPage(r.next.data?.args, 1) ? 1 : 0) : undefined),
  jump: (r) => r.jump?.ms,
  jumpData: (r) => r.jump?.data?.ms,
  search: (r) => r.search?.ms,
  searchData: (r) => r.search?.data?.ms,
  scrollMedian: (r) => r.scroll?.median,
  scrollP95: (r) => r.scroll?.p95,
  scrollMax: (r) => r.scroll?.max,
  scrollOver: (r) => r.scroll?.over1Frame,
  heap: (r) => r.heap,
  heapUi: (r) => r.heapUi,
  heapBaseline: (r) => r.heapBaseline,
  domNodes: (r) => r.domNodes,
  renderedRows: (r) => r.renderedRows,
  setup: (r) => r.setup?.ms,
};

function summarizeRender(render) {
  const out = {};
  for (const config of TABLE_CONFIGS) {
    for (const n of [...new Set(render.runs.map((r) => r.n))]) {
      const samples = render.runs.filter((r) => r.config === config.id && r.n === n);
      if (!samples.length) continue;
      const row = { config: config.id, n, runs: samples.length };
      for (const [name, get] of Object.entries(METRICS)) row[name] = median(samples.map(get));
      row.failures = samples.flatMap((s) => s.failures ?? []);
      row.pageErrors = [...new Set(samples.flatMap((s) => s.pageErrors ?? []))];
      (out[config.id] ??= {})[n] = row;
    }
  }
  return out;
}

function countCalls(calls = []) {
  const byKey = new Map();
  for (const c of calls) {
    const key = `${c.method} ${c.args}`;
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  return [...byKey.entries()].map(([key, count]) => ({ call: key, count }));
}

function summarizeInteraction(interaction) {
  const runs = interaction.runs;
  const toggles = runs.map((r) => r.toggle).filter((t) => t && !t.skipped);
  const first = runs.find((r) => r.mount)?.mount;
  const mountCounts = countCalls(first?.calls);
  const sameEveryRun = runs.every((r) => JSON.stringify(countCalls(r.mount?.calls)) === JSON.stringify(mountCounts));
  return {
    missing: runs[0]?.setup?.missing ?? [],
    user: runs[0]?.setup?.user,
    role: runs[0]?.setup?.role,
    mountMs: median(runs.map((r) => r.mount?.ms)),
    mountCalls: mountCounts,
    mountCallsSameEveryRun: sameEveryRun,
    duplicateCalls: mountCounts.filter((c) => c.count > 1),
    toggle: toggles.length
      ? {
          rowMs: median(toggles.map((t) => t.rowMs)),
          editorMs: median(toggles.map((t) => t.editorMs)),
          rowsRenderedAtPaint: median(toggles.map((t) => t.rowsRenderedAtPaint)),
          rowsRenderedAtPaintMax: Math.max(...toggles.map((t) => t.rowsRenderedAtPaint)),
          rowRendersTotal: median(toggles.map((t) => t.rowRendersTotal)),
          rowsRenderedTotal: median(toggles.map((t) => t.rowsRenderedTotal)),
          tableCommitsAtPaint: median(toggles.map((t) => t.tableCommitsAtPaint)),
          tableRenderMsAtPaint: median(toggles.map((t) => t.tableRenderMsAtPaint)),
          tableCommitsTotal: median(toggles.map((t) => t.tableCommitsTotal)),
          tableRenderMsTotal: median(toggles.map((t) => t.tableRenderMsTotal)),
          rowsOnPage: toggles[0].rowsOnPage,
          savedOnServer: toggles.every((t) => t.savedOnServer),
          calls: countCalls(toggles[0].calls),
        }
      : null,
    typing: TYPING.map((typing, i) => {
      const samples = runs.map((r) => r.typing?.[i]).filter(Boolean);
      const listUsers = samples.map((s) => s.calls.filter((c) => c.method === 'listUsers'));
      return {
        ...typing,
        listUsers: median(listUsers.map((l) => l.length)),
        aborted: median(listUsers.map((l) => l.filter((c) => c.aborted).length)),
        prefetches: median(listUsers.map((l) => l.filter((c) => /"index":[1-9]/.test(c.args)).length)),
        example: samples[0]?.calls.map((c) => `${c.method} ${c.args}${c.aborted ? ' (aborted)' : ''}`) ?? [],
      };
    }),
    failures: runs.flatMap((r) => r.failures ?? []),
    pageErrors: [...new Set(runs.flatMap((r) => r.pageErrors ?? []))],
  };
}

function target(id, targetText, measured, met, extra = {}) {
  return { id, target: targetText, measured, met, ...extra };
}

function evaluateTargets(report, s) {
  const targets = [];
  const roster = report.bundle?.roster?.results;
  if (roster) {
    const c = roster.c.total.gzip;
    const a = roster.a.total.gzip;
    targets.push(target('bundle-c', `(c) all components + provider + memory adapter + CSS ≤ ${kb(TARGETS.c)} gzip`, kb(c), c <= TARGETS.c, { over: c - TARGETS.c }));
    targets.push(target('bundle-a', '(a) useUsers alone ≤ 8 KB gzip', kb(a), a <= TARGETS.a, { over: a - TARGETS.a }));
  }
  const big = s.render?.['roster-server']?.[100000];
  const bigClient = s.render?.['roster-client']?.[100000];
  if (big) {
    targets.push(target('sort', '100,000 users, server mode: sort ≤ 100 ms to painted', `${ms(big.sort)} ms (data layer ${ms(big.sortData)} ms)`, big.sort <= 100, { over: big.sort - 100 }));
    targets.push(target('search', '100,000 users, server mode: search ≤ 50 ms to painted', `${ms(big.search)} ms (data layer ${ms(big.searchData)} ms)`, big.search <= 50, { over: big.search - 50 }));
    targets.push(target('first-rows', '100,000 users, server mode: first rows ≤ 150 ms after data is available', `${ms(big.firstRowsAfterData)} ms (${ms(big.firstRows)} ms from mount)`, big.firstRowsAfterData <= 150));
    if (bigClient) targets.push(target('first-rows-client', '100,000 users, client mode: first rows ≤ 150 ms after data is available', `${ms(bigClient.firstRowsAfterData)} ms (${ms(bigClient.firstRows)} ms from mount)`, bigClient.firstRowsAfterData <= 150));
    if (bigClient) targets.push(target('scroll-client', '100,000 users, client mode (100,000 virtualized rows): scroll p95 within one 60 Hz frame', `p95 ${ms(bigClient.scrollP95)} ms, median ${ms(bigClient.scrollMedian)} ms`, bigClient.scrollP95 <= FRAME_TOLERANCE_MS));
    targets.push(target('scroll-server', '100,000 users, server mode (page of 50): scroll p95 within one 60 Hz frame', `p95 ${ms(big.scrollP95)} ms, median ${ms(big.scrollMedian)} ms`, big.scrollP95 <= FRAME_TOLERANCE_MS));
    targets.push(
      target('heap-server', '100,000 users, server mode: JS heap ≤ 40 MB (as MiB)', `${mib(big.heapUi)} MiB of its own (${mib(big.heap)} MiB with the in-page memory "server" holding the 100,000 users)`, big.heapUi <= 40 * MiB),
    );
    if (bigClient) targets.push(target('heap-client', '100,000 users, client mode: JS heap ≤ 40 MB (as MiB)', `${mib(bigClient.heapUi)} MiB of its own (${mib(bigClient.heap)} MiB in all)`, bigClient.heapUi <= 40 * MiB));
    targets.push(target('prefetched-page', 'prefetched page change within one frame (100,000 users)', `${ms(big.next)} ms${big.nextFetchedPage ? ' (the page was fetched, not prefetched)' : ''}`, big.next <= FRAME_MS, { over: big.next - FRAME_MS }));
  }
  const i = s.interaction;
  if (i?.toggle) {
    targets.push(target('toggle', 'role toggle visible within one frame', `table row ${ms(i.toggle.rowMs)} ms, editor ${ms(i.toggle.editorMs)} ms`, Math.max(i.toggle.rowMs, i.toggle.editorMs) <= FRAME_MS));
    targets.push(target('toggle-rows', 'role toggle re-renders at most its own row', `${int(i.toggle.rowsRenderedAtPaint)} of ${i.toggle.rowsOnPage} rows at the optimistic paint; ${int(i.toggle.rowRendersTotal)} row renders through the round trip`, i.toggle.rowsRenderedAtPaintMax <= 1));
  }
  if (i) {
    targets.push(target('one-request', 'one request per resource per view (table + RoleEditor + OrgList)', i.duplicateCalls.length ? `${i.duplicateCalls.length} resource(s) fetched more than once` : `${i.mountCalls.length} requests, none repeated`, i.duplicateCalls.length === 0));
  }
  return targets;
}

export function summarize(report) {
  const s = {};
  const roster = report.bundle?.roster;
  if (roster) {
    const cTotal = roster.results.c.total.gzip;
    s.bundle = {
      roster: Object.fromEntries(Object.entries(roster.results).map(([k, v]) => [k, { gzip: v.total.gzip, brotli: v.total.brotli, min: v.total.min }])),
      floor: roster.floor.total.gzip,
      peers: (report.bundle.peers ?? []).map((p) => ({
        name: p.name,
        gzip: p.total?.gzip ?? null,
        ratioToRosterC: p.total ? p.total.gzip / cTotal : null,
        cdnEntryGzip: p.cdn?.entry?.gzip ?? null,
        ratioWithCdnEntry: p.total && p.cdn?.entry ? (p.total.gzip + p.cdn.entry.gzip) / cTotal : null,
        error: p.error ?? null,
      })),
    };
  }
  if (report.render) s.render = summarizeRender(report.render);
  if (report.interaction) s.interaction = summarizeInteraction(report.interaction);
  if (report.managers) s.managers = summarizeManagers(report.managers);
  if (report.csv) s.csv = summarizeCsv(report.csv);
  s.targets = evaluateTargets(report, s);
  return s;
}

// ---------------------------------------------------------------------------------------------

/** Minified bytes per dependency family (Roster's own code left out). */
function dependencyGroups(packages) {
  return Object.entries(packages)
    .filter(([k]) => !k.startsWith('react-roster'))
    .reduce((acc, [k, v]) => {
      const group = /^@tanstack\/(table-core|react-table|store|react-store)$/.test(k) ? 'TanStack Table' : k.includes('virtual') ? 'TanStack Virtual' : ['swr', 'dequal', 'use-sync-external-store'].includes(k) ? 'SWR' : 'Radix Dialog (+ react-remove-scroll, aria-hidden …)';
      acc[group] = (acc[group] ?? 0) + v;
      return acc;
    }, {});
}

/** A Markdown table; a column is right-aligned when its cells read as numbers. */
function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const numeric = (cell) => /^\**-?[\d.,]+[\d.,×%*]*( ?(KB|ms|MiB))?\**( \(.*\))?$|^[\d.]+ \/ [\d.]+$|^—$|^n\/a/.test(String(cell).trim());
  const align = header.map((_, i) => (i > 0 && rows.length && rows.every((r) => numeric(r[i] ?? '')) ? '---:' : '---'));
  return [line(header), line(align), ...rows.map(line)].join('\n');
}

function bundleSection(report) {
  const b = report.bundle;
  if (!b) return '';
  const r = b.roster.results;
  const c = r.c.total.gzip;
  const out = [];
  out.push('## 1. Bundle cost');
  out.push(
    'Method, the same for every library and for `bench/size-budget.mjs`: an entry that re-exports the measured names, bundled by esbuild ' +
      `${report.machine.esbuild} (ESM, minified, browser, \`NODE_ENV=production\`, legal comments dropped, code splitting on), with ` +
      '`react`, `react-dom` and their subpaths external and everything else included; each output file is compressed on its own with ' +
      'zlib (gzip level 9, brotli quality 11). **Roster is bundled from its TypeScript source (`src/`)**, through `src/index.ts` as a consumer ' +
      'imports it, so tree-shaking is judged on the real barrel. KB = 1,024 bytes.',
  );
  if (b.roster.notes.length) out.push(b.roster.notes.map((n) => `- ${n}`).join('\n'));
  out.push(
    table(
      ['Roster', 'min JS', 'JS gzip', 'CSS gzip', '**total gzip**', 'total brotli', 'budget'],
      [
        ...['a', 'b', 'c'].map((k) => [
          r[k].label,
          kb(r[k].js.min + r[k].lazy.min),
          kb(r[k].js.gzip + r[k].lazy.gzip),
          r[k].css.gzip ? kb(r[k].css.gzip) : '—',
          `**${kb(r[k].total.gzip)}**`,
          kb(r[k].total.brotli),
          TARGETS[k] ? `${kb(TARGETS[k])} ${r[k].total.gzip <= TARGETS[k] ? '✓' : `✗ (+${kb(r[k].total.gzip - TARGETS[k])})`}; CI budget ${kb(BUDGETS[k])}` : '',
        ]),
        ['Dependency floor: the SWR, TanStack Table/Virtual and Radix Dialog exports Roster uses, no Roster code', kb(b.roster.floor.js.min), kb(b.roster.floor.js.gzip), '—', `**${kb(b.roster.floor.total.gzip)}**`, kb(b.roster.floor.total.brotli), ''],
      ],
    ),
  );
  const pk = r.c.packages;
  const own = pk['react-roster (src)'] ?? 0;
  const totalMin = Object.values(pk).reduce((a, v) => a + v, 0);
  const byDep = dependencyGroups(pk);
  out.push(
    `Where (c)'s ${kb(totalMin)} of minified JS comes from: Roster's own code ${kb(own)} (${Math.round((own / totalMin) * 100)} %), ` +
      Object.entries(byDep)
        .sort((x, y) => y[1] - x[1])
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ') +
      '.',
  );
  const ownA = Object.entries(r.a.ownFiles).slice(0, 8);
  out.push(`Largest of Roster's own files in (a) \`useUsers\` alone (minified bytes): ${ownA.map(([f, v]) => `\`${f}\` ${v.toLocaleString('en')}`).join(', ')}.`);
  const peerRows = b.peers.map((p) => {
    if (p.error) return [`${p.name} (\`${p.pkg}\`${p.version ? ` ${p.version}` : ''})`, p.what, '—', '—', '—', `not measured: ${p.error.replace(/\|/g, '/')}`, '—', '—'];
    const withCdn = p.cdn?.entry ? (p.total.gzip + p.cdn.entry.gzip) / c : null;
    return [
      `${p.name} (\`${p.pkg}\` ${p.version})`,
      p.what,
      kb(p.js.gzip),
      p.lazy.gzip ? `${kb(p.lazy.gzip)} (${p.lazyChunks} chunks)` : '—',
      p.css.gzip ? kb(p.css.gzip) : '—',
      `**${kb(p.total.gzip)}**`,
      `**${ratio(p.total.gzip / c)}**`,
      p.cdn?.entry ? `${kb(p.cdn.entry.gzip)} → ${ratio(withCdn)}` : p.cdn?.error ? `not measured (${p.cdn.error})` : 'none',
    ];
  });
  out.push('### Peers, the same way');
  out.push(
    table(
      ['Library', 'What is bundled', 'initial JS gzip', 'lazy JS gzip', 'CSS gzip', 'total gzip', '÷ Roster (c)', 'plus its CDN entry file (gzip) → ÷ Roster (c)'],
      [[`Roster (c)`, 'UserTable + RoleEditor + OrgList + provider + memory adapter', kb(r.c.js.gzip), '—', kb(r.c.css.gzip), `**${kb(c)}**`, '1.0×', 'none'], ...peerRows],
    ),
  );
  const cdnNotes = b.peers.filter((p) => p.cdn).map((p) => {
    const cdn = p.cdn;
    if (cdn.error) return `- **${p.name}**: ${cdn.note} Could not fetch \`${cdn.pkg}\`: ${cdn.error}.`;
    return `- **${p.name}**: ${cdn.note} Measured \`${cdn.pkg}\`: \`${cdn.entryFile}\` ${kb(cdn.entry.gzip)} gzip (${kb(cdn.entry.min)} minified); with all ${cdn.chunkCount} lazily loaded chunks of that build ${kb(cdn.withAllChunks.gzip)} gzip — an upper bound, a given screen loads a subset.`;
  });
  if (cdnNotes.length) out.push(['Code loaded from a CDN at run time (not in the npm bundle above):', ...cdnNotes].join('\n'));
  out.push(
    'Notes: WorkOS’s CSS is the two stylesheets its docs tell hosts to import (`@radix-ui/themes/styles.css`, `@workos-inc/widgets/styles.css`); the other peers style at run time (Emotion, web components, CSS-in-JS). ' +
      'Stytch’s admin portal bundles Material UI. Descope’s UserManagement loads the widget itself as lazy chunks. The MUI X DataGrid row is for scale only (a generic grid, no user management).',
  );
  return out.join('\n\n');
}

function renderSection(report, s) {
  if (!s.render) return '';
  const out = ['## 2. Rendering in Chromium'];
  out.push(
    `Each figure is the median of ${report.options.runs} runs, every run in a fresh browser context, configurations interleaved run by run. ` +
      'All libraries render the same seeded users (seed 7) with the same columns (select, name, email, status, roles, last sign-in; Roster adds its row menu). ' +
      'Roster and react-admin read through the same memory adapter (its search/sort/paging is the in-page "server", on the same main thread: its share is shown as “data”); MUI X keeps all rows in memory as its free version does. ' +
      '“Painted” = the DOM shows the expected rows (checked on every mutation), then one requestAnimationFrame and a task after it, i.e. after that frame’s paint. ' +
      `Sort = click the Name header (to descending); search = set the search to “${SEARCH_TERM}” programmatically (no debounce) until every row shown matches; ` +
      'next page = click Next (Roster prefetches it); jump = go to page 10 (never prefetched); scroll = 120 frames moving the row scroller (the document when the rows do not scroll on their own) 120 px per frame, requestAnimationFrame deltas. ' +
      'Heap = `Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`, 600 ms after the first rows; “own” subtracts the heap measured after the data was created and before mounting (a difference of two readings: about ±2 MiB of noise). MiB = 2^20 bytes. Viewport 1280×800, software rendering (`--disable-gpu`).',
  );
  const sizes = [...new Set(report.render.runs.map((r) => r.n))].sort((a, b) => a - b);
  for (const n of sizes) {
    out.push(`### ${users(n)} users`);
    const rows = TABLE_CONFIGS.filter((cfg) => s.render[cfg.id]?.[n]).map((cfg) => {
      const m = s.render[cfg.id][n];
      const withData = (v, d) => (v == null ? '—' : d ? `${ms(v)} (data ${ms(d)})` : ms(v));
      return [
        cfg.label,
        withData(m.firstRows, m.mountData),
        ms(m.firstRowsAfterData),
        withData(m.sort, m.sortData),
        withData(m.search, m.searchData),
        m.next == null ? 'n/a (one page)' : `${ms(m.next)}${m.nextFetchedPage ? ' (fetched)' : cfg.id === 'roster-server' ? ' (prefetched)' : cfg.id === 'mui' ? ' (in memory)' : ''}`,
        m.jump == null ? 'n/a' : withData(m.jump, m.jumpData),
        `${ms(m.scrollMedian)} / ${ms(m.scrollP95)}`,
        `${mib(m.heap)} (own ${mib(m.heapUi)})`,
        int(m.domNodes),
      ];
    });
    out.push(
      table(['', 'first rows ms', 'after data ms', 'sort ms', 'search ms', 'next page ms', 'page 10 ms', 'scroll frame median / p95 ms', 'heap MiB', 'DOM elements'], rows),
    );
    const problems = TABLE_CONFIGS.flatMap((cfg) => {
      const m = s.render[cfg.id]?.[n];
      return m?.failures.length ? [`- ${cfg.id}: ${[...new Set(m.failures)].join('; ')}`] : [];
    });
    if (problems.length) out.push(['Failures:', ...problems].join('\n'));
  }
  const largest = sizes[sizes.length - 1];
  const base = s.render['roster-server']?.[largest];
  if (base) {
    const peers = ['react-admin', 'mui'].filter((id) => s.render[id]?.[largest]);
    const rows = [
      ['first rows', 'firstRows', ms],
      ['sort', 'sort', ms],
      ['search', 'search', ms],
      ['next page', 'next', ms],
      ['page 10', 'jump', ms],
      ['scroll p95', 'scrollP95', ms],
      ['own heap (MiB)', 'heapUi', mib],
      ['DOM elements', 'domNodes', int],
    ].map(([label, key, fmt]) => [
      label,
      fmt(base[key]),
      ...peers.flatMap((id) => {
        const v = s.render[id][largest][key];
        return [fmt(v), v > 0 && base[key] > 0 ? ratio(v / base[key]) : '—'];
      }),
    ]);
    out.push(`### Side by side at ${users(largest)} users (server-paged tables; ms unless noted; ratio = peer ÷ Roster, above 1× means Roster is ahead)`);
    out.push(table(['', 'Roster', ...peers.flatMap((id) => [id === 'mui' ? 'MUI X' : 'react-admin', '÷']) ], rows));
  }
  const errors = [...new Set(Object.values(s.render).flatMap((byN) => Object.values(byN).flatMap((m) => m.pageErrors)))];
  if (errors.length) out.push(`Console errors seen on the pages: ${errors.slice(0, 5).map((e) => `\`${e.slice(0, 160)}\``).join('; ')}`);
  return out.join('\n\n');
}

function interactionSection(report, s) {
  const i = s.interaction;
  if (!i) return '';
  const out = ['## 3. Interaction'];
  out.push(
    `One view over ${users(report.options.interactionUsers)} users: UserTable (server mode, page of 50) beside a RoleEditor (\`mode="immediate"\`) and an OrgList for the table’s first user (${i.user}). ` +
      'The adapter is wrapped to record every call. Rows re-rendered are counted by an extra empty column whose cell is a component (one per row); the table is wrapped in a `<Profiler>` (this page uses React’s profiling build). ' +
      `Medians of ${report.options.runs} runs.`,
  );
  if (i.missing.length) out.push(`Not on the page: ${i.missing.join('; ')}`);
  if (i.toggle) {
    const t = i.toggle;
    out.push(
      `**Role toggle** (turn on “${i.role}” in the RoleEditor; adapter latency 200 ms, so anything seen sooner is optimistic): ` +
        `the table row shows it after **${ms(t.rowMs)} ms**, the editor after **${ms(t.editorMs)} ms** (one frame = ${ms(FRAME_MS)} ms). ` +
        `Rows re-rendered by the optimistic update: **${int(t.rowsRenderedAtPaint)} of ${t.rowsOnPage}** (table commit ${ms(t.tableRenderMsAtPaint)} ms); ` +
        `through the round trip and the revalidation after it: ${int(t.rowRendersTotal)} row renders in ${int(t.tableCommitsTotal)} table commits (${ms(t.tableRenderMsTotal)} ms). ` +
        `Saved on the server: ${t.savedOnServer ? 'yes' : 'NO'}. Calls caused by the toggle: ${t.calls.map((c) => `\`${c.call}\`${c.count > 1 ? ` ×${c.count}` : ''}`).join(', ')}.`,
    );
  }
  out.push(
    `**Requests for the view** (mount until quiet, adapter latency 50 ms; ${i.mountCallsSameEveryRun ? 'the same in every run' : 'NOT the same in every run — see report.json'}):`,
  );
  out.push(table(['call', 'times'], i.mountCalls.map((c) => [`\`${c.call}\``, String(c.count)])));
  out.push(
    i.duplicateCalls.length
      ? `Fetched more than once: ${i.duplicateCalls.map((c) => `\`${c.call}\` ×${c.count}`).join(', ')}.`
      : 'Every resource was fetched once. (`listUsers … "index":1` is the prefetch of the next page, a different resource.)',
  );
  out.push('**Typing a 6-letter search** (UserTable’s default 300 ms debounce; adapter latency 50 ms; counted until 1.5 s after the last key):');
  out.push(
    table(
      ['typing', 'listUsers calls', 'of which next-page prefetches', 'aborted'],
      i.typing.map((t) => [`“${t.term}”, ${t.label}`, int(t.listUsers), int(t.prefetches), int(t.aborted)]),
    ),
  );
  const slow = i.typing.find((t) => t.prefetches > 1);
  if (slow) {
    out.push(
      `A typist who pauses longer than the debounce after every key (“${slow.term}”) sends ${int(slow.listUsers)} requests, ${int(slow.prefetches)} of them prefetches; only the last result's next page is worth fetching, so the others were of intermediate results nobody pages through.`,
    );
  } else {
    out.push('A search result prefetches its next page only once it has stayed on screen (800 ms) or when pointer or focus reaches Next, so intermediate results of slow typing prefetch nothing.');
  }
  if (i.failures.length) out.push(`Failures: ${[...new Set(i.failures)].join('; ')}`);
  return out.join('\n\n');
}

/** What explains a missed target and what would close it: reasoning from the code, numbers from this run. */
function missNotes(report, s) {
  const notes = [];
  const t = Object.fromEntries(s.targets.map((x) => [x.id, x]));
  const r = report.bundle?.roster?.results;
  if (t['bundle-a'] && !t['bundle-a'].met) {
    const files = r.a.ownFiles;
    const largest = Object.entries(files).sort((x, y) => y[1] - x[1]).slice(0, 5).map(([f, b]) => `\`${f.replace(/^src\//, '')}\` ${b.toLocaleString('en')}`).join(', ');
    notes.push(
      `- **(a) \`useUsers\` alone is ${kb(r.a.total.gzip)} gzip, ${kb(t['bundle-a'].over)} over ${kb(TARGETS.a)}.** SWR with its helpers is about ${kb(r.a.packages.swr + (r.a.packages.dequal ?? 0) + (r.a.packages['use-sync-external-store'] ?? 0))} minified of it. The provider no longer builds the mutation client or holds component strings; what remains is the hooks' own code, largest files (minified bytes): ${largest}. ` +
        'Adapters are checked (`validateAdapter`) in development builds only since issue 19\'s wave (−1.4 KB). Loading the browser-side query fallback (`usersQuery.ts`, `clientSideQuery.ts`) lazily would not lower this figure, which counts lazy chunks too; below what is left, SWR itself is most of 8 KB, so the target needs a smaller cache than SWR or a hook without the fallback.',
    );
  }
  if (t['bundle-c'] && !t['bundle-c'].met) {
    const floor = report.bundle.roster.floor.total.gzip;
    notes.push(
      `- **(c) is ${kb(r.c.total.gzip)} gzip, ${kb(t['bundle-c'].over)} over ${kb(TARGETS.c)}.** The dependency floor alone measures ${kb(floor)} gzip here, not ≈ 35 KB (minified: ${Object.entries(dependencyGroups(report.bundle.roster.floor.packages)).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}), so ${kb(TARGETS.c)} leaves about ${kb(Math.max(0, TARGETS.c - floor))} for Roster's own code and CSS, which take about ${kb(r.c.total.gzip - floor)}. ` +
        'To close it: the virtualizer is already Roster\'s own fixed-row-height window (TanStack Virtual is gone); what remains is Radix Dialog (a native `<dialog>` would remove it) and TanStack Table, of which the table uses little (sorting and selection state, column visibility, header groups, cell rendering), plus Roster\'s own largest files listed by `node bench/size-budget.mjs --why`.',
    );
  }
  const big = s.render?.['roster-server']?.[100000];
  const bigClient = s.render?.['roster-client']?.[100000];
  const smallest = s.render?.['roster-server'] ? Math.min(...Object.keys(s.render['roster-server']).map(Number)) : null;
  const usersMiB = big && smallest && smallest < 100000 ? big.heapBaseline - s.render['roster-server'][smallest].heapBaseline : null;
  if (t.sort && !t.sort.met) {
    notes.push(
      `- **Sort at 100,000 users: ${ms(big.sort)} ms, ${ms(t.sort.over)} ms over.** ${ms(big.sortData)} ms of it is the memory adapter (it keeps one sorted order per field and direction, updated on writes); the rest is Roster rendering 50 new rows and the browser's software paint (see the page change). ` +
        'To close it: a cheaper row (fewer elements: the menu button the only control until hovered or focused, chips as one text run) and `content-visibility` on rows.',
    );
  }
  if (t.search && !t.search.met) {
    notes.push(
      `- **Search at 100,000 users: ${ms(big.search)} ms, ${ms(t.search.over)} ms over.** ${ms(big.searchData)} ms is the memory adapter filtering its search index (kept up to date on writes, not built on the first search); the rest is the table rendering the result and the paint, as for sort. ` +
        'To close it: the same cheaper row as for sort.',
    );
  }
  if (t['prefetched-page'] && !t['prefetched-page'].met) {
    notes.push(
      `- **Prefetched page change: ${ms(big.next)} ms, not one frame.** The data is already in the cache (${big.nextFetchedPage ? 'but in this run it was fetched' : 'no fetch of the page shown'}); rows are memoized, but a new page shows 50 different users, so all 50 rows render — checkbox, avatar, chips, sticky cells and row menu button each — plus layout and a software paint in headless Chromium. ` +
        'To close it: fewer elements per row (chips as one text run, the menu button the only control until hovered or focused) and `content-visibility`/containment on rows; rows already have a fixed height.',
    );
  }
  if ((t['first-rows'] && !t['first-rows'].met) || (t['first-rows-client'] && !t['first-rows-client'].met)) {
    notes.push(
      `- **First rows after data: server ${ms(big?.firstRowsAfterData)} ms, client mode ${ms(bigClient?.firstRowsAfterData)} ms.** In client mode validation no longer builds error paths and the sorted order is kept per field, but the first sort by name (about 300 ms of \`Intl.Collator\` in Node) cannot be reused, and TanStack Table builds a row model over all 100,000 users for each new array before the window shows 30 of them. ` +
        'To close it: hand the table only the rows in the window (the row model is built for rows that are never shown), and sort off the main thread; beyond `clientSideLimit` (10,000 by default) server paging is the answer.',
    );
  }
  if ((t['scroll-client'] && !t['scroll-client'].met) || (t['scroll-server'] && !t['scroll-server'].met)) {
    notes.push(
      `- **Scroll p95: client mode ${ms(bigClient?.scrollP95)} ms, server mode ${ms(big?.scrollP95)} ms** (median 17 ms, one frame). The window is Roster's own fixed-row-height hook, which re-renders only when the set of rendered rows changes; the slow frames were not profiled in this run. ` +
        'To close it: profile the slow frames; likely the same row cost as the page change, paid for the rows entering the window.',
    );
  }
  if ((t['heap-client'] && !t['heap-client'].met) || (t['heap-server'] && !t['heap-server'].met)) {
    notes.push(
      `- **Heap: client mode holds ${mib(bigClient?.heapUi)} MiB of its own at 100,000 users** (server mode: ${mib(big?.heapUi)} MiB). Most of it is the \`User\` objects the adapter returned, which the hooks keep whole, and TanStack's row objects; Roster's own arrays are about 2 MiB. Sharing repeated strings shrinks the users by a third in Node but costs over 400 ms at load. ` +
        'To close it: client mode is for directories that fit (`clientSideLimit`, 10,000 by default); beyond that, server paging. Keeping only the fields the table shows would change what `useUsers` returns.',
    );
  }
  const i = s.interaction;
  if (t.toggle && !t.toggle.met) {
    notes.push(
      `- **Role toggle: ${ms(Math.max(i.toggle.rowMs, i.toggle.editorMs))} ms to visible.** It is optimistic and renders only the toggled row, and the pending-change store now notifies only the hooks of that user; what remains is the editor's own re-render and a software paint. ` +
        'To close it: paint the checkbox before the rest of the editor updates (`startTransition` for the diff line and the count).',
    );
  }
  if (t['toggle-rows'] && !t['toggle-rows'].met) {
    notes.push(
      `- **Rows re-rendered by one toggle: ${int(i.toggle.rowsRenderedAtPaint)} of ${i.toggle.rowsOnPage}.** \`useUsers\` applies pending changes by mapping the page (only the changed user gets a new object — good), but \`UserTable\` renders rows inline and rebuilds its column definitions whenever \`items\` changes, so every row and cell renders again. ` +
        'To close it: a `UserTableRow = memo(…)` taking `row.original`, `isSelected` and stable callbacks; column definitions built once per column choice, reading selection/roles through a context or the table state instead of closures.',
    );
  }
  if (t['one-request'] && !t['one-request'].met) {
    notes.push(`- **Requests:** ${i.duplicateCalls.map((c) => `\`${c.call}\` ×${c.count}`).join(', ')}.`);
  }
  return notes;
}

export function renderReport(report) {
  const s = report.summary;
  const m = report.machine;
  const out = [];
  out.push('# Roster benchmarks (`npm run bench`)');
  out.push(
    `Generated ${report.generatedAt} in ${Math.round(report.durationSeconds / 60)} min by \`bench/run.mjs\`${report.options.quick ? ' — **quick run (1 run, small sizes): not for comparison**' : ''}. ` +
      'Raw samples: `report.json`. Timings are reported, never asserted; bytes are deterministic and budgeted in CI by `bench/size-budget.mjs`.',
  );
  out.push(
    table(
      ['Machine', ''],
      [
        ['CPU', `${m.cpuModel} (/proc/cpuinfo), ${m.cores} cores`],
        ['Memory', `${m.memoryGiB} GiB`],
        ['OS', m.os ?? '—'],
        ['Node', m.node],
        ['Chromium', `${m.chromium} (headless, software rendering), playwright-core ${m.playwrightCore}`],
        ['Bundlers', `esbuild ${m.esbuild} (sizes), Vite ${m.vite} (bench pages), React ${m.react}`],
        ['Load average (1/5/15 min)', `${m.loadAverageAtStart.join(' / ')} at start, ${m.loadAverageAtEnd.join(' / ')} at end — the cores are shared with other work, so timings carry noise; medians of ${report.options.runs}`],
        ['Roster', `commit ${m.commit}${m.uncommittedSrcFiles ? `, plus ${m.uncommittedSrcFiles} uncommitted change(s) under src/` : ''}`],
      ],
    ),
  );
  out.push('## Targets');
  out.push(table(['', 'target', 'measured'], s.targets.map((x) => [x.met === null ? '–' : x.met ? '✓' : '✗', x.target, x.measured])));
  const notes = missNotes(report, s);
  if (notes.length) out.push(['### Where targets are missed: why, and what would close it', 'The lead decides; nothing under `src/` was changed by the bench.', ...notes].join('\n\n'));
  out.push(bundleSection(report));
  out.push(renderSection(report, s));
  out.push(interactionSection(report, s));
  out.push(managersSection(report, s.managers));
  out.push(csvSection(report, s.csv));
  out.push(
    [
      '## 7. Size budgets in CI',
      '`node bench/size-budget.mjs` (from the repository root, after `npm ci`; it needs only the root `node_modules`, not a bench/ install, and reads `src/`, so no build is needed) measures (a) and (c) exactly as above and exits 1 when (a) or (c) exceeds its CI budget (`bench/lib/roster-entries.mjs`: the measured size plus a small margin), printing the figures; `--warn-only` prints the same and exits 0.',
    ].join('\n\n'),
  );
  out.push(
    [
      '## Not measured, and why',
      '- **The vendor widgets’ rendering and interaction** (Descope, WorkOS, Clerk, Stytch): they render only against their own cloud back ends (sessions, tenant config, screens fetched at run time), which this machine cannot reach. Their bundle cost is measured; rendering is compared with react-admin and MUI X DataGrid, which run on local data.',
      '- **Exactly which CDN chunks a vendor screen loads** (Descope’s web components, Clerk’s OrganizationProfile): that depends on the project’s screens or the instance; the entry file is measured, the whole chunk set is given as an upper bound.',
      '- **GPU rasterization, other browsers, real network latency**: Chromium runs headless with `--disable-gpu` (software paint, slower than a desktop GPU), the in-page memory adapter answers with no latency in the rendering runs, and only Chromium is available here.',
      '- **React-admin and MUI X role toggles and request counts**: they have no role editor; section 3 is Roster only.',
    ].join('\n'),
  );
  return `${out.filter(Boolean).join('\n\n')}\n`;
}
