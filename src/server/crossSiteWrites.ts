/**
 * Cross-site request forgery defence for writes. A session cookie rides along with any request a
 * browser makes, so a write must also prove it came from the host's own pages: either it carries
 * Roster's custom header (which another origin cannot add without a CORS preflight the handler never
 * grants), or its Origin is one the host listed. A write whose Origin is foreign is refused even
 * with the header, in case a permissive CORS layer in front of the handler let it through.
 *
 * "Foreign" is judged against the handler's own origin: the configured `origin`, else the scheme
 * and Host header of the request — never a host named in the request line, which the sender picks.
 */
import { ROSTER_REQUEST_HEADER, ROSTER_REQUEST_HEADER_VALUE } from '../core/protocol.js';
import { HandlerError } from './handlerError.js';

/** A host, with an optional port: no userinfo, path or anything else a URL would re-read. */
export function isPlainHost(host: string): boolean {
  return /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(host);
}

/** Checks a configured origin once, at startup; `https://app.example.com` and nothing more. */
export function configuredOrigin(value: string): string {
  let origin: string | undefined;
  try {
    origin = new URL(value).origin;
  } catch {
    // Falls through to the error below.
  }
  if (!origin || origin === 'null' || origin !== value.replace(/\/$/, '')) {
    throw new TypeError(
      `createRosterHandler: \`origin\` must be a bare origin such as ${origin && origin !== 'null' ? origin : 'https://app.example.com'} (scheme, host and port only), got ${JSON.stringify(value)}.`,
    );
  }
  return origin;
}

/** The origin the handler's own pages are served from. */
export function ownOrigin(request: Request, url: URL, configured: string | undefined): string {
  if (configured) return configured;
  const host = request.headers.get('host');
  return host && isPlainHost(host) ? `${url.protocol}//${host.toLowerCase()}` : url.origin;
}

export function checkCrossSiteWrite(request: Request, own: string, allowedOrigins: readonly string[]): void {
  const origin = request.headers.get('origin');
  if (origin !== null && allowedOrigins.includes(origin)) return;

  const isForeignOrigin = origin !== null && origin.toLowerCase() !== own;
  if (isForeignOrigin || request.headers.get('sec-fetch-site') === 'cross-site') {
    throw new HandlerError('forbidden', {
      status: 403,
      message: 'Changes from another site are refused. If that site is yours, list its origin in allowedOrigins.',
    });
  }
  if (request.headers.get(ROSTER_REQUEST_HEADER) !== ROSTER_REQUEST_HEADER_VALUE) {
    throw new HandlerError('forbidden', {
      status: 403,
      message: `Changes must carry the ${ROSTER_REQUEST_HEADER} header (cross-site request protection); createRemoteAdapter sends it.`,
    });
  }
}
