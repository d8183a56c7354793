/**
 * The host's "Admin → Users" page. Everything Roster shows comes through createRemoteAdapter from
 * the host's own /roster-api, which checks the session and scopes it to the admin's tenant; this
 * page holds no identity-provider key and could not widen that scope if it tried.
 */
import { useEffect, useState } from 'react';
import { loadRemoteAdapter } from '../../src/adapters/remote/index.js';
import type { RosterAdapter } from '../../src/core/adapter.js';
import { UserTable } from '../../src/components/UserTable/index.js';
import { RosterProvider } from '../../src/react/index.js';
import { DEMO_ADMINS, demoAdmin, DEMO_SESSION_COOKIE, type DemoAdmin } from './demoAdmins.js';

/**
 * Asks the server what its identity provider can do (one request), so the table offers exactly
 * the controls that will work. Asked again per admin: the server may allow each a different set.
 */
function useRosterAdapter(adminId: string): RosterAdapter | null {
  const [adapter, setAdapter] = useState<RosterAdapter | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setAdapter(null);
    loadRemoteAdapter({ baseUrl: '/roster-api' }, controller).then(setAdapter, (error: unknown) => {
      if (!controller.signal.aborted) console.error('Could not reach /roster-api', error);
    });
    return () => controller.abort();
  }, [adminId]);
  return adapter;
}

function currentAdmin(): DemoAdmin {
  const match = document.cookie.match(new RegExp(`(?:^|; )${DEMO_SESSION_COOKIE}=([^;]*)`));
  return demoAdmin(match?.[1]) ?? DEMO_ADMINS[0]!;
}

function signInAs(admin: DemoAdmin): void {
  // DEMO ONLY: a real app signs in through its identity provider and gets an HttpOnly session cookie.
  document.cookie = `${DEMO_SESSION_COOKIE}=${admin.id}; path=/; SameSite=Strict`;
}

export function App() {
  const [admin, setAdmin] = useState(() => {
    const initial = currentAdmin();
    signInAs(initial);
    return initial;
  });
  // A tenant admin manages the members of their organization and the roles held there; the
  // server refuses them project-wide role changes, which would reach every tenant.
  const organizationId = admin.organizationId ?? undefined;
  const adapter = useRosterAdapter(admin.id);

  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 1200, margin: '0 auto', padding: 24 }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
        <p style={{ margin: 0 }}>
          <strong>Admin</strong> → Users
        </p>
        <label>
          Signed in as (demo){' '}
          <select
            value={admin.id}
            onChange={(e) => {
              const next = demoAdmin(e.target.value)!;
              signInAs(next);
              setAdmin(next);
            }}
          >
            {DEMO_ADMINS.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main>
        <h1>Users</h1>
        {/* A new scope empties Roster's cache: nothing Ana saw is shown to Bo. */}
        {adapter ? (
          <RosterProvider adapter={adapter} scope={admin.id}>
            <UserTable organizationId={organizationId} />
          </RosterProvider>
        ) : (
          <p aria-busy="true">Loading…</p>
        )}
      </main>
    </div>
  );
}
