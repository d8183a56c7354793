import { useTable, type ColumnVisibilityState, type SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { canCreateUsers } from '../../core/adapter.js';
import type { RosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { useRoles } from '../../react/useRoles.js';
import { useUsers } from '../../react/useUsers.js';
import { Checkbox } from '../primitives/Checkbox.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import { FeedbackArea, useFeedback } from '../Feedback.js';
import type { PartProps } from '../styling.js';
import { PortalTarget, StylingProvider, useStylingScope } from '../StylingScope.js';
import { UserTableScopeProvider } from './userTableScope.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { useDateFormat } from '../useDateFormat.js';
import { BulkBar } from './BulkBar.js';
import { builtInColumn, columnLabel, DEFAULT_COLUMNS, displayName, hideableColumns, SORTABLE_COLUMNS, type ColumnContext } from './columns.js';
import { englishUserTableMessages } from './messages.js';
import { RowActions } from './RowActions.js';
import { useCrossPageSelection } from './useCrossPageSelection.js';
import { EmptyRow, SkeletonRows, SpacerRow } from './UserTableBodyStates.js';
import { UserTableDialogs } from './UserTableDialogs.js';
import { UserTableHead } from './UserTableHead.js';
import type { UserTablePart, UserTableProps } from './userTableProps.js';
import { useUserTableDialog } from './useUserTableDialog.js';
import { useStableHandler } from '../useStableHandler.js';
import { useUserTableQuery, type UserTableQuery } from './userTableQuery.js';
import { UserTablePagination } from './UserTablePagination.js';
import { UserTableRow, type UserTableRowProps } from './UserTableRow.js';
import { UserTableToolbar } from './UserTableToolbar.js';
import { useRowWindow } from './useRowWindow.js';
import { usePinnedUser } from './usePinnedUser.js';
import { windowedUserTableFeatures } from './windowedRowModel.js';

export type { UserTablePart, UserTableProps } from './userTableProps.js';

export function UserTable(props: UserTableProps) {
  const {
    columns: columnChoice = DEFAULT_COLUMNS,
    defaultHiddenColumns = [],
    pageSizeOptions = DEFAULT_PAGE_SIZE_OPTIONS,
    virtualizeAbove = 100,
    clientSideQuery = true,
    clientSideLimit,
    rowActions,
    renderEmpty,
    renderError,
    renderAvatar,
    onUserCreated,
    searchDebounceMs = 300,
    organizationId,
    userDetails = true,
  } = props;
  const { adapter } = useRosterContext('UserTable');
  const strings = useComponentMessages('UserTable', 'userTable', englishUserTableMessages);
  const { t, shared, format, locale } = strings;
  const styling = useStylingScope<UserTablePart>('user-table', props);
  const { part, theme } = styling;
  // Stable while strings, styling and scope stay put, so memoized rows are not rendered again.
  const scope = useMemo(() => ({ strings: { t, shared, format, locale }, part, organizationId }), [t, shared, format, locale, part, organizationId]);
  const caps = adapter.capabilities;

  const state = useUserTableQuery(props);
  const { query, update, rememberNextCursor } = state;
  const users = useUsers(state.toUsersQuery(caps.pagination, organizationId), { clientSideLimit });
  const page = users.data;
  const nextCursor = page && !users.isPreviousData ? page.nextCursor : null;
  useEffect(() => rememberNextCursor(query.pageIndex, nextCursor), [rememberNextCursor, query.pageIndex, nextCursor]);

  const roles = useRoles({ organizationId });
  const rolesById = useMemo(() => new Map((roles.data ?? []).map((r) => [r.id, r])), [roles.data]);
  const dateFormat = useDateFormat(locale);
  const formatDate = useCallback((iso: string | null) => (iso && !Number.isNaN(Date.parse(iso)) ? dateFormat.format(new Date(iso)) : null), [dateFormat]);

  // What the admin may sort by: what the adapter does, plus what the hooks can do in the browser.
  const canSortBy = (field: string) => caps.sortFields.includes(field as never) || clientSideQuery;

  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() => Object.fromEntries(defaultHiddenColumns.map((id) => [id, false])));
  const [announcement, setAnnouncement] = useState('');
  const [actionError, setActionError] = useState<RosterError | null>(null);
  const { feedback, show, dismiss } = useFeedback();
  // Focus goes to the root after "Try again" (the banner goes), to the table after the last row's delete.
  const root = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  // The scrolling wrapper of the table; it also takes focus when a deleted row's button is gone.
  const scroller = useRef<HTMLDivElement>(null);

  const { rows: items, pinnedId, pin, unpin } = usePinnedUser(query, page?.items ?? NO_USERS);
  const { rowSelection, setRowSelection, selectedUsers, selectUsers, deselect, selectRow, clearSelection, pageSelected } = useCrossPageSelection(items);
  const canCreate = canCreateUsers(adapter, organizationId);
  const { dialog, setDialog, openDetails, onCreate, onCreated, onDeleted } = useUserTableDialog({ canCreate, canViewDetails: userDetails, t, shared, announce: show, pin, unpin, deselect, onUserCreated });
  // Reads the page as it is when clicked: the memoized header row may have rendered before it changed.
  const selectPage = useStableHandler((selected: boolean) => selectUsers(items.map((user) => ({ user, selected }))));
  // What cells show besides their user; TanStack hands it to them as `table.options.meta`.
  const columnContext: ColumnContext = {
    t,
    shared,
    format,
    part,
    rolesById,
    formatDate,
    renderAvatar,
    organizationId,
    openDetails,
    renderSelectHeader: () => (
      <Checkbox
        rosterPart={part('checkbox')}
        aria-label={t.selectAllOnPage}
        checked={items.length > 0 && pageSelected === items.length}
        indeterminate={pageSelected > 0 && pageSelected < items.length}
        disabled={!items.length}
        onChange={(e) => selectPage(e.target.checked)}
      />
    ),
    renderSelectCell: (user) => (
      <Checkbox rosterPart={part('checkbox')} aria-label={t.selectRow(displayName(user, shared))} checked={Boolean(rowSelection[user.id])} onChange={(e) => selectRow(user, e.target.checked, (e.nativeEvent as MouseEvent).shiftKey === true, items)} />
    ),
    renderActions: (user) => (
      <>
        {user.id === pinnedId && <span {...part('new-badge')}>{t.newUser}</span>}
        <RowActions user={user} extraItems={rowActions} announce={show} onError={(e) => setActionError(e as RosterError)} onOpen={setDialog} canViewDetails={userDetails} />
      </>
    ),
  };

  const columns = useMemo(
    () =>
      columnChoice
        .filter((c) => (c === 'select' ? Boolean(adapter.setUserStatus || adapter.deleteUser || adapter.addUserRoles || adapter.setUserRoles) : true))
        .map((c) => {
          if (typeof c !== 'string') return c;
          const def = builtInColumn(c, { t, shared });
          const field = SORTABLE_COLUMNS[c];
          return { ...def, enableSorting: Boolean(field && canSortBy(field)) };
        }),
    // Only what changes the columns themselves; everything a cell shows is read from `meta`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columnChoice, t, shared, adapter, clientSideQuery],
  );

  const sorting = useMemo<SortingState>(() => (query.sort ? [{ id: query.sort.field, desc: query.sort.direction === 'desc' }] : []), [query.sort]);
  // TanStack gets only the users in view; `items` stays the page for everything else.
  const { isVirtual, visibleRows: shownUsers, padTop, padBottom, measure, scrollerStyle } = useRowWindow(items, virtualizeAbove, scroller);
  const table = useTable({
    features: windowedUserTableFeatures,
    columns,
    data: shownUsers,
    meta: columnContext,
    getRowId: (user: User) => user.id,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, rowSelection, columnVisibility },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      const column = first && table.getColumn(first.id);
      if (column) setAnnouncement(t.sortedBy(columnLabel(column), first.desc));
      update({ sort: first ? { field: first.id as NonNullable<UserTableQuery['sort']>['field'], direction: first.desc ? 'desc' : 'asc' } : null });
    },
    onRowSelectionChange: setRowSelection,
    onColumnVisibilityChange: setColumnVisibility,
  });

  /** The rows in view, `row.index` their place on the page (windowedRowModel.ts). */
  const rows = table.getRowModel().rows;
  // What every cell shows besides its user and selection; a change renders every row again.
  const rowRenderKey = useMemo(
    () => ({}),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columns, columnVisibility, rolesById, formatDate, renderAvatar, rowActions, organizationId, styling, format, pinnedId],
  );
  // What the header row shows; the select-all box counts the page, so only its count matters here.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const headRenderKey = useMemo(() => ({}), [columns, columnVisibility, sorting, styling, items.length, pageSelected]);
  const renderCell = useCallback((cell: Parameters<UserTableRowProps['renderCell']>[0]) => <table.FlexRender cell={cell} />, [table]);

  const visibleColumns = table.getVisibleLeafColumns();
  // The pieces around the rows are memoized: a change to one user's row must not render them
  // (a role toggle elsewhere on the page re-renders the table for that row alone). `table` is a
  // new object on every render; the columns it lists change only with these.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const toggleableColumns = useMemo(() => hideableColumns(table), [columns, columnVisibility]);
  const selectedList = useMemo(() => [...selectedUsers.values()], [selectedUsers]);
  const toPage = useCallback((pageIndex: number) => update({ pageIndex }), [update]);
  const toPageSize = useCallback((pageSize: number) => update({ pageSize }), [update]);

  const isFiltered = Boolean(query.search || query.filter.status?.length || query.filter.roleIds?.length || query.filter.organizationId);
  const clearFilters = () => update({ search: '', filter: {} });
  const pageCount = page?.total != null ? Math.ceil(page.total / query.pageSize) : null;
  const showSkeleton = users.isLoading && !page;
  const error = users.error;
  const retry = () => (void users.refresh(), root.current?.focus());

  const statusText = showSkeleton
    ? shared.loading
    : page
      ? `${page.total !== null ? t.usersCount(page.total, format) : ''}${users.isPreviousData || (users.isValidating && users.mode === 'client' && !page) ? ` ${t.updating}` : ''}`
      : '';

  return (
    <StylingProvider value={styling}>
      <UserTableScopeProvider value={scope}>
        <div ref={root} tabIndex={-1} {...part('root')} data-roster-theme={theme} data-state={showSkeleton ? 'loading' : error ? 'error' : page && !page.items.length ? 'empty' : 'ready'}>
          {/* The bulk bar lies over the toolbar (theme), so selecting a row does not push the table down. */}
          <div {...part('controls')} data-selecting={selectedUsers.size > 0 || undefined}>
            <UserTableToolbar
              query={query}
              onChange={update}
              clientSideQuery={clientSideQuery}
              columns={toggleableColumns}
              onCreate={onCreate}
              searchDebounceMs={searchDebounceMs}
              canExport={props.csvExport !== false && Boolean(page?.items.length)}
              canImport={props.csvImport !== false}
              clientSideLimit={clientSideLimit}
            />
            <BulkBar selected={selectedList} onDone={deselect} onClear={clearSelection} />
          </div>
          {error &&
            (renderError ? (
              renderError(error, retry)
            ) : (
              <ErrorBanner error={error} messages={shared} format={format} onRetry={retry} />
            ))}
          {actionError && <ErrorBanner error={actionError} messages={shared} format={format} onRetry={() => (setActionError(null), root.current?.focus())} />}
          {users.isTruncated && <p {...part('status')}>{t.truncated(clientSideLimit ?? DEFAULT_CLIENT_SIDE_LIMIT, format)}</p>}
          <p role="status" {...part('status')}>
            {statusText}
          </p>
          <div role="status" aria-live="polite">
            <VisuallyHidden>{announcement}</VisuallyHidden>
          </div>
          <FeedbackArea feedback={feedback} dismiss={dismiss} dismissLabel={t.dismiss} render={props.renderFeedback} />
          <div ref={scroller} tabIndex={-1} {...part('scroller')} style={scrollerStyle} data-virtual={isVirtual || undefined} hidden={(error && !page) || undefined}>
            <table ref={tableRef} tabIndex={-1} {...part('table')} aria-label={t.label} aria-busy={users.isLoading || users.isPreviousData || undefined} aria-rowcount={isVirtual ? items.length + 1 : undefined}>
              <UserTableHead table={table} part={part} isVirtual={isVirtual} renderKey={headRenderKey} />
              <tbody>
                {showSkeleton && <SkeletonRows rows={Math.min(query.pageSize, 8)} columnIds={visibleColumns.map((c) => c.id)} part={part} />}
                {page && !page.items.length && (
                  <EmptyRow columnCount={visibleColumns.length} isFiltered={isFiltered} clearFilters={clearFilters} onCreate={onCreate} renderEmpty={renderEmpty} />
                )}
                <SpacerRow height={padTop} columnCount={visibleColumns.length} />
                {rows.map((row) => (
                  <UserTableRow
                    key={row.id}
                    row={row}
                    isSelected={Boolean(rowSelection[row.id])}
                    renderKey={rowRenderKey}
                    rowPart={row.id === pinnedId ? ({ ...part('row'), 'data-new': '' } as PartProps) : part('row')}
                    cellPart={part('cell')}
                    isVirtual={isVirtual}
                    measure={measure}
                    renderCell={renderCell}
                    onOpenDetails={openDetails}
                  />
                ))}
                <SpacerRow height={padBottom} columnCount={visibleColumns.length} />
              </tbody>
            </table>
          </div>
          <UserTablePagination
            pageIndex={query.pageIndex}
            itemCount={page ? page.items.length : null}
            pageCount={pageCount}
            hasNext={Boolean(page?.nextCursor)}
            onNextIntent={users.prefetchNextPage}
            pageSize={query.pageSize}
            pageSizeOptions={pageSizeOptions}
            onPage={toPage}
            onPageSize={toPageSize}
          />
          <UserTableDialogs
            dialog={dialog}
            onDialogChange={setDialog}
            fallbackFocus={tableRef}
            roleEditorClassNames={props.roleEditorClassNames}
            orgListClassNames={props.orgListClassNames}
            userDetailsClassNames={props.userDetailsClassNames}
            onCreated={onCreated}
            onDeleted={onDeleted}
            onFeedback={show}
            onError={setActionError}
          />
          <PortalTarget />
        </div>
      </UserTableScopeProvider>
    </StylingProvider>
  );
}

const NO_USERS: User[] = [];
const DEFAULT_PAGE_SIZE_OPTIONS = [10, 25, 50, 100, 250];
const DEFAULT_CLIENT_SIDE_LIMIT = 10_000;
