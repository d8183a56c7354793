import { memo, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { UserStatus } from '../../core/model.js';
import { USER_STATUSES } from '../../core/model.js';
import { useRosterContext } from '../../react/context.js';
import { useOrganizations } from '../../react/useOrganizations.js';
import { useRoles } from '../../react/useRoles.js';
import { Button } from '../primitives/Button.js';
import { shownTableColumns } from '../UserExport/exportColumns.js';
import { UserExport } from '../UserExport/UserExport.js';
import { UserImport } from '../UserImport/UserImport.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import { useDebouncedValue } from '../useDebouncedValue.js';
import { ColumnsPopover, type ToggleableColumn } from './ColumnsPopover.js';
import { FiltersDisclosure } from './FiltersDisclosure.js';
import type { UserTableQuery } from './userTableQuery.js';
import { useUserTableScope } from './userTableScope.js';

/**
 * Props are values or stable functions: the toolbar is memoized, so a change to one user's row
 * (a role toggled elsewhere on the page) does not render it, nor the CSV controls and popovers in it.
 */
export interface UserTableToolbarProps {
  query: UserTableQuery;
  onChange: (change: Partial<UserTableQuery>) => void;
  /** Whether the hooks may finish a search, filter or sort the adapter cannot do (UserTable's `clientSideQuery`). */
  clientSideQuery: boolean;
  columns: ToggleableColumn[];
  onCreate?: () => void;
  searchDebounceMs: number;
  /** "Export CSV": the table's query and shown columns; UserTable turns it on while it has users. */
  canExport?: boolean;
  /** "Import CSV": shown only where users can be created, as `onCreate` says. */
  canImport?: boolean;
  clientSideLimit?: number;
}

export const UserTableToolbar = memo(function UserTableToolbar(props: UserTableToolbarProps) {
  const { query, onChange, clientSideQuery, columns, onCreate, searchDebounceMs, canExport, canImport, clientSideLimit } = props;
  const { strings, part, organizationId } = useUserTableScope();
  const { t, shared } = strings;
  const caps = useRosterContext('UserTable').adapter.capabilities;
  // What the admin may ask for: what the adapter does, plus what the hooks can do in the browser.
  const canSearch = caps.search || clientSideQuery;
  const canFilter = {
    status: caps.filters.status || clientSideQuery,
    roleIds: caps.filters.roleIds || clientSideQuery,
    organizationId: !organizationId && (caps.filters.organizationId || clientSideQuery),
  };
  const id = useId();
  const roles = useRoles();
  const [search, setSearch] = useState(query.search);
  const settled = useDebouncedValue(search, searchDebounceMs);
  const activeFilters = (query.filter.status?.length ? 1 : 0) + (query.filter.roleIds?.length ? 1 : 0) + (query.filter.organizationId && canFilter.organizationId ? 1 : 0);

  // The debounced text becomes the query; a query changed from outside (controlled, or "clear
  // filters") resets the text. Only a new value of the prop counts as a change from outside: the
  // prop still holding the text sent before (its render not yet done) must not undo keys typed since.
  const lastSent = useRef(query.search);
  const lastSeen = useRef(query.search);
  const lastSettled = useRef(settled);
  useEffect(() => {
    if (query.search === lastSeen.current) return;
    lastSeen.current = query.search;
    if (query.search !== lastSent.current) {
      lastSent.current = query.search;
      setSearch(query.search);
    }
  }, [query.search]);
  // Only text that settled since the last look is sent: in the commit where the query changed from
  // outside, `settled` still holds the old text, and sending it would undo that change (a search
  // set by the host would load the unsearched page first, then search again after the debounce).
  useEffect(() => {
    if (settled === lastSettled.current) return;
    lastSettled.current = settled;
    if (settled !== lastSent.current) {
      lastSent.current = settled;
      onChange({ search: settled });
    }
  }, [settled, onChange]);

  // A filter whose options are still loading is there, disabled, so nothing moves when they arrive.
  const select = (name: string, label: string, value: string, options: Option[] | undefined, anyLabel: string, onSelect: (v: string) => void) => (
    <span {...part('filter')}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={value} disabled={!options} onChange={(e) => onSelect(e.target.value)} {...part('select', 'roster-select')}>
        <option value="">{anyLabel}</option>
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );

  return (
    <div {...part('toolbar')}>
      {canSearch && (
        <span {...part('search')}>
          <label htmlFor={`${id}-search`}>
            <VisuallyHidden>{t.searchLabel}</VisuallyHidden>
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            placeholder={t.searchPlaceholder}
            onChange={(e) => setSearch(e.target.value)}
            {...part('input', 'roster-input')}
          />
        </span>
      )}
      {(canFilter.status || canFilter.roleIds || canFilter.organizationId) && (
        <FiltersDisclosure activeCount={activeFilters}>
          {canFilter.status &&
            select('status', t.statusFilter, query.filter.status?.[0] ?? '', USER_STATUSES.map((s) => ({ value: s, label: shared.status[s] })), t.anyStatus, (v) =>
              onChange({ filter: { ...query.filter, status: v ? [v as UserStatus] : undefined } }),
            )}
          {canFilter.roleIds &&
            select('role', t.roleFilter, query.filter.roleIds?.[0] ?? '', roles.data?.map((r) => ({ value: r.id, label: r.name })), t.anyRole, (v) =>
              onChange({ filter: { ...query.filter, roleIds: v ? [v] : undefined } }),
            )}
          {canFilter.organizationId && (
            <OrganizationOptions>
              {(options) =>
                select('organization', t.organizationFilter, query.filter.organizationId ?? '', options, t.anyOrganization, (v) =>
                  onChange({ filter: { ...query.filter, organizationId: v || undefined } }),
                )
              }
            </OrganizationOptions>
          )}
        </FiltersDisclosure>
      )}
      {columns.length > 0 && <ColumnsPopover columns={columns} />}
      {canExport && (
        <UserExport
          query={{ search: query.search, sort: query.sort ?? undefined, filter: query.filter }}
          columns={shownTableColumns(t.columns.name, columns)}
          organizationId={organizationId}
          clientSideLimit={clientSideLimit}
        />
      )}
      {/* Where users can be created, they can be imported: the same write, many times. */}
      {onCreate && canImport && <UserImport organizationId={organizationId} />}
      {onCreate && (
        <Button variant="primary" rosterPart={part('button')} onClick={onCreate}>
          {t.createUser}
        </Button>
      )}
    </div>
  );
});

/** Loads organizations only when their filter is shown. */
function OrganizationOptions({ children }: { children: (options: Option[] | undefined) => ReactNode }) {
  const organizations = useOrganizations();
  return <>{children(organizations.data?.items.map((o) => ({ value: o.id, label: o.name })))}</>;
}

type Option = { value: string; label: string };
