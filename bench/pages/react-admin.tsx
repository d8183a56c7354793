/**
 * react-admin's ListBase + Datagrid over a data provider backed by the same memory adapter, same
 * seed, as the Roster page: the "server" work (search, sort, paging) is identical, so the
 * difference is the UI layer. Page of 50, default columns like UserTable's.
 */
import Chip from '@mui/material/Chip';
import { createRoot } from 'react-dom/client';
import { AdminContext, Datagrid, defaultI18nProvider, FunctionField, ListBase, memoryStore, Pagination, ResourceContextProvider, TextField, useListContext, type DataProvider } from 'react-admin';
import { createMemoryAdapter } from '../../src/adapters/memory/index.ts';
import type { Role, User } from '../../src/core/model.ts';
import { params, recordCalls, tableActions, type TableDriver } from './harness.ts';

const { n, seed } = params();
let adapter: ReturnType<typeof createMemoryAdapter>;
let dataProvider: DataProvider;
let rolesById = new Map<string, Role>();
let list: ReturnType<typeof useListContext> | null = null;

const notUsed = () => Promise.reject(new Error('not used by the bench'));

function createDataProvider(): DataProvider {
  return recordCalls({
    async getList(_resource: string, { pagination, sort, filter }: { pagination?: { page: number; perPage: number }; sort?: { field: string; order: string }; filter?: { q?: string } }) {
      const { page = 1, perPage = 50 } = pagination ?? {};
      const result = await adapter.listUsers({
        search: filter?.q,
        sort: sort ? { field: sort.field as 'name', direction: sort.order === 'DESC' ? 'desc' : 'asc' } : undefined,
        page: { size: perPage, index: page - 1 },
      });
      return { data: result.items, total: result.total ?? undefined };
    },
    getOne: notUsed,
    getMany: notUsed,
    getManyReference: notUsed,
    create: notUsed,
    update: notUsed,
    updateMany: notUsed,
    delete: notUsed,
    deleteMany: notUsed,
  }) as unknown as DataProvider;
}

function ExposeList() {
  list = useListContext();
  return null;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function App() {
  return (
    <AdminContext dataProvider={dataProvider} i18nProvider={defaultI18nProvider} store={memoryStore()}>
      <ResourceContextProvider value="users">
        <ListBase perPage={50} sort={{ field: 'name', order: 'ASC' }} disableSyncWithLocation>
          <ExposeList />
          <Datagrid rowClick={false}>
            <TextField source="name" />
            <TextField source="email" />
            <TextField source="status" />
            <FunctionField
              source="roleIds"
              label="Roles"
              sortable={false}
              render={(user: User) => user.roleIds.map((id) => <Chip key={id} size="small" label={rolesById.get(id)?.name ?? id} />)}
            />
            <FunctionField source="lastLoginAt" label="Last sign-in" render={(user: User) => (user.lastLoginAt ? dateFormat.format(new Date(user.lastLoginAt)) : '—')} />
          </Datagrid>
          <Pagination rowsPerPageOptions={[50]} />
        </ListBase>
      </ResourceContextProvider>
    </AdminContext>
  );
}

const driver: TableDriver = {
  rows: () => [...document.querySelectorAll('tbody tr')].filter((r) => r.querySelector('td.column-email')),
  email: (row) => row.querySelector('td.column-email')?.textContent ?? '',
  clickSort: () => (document.querySelector('th.column-name [role="button"], th.column-name .MuiTableSortLabel-root') as HTMLElement).click(),
  clickNext: () => (document.querySelector('button[aria-label="Go to next page"]') as HTMLButtonElement).click(),
  jumpTo: (pageIndex) => list!.setPage(pageIndex + 1),
  search: (term) => list!.setFilters({ q: term }, {}, false),
  scroller: () => null,
};

window.bench = {
  async setup() {
    const t0 = performance.now();
    adapter = createMemoryAdapter({ userCount: n, seed });
    rolesById = new Map((await adapter.listRoles()).map((r) => [r.id, r]));
    dataProvider = createDataProvider();
    return { ms: performance.now() - t0 };
  },
  ...tableActions(driver, () => createRoot(document.getElementById('root')!).render(<App />)),
};
