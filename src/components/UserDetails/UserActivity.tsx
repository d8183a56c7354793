import { useEffect, useRef, useState } from 'react';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { Spinner } from '../primitives/Spinner.js';
import type { ErrorPart, StylingProps } from '../styling.js';
import { StylingProvider, useStylingScope } from '../StylingScope.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { englishUserActivityMessages } from './activityMessages.js';
import { ActivityList } from './ActivityList.js';
import { useActivityPages } from './ActivityPages.js';
import { ActivityPagination, type PagingDirection } from './ActivityPagination.js';
import { useActivityTimeFormat } from './ActivityTime.js';

/** Every part UserActivity renders (as `user-activity-<part>`). */
export type UserActivityPart =
  | 'loading'
  | 'spinner'
  | 'empty'
  | 'no-older'
  | 'unsupported'
  | 'list'
  | 'entry'
  | 'summary'
  | 'kind'
  | 'time'
  | 'relative'
  | 'absolute'
  | 'action'
  | 'details'
  | 'detail'
  | 'term'
  | 'value'
  | 'fields'
  | 'field'
  | 'agent'
  | 'agent-summary'
  | 'agent-full'
  | 'pagination'
  | 'page'
  | 'newer-button'
  | 'older-button'
  | ErrorPart;

export interface UserActivityProps extends StylingProps<UserActivityPart> {
  userId: string;
  /** Entries per page; default 20. */
  pageSize?: number;
  /** The region's accessible name; default "Activity". Ignored when `aria-labelledby` is given. */
  label?: string;
  /** The id of the heading that names the region (UserDetails passes its own). */
  'aria-labelledby'?: string;
  /**
   * Where the backend keeps no activity, the component renders nothing; with this, a short note
   * saying so instead.
   */
  explainUnsupported?: boolean;
}

/**
 * A user's sign-ins, failed sign-ins, sign-outs and the changes made to the account, newest
 * first, one page at a time: Newer and Older follow the backend's cursors, the page before stays
 * on screen while the next loads, and however long the log, one page is all that is rendered.
 * It has no heading of its own: the view around it names it.
 */
export function UserActivity(props: UserActivityProps) {
  const { userId, pageSize = 20, label, explainUnsupported = false, 'aria-labelledby': labelledBy } = props;
  const strings = useComponentMessages('UserActivity', 'userActivity', englishUserActivityMessages);
  const { t, shared, format, locale } = strings;
  const styling = useStylingScope<UserActivityPart>('user-activity', props);
  const { part, theme } = styling;
  const pages = useActivityPages(userId, pageSize);
  const { activity, shown, isBusy } = pages;
  const time = useActivityTimeFormat(locale);
  const root = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // The paging button last pressed: it keeps focus, and if it goes, the list takes focus.
  const pressed = useRef<HTMLButtonElement | null>(null);
  const [direction, setDirection] = useState<PagingDirection | null>(null);

  useEffect(() => {
    const button = pressed.current;
    if (!button || button.isConnected) return;
    pressed.current = null;
    // Only focus that fell with the button is moved; focus the admin took elsewhere stays there.
    const active = button.ownerDocument.activeElement;
    if (!active || active === button.ownerDocument.body) (list.current ?? root.current)?.focus();
  });

  if (!activity.isSupported && !explainUnsupported) return null;
  const state = !activity.isSupported ? 'unsupported' : shown ? (shown.items.length ? 'ready' : 'empty') : activity.error ? 'error' : 'loading';
  const showPaging = activity.isSupported && (pages.hasNewer || pages.hasOlder || isBusy);

  return (
    <StylingProvider value={styling}>
      <div
        ref={root}
        {...part('root')}
        role="region"
        aria-labelledby={labelledBy}
        aria-label={labelledBy ? undefined : (label ?? t.label)}
        tabIndex={-1}
        data-roster-theme={theme}
        data-state={state}
        data-busy={isBusy || undefined}
      >
        {state === 'unsupported' && <p {...part('unsupported')}>{t.unsupported}</p>}
        {activity.error && (
          // "Try again" goes with the banner once it works: focus waits on the region meanwhile.
          <ErrorBanner error={activity.error} messages={shared} format={format} onRetry={() => (void activity.refresh(), root.current?.focus())} />
        )}
        {state === 'loading' && (
          <p role="status" {...part('loading')}>
            <Spinner rosterPart={part('spinner')} /> {shared.loading}
          </p>
        )}
        {state === 'empty' && <p {...part(pages.pageIndex ? 'no-older' : 'empty')}>{pages.pageIndex ? t.noOlder : t.empty}</p>}
        {shown && shown.items.length > 0 && <ActivityList events={shown.items} isBusy={isBusy} t={t} time={time} part={part} listRef={list} />}
        {showPaging && (
          <ActivityPagination
            pages={pages}
            t={t}
            format={format}
            part={part}
            busy={isBusy ? direction : null}
            onPress={(button, next) => {
              pressed.current = button;
              setDirection(next);
            }}
          />
        )}
      </div>
    </StylingProvider>
  );
}
