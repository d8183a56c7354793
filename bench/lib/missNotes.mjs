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
      `- **Sort at 100,000 users: ${ms(big.sort)} ms, ${ms(t.sort.over)} ms over.** ${ms(big.sortData)} ms of it is the memory adapter (it keeps one sorted order per field and direction, updated on writes); the rest is a busy commit before the data, then 50 new rows rendered, laid out and painted in software (see the page change). ` +
        'To close it: show the busy state only when the data has not come within a frame (one commit and one paint fewer), and fewer boxes to lay out (see the page change).',
    );
  }
  if (t.search && !t.search.met) {
    notes.push(
      `- **Search at 100,000 users: ${ms(big.search)} ms, ${ms(t.search.over)} ms over.** ${ms(big.searchData)} ms is the memory adapter filtering its search index (kept up to date on writes, not built on the first search); the rest is the table rendering the result and the paint, as for sort. Until 2026-11-28 a search set by the host first loaded the unsearched page (the toolbar sent its old text back), which made it about 440 ms on the same tree. ` +
        'To close it: as for sort.',
    );
  }
  if (t['prefetched-page'] && !t['prefetched-page'].met) {
    notes.push(
      `- **Prefetched page change: ${ms(big.next)} ms, not one frame.** The data is already in the cache (${big.nextFetchedPage ? 'but in this run it was fetched' : 'no fetch of the page shown'}); rows are memoized, but a new page shows 50 different users, so all 50 rows render. A Chromium trace of the page change (issue 21's helper, load about 3) put its main-thread time in layout (about 33 ms, spread over every cell: hiding any one column saves 2–3 ms, and about 20 ms remain with the cells' contents hidden), paint (15 ms), and script (26 ms, mostly React creating and removing DOM; Roster's row components about 3 ms). The sticky cells' per-cell scroll animation (half the style work) is gone and role chips lost an element each. ${big.next > big.jump ? `In this run the prefetched next page (${ms(big.next)} ms) was slower than page 10 (${ms(big.jump)} ms, fetched): not yet explained. ` : `Page 10, which is fetched, took ${ms(big.jump)} ms. `}The bench pages paint Roster's real colours since 2026-11-28 (their CSS had been lowered into invalid tokens, so earlier runs painted less). ` +
        'To close it: fewer boxes to lay out — windowing pages of 50 as client mode does, or fewer cells — since `content-visibility` on cells was tried and dropped (text moves by a pixel, rows outside the view come out blank in full-page screenshots, focus rings clip).',
    );
  }
  if ((t['first-rows'] && !t['first-rows'].met) || (t['first-rows-client'] && !t['first-rows-client'].met)) {
    notes.push(
      `- **First rows after data: server ${ms(big?.firstRowsAfterData)} ms, client mode ${ms(bigClient?.firstRowsAfterData)} ms.** TanStack gets only the rows in view, useUsers skips its pending-change pass when nothing is pending, core's own sort now ranks repeated values (names, statuses) instead of comparing users (\`core/rankedOrder.ts\`: one pass where client mode made two), and the answer's dates are checked by a pattern before \`Date.parse\` (about 80 ms at 200,000 dates before). An earlier profile (load 4–7) put the rest in the adapter answer's check (about 90 ms without the dates), GC and the commit. ` +
        'To close it: show the first rows from a partial selection before the whole order is known, and check the answer\'s shape in slices between frames; beyond `clientSideLimit` (10,000 by default) server paging is the answer.',
    );
  }
  if ((t['scroll-client'] && !t['scroll-client'].met) || (t['scroll-server'] && !t['scroll-server'].met)) {
    notes.push(
      `- **Scroll p95: client mode ${ms(bigClient?.scrollP95)} ms, server mode ${ms(big?.scrollP95)} ms** (median 17 ms, one frame). The window is Roster's own fixed-row-height hook, which renders again only when the set of rendered rows changes, in the scroll event (\`flushSync\`) so new rows paint in the same frame. A trace of the bench's scroll at 100,000 users in client mode (2026-11-29, quiet machine) shows one layout per frame of about 4 ms (about 930 boxes: the window's 40 rows), about 7 ms of script and 4 ms of paint; the table's layout is already fixed (\`table-layout: fixed\`, widths from the theme), but Chromium lays out every row of a table section when rows enter or leave it. Tried and dropped on 2026-11-29: moving the window in steps (only when the view comes within 2 rows of its edge, so about every third frame). Script over the 120 frames fell from about 900 to 315 ms and paint halved, but p95 did not improve (8 interleaved runs: median p95 33 ms both ways, a worse tail), because each step's frame carries eight new rows' commit and layout at once. Replacing the 50 rows of a page costs 39 ms of style and layout with the cells' contents and 13 ms with them hidden: the cells' own boxes (avatar, chips, badges, menu button) are most of it. ` +
        'To close it: fewer boxes per row, or rows that are not table rows (grid rows can be contained one by one, so a row entering the window lays out only itself).',
    );
  }
  if ((t['heap-client'] && !t['heap-client'].met) || (t['heap-server'] && !t['heap-server'].met)) {
    notes.push(
      `- **Heap: client mode holds ${mib(bigClient?.heapUi)} MiB of its own at 100,000 users** (server mode: ${mib(big?.heapUi)} MiB). In a separate page one fetched copy of the 100,000 users weighs 67.0 MiB (about 700 bytes each), so the table itself now adds under 2 MiB; TanStack's 100,000 Row objects (about 30 MiB) are gone. Sharing repeated strings shrinks the users by a third in Node but costs over 400 ms at load. ` +
        'To close it: client mode is for directories that fit (`clientSideLimit`, 10,000 by default); beyond that, server paging. Keeping only the fields the table shows would change what `useUsers` returns.',
    );
  }
  const i = s.interaction;
  if (t.toggle && !t.toggle.met) {
    notes.push(
      `- **Role toggle: ${ms(Math.max(i.toggle.rowMs, i.toggle.editorMs))} ms to visible.** It is optimistic. A plain checkbox on the same page is painted after ${ms(i.toggle.paintFloorMs)} ms, so Roster's share is about ${ms(Math.max(i.toggle.rowMs, i.toggle.editorMs) - (i.toggle.paintFloorMs ?? 0))} ms. Since this wave the click renders the toggled role option, the changed row and the OrgList shell only: the toolbar, header, bulk bar, pagination, closed dialogs, the other role options and the memberships are memoized (component tests count it), and a CPU profile of 15 warm toggles put React's work in the click at 9.8 → 5.9 ms. ${i.toggle.againRowMs == null ? '' : `Clicked again once that has settled, it is painted after ${ms(Math.max(i.toggle.againRowMs, i.toggle.againEditorMs))} ms (median of ${i.toggle.againClicks} clicks): the first click also pays for compiling its path. `}What remains is mostly the browser's frame: a trace of 6 later clicks per page (2026-11-29) put, per click (its optimistic paint and the repaint after the round trip), about 2.3 ms in layout, 1 ms in style, 5 ms in script and 10–13 ms in paint. The table's layout is already fixed, and \`contain: strict\` on the roles cell's chips or a composited scroller changed nothing beyond this machine's noise. ` +
        'To close it: less to paint when one row changes (the sticky cells, their shadows and row backgrounds are candidates; none of them, turned off alone, moved the figure beyond the noise here), then memoized SWR keys in the hooks (about 1 ms of script).',
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
