/**
 * DEMO ONLY. The two tenant admins you can "sign in" as. A real app reads its own session (a
 * signed cookie, a JWT) in the route handler's `authenticate`; here a cookie naming one of these
 * ids stands in for it, which anyone could forge.
 */
import type { RosterSession } from 'react-roster/server';

export interface DemoAdmin {
  id: string;
  label: string;
  /** The tenant (organization) this admin manages. */
  organizationId: string;
}

export const DEMO_ADMINS: readonly DemoAdmin[] = [
  { id: 'ana', label: 'Ana — admin of Acme Corporation', organizationId: 'org_001' },
  { id: 'bo', label: 'Bo — admin of Globex', organizationId: 'org_002' },
];

export const DEMO_SESSION_COOKIE = 'roster-demo-admin';

export function demoAdmin(id: string | undefined | null): DemoAdmin | undefined {
  return DEMO_ADMINS.find((a) => a.id === id);
}

/** For the route handler: the session a request's cookie names, or null (→ 401). */
export function demoSession(request: Request): RosterSession | null {
  const cookies = request.headers.get('cookie')?.split(';') ?? [];
  const value = cookies.map((c) => c.trim().split('=')).find(([name]) => name === DEMO_SESSION_COOKIE)?.[1];
  const admin = demoAdmin(value && decodeURIComponent(value));
  return admin ? { userId: admin.id, organizationId: admin.organizationId } : null;
}
