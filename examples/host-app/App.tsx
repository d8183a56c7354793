/**
 * The host's "Admin → Users" page, behind better-auth's sign-in. Everything Roster shows comes
 * through the remote adapter from the host's /roster-api, which reads the better-auth session and
 * scopes it to what the signed-in user administers; the page could not widen that if it tried.
 */
import { useEffect, useState } from 'react';
import { RosterProvider, UserTable } from 'react-roster';
import { loadRemoteAdapter } from 'react-roster/remote';
import type { RosterAdapter } from 'react-roster';
import { SignInForm } from './SignInForm.js';
import { useSignedIn } from './useSignedIn.js';

/** Asks the server once per signed-in user what its backend can do, so only working controls show. */
function useRosterAdapter(userId: string | null): RosterAdapter | null {
  const [adapter, setAdapter] = useState<RosterAdapter | null>(null);
  useEffect(() => {
    setAdapter(null);
    if (!userId) return;
    const controller = new AbortController();
    loadRemoteAdapter({ baseUrl: '/roster-api' }, controller).then(setAdapter, (error: unknown) => {
      if (!controller.signal.aborted) console.error('Could not reach /roster-api', error);
    });
    return () => controller.abort();
  }, [userId]);
  return adapter;
}

export function App() {
  const { me, signIn, signOut } = useSignedIn();
  const scope = me?.scope ?? null;
  const adapter = useRosterAdapter(scope?.userId ?? null);

  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 1200, margin: '0 auto', padding: 24 }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
        <p style={{ margin: 0 }}>
          <strong>Admin</strong> → Users
        </p>
        {me && (
          <p style={{ margin: 0 }}>
            Signed in as {me.name ?? me.email} ({scope ? (scope.organizationId ? `admin of ${scope.organizationId}` : 'project admin') : 'no admin rights'}){' '}
            <button type="button" onClick={() => void signOut()}>
              Sign out
            </button>
          </p>
        )}
      </header>
      <main>
        {me === undefined ? (
          <p aria-busy="true">Loading…</p>
        ) : me === null ? (
          <SignInForm onSignIn={signIn} />
        ) : !scope ? (
          <p>This account administers no organization.</p>
        ) : (
          <>
            <h1>Users</h1>
            {/* A new scope empties Roster's cache: nothing one admin saw is shown to the next. */}
            {adapter ? (
              <RosterProvider adapter={adapter} scope={scope.userId}>
                <UserTable organizationId={scope.organizationId ?? undefined} />
              </RosterProvider>
            ) : (
              <p aria-busy="true">Loading…</p>
            )}
          </>
        )}
      </main>
    </div>
  );
}
