/**
 * Management API access tokens, as Auth0 checks them: a static token (the dashboard's "API
 * Explorer" token) and tokens issued by `POST /oauth/token` with the client-credentials grant to a
 * machine-to-machine application, each with its scopes and lifetime. A missing, unknown or expired
 * token is a 401; a token without one of the route's scopes is a 403 `insufficient_scope`.
 */
import { AUTH0_ERROR_CODES as CODES } from '../../../adapters/auth0/wire.js';
import { Auth0Failure } from './failures.js';

export interface Auth0EmulatorClient {
  clientId: string;
  clientSecret: string;
  /** Scopes granted to the application on the Management API. Default: every scope. */
  scopes?: string[];
}

export interface TokenRegistry {
  /** Throws the Auth0 failure for a header that may not call a route needing any of `scopes`. */
  authorize(header: string | null, scopes: readonly string[]): void;
  /** Answers `POST /oauth/token`. */
  grant(bodyText: string, contentType: string): { status: number; body: Record<string, unknown> };
  /** Issued tokens are forgotten; the static token stays. */
  reset(): void;
}

const ALL = '*';
const TOKEN_LIFETIME_SECONDS = 86_400;

export function createTokenRegistry(options: { staticToken: string; clients: Auth0EmulatorClient[]; audience: string }): TokenRegistry {
  let issued = new Map<string, { scopes: string[]; expiresAt: number }>();
  let counter = 0;

  function readBody(text: string, contentType: string): Record<string, string> {
    if (contentType.includes('application/json')) {
      try {
        const parsed: unknown = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
      } catch {
        return {};
      }
    }
    return Object.fromEntries(new URLSearchParams(text));
  }

  return {
    authorize(header, scopes) {
      const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '');
      if (!match) throw new Auth0Failure(401, 'Missing authentication');
      const token = match[1]!;
      const held = token === options.staticToken ? [ALL] : issued.get(token);
      if (!held) throw new Auth0Failure(401, 'Invalid token');
      if (!Array.isArray(held)) {
        if (Date.now() >= held.expiresAt) throw new Auth0Failure(401, 'Expired token received for JSON Web Token validation');
        if (!held.scopes.includes(ALL) && !scopes.some((s) => held.scopes.includes(s))) {
          throw new Auth0Failure(403, `Insufficient scope, expected any of: ${scopes.join(',')}`, CODES.insufficientScope);
        }
      }
    },

    grant(text, contentType) {
      const body = readBody(text, contentType);
      if (body.grant_type !== 'client_credentials') {
        return { status: 403, body: { error: 'unauthorized_client', error_description: `Grant type '${body.grant_type ?? ''}' not allowed for the client.` } };
      }
      const client = options.clients.find((c) => c.clientId === body.client_id);
      if (!client || body.client_secret !== client.clientSecret) return { status: 401, body: { error: 'access_denied', error_description: 'Unauthorized' } };
      if (!body.audience) return { status: 403, body: { error: 'access_denied', error_description: 'No audience parameter was provided, and no default audience has been configured' } };
      if (body.audience !== options.audience) return { status: 403, body: { error: 'access_denied', error_description: `Service not enabled within domain: ${body.audience}` } };
      const scopes = client.scopes ?? [ALL];
      const token = `emulator-m2m-${++counter}-${client.clientId}`;
      issued.set(token, { scopes, expiresAt: Date.now() + TOKEN_LIFETIME_SECONDS * 1000 });
      return {
        status: 200,
        body: { access_token: token, scope: scopes.includes(ALL) ? 'read:users update:users delete:users create:users read:roles create:role_members delete:role_members read:organizations create:organization_members delete:organization_members read:organization_member_roles create:organization_member_roles delete:organization_member_roles' : scopes.join(' '), expires_in: TOKEN_LIFETIME_SECONDS, token_type: 'Bearer' },
      };
    },

    reset() {
      issued = new Map();
      counter = 0;
    },
  };
}
