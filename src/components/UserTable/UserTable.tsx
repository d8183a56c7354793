import { useTable, type ColumnVisibilityState, type RowSelectionState, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { canCreateUsers } from '../../core/adapter.js';
import type { RosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import { useRoster } from '../../react/context.js';
import { useRoles } from '../../react/useRoles.js';
import { useUsers } from '../../react/useUsers.js';
import { Checkbox } from '../primitives/Checkbox.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import type { MenuItem } from '../primitives/Menu.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import { createParts, cx, type StylingProps } from '../styling.js';
import { useDateFormat } from '../useDateFormat.js';
import { BulkBar } from './BulkBar.js';
import { builtInColumn, DEFAULT_COLUMNS, displayName, SORTABLE_COLUMNS, userTableFeatures, type BuiltInColumnId, type ColumnContext, type UserColumnDef } from './columns.js';
import { OrgListDialog } from '../OrgList/OrgListDialog.js';
import { RoleEditorDialog } from '../RoleEditor/RoleEditorDialog.js';
import { CreateUserDialog } from './CreateUserDialog.js';
import { RowActions } from './RowActions.js';
import { useUserTableQuery, type UserTableQuery } from './userTableQuery.js';
import { UserTablePagination } from './UserTablePagination.js';
import { UserTableRow, type UserTableRowProps } from './UserTableRow.js';
import { UserTableToolbar } from './UserTableToolbar.js';

export type UserTablePart =
  | 'toolbar'
  | 'search'
  | 'filters'
  | 'columns'
  | 'scroller'
  | 'table'
  | 'header-row'
  | 'header-cell'
  | 'sort-button'
  | 'row'
  | 'cell'
  | 'skeleton-row'
  | 'empty'
  | 'status'
  | 'pagination';

export type UserTableClassNames = Partial<Record<UserTablePart, string>>;

export interface UserTableProps extends StylingProps<UserTablePart> {
  /**
   * Manage the members of one organization: only its members are listed, and roles shown,
   * edited, bulk-assigned and granted on creation are the roles held in it. Set it for a tenant
   * admin, whose server refuses project-wide role changes.
   */
  organizationId?: string;
  /** Built-in column ids and your own TanStack column definitions, in display order. */
  columns?: (BuiltInColumnId | UserColumnDef)[];
  /** Column ids hidden at first; the admin can show them from the Columns menu. */
  defaultHiddenColumns?: string[];
  /** Controlled query state; pair with `onQueryChange`. */
  query?: UserTableQuery;
  defaultQuery?: Partial<UserTableQuery>;
  onQueryChange?: (query: UserTableQuery) => void;
  pageSizeOptions?: readonly number[];
  /** More rows than this on one page are virtualized. Default 100. */
  virtualizeAbove?: number;
  /**
   * Offer search, sort and filters the adapter cannot do itself, done in the browser over up to
   * `clientSideLimit` users (the hooks' fallback). Default true; false hides those controls.
   */
  clientSideQuery?: boolean;
  clientSideLimit?: number;
  /** Extra items for each row's actions menu, shown before the built-in ones. */
  rowActions?: (user: User) => MenuItem[];
  renderEmpty?: (context: { isFiltered: boolean; clearFilters: () => void }) => ReactNode;
  renderError?: (error: RosterError, retry: () => void) => ReactNode;
  /** Replaces the avatar next to each name (it is decorative: the name is already there). */
  renderAvatar?: (user: User) => ReactNode;
  onUserCreated?: (user: User) => void;
  /** Light, dark, or following the system. Sets `data-roster-theme` on the table. */
  theme?: 'light' | 'dark' | 'auto';
  searchDebounceMs?: number;
}

const ROW_HEIGHT_ESTIMATE = 52;

export function UserTable(props: UserTableProps) {
  const {
    columns: columnChoice = DEFAULT_COLUMNS,
    defaultHiddenColumns = [],
    pageSizeOptions = [10, 25, 50, 100, 250],
    virtualizeAbove = 100,
    clientSideQuery = true,
    clientSideLimit,
    rowActions,
    renderEmpty,
    renderError,
    renderAvatar,
    onUserCreated,
    theme,
    searchDebounceMs = 300,
    unstyled = false,
    organizationId,
  } = props;
  const { adapter, client, messages, locale } = useRoster('UserTable');
  const t = messages.userTable;
  const part = createParts<UserTablePart>('user-table', props);
  const caps = adapter.capabilities;

  const state = useUserTableQuery(props);
  const { query, update } = state;
  const usersQuery = state.toUsersQuery(caps.pagination);
  if (organizationId) usersQuery.filter = { ...usersQuery.filter, organizationId };
  const users = useUsers(usersQuery, { clientSideLimit });
  const page = users.data;
  if (page && !users.isPreviousData) state.rememberNextCursor(query.pageIndex, page.nextCursor);

  const roles = useRoles({ organizationId });
  const rolesById = useMemo(() => new Map((roles.data ?? []).map((r) => [r.id, r])), [roles.data]);
  const dateFormat = useDateFormat(locale);
  const formatDate = useCallback((iso: string | null) => (iso && !Number.isNaN(Date.parse(iso)) ? dateFormat.format(new Date(iso)) : null), [dateFormat]);

  // What the admin may ask for: what the adapter does, plus what the hooks can do in the browser.
  const canSearch = caps.search || clientSideQuery;
  const canSortBy = (field: string) => caps.sortFields.includes(field as never) || clientSideQuery;
  const canFilter = {
    status: caps.filters.status || clientSideQuery,
    roleIds: caps.filters.roleIds || clientSideQuery,
    organizationId: !organizationId && (caps.filters.organizationId || clientSideQuery),
  };

  // Selection spans pages: ids in TanStack's state, and the users themselves for the bulk bar.
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [selectedUsers, setSelectedUsers] = useState<Map<string, User>>(new Map());
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() => Object.fromEntries(defaultHiddenColumns.map((id) => [id, false])));
  const [announcement, setAnnouncement] = useState('');
  const [actionError, setActionError] = useState<RosterError | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleteTarget, setDeleteTarget] = useState<User | null>(null);
  const [rolesFor, setRolesFor] = useState<User | null>(null);
  const [organizationsFor, setOrganizationsFor] = useState<User | null>(null);
  // Where focus returns when the confirmation closes without deleting.
  const deleteReturn = useRef<HTMLButtonElement | null>(null);
  const [portal, setPortal] = useState<HTMLElement | null>(null);
  // The scrolling wrapper of the table; it also takes focus when a deleted row's button is gone.
  const scroller = useRef<HTMLDivElement>(null);
  const tableRegion = scroller;

  const items = page?.items ?? NO_USERS;
  const selectUsers = (changes: { user: User; selected: boolean }[]) => {
    setRowSelection((old) => {
      const next = { ...old };
      for (const { user, selected } of changes) {
        if (selected) next[user.id] = true;
        else delete next[user.id];
      }
      return next;
    });
    setSelectedUsers((old) => {
      const next = new Map(old);
      for (const { user, selected } of changes) {
        if (selected) next.set(user.id, user);
        else next.delete(user.id);
      }
      return next;
    });
  };
  const clearSelection = () => {
    setRowSelection({});
    setSelectedUsers(new Map());
  };

  // Counted once per change of page or selection, not on every render: in client mode a page can
  // hold 100,000 users and the virtualizer renders on every scroll step.
  const pageSelected = useMemo(() => items.reduce((n, u) => (rowSelection[u.id] ? n + 1 : n), 0), [items, rowSelection]);
  const columnContext: ColumnContext = {
    messages,
    unstyled,
    rolesById,
    formatDate,
    renderAvatar,
    organizationId,
    renderSelectHeader: () => (
      <Checkbox
        unstyled={unstyled}
        aria-label={t.selectAllOnPage}
        checked={items.length > 0 && pageSelected === items.length}
        indeterminate={pageSelected > 0 && pageSelected < items.length}
        disabled={!items.length}
        onChange={(e) => selectUsers(items.map((user) => ({ user, selected: e.target.checked })))}
      />
    ),
    renderSelectCell: (user) => (
      <Checkbox unstyled={unstyled} aria-label={t.selectRow(displayName(user, messages))} checked={Boolean(rowSelection[user.id])} onChange={(e) => selectUsers([{ user, selected: e.target.checked }])} />
    ),
    renderActions: (user) => (
      <RowActions
        user={user}
        unstyled={unstyled}
        extraItems={rowActions}
        announce={setAnnouncement}
        onError={(e) => setActionError(e as RosterError)}
        onEditRoles={setRolesFor}
        onOrganizations={setOrganizationsFor}
        onRequestDelete={(target, menuButton) => {
          deleteReturn.current = menuButton;
          setDeleteTarget(target);
        }}
      />
    ),
  };

  // Cells read selection, roles and callbacks from here when they render (see builtInColumn).
  const live = useRef(columnContext);
  live.current = columnContext;
  const columns = useMemo(
    () =>
      columnChoice
        .filter((c) => (c === 'select' ? Boolean(adapter.setUserStatus || adapter.deleteUser || adapter.addUserRoles || adapter.setUserRoles) : true))
        .map((c) => {
          if (typeof c !== 'string') return c;
          const def = builtInColumn(c, live);
          const field = SORTABLE_COLUMNS[c];
          return { ...def, enableSorting: Boolean(field && canSortBy(field)) };
        }),
    // Only what changes the columns themselves; everything a cell shows is read through `live`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columnChoice, messages, unstyled, adapter, clientSideQuery],
  );

  const sorting = useMemo<SortingState>(() => (query.sort ? [{ id: query.sort.field, desc: query.sort.direction === 'desc' }] : []), [query.sort]);
  const table = useTable({
    features: userTableFeatures,
    columns,
    data: items,
    getRowId: (user: User) => user.id,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, rowSelection, columnVisibility },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      update({ sort: first ? { field: first.id as NonNullable<UserTableQuery['sort']>['field'], direction: first.desc ? 'desc' : 'asc' } : null });
    },
    onRowSelectionChange: setRowSelection,
    onColumnVisibilityChange: setColumnVisibility,
  });

  const rows = table.getRowModel().rows;
  // What every cell shows besides its user and selection; a change renders every row again.
  const rowRenderKey = useMemo(
    () => ({}),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columns, columnVisibility, rolesById, formatDate, renderAvatar, rowActions, organizationId, props.classNames, unstyled],
  );
  const renderCell = useCallback((cell: Parameters<UserTableRowProps['renderCell']>[0]) => <table.FlexRender cell={cell} />, [table]);
  const isVirtual = rows.length > virtualizeAbove;
  const virtualizer = useVirtualizer({
    count: isVirtual ? rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    overscan: 8,
  });
  const virtualItems = isVirtual ? virtualizer.getVirtualItems() : [];
  const visibleRows = isVirtual ? virtualItems.map((v) => rows[v.index]!) : rows;
  const padTop = isVirtual && virtualItems.length ? virtualItems[0]!.start : 0;
  const padBottom = isVirtual && virtualItems.length ? virtualizer.getTotalSize() - virtualItems[virtualItems.length - 1]!.end : 0;

  const visibleColumns = table.getVisibleLeafColumns();
  const isFiltered = Boolean(query.search || query.filter.status?.length || query.filter.roleIds?.length || query.filter.organizationId);
  const clearFilters = () => update({ search: '', filter: {} });
  const pageCount = page?.total != null ? Math.ceil(page.total / query.pageSize) : null;
  const showSkeleton = users.isLoading && !page;
  const error = users.error;

  const toggleable = table
    .getAllLeafColumns()
    .filter((c) => c.getCanHide())
    .map((c) => ({
      id: c.id,
      label: (c.columnDef.meta as { label?: string } | undefined)?.label ?? (typeof c.columnDef.header === 'string' ? c.columnDef.header : c.id),
      visible: c.getIsVisible(),
      toggle: (visible: boolean) => c.toggleVisibility(visible),
    }));

  const statusText = showSkeleton
    ? messages.loading
    : page
      ? `${page.total !== null ? t.usersCount(page.total) : ''}${users.isPreviousData || (users.isValidating && users.mode === 'client' && !page) ? ` ${t.updating}` : ''}`
      : '';

  return (
    <div {...part('root')} data-roster-theme={theme} data-state={showSkeleton ? 'loading' : error ? 'error' : page && !page.items.length ? 'empty' : 'ready'}>
      <UserTableToolbar
        query={query}
        onChange={update}
        canSearch={canSearch}
        canFilter={canFilter}
        columns={toggleable}
        onCreate={canCreateUsers(adapter, organizationId) ? () => setCreating(true) : undefined}
        searchDebounceMs={searchDebounceMs}
        unstyled={unstyled}
        part={part}
      />
      <BulkBar
        organizationId={organizationId}
        selected={[...selectedUsers.values()]}
        onDone={(ids) => selectUsers(ids.flatMap((id) => (selectedUsers.has(id) ? [{ user: selectedUsers.get(id)!, selected: false }] : [])))}
        onClear={clearSelection}
        portal={portal}
        unstyled={unstyled}
      />
      {error && (renderError ? renderError(error, () => void users.refresh()) : <ErrorBanner error={error} messages={messages} onRetry={() => void users.refresh()} unstyled={unstyled} />)}
      {actionError && <ErrorBanner error={actionError} messages={messages} onRetry={() => setActionError(null)} unstyled={unstyled} />}
      {users.isTruncated && <p {...part('status')}>{t.truncated(clientSideLimit ?? DEFAULT_CLIENT_SIDE_LIMIT)}</p>}
      <p role="status" {...part('status')}>
        {statusText}
      </p>
      <div role="status" aria-live="polite">
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>
      <div ref={scroller} tabIndex={-1} {...part('scroller')} data-virtual={isVirtual || undefined}>
        <table {...part('table')} aria-label={t.label} aria-busy={users.isLoading || users.isPreviousData || undefined} aria-rowcount={isVirtual ? rows.length + 1 : undefined}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} {...part('header-row')} aria-rowindex={isVirtual ? 1 : undefined}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      {...part('header-cell')}
                      data-column={header.column.id}
                      aria-sort={canSort ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined}
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button
                          type="button"
                          {...part('sort-button')}
                          data-state={sorted || 'none'}
                          onClick={() => header.column.toggleSorting(sorted === 'asc')}
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden="true" data-roster-part="sort-icon" className={cx(!unstyled && 'roster-sort-icon')}>
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {showSkeleton &&
              Array.from({ length: Math.min(query.pageSize, 8) }, (_, i) => (
                <tr key={`skeleton-${i}`} {...part('skeleton-row')} aria-hidden="true">
                  {visibleColumns.map((c) => (
                    <td key={c.id} {...part('cell')}>
                      <span data-roster-part="skeleton" className={cx(!unstyled && 'roster-skeleton')} />
                    </td>
                  ))}
                </tr>
              ))}
            {page && !page.items.length && (
              <tr {...part('row')}>
                <td colSpan={visibleColumns.length} {...part('empty')}>
                  {renderEmpty ? (
                    renderEmpty({ isFiltered, clearFilters })
                  ) : (
                    <>
                      <p>{isFiltered ? t.emptyFiltered : t.empty}</p>
                      {isFiltered && (
                        <button type="button" data-roster-part="button" className={cx(!unstyled && 'roster-button')} onClick={clearFilters}>
                          {t.clearFilters}
                        </button>
                      )}
                    </>
                  )}
                </td>
              </tr>
            )}
            {padTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={visibleColumns.length} style={{ height: padTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {visibleRows.map((row) => (
              <UserTableRow
                key={row.id}
                row={row}
                isSelected={Boolean(rowSelection[row.id])}
                renderKey={rowRenderKey}
                rowPart={part('row')}
                cellPart={part('cell')}
                isVirtual={isVirtual}
                measure={isVirtual ? virtualizer.measureElement : undefined}
                renderCell={renderCell}
              />
            ))}
            {padBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={visibleColumns.length} style={{ height: padBottom, padding: 0, border: 0 }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <UserTablePagination
        pageIndex={query.pageIndex}
        pageCount={pageCount}
        hasNext={Boolean(page?.nextCursor)}
        pageSize={query.pageSize}
        pageSizeOptions={pageSizeOptions}
        onPage={(pageIndex) => update({ pageIndex })}
        onPageSize={(pageSize) => update({ pageSize })}
        unstyled={unstyled}
        part={part('pagination')}
      />
      <CreateUserDialog
        organizationId={organizationId}
        open={creating}
        onOpenChange={setCreating}
        container={portal}
        unstyled={unstyled}
        onCreated={(user) => {
          setAnnouncement(t.created(displayName(user, messages)));
          onUserCreated?.(user);
        }}
      />
      <ConfirmDialog
        open={deleteTarget !== null}
        onOpenChange={(open) => !open && setDeleteTarget(null)}
        title={deleteTarget ? t.deleteTitle(displayName(deleteTarget, messages)) : ''}
        description={t.deleteDescription}
        confirmLabel={t.deleteConfirm}
        cancelLabel={messages.cancel}
        container={portal}
        unstyled={unstyled}
        onConfirm={async () => {
          const user = deleteTarget;
          if (!user) return;
          try {
            await client.deleteUser(user.id);
            setAnnouncement(t.deleted(displayName(user, messages)));
            selectUsers([{ user, selected: false }]);
          } catch (e) {
            setActionError(e as RosterError);
          }
        }}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          // After a delete the row and its menu button are gone: focus goes to the table.
          if (deleteReturn.current?.isConnected) deleteReturn.current.focus();
          else tableRegion.current?.focus();
        }}
      />
      {rolesFor && <RoleEditorDialog userId={rolesFor.id} organizationId={organizationId} open onOpenChange={(open) => !open && setRolesFor(null)} theme={theme} unstyled={unstyled} />}
      {organizationsFor && <OrgListDialog userId={organizationsFor.id} open onOpenChange={(open) => !open && setOrganizationsFor(null)} theme={theme} unstyled={unstyled} />}
      <div ref={setPortal} data-roster-part="portal" />
    </div>
  );
}

const NO_USERS: User[] = [];
const DEFAULT_CLIENT_SIDE_LIMIT = 10_000;
