/**
 * What the README's snippets take from the host app: its own sign-in, its ids, its config. Only
 * the host's side is declared here; every Roster name in the README must come from the package.
 */
declare module '@/lib/auth' {
  export interface HostSession {
    userId: string;
    tenantId: string | null;
    isOwner: boolean;
  }
  export function getSession(request: Request): Promise<HostSession | null>;
  export function refreshSession(): Promise<void>;
}

declare module '@/lib/myIdp' {
  import type { RosterAdapter } from 'react-roster/core';
  export function createMyAdapter(config: { baseUrl: string }): RosterAdapter;
  export const testConfig: { baseUrl: string };
}

/** A host's bundler takes CSS imports (Vite, Next.js, webpack). */
declare module '*.css';

declare module '@/lib/ids' {
  /** The organization the signed-in admin administers, and who they are. */
  export const tenantId: string;
  export const signedInUserId: string;
}

declare module '@/lib/betterAuth' {
  import type { BetterAuthAuth } from 'react-roster/better-auth';
  export const auth: BetterAuthAuth;
}
