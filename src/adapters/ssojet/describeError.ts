/**
 * Reads an SSOJet error answer into a message that is safe to show an admin. The current API
 * answers `{ error, error_code, error_description }`; the legacy API documents its errors only as
 * plain-text lines ("400 Bad Request: Invalid email format."), so a text body is read too. SSOJet
 * does not enumerate its `error_code` values, so the Roster code still comes from the HTTP status.
 */
import type { HttpErrorDetails } from '../http/httpClient.js';

const MAX_MESSAGE_LENGTH = 200;

/** "400 Bad Request:" and the like: the status is already in the error, so only the rest is kept. */
const STATUS_LINE_PREFIX = /^\d{3}(?:\s+[A-Za-z][A-Za-z' -]*)?(?::\s*|$)/;

export function describeSsojetError(_status: number, body: unknown, text = ''): HttpErrorDetails | undefined {
  let raw: unknown;
  if (typeof body === 'object' && body !== null) raw = (body as { error_description?: unknown }).error_description;
  else if (typeof body === 'string') raw = body;
  // Not JSON, or a bare JSON number/boolean: the text itself is all SSOJet said.
  else raw = text;
  return typeof raw === 'string' ? safeMessage(raw) : undefined;
}

function safeMessage(raw: string): HttpErrorDetails | undefined {
  // Control characters and runaway length would only garble an error banner.
  const clean = raw.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  // A proxy's HTML error page is markup, not a message.
  if (clean.startsWith('<')) return undefined;
  const message = clean.replace(STATUS_LINE_PREFIX, '').trim();
  if (message === '') return undefined;
  return { message: message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message };
}
