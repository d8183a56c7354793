/** DEMO ONLY: a real app has its own sign-in. Switches between the two demo tenant admins. */
import { DEMO_ADMINS, type DemoAdmin } from '../lib/demoSession';
import { signIn } from './actions';

export function DemoSignIn({ current }: { current?: DemoAdmin }) {
  return (
    <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
      <p style={{ margin: 0 }}>
        <strong>Admin</strong> → Users · {current ? `signed in as ${current.label} (demo)` : 'not signed in'}
      </p>
      <form action={signIn} style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        {DEMO_ADMINS.map((admin) => (
          <button key={admin.id} type="submit" name="admin" value={admin.id} disabled={admin.id === current?.id}>
            Sign in as {admin.label.split(' — ')[0]}
          </button>
        ))}
      </form>
    </header>
  );
}
