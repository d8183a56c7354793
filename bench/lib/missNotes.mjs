import { TARGETS } from './roster-entries.mjs';
import { dependencyGroups } from './bundleReport.mjs';
import { int, kb, median, MiB, mib, ms, table, users } from './reportFormat.mjs';

/**
 * What issue 18 added to UserTable, in minified bytes: the details drawer, CSV export, and CSV
 * import with papaparse (a lazy chunk), and roughly what (c) would weigh without them (gzip scaled
 * by their share of the minified JS: an estimate, said as one).
 */
function issue18(c) {
  const folder = (name) => Object.entries(c.ownFiles).filter(([f]) => f.startsWith(`src/components/${name}/`)).reduce((sum, [, b]) => sum + b, 0);
  const parts = { details: folder('UserDetails'), exportCsv: folder('UserExport'), importCsv: folder('UserImport'), papaparse: c.packages.papaparse ?? 0 };
  const added = Object.values(parts).reduce((a, b) => a + b, 0);
  const minJs = c.js.min + c.lazy.min;
  if (!added || !minJs) return '';
  const withoutGzip = c.total.gzip - ((c.js.gzip + c.lazy.gzip) * added) / minJs;
  return (
    `Issue 18 put the details drawer (${kb(parts.details)} minified), CSV export (${kb(parts.exportCsv)}) and CSV import (${kb(parts.importCsv)}, plus papaparse ${kb(parts.papaparse)} in a lazy chunk) into UserTable: ` +
    `${kb(added)} of ${kb(minJs)} minified; without them (c) would be about ${kb(withoutGzip)} gzip. `
  );
}

/** What explains a missed target and what would close it: reasoning from the code, numbers from this run. */
export function missNotes(report, s) {
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
        `${issue18(r.c)}` +
        'To close it: make the drawer and the CSV controls something the host passes to the table (`<UserTable details={UserDetailsDialog} />`), so a table that never opens them does not carry them — a lazy `import()` would not lower a figure that counts lazy chunks; then Radix Dialog (a native `<dialog>` would remove it) and TanStack Table, of which the table uses little (sorting and selection state, column visibility, header groups, cell rendering), plus Roster\'s own largest files listed by `node bench/size-budget.mjs --why`.',
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
