import type { Ref } from 'react';
import type { ActivityEvent } from '../../core/model.js';
import type { Parts } from '../styling.js';
import { ActivityEntry } from './ActivityEntry.js';
import type { UserActivityMessages } from './activityMessages.js';
import type { ActivityTimeFormat } from './ActivityTime.js';
import type { UserActivityPart } from './UserActivity.js';

export interface ActivityListProps {
  events: readonly ActivityEvent[];
  /** The page before, kept on screen while this one loads. */
  isBusy: boolean;
  t: UserActivityMessages;
  time: ActivityTimeFormat;
  part: Parts<UserActivityPart>;
  /** Takes focus when the paging button pressed is gone. */
  listRef: Ref<HTMLOListElement>;
}

/** One page of entries, newest first: never more than a page, however long the log. */
export function ActivityList({ events, isBusy, t, time, part, listRef }: ActivityListProps) {
  return (
    <ol ref={listRef} {...part('list')} tabIndex={-1} aria-busy={isBusy || undefined}>
      {events.map((event) => (
        <ActivityEntry key={event.id} event={event} t={t} time={time} part={part} />
      ))}
    </ol>
  );
}
