/**
 * Issue 18's figures: CSV export of 10,000 users (the helper alone and from UserTable's button),
 * CSV import of 1,000 rows, and UserDetails opened from a table row (bench/pages/csv.tsx and
 * details.tsx). Every case runs in a fresh browser context; summarized and reported here so
 * report.mjs only places the section.
 */
import { statSync } from 'node:fs';
import { openPage } from './browser.mjs';

export const CSV_EXPORT_USERS = 10_000;
export const CSV_IMPORT_USERS = 1_000;
/** Per adapter call while importing: a nearby server's round trip, so the four requests in flight show. */
export const CSV_IMPORT_LATENCY_MS = 10;
export const HEAVY_ACTIVITY = 5_000;

/** Runs `steps` (name → expression or function of the page) in order until one fails. */
async function inPage(browser, url, steps) {
  const p = await openPage(browser, url);
  const r = {};
  try {
    for (const [name, step] of steps) {
      try {
        r[name] = typeof step === 'function' ? await step(p.page) : await p.page.evaluate(step);
      } catch (error) {
        (r.failures ??= []).push(`${name}: ${String(error.message ?? error).split('\n')[0]}`);
        break;
      }
    }
  } finally {
    r.pageErrors = p.errors;
    await p.close();
  }
  return r;
}

/** The file the table's export offered for download, as the browser saved it. */
async function exportFromTable(page) {
  const download = page.waitForEvent('download', { timeout: 120_000 });
  // If the export fails, the page closes with this still waiting: not an unhandled rejection.
  download.catch(() => {});
  const result = await page.evaluate('bench.exportFromTable()');
  const file = await download;
  return { ...result, fileName: file.suggestedFilename(), bytes: statSync(await file.path()).size };
}

export async function runCsv(browser, baseUrl) {
  const exportDirect = await inPage(browser, `${baseUrl}/csv.html`, [
    ['setup', `bench.setup(${CSV_EXPORT_USERS})`],
    ['export', 'bench.exportDirect()'],
  ]);
  const exportTable = await inPage(browser, `${baseUrl}/csv.html`, [
    ['setup', `bench.setup(${CSV_EXPORT_USERS})`],
    ['mount', 'bench.mountForExport()'],
    ['export', exportFromTable],
  ]);
  const importRows = await inPage(browser, `${baseUrl}/csv.html`, [
    ['setup', `bench.setup(${CSV_IMPORT_USERS}, ${CSV_IMPORT_LATENCY_MS})`],
    ['mount', 'bench.mountForImport()'],
    ['import', 'bench.importRows()'],
  ]);
  const details = {};
  for (const [key, query] of [['seeded', ''], ['heavy', `?activity=${HEAVY_ACTIVITY}`]]) {
    details[key] = await inPage(browser, `${baseUrl}/details.html${query}`, [
      ['setup', 'bench.setup()'],
      ['mount', 'bench.mount()'],
      ['open', 'bench.open()'],
    ]);
  }
  const cases = { exportDirect, exportTable, importRows, detailsSeeded: details.seeded, detailsHeavy: details.heavy };
  const failures = Object.entries(cases).flatMap(([name, c]) => (c.failures ?? []).map((f) => `${name} ${f}`));
  return { ...cases, ...(failures.length ? { failures } : {}) };
}

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

export function summarizeCsv(csv) {
  const runs = csv.runs;
  const m = (f) => median(runs.map((r) => f(r)));
  const first = (f) => runs.map(f).find((v) => v !== undefined && v !== null);
  const longTasks = (f) => ({ count: m((r) => f(r)?.count), longestMs: m((r) => f(r)?.longestMs), totalMs: m((r) => f(r)?.totalMs) });
  const details = (key) => ({
    profileMs: m((r) => r[key]?.open?.profileMs),
    activityMs: m((r) => r[key]?.open?.activityMs),
    settledMs: m((r) => r[key]?.open?.settledMs),
    dataMs: m((r) => r[key]?.open?.data?.ms),
    entriesShown: first((r) => r[key]?.open?.entriesShown),
    olderButton: first((r) => r[key]?.open?.olderButton),
    calls: first((r) => r[key]?.open?.data?.args?.map((a) => a.split(' ')[0])),
    longTasks: longTasks((r) => r[key]?.open?.longTasks),
  });
  return {
    exportDirect: {
      ms: m((r) => r.exportDirect?.export?.ms),
      rows: first((r) => r.exportDirect?.export?.rows),
      bytes: first((r) => r.exportDirect?.export?.bytes),
      columns: first((r) => r.exportDirect?.export?.columns),
      pagesRead: first((r) => r.exportDirect?.export?.pagesRead),
      longTasks: longTasks((r) => r.exportDirect?.export?.longTasks),
    },
    exportTable: {
      ms: m((r) => r.exportTable?.export?.ms),
      bytes: first((r) => r.exportTable?.export?.bytes),
      pagesRead: first((r) => r.exportTable?.export?.pagesRead),
      progressUpdates: m((r) => r.exportTable?.export?.progressUpdates),
      longTasks: longTasks((r) => r.exportTable?.export?.longTasks),
    },
    importRows: {
      latencyMs: first((r) => r.importRows?.import?.latencyMs),
      previewMs: m((r) => r.importRows?.import?.previewMs),
      existingCheckMs: m((r) => r.importRows?.import?.existingCheckMs),
      existingCheckCalls: first((r) => r.importRows?.import?.existingCheckCalls),
      importMs: m((r) => r.importRows?.import?.importMs),
      creates: first((r) => r.importRows?.import?.creates),
      listReloads: m((r) => r.importRows?.import?.listReloads),
      longTasksPreview: longTasks((r) => r.importRows?.import?.longTasksPreview),
      longTasksCheck: longTasks((r) => r.importRows?.import?.longTasksCheck),
      longTasksImport: longTasks((r) => r.importRows?.import?.longTasksImport),
    },
    detailsSeeded: { user: first((r) => r.detailsSeeded?.mount?.user), ...details('detailsSeeded') },
    detailsHeavy: details('detailsHeavy'),
    failures: runs.flatMap((r) => r.failures ?? []),
    pageErrors: [...new Set(runs.flatMap((r) => Object.values(r).flatMap((c) => c?.pageErrors ?? [])))],
  };
}

const ms = (v) => (v === null || v === undefined ? '—' : v < 10 ? v.toFixed(1) : Math.round(v).toString());
const int = (v) => (v === null || v === undefined ? '—' : Math.round(v).toLocaleString('en'));
const tasks = (t) => `${int(t.count)} (longest ${t.count ? ms(t.longestMs) : '—'} ms)`;
const times = (counts = {}) => Object.entries(counts).map(([k, v]) => `\`${k}\` ×${v.toLocaleString('en')}`).join(', ') || 'none';

export function csvSection(report, s) {
  if (!s) return '';
  const { exportDirect: ed, exportTable: et, importRows: im, detailsSeeded: ds, detailsHeavy: dh } = s;
  const concurrency = 4;
  const floor = im.creates && im.latencyMs !== undefined ? (im.creates * im.latencyMs) / concurrency : null;
  const callsOf = (d) => times((d.calls ?? []).reduce((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {}));
  return [
    '## 6. CSV export and import, and UserDetails',
    `Issue 18's components over the in-page memory adapter, each case in a fresh browser context; production React; medians of ${report.options.runs} runs. ` +
      '“Long tasks” are the main thread’s tasks over 50 ms as Chromium reports them (`PerformanceObserver` `longtask`), median count per run and the median of each run’s longest: a page that freezes shows there even when the whole action is quick. ' +
      'The cores are shared with other work here, as on CI’s machines, so these timings carry noise; compare them within one run, not across machines.',
    `**Export ${int(CSV_EXPORT_USERS)} users** (no adapter latency; sorted by name, as the table sorts, the directory’s first sort by name made before timing): ` +
      `\`exportUsers()\` alone writes the default columns (${int(ed.columns)} with the id) reading ${int(ed.pagesRead)} page(s) of the adapter's largest size; from the table, “Export CSV” writes the shown columns and the file is saved by the browser (its size read from the download); the progress bar showed ${int(et.progressUpdates)} different values before the end (median).`,
    [
      '| | ms | long tasks | rows | bytes |',
      '| --- | --- | --- | --- | --- |',
      `| \`exportUsers(adapter, { sort }, { columns })\` until the Blob is written | ${ms(ed.ms)} | ${tasks(ed.longTasks)} | ${int(ed.rows)} | ${int(ed.bytes)} |`,
      `| UserTable: click “Export CSV” until “Exported ${int(CSV_EXPORT_USERS)} users …” is painted | ${ms(et.ms)} | ${tasks(et.longTasks)} | ${int(CSV_EXPORT_USERS)} | ${int(et.bytes)} |`,
    ].join('\n'),
    `**Import ${int(CSV_IMPORT_USERS)} rows** (email, name, a role by name) from UserTable’s “Import CSV” over ${int(CSV_IMPORT_USERS)} users, every adapter call delayed ${ms(im.latencyMs)} ms (a nearby server) so the ${concurrency} requests the import keeps in flight show: ` +
      `the ${int(im.creates)} creates alone take at least ${ms(floor)} ms (${int(im.creates)} × ${ms(im.latencyMs)} ms ÷ ${concurrency}), and so do the look-ups of existing users. Long tasks of the check are counted from the preview’s paint.`,
    [
      '| | ms | long tasks |',
      '| --- | --- | --- |',
      `| choose the file until the preview (“1,000 rows: 1,000 ready …”) is painted | ${ms(im.previewMs)} | ${tasks(im.longTasksPreview)} |`,
      `| … until the background check for existing users has finished (${times(im.existingCheckCalls)}, ${concurrency} at a time) | ${ms(im.existingCheckMs)} | ${tasks(im.longTasksCheck)} |`,
      `| click “Import ${int(CSV_IMPORT_USERS)} users” until “Created ${int(CSV_IMPORT_USERS)} users” is painted | ${ms(im.importMs)} | ${tasks(im.longTasksImport)} |`,
    ].join('\n'),
    `Calls to \`createUser\`: ${int(im.creates)}; the table behind the dialog reloaded its page ${int(im.listReloads)} time(s) during the import.`,
    `**UserDetails** from a UserTable (page of 50) over ${int(CSV_IMPORT_USERS)} users, no adapter latency: a click on the row of the first user on the page who has signed in (${ds.user ?? '—'}), until the drawer has painted the profile, the first page of the activity list, and no section still loading (roles, organizations, attributes). ` +
      `With ${int(HEAVY_ACTIVITY)} entries, the memory directory makes the user’s log up on its first read, done once before the click, as a real backend’s log already exists. It is the first opening in the page, so it includes the first run of the drawer’s code (UserDetails, RoleEditor, OrgList, UserActivity), as an admin’s first click does.`,
    [
      `| | seeded activity (${int(ds.entriesShown)} entries on the first page) | ${int(HEAVY_ACTIVITY)} entries (${int(dh.entriesShown)} on the first page${dh.olderButton ? ', then Older' : ''}) |`,
      '| --- | --- | --- |',
      `| row click until the profile is painted, ms | ${ms(ds.profileMs)} | ${ms(dh.profileMs)} |`,
      `| … until the activity’s first page is painted, ms | ${ms(ds.activityMs)} | ${ms(dh.activityMs)} |`,
      `| … until no section is loading, ms | ${ms(ds.settledMs)} | ${ms(dh.settledMs)} |`,
      `| of which in the adapter (wall time), ms | ${ms(ds.dataMs)} | ${ms(dh.dataMs)} |`,
      `| long tasks | ${tasks(ds.longTasks)} | ${tasks(dh.longTasks)} |`,
    ].join('\n'),
    `Calls made by opening the drawer: ${callsOf(ds)}.`,
    s.failures.length ? `Failures: ${[...new Set(s.failures)].join('; ')}` : '',
    s.pageErrors.length ? `Console errors seen on these pages: ${s.pageErrors.slice(0, 5).map((e) => `\`${e.slice(0, 160)}\``).join('; ')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}
