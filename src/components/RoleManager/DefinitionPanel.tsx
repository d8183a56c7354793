import type { ReactNode, RefObject } from 'react';
import type { RosterError } from '../../core/errors.js';
import { Button } from '../primitives/Button.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { SearchField } from '../primitives/SearchField.js';
import { Spinner } from '../primitives/Spinner.js';
import type { ListPaging } from './listPaging.js';
import { ListPagination } from './ListPagination.js';
import { useRoleManagerScope } from './roleManagerScope.js';

/** What the panel says, in the list's own words (roles or permissions). */
export interface DefinitionPanelText {
  searchLabel: string;
  searchPlaceholder: string;
  /** "3 of 12", for the matches of the search. */
  matchCount: string;
  create: string;
  empty: string;
  noMatch: string;
  list: string;
}

export interface DefinitionPanelProps<T> {
  /** Every item, null until the first answer. */
  all: readonly T[] | null;
  error: RosterError | undefined;
  paging: ListPaging<T>;
  text: DefinitionPanelText;
  /** Absent where the backend cannot create one; the button shows once the list is here. */
  onCreate?: () => void;
  onRetry: () => void;
  /** The panel, which takes focus after "Try again" takes its banner away. */
  rootRef: RefObject<HTMLDivElement | null>;
  listRef: RefObject<HTMLUListElement | null>;
  /** The rows of the page shown. */
  children: ReactNode;
  /** The list's dialogs, mounted beside it. */
  dialogs: ReactNode;
}

/**
 * A tab of RoleManager: search and create, the states before and around the list (loading, error,
 * empty, no match), the page of rows, and the pages. The roles and permissions lists differ only
 * in their rows and dialogs.
 */
export function DefinitionPanel<T>({ all, error, paging, text, onCreate, onRetry, rootRef, listRef, children, dialogs }: DefinitionPanelProps<T>) {
  const { strings, part } = useRoleManagerScope();
  const { shared, format } = strings;
  const total = all?.length ?? 0;
  return (
    <div ref={rootRef} tabIndex={-1} {...part('panel')} data-state={!all ? (error ? 'error' : 'loading') : total ? 'ready' : 'empty'}>
      {(total > 0 || onCreate) && (
        <div {...part('toolbar')}>
          {total > 0 && <SearchField label={text.searchLabel} placeholder={text.searchPlaceholder} value={paging.search} onSearch={paging.setSearch} count={text.matchCount} />}
          {onCreate && all && (
            <Button variant="primary" rosterPart={part('create-button')} onClick={onCreate}>
              {text.create}
            </Button>
          )}
        </div>
      )}
      {error && <ErrorBanner error={error} messages={shared} format={format} onRetry={() => (onRetry(), rootRef.current?.focus())} />}
      {!all && !error && (
        <p role="status" {...part('loading')}>
          <Spinner rosterPart={part('spinner')} /> {shared.loading}
        </p>
      )}
      {all && !total && <p {...part('empty')}>{text.empty}</p>}
      {total > 0 && !paging.matches.length && <p {...part('empty')}>{text.noMatch}</p>}
      {paging.shown.length > 0 && (
        <ul ref={listRef} tabIndex={-1} {...part('list')} aria-label={text.list}>
          {children}
        </ul>
      )}
      <ListPagination pageIndex={paging.pageIndex} pageCount={paging.pageCount} onPage={paging.setPageIndex} />
      {dialogs}
    </div>
  );
}
