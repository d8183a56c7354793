/**
 * Who is signed in, from the host's own /example-api/me (which asks better-auth), and the
 * better-auth sign-in and sign-out calls the page makes. The session is better-auth's HttpOnly
 * cookie: this page never holds a token.
 */
import { useCallback, useEffect, useState } from 'react';

export interface SignedIn {
  email: string | null;
  name: string | null;
  /** What Roster's server lets this user manage; null when they administer nothing. */
  scope: { userId: string; organizationId: string | null } | null;
}

export function useSignedIn() {
  const [me, setMe] = useState<SignedIn | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    const response = await fetch('/example-api/me', { credentials: 'same-origin' });
    const body = (await response.json()) as SignedIn;
    setMe(body.email ? body : null);
  }, []);
  useEffect(() => {
    refresh().catch(() => setMe(null));
  }, [refresh]);

  const signIn = useCallback(
    async (email: string, password: string): Promise<string | null> => {
      const response = await fetch('/api/auth/sign-in/email', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      if (!response.ok) {
        // better-auth's codes, in the page's own words (a banned user is refused here too).
        const { code } = (await response.json().catch(() => ({}))) as { code?: string };
        return code === 'BANNED_USER' ? 'This account is disabled.' : code === 'INVALID_EMAIL_OR_PASSWORD' ? 'Wrong email or password.' : 'Could not sign in.';
      }
      await refresh();
      return null;
    },
    [refresh],
  );

  const signOut = useCallback(async () => {
    await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    setMe(null);
  }, []);

  return { me, signIn, signOut };
}
