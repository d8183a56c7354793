/**
 * Reads an SSOJet error answer into a message that is safe to show an admin. The current API
 * answers `{ error, error_code, error_description }`; the legacy API documents its errors only as
 * plain-text lines ("400 Bad Request: Invalid email format."), so a text body is read too. SSOJet
 * does not enumerate its `error_code` values, so the Roster code still comes from the HTTP status.
 */
import type { HttpErrorDetails } from '../http/httpClient.js';
import { cleanVendorMessage } from '../http/vendorMessage.js';

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
  const message = cleanVendorMessage(raw, (text) => text.replace(STATUS_LINE_PREFIX, ''));
  return message === undefined ? undefined : { message };
}
