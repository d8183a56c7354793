import { useId, useState } from 'react';
import type { Organization } from '../../core/model.js';
import { useOrganizations } from '../../react/useOrganizations.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { useDebouncedValue } from '../useDebouncedValue.js';
import { RoleList } from './RoleList.js';
import { useRoleManagerScope } from './roleManagerScope.js';

/** How many organizations the picker lists at once; searching narrows the rest. */
const PICKER_SIZE = 20;

export interface OrganizationRolesProps {
  /** The organization picked first (RoleManager's `organizationId`). */
  initialOrganizationId?: string;
  searchDebounceMs: number;
}

/**
 * The roles defined inside one organization: a searchable organization picker (a search field
 * narrowing a native select, which works the same at 320 px, by keyboard and with a screen
 * reader), then that organization's roles. A new pick starts a fresh list.
 */
export function OrganizationRoles({ initialOrganizationId, searchDebounceMs }: OrganizationRolesProps) {
  const { strings, part } = useRoleManagerScope();
  const { t, shared, format } = strings;
  const id = useId();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search, searchDebounceMs);
  const organizations = useOrganizations({ search: settled, page: { size: PICKER_SIZE } });
  const [picked, setPicked] = useState<Pick<Organization, 'id'> & { name?: string }>(() => (initialOrganizationId ? { id: initialOrganizationId } : { id: '' }));
  const page = organizations.data;
  const options = page?.items ?? [];
  // The picked one stays selectable while a search hides it.
  const pickedName = picked.name ?? options.find((o) => o.id === picked.id)?.name;
  const extra = picked.id && !options.some((o) => o.id === picked.id) ? [{ id: picked.id, name: pickedName ?? picked.id }] : [];

  return (
    <div {...part('panel')}>
      <div {...part('organization-picker')}>
        <div {...part('organization-search')}>
          <label htmlFor={`${id}-search`} {...part('label')}>
            {t.organizationSearchLabel}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            {...part('input', 'roster-input')}
            value={search}
            placeholder={t.organizationSearchPlaceholder}
            autoComplete="off"
            aria-describedby={`${id}-status`}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div {...part('organization-select')}>
          <label htmlFor={`${id}-select`} {...part('label')}>
            {t.organizationLabel}
          </label>
          <select
            id={`${id}-select`}
            {...part('input', 'roster-select')}
            value={picked.id}
            aria-busy={organizations.isLoading || organizations.isPreviousData || undefined}
            onChange={(e) => {
              const value = e.target.value;
              setPicked({ id: value, name: [...extra, ...options].find((o) => o.id === value)?.name });
            }}
          >
            <option value="">{t.chooseOrganization}</option>
            {[...extra, ...options].map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <p id={`${id}-status`} {...part('organization-status')} aria-live="polite">
          {page && !options.length ? t.noOrganizations : page?.total != null && page.total > options.length ? t.moreOrganizations(options.length, page.total, format) : ''}
        </p>
      </div>
      {organizations.error && <ErrorBanner error={organizations.error} messages={shared} format={format} onRetry={() => void organizations.refresh()} />}
      {picked.id ? <RoleList key={picked.id} organizationId={picked.id} organizationName={pickedName} /> : <p {...part('empty')}>{t.pickOrganization}</p>}
    </div>
  );
}
