/** better-auth's email-and-password sign-in, as a host's own page would offer it. */
import { useState, type FormEvent } from 'react';

export function SignInForm({ onSignIn }: { onSignIn: (email: string, password: string) => Promise<string | null> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(await onSignIn(String(form.get('email') ?? ''), String(form.get('password') ?? '')));
    setBusy(false);
  }

  return (
    <form onSubmit={submit} style={{ display: 'grid', gap: 12, maxWidth: 320 }}>
      <h1>Sign in</h1>
      <label>
        Email <input name="email" type="email" autoComplete="username" required defaultValue="ana@example.com" />
      </label>
      <label>
        Password <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
      {error && <p role="alert">{error}</p>}
      <p>The accounts and their password are printed where you ran <code>npm run example</code>.</p>
    </form>
  );
}
