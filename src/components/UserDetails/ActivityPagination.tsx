import type { RosterFormat } from '../../react/messages.js';
import { Button } from '../primitives/Button.js';
import type { Parts } from '../styling.js';
import type { UserActivityMessages } from './activityMessages.js';
import type { UserActivityPart } from './UserActivity.js';
import type { useActivityPages } from './ActivityPages.js';

export type PagingDirection = 'newer' | 'older';

export interface ActivityPaginationProps {
  pages: ReturnType<typeof useActivityPages>;
  t: UserActivityMessages;
  format: RosterFormat;
  part: Parts<UserActivityPart>;
  /** The button whose page is on its way, shown busy. */
  busy: PagingDirection | null;
  /** Called with the button pressed, before the page changes. */
  onPress: (button: HTMLButtonElement, direction: PagingDirection) => void;
}

/**
 * Newer and Older, and which page this is. The buttons are aria-disabled, never disabled, and
 * stay in place while a page loads: the one pressed keeps focus, shows itself busy, and ignores
 * a second press until the page has arrived.
 */
export function ActivityPagination({ pages, t, format, part, busy, onPress }: ActivityPaginationProps) {
  const { pageIndex, pageCount, hasNewer, hasOlder } = pages;
  return (
    <nav aria-label={t.paginationLabel} {...part('pagination')}>
      <span aria-live="polite" {...part('page')}>
        {/* A count that disagrees with the cursors (entries came meanwhile) is not shown. */}
        {pageCount !== null && pageCount >= pageIndex + (hasOlder ? 2 : 1) ? t.pageOf(pageIndex + 1, pageCount, format) : t.page(pageIndex + 1, format)}
      </span>
      <Button
        size="sm"
        rosterPart={part('newer-button')}
        aria-disabled={!hasNewer || undefined}
        isPending={busy === 'newer'}
        onClick={(event) => {
          if (!hasNewer) return;
          onPress(event.currentTarget, 'newer');
          pages.newer();
        }}
      >
        {t.newer}
      </Button>
      <Button
        size="sm"
        rosterPart={part('older-button')}
        aria-disabled={!hasOlder || undefined}
        isPending={busy === 'older'}
        onClick={(event) => {
          if (!hasOlder) return;
          onPress(event.currentTarget, 'older');
          pages.older();
        }}
      >
        {t.older}
      </Button>
    </nav>
  );
}
