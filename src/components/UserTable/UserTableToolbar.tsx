import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { UserStatus } from '../../core/model.js';
import { USER_STATUSES } from '../../core/model.js';
import { useOrganizations } from '../../react/useOrganizations.js';
import { useRoles } from '../../react/useRoles.js';
import { Button } from '../primitives/Button.js';
import { Checkbox } from '../primitives/Checkbox.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import { useDebouncedValue } from '../useDebouncedValue.js';
import type { UserTableMessages } from './messages.js';
import type { UserTableParts } from './userTableProps.js';
import type { UserTableQuery } from './userTableQuery.js';

export interface ToggleableColumn {
  id: string;
  label: string;
  visible: boolean;
  toggle: (visible: boolean) => void;
}

export interface UserTableToolbarProps {
  strings: ComponentStrings<UserTableMessages>;
  query: UserTableQuery;
  onChange: (change: Partial<UserTableQuery>) => void;
  canSearch: boolean;
  canFilter: { status: boolean; roleIds: boolean; organizationId: boolean };
  columns: ToggleableColumn[];
  onCreate?: () => void;
  searchDebounceMs: number;
  unstyled: boolean;
  part: UserTableParts;
}

export function UserTableToolbar({ strings, query, onChange, canSearch, canFilter, columns, onCreate, searchDebounceMs, unstyled, part }: UserTableToolbarProps) {
  const { t, shared } = strings;
  const id = useId();
  const roles = useRoles();
  const [search, setSearch] = useState(query.search);
  const settled = useDebouncedValue(search, searchDebounceMs);
  const [columnsOpen, setColumnsOpen] = useState(false);
  const columnsButton = useRef<HTMLButtonElement>(null);

  // The debounced text becomes the query; a query changed from outside (controlled, or "clear
  // filters") resets the text.
  const lastSent = useRef(query.search);
  useEffect(() => {
    if (settled !== lastSent.current) {
      lastSent.current = settled;
      onChange({ search: settled });
    }
  }, [settled, onChange]);
  useEffect(() => {
    if (query.search !== lastSent.current) {
      lastSent.current = query.search;
      setSearch(query.search);
    }
  }, [query.search]);

  const select = (name: string, label: string, value: string, options: { value: string; label: string }[], anyLabel: string, onSelect: (v: string) => void) => (
    <span {...part('filter')}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={value} onChange={(e) => onSelect(e.target.value)} {...part('select', 'roster-select')}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
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
      <span {...part('filters')}>
        {canFilter.status &&
          select('status', t.statusFilter, query.filter.status?.[0] ?? '', USER_STATUSES.map((s) => ({ value: s, label: shared.status[s] })), t.anyStatus, (v) =>
            onChange({ filter: { ...query.filter, status: v ? [v as UserStatus] : undefined } }),
          )}
        {canFilter.roleIds &&
          roles.data &&
          select('role', t.roleFilter, query.filter.roleIds?.[0] ?? '', roles.data.map((r) => ({ value: r.id, label: r.name })), t.anyRole, (v) =>
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
      </span>
      {columns.length > 0 && (
        <span {...part('columns')}>
          <Button ref={columnsButton} rosterPart={part('button')} unstyled={unstyled} aria-expanded={columnsOpen} aria-controls={`${id}-columns`} onClick={() => setColumnsOpen(!columnsOpen)}>
            {t.columnsMenu}
          </Button>
          {columnsOpen && (
            <div
              id={`${id}-columns`}
              role="group"
              aria-label={t.columnsMenu}
              {...part('column-chooser')}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  setColumnsOpen(false);
                  columnsButton.current?.focus();
                }
              }}
            >
              {columns.map((c) => (
                <label key={c.id} {...part('choice')}>
                  <Checkbox rosterPart={part('checkbox')} unstyled={unstyled} checked={c.visible} onChange={(e) => c.toggle(e.target.checked)} aria-label={t.showColumn(c.label)} />
                  <span aria-hidden="true">{c.label}</span>
                </label>
              ))}
            </div>
          )}
        </span>
      )}
      {onCreate && (
        <Button variant="primary" rosterPart={part('button')} unstyled={unstyled} onClick={onCreate}>
          {t.createUser}
        </Button>
      )}
    </div>
  );
}

/** Loads organizations only when their filter is shown. */
function OrganizationOptions({ children }: { children: (options: { value: string; label: string }[]) => ReactNode }) {
  const organizations = useOrganizations();
  if (!organizations.data) return null;
  return <>{children(organizations.data.items.map((o) => ({ value: o.id, label: o.name })))}</>;
}
