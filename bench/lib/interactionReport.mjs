/** Section 3 of the report: the role toggle, the requests one view makes, and typing a search. */
import { TYPING } from './browser-bench.mjs';
import { FRAME_MS, int, median, ms, table, users } from './reportFormat.mjs';

function countCalls(calls = []) {
  const byKey = new Map();
  for (const c of calls) {
    const key = `${c.method} ${c.args}`;
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  return [...byKey.entries()].map(([key, count]) => ({ call: key, count }));
}

export function summarizeInteraction(interaction) {
  const runs = interaction.runs;
  const toggles = runs.map((r) => r.toggle).filter((t) => t && !t.skipped);
  const again = runs.map((r) => r.toggleAgain).filter((t) => t && !t.skipped);
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
          paintFloorMs: median(runs.flatMap((r) => r.paintFloor?.samples ?? [])),
          againRowMs: again.length ? median(again.flatMap((t) => t.rowMs)) : null,
          againEditorMs: again.length ? median(again.flatMap((t) => t.editorMs)) : null,
          againClicks: again.reduce((n, t) => n + t.rowMs.length, 0),
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

export function interactionSection(report, s) {
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
        (t.againRowMs == null ? '' : `Clicked again once that has settled (${t.againClicks} clicks in all, alternately off and on), the row shows the change after ${ms(t.againRowMs)} ms and the editor after ${ms(t.againEditorMs)} ms: the first click also pays for compiling the code on its path. `) +
        (t.paintFloorMs == null ? '' : `A plain checkbox outside Roster on the same page, clicked and timed the same way, is painted after ${ms(t.paintFloorMs)} ms: the floor of this measure (the wait for the next frame and the paint of the page), so Roster's own share is about ${ms(Math.max(t.rowMs, t.editorMs) - t.paintFloorMs)} ms. `) +
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
