import type { ReactNode } from 'react';
import type { ActivityEvent } from '../../core/model.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import type { Parts } from '../styling.js';
import { ActivityAgent } from './ActivityAgent.js';
import type { UserActivityMessages } from './activityMessages.js';
import { ActivityTime, type ActivityTimeFormat } from './ActivityTime.js';
import type { UserActivityPart } from './UserActivity.js';

export interface ActivityEntryProps {
  event: ActivityEvent;
  t: UserActivityMessages;
  time: ActivityTimeFormat;
  part: Parts<UserActivityPart>;
}

/**
 * One entry: what happened (as words: the kinds differ without icons or colour), when, and what
 * the backend recorded with it. Every value is the backend's, shown as text in <bdi>, so a
 * right-to-left or hostile string neither runs as markup nor reorders the words around it.
 */
export function ActivityEntry({ event, t, time, part }: ActivityEntryProps) {
  const { kind, action, actor, ip, location, userAgent, fields } = event;
  const detail = (term: string, value: ReactNode) => (
    <div {...part('detail')}>
      <dt {...part('term')}>{term}</dt>
      <dd {...part('value')}>{value}</dd>
    </div>
  );
  const hasDetails = Boolean(actor || ip || location || userAgent || fields?.length);
  return (
    <li {...part('entry')} data-kind={kind}>
      <div {...part('summary')}>
        <span {...part('kind')} data-kind={kind}>
          {t.kinds[kind] ?? kind}
        </span>
        <ActivityTime at={event.at} format={time} part={part} />
        {action && (
          <span {...part('action')}>
            <VisuallyHidden>{t.action} </VisuallyHidden>
            <bdi>{action}</bdi>
          </span>
        )}
      </div>
      {hasDetails && (
        <dl {...part('details')}>
          {actor && detail(t.actor, <bdi>{actor}</bdi>)}
          {fields?.length ? (
            detail(
              t.fields,
              <ul {...part('fields')}>
                {fields.map((field, i) => (
                  <li key={i} {...part('field')}>
                    <bdi>{field}</bdi>
                  </li>
                ))}
              </ul>,
            )
          ) : null}
          {ip && detail(t.ip, <bdi>{ip}</bdi>)}
          {location && detail(t.location, <bdi>{location}</bdi>)}
          {userAgent && detail(t.device, <ActivityAgent agent={userAgent} t={t} part={part} />)}
        </dl>
      )}
    </li>
  );
}
