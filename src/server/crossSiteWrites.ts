/**
 * Cross-site request forgery defence for writes. A session cookie rides along with any request a
 * browser makes, so a write must also prove it came from the host's own pages: either it carries
 * Roster's custom header (which another origin cannot add without a CORS preflight the handler never
 * grants), or its Origin is one the host listed. A write whose Origin is foreign is refused even
 * with the header, in case a permissive CORS layer in front of the handler let it through.
 */
import { RosterError } from '../core/errors.js';
import { ROSTER_REQUEST_HEADER, ROSTER_REQUEST_HEADER_VALUE } from '../adapters/remote/protocol.js';

export function checkCrossSiteWrite(request: Request, url: URL, allowedOrigins: readonly string[]): void {
  const origin = request.headers.get('origin');
  if (origin !== null && allowedOrigins.includes(origin)) return;

  const isForeignOrigin = origin !== null && origin !== url.origin;
  if (isForeignOrigin || request.headers.get('sec-fetch-site') === 'cross-site') {
    throw new RosterError('forbidden', {
      status: 403,
      message: 'Changes from another site are refused. If that site is yours, list its origin in allowedOrigins.',
    });
  }
  if (request.headers.get(ROSTER_REQUEST_HEADER) !== ROSTER_REQUEST_HEADER_VALUE) {
    throw new RosterError('forbidden', {
      status: 403,
      message: `Changes must carry the ${ROSTER_REQUEST_HEADER} header (cross-site request protection); createRemoteAdapter sends it.`,
    });
  }
}
