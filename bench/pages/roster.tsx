/**
 * Roster's UserTable over the memory adapter. `mode=server`: the adapter searches, sorts and pages
 * (page of 50). `mode=client`: the adapter can neither search nor sort, so the hooks fetch every
 * user and do both in the browser, and the table shows them all as one virtualized page.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryAdapter } from '../../src/adapters/memory/index.ts';
import { DEFAULT_USER_TABLE_QUERY, RosterProvider, UserTable, type UserTableQuery } from '../../src/index.ts';
import '../../src/theme/styles.css';
import { params, recordCalls, tableActions, type TableDriver } from './harness.ts';

const { n, seed, mode } = params();
let setQuery: (update: (q: UserTableQuery) => UserTableQuery) => void = () => {};
let adapter: ReturnType<typeof createMemoryAdapter>;

const pageSize = mode === 'client' ? n : 50;

function App() {
  const [query, set] = useState<UserTableQuery>({ ...DEFAULT_USER_TABLE_QUERY, pageSize });
  setQuery = set;
  return (
    <RosterProvider adapter={adapter}>
      <UserTable query={query} onQueryChange={set} pageSizeOptions={[pageSize]} clientSideLimit={n} />
    </RosterProvider>
  );
}

const root = () => document.querySelector('[data-roster-part="user-table"]');
const driver: TableDriver = {
  rows: () => [...document.querySelectorAll('tr[data-roster-part="user-table-row"]')].filter((r) => r.querySelector('td[data-column="email"]')),
  email: (row) => row.querySelector('td[data-column="email"]')?.textContent ?? '',
  clickSort: () => (root()!.querySelector('th[data-column="name"] button') as HTMLButtonElement).click(),
  clickNext: () => {
    const buttons = root()!.querySelectorAll<HTMLButtonElement>('[data-roster-part="user-table-pagination"] button');
    buttons[buttons.length - 1]!.click();
  },
  jumpTo: (pageIndex) => setQuery((q) => ({ ...q, pageIndex })),
  search: (term) => setQuery((q) => ({ ...q, search: term, pageIndex: 0 })),
  scroller: () => document.querySelector('[data-roster-part="user-table-scroller"]'),
};

window.bench = {
  setup() {
    const t0 = performance.now();
    const capabilities = mode === 'client' ? { search: false, sortFields: [], maxPageSize: n } : undefined;
    adapter = recordCalls(createMemoryAdapter({ userCount: n, seed, capabilities }));
    return { ms: performance.now() - t0 };
  },
  ...tableActions(driver, () => createRoot(document.getElementById('root')!).render(<App />)),
};
