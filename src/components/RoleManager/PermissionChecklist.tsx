import { useId, useMemo, useState } from 'react';
import type { Permission } from '../../core/model.js';
import { Checkbox } from '../primitives/Checkbox.js';
import { SearchField } from '../primitives/SearchField.js';
import { searchByText } from './listPaging.js';
import { useRoleManagerScope } from './roleManagerScope.js';

export interface PermissionChecklistProps {
  /** Every permission that can be chosen; roles name them, so the name is the value. */
  catalogue: readonly Pick<Permission, 'name' | 'description'>[];
  checked: ReadonlySet<string>;
  onToggle: (name: string, checked: boolean) => void;
  /** The staged change to a permission, marked next to its name. */
  changeOf?: (name: string) => 'granted' | 'revoked' | null;
  legend: string;
  disabled?: boolean;
  /** A server error about the permissions, shown on the group. */
  error?: string;
}

/**
 * Permissions as checkboxes with a search over name and description: 300 of them stay usable,
 * and a choice survives a search that hides it. Native checkboxes in a fieldset, so the group and
 * each permission are named for screen readers and Space toggles.
 */
export function PermissionChecklist({ catalogue, checked, onToggle, changeOf, legend, disabled, error }: PermissionChecklistProps) {
  const { strings, part } = useRoleManagerScope();
  const { t, format, locale } = strings;
  const id = useId();
  const [search, setSearch] = useState('');
  const shown = useMemo(() => searchByText(catalogue, search, locale), [catalogue, search, locale]);
  // Ids by place in the catalogue, not in the search result: a box keeps its id while searching.
  const indexOf = useMemo(() => new Map(catalogue.map((p, i) => [p, i])), [catalogue]);
  if (!catalogue.length) return <p {...part('empty')}>{t.noPermissionsDefined}</p>;
  return (
    <fieldset {...part('checklist')} disabled={disabled} aria-describedby={error ? `${id}-error` : undefined}>
      <legend {...part('legend')}>{legend}</legend>
      <SearchField
        label={t.permissionSearchLabel}
        placeholder={t.permissionSearchPlaceholder}
        value={search}
        onSearch={setSearch}
        count={t.permissionMatchCount(shown.length, catalogue.length, format)}
        isInForm
      />
      {error && (
        <p id={`${id}-error`} role="alert" {...part('field-error')}>
          {error}
        </p>
      )}
      {shown.length ? (
        <ul {...part('list')}>
          {shown.map((permission) => {
            const change = changeOf?.(permission.name) ?? null;
            const boxId = `${id}-${indexOf.get(permission)}`;
            return (
              <li key={permission.name} {...part('option')} data-selected={checked.has(permission.name) ? '' : undefined} data-state={change ?? 'unchanged'}>
                <Checkbox
                  id={boxId}
                  rosterPart={part('checkbox')}
                  checked={checked.has(permission.name)}
                  aria-describedby={permission.description ? `${boxId}-description` : undefined}
                  onChange={(e) => onToggle(permission.name, e.target.checked)}
                />
                <label htmlFor={boxId} {...part('option-label')}>
                  <bdi>{permission.name}</bdi>
                  {change && (
                    <>
                      {' '}
                      <span {...part('option-change')}>({change === 'granted' ? t.willBeGranted : t.willBeRevoked})</span>
                    </>
                  )}
                </label>
                {permission.description && (
                  <p id={`${boxId}-description`} {...part('option-description')}>
                    <bdi>{permission.description}</bdi>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p {...part('empty')}>{t.noPermissionMatch(search.trim())}</p>
      )}
    </fieldset>
  );
}
