'use server';
/** DEMO ONLY: "signs in" by setting the cookie lib/demoSession.ts reads. */
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { demoAdmin, DEMO_SESSION_COOKIE } from '../lib/demoSession';

export async function signIn(form: FormData): Promise<void> {
  const admin = demoAdmin(String(form.get('admin')));
  if (admin) (await cookies()).set(DEMO_SESSION_COOKIE, admin.id, { path: '/', httpOnly: true, sameSite: 'strict' });
  redirect('/');
}
