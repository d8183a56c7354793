/**
 * MUI X DataGrid (free) over the same seeded users, held in the browser as its `rows` (how the
 * free grid works: it sorts, filters and pages in memory). Page of 50 (the free version allows at
 * most 100), checkbox selection, columns like UserTable's. Search is the grid's quick filter.
 */
import Chip from '@mui/material/Chip';
import { DataGrid, useGridApiRef, type GridColDef } from '@mui/x-data-grid';
import { createRoot } from 'react-dom/client';
import { generateDirectory } from '../../src/adapters/memory/index.ts';
import type { Role, User } from '../../src/core/model.ts';
import { params, tableActions, type TableDriver } from './harness.ts';

const { n, seed } = params();
let users: User[] = [];
let rolesById = new Map<string, Role>();
let api: ReturnType<typeof useGridApiRef> | null = null;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const columns: GridColDef<User>[] = [
  { field: 'name', headerName: 'Name', flex: 1, minWidth: 160 },
  { field: 'email', headerName: 'Email', flex: 1.4, minWidth: 220 },
  { field: 'status', headerName: 'Status', width: 110 },
  {
    field: 'roleIds',
    headerName: 'Roles',
    sortable: false,
    width: 220,
    valueGetter: (_value, user) => user.roleIds.map((id) => rolesById.get(id)?.name ?? id).join(', '),
    renderCell: ({ row }) => row.roleIds.map((id) => <Chip key={id} size="small" label={rolesById.get(id)?.name ?? id} />),
  },
  { field: 'lastLoginAt', headerName: 'Last sign-in', width: 140, valueFormatter: (value: string | null) => (value ? dateFormat.format(new Date(value)) : '—') },
];

function App() {
  api = useGridApiRef();
  return (
    <div style={{ height: 720 }}>
      <DataGrid
        apiRef={api}
        rows={users}
        columns={columns}
        checkboxSelection
        disableRowSelectionOnClick
        pageSizeOptions={[50]}
        initialState={{ pagination: { paginationModel: { pageSize: 50, page: 0 } }, sorting: { sortModel: [{ field: 'name', sort: 'asc' }] } }}
      />
    </div>
  );
}

const driver: TableDriver = {
  rows: () => [...document.querySelectorAll('.MuiDataGrid-row')].filter((r) => r.querySelector('[data-field="email"]')),
  email: (row) => row.querySelector('[data-field="email"]')?.textContent ?? '',
  clickSort: () => (document.querySelector('.MuiDataGrid-columnHeader[data-field="name"] .MuiDataGrid-columnHeaderTitleContainer') as HTMLElement).click(),
  clickNext: () => (document.querySelector('button[aria-label="Go to next page"]') as HTMLButtonElement).click(),
  jumpTo: (pageIndex) => api!.current!.setPage(pageIndex),
  search: (term) => api!.current!.setQuickFilterValues([term]),
  scroller: () => document.querySelector('.MuiDataGrid-virtualScroller'),
};

window.bench = {
  setup() {
    const t0 = performance.now();
    const directory = generateDirectory({ userCount: n, seed });
    users = directory.users;
    rolesById = new Map(directory.roles.map((r) => [r.id, r]));
    return { ms: performance.now() - t0 };
  },
  ...tableActions(driver, () => createRoot(document.getElementById('root')!).render(<App />)),
};
