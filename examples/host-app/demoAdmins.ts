/**
 * DEMO ONLY. The admins you can "sign in" as. A real host reads its own session (a signed cookie,
 * a JWT) in `authenticate`; here a plain cookie naming one of these ids stands in for it, which
 * anyone could forge. Shared by the page (for the switch) and the dev-server middleware.
 */
export interface DemoAdmin {
  id: string;
  label: string;
  /** The tenant this admin manages, or null for a project-wide admin. */
  organizationId: string | null;
}

export const DEMO_ADMINS: readonly DemoAdmin[] = [
  { id: 'ana', label: 'Ana — admin of Acme Corporation', organizationId: 'org_001' },
  { id: 'bo', label: 'Bo — admin of Globex', organizationId: 'org_002' },
  { id: 'pat', label: 'Pat — project admin (every organization)', organizationId: null },
];

export const DEMO_SESSION_COOKIE = 'roster-demo-admin';

export function demoAdmin(id: string | undefined | null): DemoAdmin | undefined {
  return DEMO_ADMINS.find((a) => a.id === id);
}
