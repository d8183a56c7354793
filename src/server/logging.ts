/**
 * What the handler tells the host's logger. Entries are built from an allow-list (method, path,
 * status, timing, error code and message) so request headers never reach a log. Error text is
 * scrubbed twice: of the request's own Authorization and cookie values, and of anything shaped like
 * a credential (bearer values, `key=…`, JWTs, long random tokens) — an identity provider's error
 * can quote the management key the adapter sent, which the handler never sees.
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

/** `Bearer <value>`, `Basic <value>`, and `key: <value>`-like pairs whose value is not a plain word. */
const LABELLED_SECRET = /\b(bearer|basic|api[-_ ]?key|access[-_ ]?key|management[-_ ]?key|secret|token|password|passwd|pwd|key|authorization|cookie|session)(["']?\s*[:=]?\s*["']?)([^\s"',;]+)/gi;
const JWT = /\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g;
/** Runs a key generator would make: mixed case with digits, or very long. Lower-case hex ids stay. */
const TOKEN_RUN = /[A-Za-z0-9_\-+/=.:]{20,}/g;

function looksGenerated(run: string): boolean {
  const hasDigit = /\d/.test(run);
  return (hasDigit && /[a-z]/.test(run) && /[A-Z]/.test(run)) || (run.length >= 40 && hasDigit && /[A-Za-z]/.test(run));
}

/** After a label, anything but an ordinary word ("the key was wrong") is taken for the secret. */
function looksSecret(value: string): boolean {
  return !/^[A-Za-z]{1,12}$/.test(value);
}

/** Replaces the given secrets, then anything shaped like one. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  out = out.replace(JWT, REDACTED);
  out = out.replace(LABELLED_SECRET, (match, label: string, gap: string, value: string) => (looksSecret(value) ? `${label}${gap}${REDACTED}` : match));
  return out.replace(TOKEN_RUN, (run) => (looksGenerated(run) ? REDACTED : run));
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
