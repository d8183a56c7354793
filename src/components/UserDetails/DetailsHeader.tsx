import type { User } from '../../core/model.js';
import { Avatar } from '../primitives/Avatar.js';
import { useUserDetailsScope } from './userDetailsScope.js';

export interface DetailsHeaderProps {
  user: User;
  userName: string;
}

/** Who this is at a glance: picture, name, email, status, what is verified, created and last sign-in. */
export function DetailsHeader({ user, userName }: DetailsHeaderProps) {
  const { strings, part, formatDate, formatDateTime } = useUserDetailsScope();
  const { t, shared } = strings;
  const status = (shared.status as Record<string, string | undefined>)[user.status];
  const badge = (key: string, state: string, text: string) => (
    <span key={key} {...part('badge')} data-state={state}>
      {text}
    </span>
  );
  const badges = [
    status && (
      <span key="status" {...part('status-badge')} data-state={user.status}>
        {status}
      </span>
    ),
    user.email && badge('email', user.emailVerified ? 'verified' : 'unverified', t.verifiedBadge('email', user.emailVerified)),
    user.phone && user.phoneVerified !== undefined && badge('phone', user.phoneVerified ? 'verified' : 'unverified', t.verifiedBadge('phone', user.phoneVerified)),
  ].filter(Boolean);
  const created = formatDate(user.createdAt);
  return (
    // A div, not <header>: inside the details' region a header would claim to be the page's banner.
    <div {...part('header')}>
      <Avatar picture={user.picture} name={user.name} email={user.email} toneKey={user.id} rosterPart={part('avatar')} />
      <div {...part('identity')}>
        <p {...part('name')}>
          <bdi>{userName}</bdi>
        </p>
        {user.email && user.email !== userName && (
          <p {...part('email')}>
            <bdi>{user.email}</bdi>
          </p>
        )}
        {badges.length > 0 && <p {...part('badges')}>{badges}</p>}
      </div>
      <dl {...part('facts')}>
        {created && (
          <div {...part('fact')}>
            <dt>{t.createdLabel}</dt>
            <dd>{created}</dd>
          </div>
        )}
        <div {...part('fact')}>
          <dt>{t.lastSignInLabel}</dt>
          <dd>{formatDateTime(user.lastLoginAt) ?? t.neverSignedIn}</dd>
        </div>
      </dl>
    </div>
  );
}
