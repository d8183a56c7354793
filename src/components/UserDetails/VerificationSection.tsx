import { useRef, useState } from 'react';
import { toRosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import type { UseUserResult } from '../../react/useUser.js';
import { Button } from '../primitives/Button.js';
import type { VerifiedContact } from './messages.js';
import { Section } from './Section.js';
import { useUserDetailsScope } from './userDetailsScope.js';

export interface VerificationSectionProps {
  user: User;
  userName: string;
  setUserVerified: UseUserResult['setUserVerified'];
  /** Which flags the backend lets an admin set. */
  can: Record<VerifiedContact, boolean>;
}

/**
 * Whether the email address and phone number are verified, with the backend's own action to mark
 * them where it has one. Pessimistic: the state changes when the backend agrees.
 */
export function VerificationSection({ user, userName, setUserVerified, can }: VerificationSectionProps) {
  const { strings, part, announce } = useUserDetailsScope();
  const { t, shared } = strings;
  const [pending, setPending] = useState<VerifiedContact | null>(null);
  const busy = useRef(false);

  const mark = async (contact: VerifiedContact, verified: boolean) => {
    if (busy.current || !setUserVerified) return;
    busy.current = true;
    setPending(contact);
    try {
      await setUserVerified({ [contact]: verified });
      announce(t.verificationSaved(userName, contact, verified));
    } catch (error) {
      announce(shared.errors[toRosterError(error).code], 'error');
    } finally {
      busy.current = false;
      setPending(null);
    }
  };

  const rows: { contact: VerifiedContact; label: string; value: string; verified: boolean | undefined }[] = [];
  if (user.email) rows.push({ contact: 'email', label: t.emailLabel, value: user.email, verified: user.emailVerified });
  // A phone-less user has nothing to verify; a backend that does not say leaves the state out.
  if (user.phone) rows.push({ contact: 'phone', label: t.phoneLabel, value: user.phone, verified: user.phoneVerified });
  if (!rows.length) return null;

  return (
    <Section name="verification" title={t.verificationHeading}>
      <ul {...part('verification')}>
        {rows.map(({ contact, label, value, verified }) => (
          <li key={contact} {...part('verification-item')} data-state={verified === undefined ? undefined : verified ? 'verified' : 'unverified'}>
            <span {...part('label')}>{label}</span>
            <bdi {...part('value')}>{value}</bdi>
            {verified !== undefined && <span {...part('badge')}>{verified ? t.verified : t.unverified}</span>}
            {can[contact] && setUserVerified && (
              <Button size="sm" rosterPart={part('button')} isPending={pending === contact} onClick={() => void mark(contact, !verified)}>
                {t.markVerified(contact, !verified)}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
