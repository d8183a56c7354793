/**
 * Reads SSOJet's error body `{ error, error_code, error_description }` into a message that is safe
 * to show an admin. SSOJet does not enumerate its `error_code` values, so the Roster code still
 * comes from the HTTP status.
 */
import type { HttpErrorDetails } from '../http/httpClient.js';

const MAX_MESSAGE_LENGTH = 200;

export function describeSsojetError(_status: number, body: unknown): HttpErrorDetails | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const description = (body as { error_description?: unknown }).error_description;
  if (typeof description !== 'string') return undefined;
  // Control characters and runaway length would only garble an error banner.
  const message = description.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (message === '') return undefined;
  return { message: message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message };
}
