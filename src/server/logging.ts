/**
 * What the handler tells the host's logger. Entries are built from an allow-list (method, path,
 * status, timing, error code and message) so request headers never reach a log, and any text that
 * might echo a credential (a host's own exception message, say) is scrubbed of the request's
 * Authorization and cookie values first.
 */
export interface RosterLogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  method: string;
  /** The URL path only: query strings can hold search terms typed by an admin. */
  path: string;
  operation?: string;
  status?: number;
  durationMs?: number;
  /** The session's user, once authenticated. */
  userId?: string;
  error?: LoggedError;
}

export interface LoggedError {
  name: string;
  code?: string;
  message: string;
  cause?: LoggedError;
}

export type RosterLogger = (entry: RosterLogEntry) => void;

/** Without a logger of their own, hosts still see the failures they must fix. */
export const defaultLogger: RosterLogger = (entry) => {
  if (entry.level === 'error') console.error(`[roster] ${entry.message}`, entry);
};

const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'x-api-key'];
const REDACTED = '[redacted]';

/** Every credential-like value the request carries, longest first so no part survives a shorter match. */
export function credentialsOf(request: Request): string[] {
  const secrets = new Set<string>();
  for (const name of CREDENTIAL_HEADERS) {
    const value = request.headers.get(name);
    if (!value) continue;
    secrets.add(value);
    if (name === 'cookie') {
      for (const pair of value.split(';')) {
        const cookie = pair.slice(pair.indexOf('=') + 1).trim();
        if (cookie) secrets.add(cookie);
      }
    } else {
      // "Bearer abc" → also "abc", which a token library might quote on its own.
      const token = value.split(/\s+/).slice(1).join(' ');
      if (token) secrets.add(token);
    }
  }
  // Very short values would redact ordinary words; no real credential is this short.
  return [...secrets].filter((s) => s.length >= 6).sort((a, b) => b.length - a.length);
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}

/** Name, code and message of an error and of its causes; never the error object itself. */
export function describeErrorForLog(error: unknown, secrets: readonly string[], depth = 0): LoggedError {
  const name = error instanceof Error ? error.name : typeof error;
  const code = typeof (error as { code?: unknown } | null)?.code === 'string' ? (error as { code: string }).code : undefined;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const cause = error instanceof Error && error.cause !== undefined && depth < 3 ? describeErrorForLog(error.cause, secrets, depth + 1) : undefined;
  return {
    name: redact(name, secrets),
    ...(code !== undefined && { code: redact(code, secrets) }),
    message: redact(message, secrets),
    ...(cause && { cause }),
  };
}
