import type { RefObject } from 'react';
import type { Organization } from '../../core/model.js';
import { Button } from '../primitives/Button.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { SearchField } from '../primitives/SearchField.js';
import { Spinner } from '../primitives/Spinner.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import type { OrganizationManagerMessages } from './messages.js';
import type { OrganizationManagerParts } from './organizationManagerProps.js';
import { OrganizationRow, type OrganizationRowProps } from './OrganizationRow.js';
import type { useOrganizationPages } from './useOrganizationPages.js';

export interface OrganizationListViewProps extends Pick<OrganizationRowProps, 'onOpen' | 'onEdit' | 'onDelete'> {
  pages: ReturnType<typeof useOrganizationPages>;
  strings: ComponentStrings<OrganizationManagerMessages>;
  part: OrganizationManagerParts;
  canEdit: boolean;
  canDelete: boolean;
  /** Absent where the backend cannot create organizations. */
  onCreate?: (button: HTMLElement) => void;
  /** Takes focus after "Try again", when the banner holding the button goes. */
  root: RefObject<HTMLElement | null>;
}

/** The list of organizations: search, create, the rows of one page, and the pages. */
export function OrganizationListView({ pages, strings, part, canEdit, canDelete, onCreate, onOpen, onEdit, onDelete, root }: OrganizationListViewProps) {
  const { t, shared, format } = strings;
  const { organizations, search, setSearch, settledSearch, pageIndex, pageCount } = pages;
  const page = organizations.data;
  const items: Organization[] = page?.items ?? [];
  const isUpdating = organizations.isPreviousData || search.trim() !== settledSearch;
  const status = !page ? '' : `${page.total !== null ? t.count(page.total, format) : ''}${isUpdating ? ` ${t.updating}` : ''}`.trim();

  return (
    <>
      <div {...part('toolbar')}>
        <SearchField label={t.searchLabel} placeholder={t.searchPlaceholder} value={search} onSearch={setSearch} />
        {onCreate && (
          <Button variant="primary" rosterPart={part('create-button')} aria-haspopup="dialog" onClick={(e) => onCreate(e.currentTarget)}>
            {t.create}
          </Button>
        )}
      </div>
      {organizations.error && <ErrorBanner error={organizations.error} messages={shared} format={format} onRetry={() => (void organizations.refresh(), root.current?.focus())} />}
      {!page && !organizations.error && (
        <p role="status" {...part('loading')}>
          <Spinner rosterPart={part('spinner')} /> {shared.loading}
        </p>
      )}
      {/* Always present once loaded, so a new count is announced as the search narrows. */}
      {page && (
        <p role="status" {...part('status')}>
          {status}
        </p>
      )}
      {page && !items.length && <p {...part(settledSearch ? 'no-match' : 'empty')}>{settledSearch ? t.noMatch : t.empty}</p>}
      {items.length > 0 && (
        <ul {...part('list')} aria-label={t.label} aria-busy={organizations.isPreviousData || undefined}>
          {items.map((organization) => (
            <OrganizationRow
              key={organization.id}
              organization={organization}
              isPending={organizations.pendingIds.has(organization.id)}
              canEdit={canEdit}
              canDelete={canDelete}
              strings={strings}
              part={part}
              onOpen={onOpen}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
      {page && (pageIndex > 0 || pages.hasNext) && (
        <nav aria-label={t.paginationLabel} {...part('pagination')}>
          <span aria-live="polite" {...part('page')}>
            {pageCount !== null ? t.pageOf(pageIndex + 1, pageCount, format) : t.page(pageIndex + 1, format)}
          </span>
          {/* aria-disabled, not disabled: the button pressed keeps focus while its page loads, and on the last page. */}
          <Button size="sm" rosterPart={part('button')} aria-disabled={!pages.hasPrevious || undefined} onClick={() => pages.hasPrevious && pages.goTo(pageIndex - 1)}>
            {t.previousPage}
          </Button>
          <Button size="sm" rosterPart={part('button')} aria-disabled={!pages.hasNext || undefined} onClick={() => pages.hasNext && pages.goTo(pageIndex + 1)}>
            {t.nextPage}
          </Button>
        </nav>
      )}
    </>
  );
}
