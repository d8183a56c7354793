import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { toRosterError } from '../../core/errors.js';
import type { User } from '../../core/model.js';
import { userDetailsAvailable } from '../../core/userDetails.js';
import { useRosterContext } from '../../react/context.js';
import { useUser } from '../../react/useUser.js';
import { useUserByEmail } from '../../react/useUserByEmail.js';
import { FeedbackArea, useFeedback } from '../Feedback.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import { Spinner } from '../primitives/Spinner.js';
import { PortalTarget, StylingProvider, useStylingScope } from '../StylingScope.js';
import { useComponentMessages } from '../useComponentMessages.js';
import { useDateFormat, useIsBrowserRender } from '../useDateFormat.js';
import { DetailsHeader } from './DetailsHeader.js';
import { EmbeddedSections } from './EmbeddedSections.js';
import { InvitationSection } from './InvitationSection.js';
import { englishUserDetailsMessages } from './messages.js';
import { ProfileSection } from './ProfileSection.js';
import { UserDetailsScopeProvider, type UserDetailsPart, type UserDetailsProps, type UserDetailsScope } from './userDetailsScope.js';
import { VerificationSection } from './VerificationSection.js';

export type { UserDetailsPart, UserDetailsProps } from './userDetailsScope.js';

/**
 * One user, whole: who they are, their profile and custom attributes (edited where the backend
 * allows, saved as a partial update that notices another admin's change), verification, an
 * invitation's resend and revoke, their roles and organizations, and their activity. Found by id
 * or by email address. Sections the backend cannot back are left out; on a read-only backend it
 * shows everything and offers no control that writes.
 */
export function UserDetails(props: UserDetailsProps) {
  const { userId, email, organizationId, headingLevel = 2, renderFeedback, onSaved, onDeleted, onDirtyChange } = props;
  const { adapter } = useRosterContext('UserDetails');
  const strings = useComponentMessages('UserDetails', 'userDetails', englishUserDetailsMessages);
  const { t, shared, format, locale } = strings;
  const styling = useStylingScope<UserDetailsPart>('user-details', props);
  const { part, theme } = styling;
  const { feedback, show, dismiss } = useFeedback();
  const byEmail = useUserByEmail(userId ? null : email);
  const user = useUser(userId ?? byEmail.data?.id ?? null);
  const details = userDetailsAvailable(adapter);
  const root = useRef<HTMLDivElement>(null);
  // The user whose invitation was revoked: they are gone, the details say so.
  const [gone, setGone] = useState<User | null>(null);
  const [revoking, setRevoking] = useState<User | null>(null);
  const revoked = useRef<User | null>(null);
  const [dirty, setDirty] = useState({ profile: false, roles: false });
  const isDirty = !gone && (dirty.profile || dirty.roles);
  // In layout effects, here and in the profile: a close asked for right after a save already knows.
  useLayoutEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);
  const setProfileDirty = useCallback((profile: boolean) => setDirty((d) => (d.profile === profile ? d : { ...d, profile })), []);
  const setRolesDirty = useCallback((roles: boolean) => setDirty((d) => (d.roles === roles ? d : { ...d, roles })), []);

  const dateFormat = useDateFormat(locale);
  const dateTimeFormat = useDateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  // A day is parsed as midnight UTC: read back in UTC, it stays the same day west of Greenwich.
  const dayFormat = useDateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const scope = useMemo<UserDetailsScope>(() => {
    const formatWith = (f: Intl.DateTimeFormat) => (iso: string | null | undefined) => (iso && !Number.isNaN(Date.parse(iso)) ? f.format(new Date(iso)) : null);
    const formatDay = (day: string) => formatWith(dayFormat)(day.slice(0, 10));
    return { strings: { t, shared, format, locale }, part, headingLevel, formatDate: formatWith(dateFormat), formatDateTime: formatWith(dateTimeFormat), formatDay, announce: show };
  }, [t, shared, format, locale, part, headingLevel, dateFormat, dateTimeFormat, dayFormat, show]);

  const data = gone ? null : user.data;
  const error = user.error ?? byEmail.error;
  const notFound = !data && !gone && ((error?.code === 'not_found' && !byEmail.error) || (!userId && (byEmail.data === null || !email?.trim())));
  const state = gone ? 'gone' : data ? 'ready' : notFound ? 'not-found' : error ? 'error' : !userId && !byEmail.isSupported ? 'unsupported' : 'loading';
  const userName = data ? data.name?.trim() || data.email || shared.unknownValue : '';
  const retry = () => {
    void (user.error ? user.refresh() : byEmail.refresh());
    root.current?.focus();
  };

  return (
    <StylingProvider value={styling}>
      <UserDetailsScopeProvider value={scope}>
        <div ref={root} tabIndex={-1} {...part('root')} role="region" aria-label={data ? t.labelFor(userName) : t.label} data-roster-theme={theme} data-state={state}>
          <FeedbackArea feedback={feedback} dismiss={dismiss} dismissLabel={t.dismiss} render={renderFeedback} />
          {state === 'loading' && (
            <p role="status" {...part('loading')}>
              <Spinner rosterPart={part('spinner')} /> {shared.loading}
            </p>
          )}
          {state === 'not-found' && <p {...part('not-found')}>{userId || !email ? t.notFound : t.notFoundByEmail(email)}</p>}
          {state === 'unsupported' && <p {...part('not-found')}>{t.lookupUnsupported}</p>}
          {state === 'error' && error && <ErrorBanner error={error} messages={shared} format={format} onRetry={retry} />}
          {data && (
            <>
              <DetailsHeader user={data} userName={userName} />
              <ProfileSection
                key={data.id}
                user={data}
                userName={userName}
                updateUser={user.updateUser}
                editableFields={adapter.capabilities.editableFields}
                onSaved={(saved) => onSaved?.(saved)}
                onDirtyChange={setProfileDirty}
              />
              <VerificationSection user={data} userName={userName} setUserVerified={user.setUserVerified} can={{ email: details.verifyEmail, phone: details.verifyPhone }} />
              {data.status === 'invited' && (
                <InvitationSection user={data} userName={userName} resendInvitation={user.resendInvitation} onRevoke={user.revokeInvitation && (() => setRevoking(data))} />
              )}
              <EmbeddedSections
                userId={data.id}
                userName={userName}
                organizationId={organizationId}
                roleEditorClassNames={props.roleEditorClassNames}
                orgListClassNames={props.orgListClassNames}
                onRolesDirtyChange={setRolesDirty}
              />
            </>
          )}
          {/* Here rather than in the invitation section: it outlives the section, which goes with the user. */}
          <ConfirmDialog
            open={revoking !== null}
            onOpenChange={(open) => !open && setRevoking(null)}
            title={revoking ? t.revokeTitle(revoking.name?.trim() || revoking.email || shared.unknownValue) : ''}
            description={t.revokeDescription}
            confirmLabel={t.revokeConfirm}
            cancelLabel={shared.cancel}
            onConfirm={async () => {
              const invitee = revoking;
              if (!invitee || !user.revokeInvitation) return;
              try {
                await user.revokeInvitation();
                revoked.current = invitee;
                setGone(invitee);
                show(t.revoked(invitee.name?.trim() || invitee.email || shared.unknownValue));
              } catch (e) {
                show(shared.errors[toRosterError(e).code], 'error');
              }
            }}
            onCloseAutoFocus={(event) => {
              const invitee = revoked.current;
              if (!invitee) return;
              // The Revoke button went with the user: focus waits on the details, then the host hears of it.
              event.preventDefault();
              revoked.current = null;
              root.current?.focus();
              onDeleted?.(invitee);
            }}
          />
          <PortalTarget />
        </div>
      </UserDetailsScopeProvider>
    </StylingProvider>
  );
}

/** A date format in the provider's locale; UTC and English while server rendering, as useDateFormat. */
function useDateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const isBrowserRender = useIsBrowserRender();
  const key = JSON.stringify(options);
  return useMemo(
    () => (isBrowserRender ? new Intl.DateTimeFormat(locale, options) : new Intl.DateTimeFormat(locale ?? 'en', { ...options, timeZone: 'UTC' })),
    // `options` by value: a literal at the call site is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locale, isBrowserRender, key],
  );
}
