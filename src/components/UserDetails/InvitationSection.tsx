import { useRef, useState } from 'react';
import { toRosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import type { UseUserResult } from '../../react/useUser.js';
import { Button } from '../primitives/Button.js';
import { Section } from './Section.js';
import { useUserDetailsScope } from './userDetailsScope.js';

export interface InvitationSectionProps {
  user: User;
  userName: string;
  resendInvitation: UseUserResult['resendInvitation'];
  /** Asks to revoke (the root confirms: the confirmation outlives this section). */
  onRevoke?: (button: HTMLElement) => void;
}

/** An invited user's invitation: when and by whom it was sent, where known; resend and revoke. */
export function InvitationSection({ user, userName, resendInvitation, onRevoke }: InvitationSectionProps) {
  const { strings, part, announce, formatDateTime } = useUserDetailsScope();
  const { t, shared } = strings;
  const [isResending, setResending] = useState(false);
  const busy = useRef(false);
  const sentAt = formatDateTime(user.invitation?.sentAt);
  const invitedBy = user.invitation?.invitedBy;

  const resend = async () => {
    if (busy.current || !resendInvitation) return;
    busy.current = true;
    setResending(true);
    try {
      await resendInvitation();
      announce(t.resent(userName));
    } catch (error) {
      announce(shared.errors[toRosterError(error).code], 'error');
    } finally {
      busy.current = false;
      setResending(false);
    }
  };

  return (
    <Section name="invitation" title={t.invitationHeading}>
      {sentAt || invitedBy ? (
        <dl {...part('facts')}>
          {sentAt && (
            <div {...part('fact')}>
              <dt>{t.invitationSentLabel}</dt>
              <dd>{sentAt}</dd>
            </div>
          )}
          {invitedBy && (
            <div {...part('fact')}>
              <dt>{t.invitedByLabel}</dt>
              <dd>
                <bdi>{invitedBy}</bdi>
              </dd>
            </div>
          )}
        </dl>
      ) : (
        <p {...part('missing', 'roster-missing')}>{t.invitationUnknown}</p>
      )}
      {(resendInvitation || onRevoke) && (
        <div {...part('invitation')}>
          {resendInvitation && (
            <Button size="sm" rosterPart={part('button')} isPending={isResending} onClick={() => void resend()}>
              {t.resend}
            </Button>
          )}
          {onRevoke && (
            <Button size="sm" variant="danger" rosterPart={part('button')} disabled={isResending} onClick={(event) => onRevoke(event.currentTarget)}>
              {t.revoke}
            </Button>
          )}
        </div>
      )}
    </Section>
  );
}
