/**
 * CSV in and out (issue 18's figures), each run in a fresh browser context:
 * - `exportDirect`: exportUsers() alone over 10,000 users, sorted as the table sorts, default columns;
 * - `exportFromTable`: a mounted UserTable over the same directory, "Export CSV" clicked until
 *   "Exported 10,000 users" is painted (the file goes to the browser's downloads, which the driver reads);
 * - `importRows`: UserImport from a UserTable over 1,000 users, a 1,000-row file chosen until its
 *   preview is painted, then "Import 1,000 users" until "Created 1,000 users" is painted.
 * Each reports the main thread's long tasks while it ran.
 */
import { createRoot } from 'react-dom/client';
import { createMemoryAdapter } from '../../src/adapters/memory/index.ts';
import { DEFAULT_EXPORT_COLUMNS, resolveExportColumns } from '../../src/components/UserExport/exportColumns.ts';
import { englishUserExportMessages } from '../../src/components/UserExport/messages.ts';
import type { UsersQuery } from '../../src/core/model.ts';
import { englishMessages, RosterProvider, UserTable } from '../../src/index.ts';
import { exportUsers } from '../../src/react/exportUsers.ts';
import '../../src/theme/styles.css';
import { calls, recordCalls, waitForPainted } from './harness.ts';
import { watchLongTasks } from './longTasks.ts';

const EXPORT_USERS = 10_000;
const IMPORT_ROWS = 1_000;
/** The table's own default order (DEFAULT_USER_TABLE_QUERY), so both export paths write the same order. */
const SORT: NonNullable<UsersQuery['sort']> = { field: 'name', direction: 'asc' };

let adapter: ReturnType<typeof createMemoryAdapter>;
let latencyMs = 0;
const q = (selector: string) => document.querySelector<HTMLElement>(selector);
const button = (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
const listCalls = () => calls.filter((c) => c.method === 'listUsers').length;
const rowsShown = () => document.querySelectorAll('[data-roster-part="user-table-row"]').length;

/** Mounts a UserTable (page of 50) until its first rows and `control` are painted. */
async function mountTable(control: string) {
  const t0 = performance.now();
  createRoot(document.getElementById('root')!).render(
    <RosterProvider adapter={adapter}>
      <UserTable defaultQuery={{ pageSize: 50 }} />
    </RosterProvider>,
  );
  const painted = await waitForPainted(() => Boolean(button(control)) && rowsShown() > 0);
  return { ms: painted - t0, rows: rowsShown() };
}

window.bench = {
  setup(users: number, latency = 0) {
    const t0 = performance.now();
    latencyMs = latency;
    adapter = recordCalls(createMemoryAdapter({ userCount: users, seed: 7, latencyMs: latency }));
    return { ms: performance.now() - t0, users, latencyMs };
  },

  /** exportUsers() alone, as useUserExport runs it, after the directory's first sort by name is made. */
  async exportDirect() {
    await adapter.listUsers({ sort: SORT, page: { size: 1 } });
    const columns = resolveExportColumns(DEFAULT_EXPORT_COLUMNS, { t: englishUserExportMessages, shared: englishMessages });
    const tasks = watchLongTasks();
    const lists = listCalls();
    const t0 = performance.now();
    const outcome = await exportUsers(adapter, { sort: SORT }, { columns });
    const t1 = performance.now();
    const longTasks = tasks.between(t0, t1);
    tasks.stop();
    return { ms: t1 - t0, rows: outcome.rowCount, bytes: outcome.blob.size, columns: columns.length, pagesRead: listCalls() - lists, longTasks };
  },

  mountForExport: () => mountTable('Export CSV'),

  /** Export CSV clicked until the dialog's status says the whole directory was written. */
  async exportFromTable() {
    const tasks = watchLongTasks();
    const lists = listCalls();
    const expected = `Exported ${EXPORT_USERS.toLocaleString('en')} users`;
    // Progress values the bar showed before the end: 0 would mean a frozen bar until the file is done.
    const progressShown = new Set<string>();
    const progress = new MutationObserver(() => {
      const bar = q('[data-roster-part="user-export-progress-bar"]');
      const value = bar?.getAttribute('value');
      if (value && Number(value) > 0 && !(q('[data-roster-part="user-export-status"]')?.textContent ?? '').startsWith(expected)) progressShown.add(value);
    });
    progress.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
    const t0 = performance.now();
    button('Export CSV')!.click();
    const painted = await waitForPainted(() => (q('[data-roster-part="user-export-status"]')?.textContent ?? '').startsWith(expected), 120_000);
    progress.disconnect();
    const longTasks = tasks.between(t0, painted);
    tasks.stop();
    return { ms: painted - t0, pagesRead: listCalls() - lists, status: q('[data-roster-part="user-export-status"]')?.textContent, progressUpdates: progressShown.size, longTasks };
  },

  mountForImport: () => mountTable('Import CSV'),

  /**
   * Import CSV: a 1,000-row file chosen until its preview is painted and until the background
   * check for existing users has finished; then Import until "Created 1,000 users" is painted.
   */
  async importRows() {
    button('Import CSV')!.click();
    await waitForPainted(() => Boolean(q('input[type="file"]')));
    const text = `email,name,roles\n${Array.from({ length: IMPORT_ROWS }, (_, i) => `import${i}@example.com,Imported User ${i},viewer`).join('\n')}\n`;
    const input = q('input[type="file"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([text], 'users.csv', { type: 'text/csv' }));
    input.files = files.files;
    const summary = () => q('[data-roster-part="user-import-summary"]')?.textContent ?? '';
    const tasks = watchLongTasks();
    const callsBefore = calls.length;
    const t0 = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const previewed = await waitForPainted(() => summary() === '1,000 rows: 1,000 ready, 0 with problems.');
    const checked = await waitForPainted(() => !q('[data-roster-part="user-import-status"]'));
    const checkCalls = calls.slice(callsBefore).map((c) => c.method);
    const lists = listCalls();
    const creates = calls.filter((c) => c.method === 'createUser').length;
    const t1 = performance.now();
    button(`Import ${IMPORT_ROWS.toLocaleString('en')} users`)!.click();
    const done = await waitForPainted(() => summary().startsWith(`Created ${IMPORT_ROWS.toLocaleString('en')} users`), 120_000);
    const result = {
      latencyMs,
      rows: IMPORT_ROWS,
      previewMs: previewed - t0,
      existingCheckMs: checked - t0,
      existingCheckCalls: count(checkCalls),
      importMs: done - t1,
      creates: calls.filter((c) => c.method === 'createUser').length - creates,
      listReloads: listCalls() - lists,
      longTasksPreview: tasks.between(t0, previewed),
      longTasksCheck: tasks.between(previewed, checked),
      longTasksImport: tasks.between(t1, done),
      summary: summary(),
    };
    tasks.stop();
    return result;
  },
};

function count(methods: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of methods) out[m] = (out[m] ?? 0) + 1;
  return out;
}
