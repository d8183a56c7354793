/**
 * An identity provider's own error text, made fit for a log line or an admin's error banner:
 * control characters and runs of white space folded, a proxy's HTML error page dropped (markup is
 * not a message), and runaway length cut. The server handler still never shows it to a browser
 * as is (src/server/safeErrors.ts); this only keeps it readable where it is shown.
 */

export const MAX_VENDOR_MESSAGE_LENGTH = 200;

export function cleanVendorMessage(raw: unknown, transform: (text: string) => string = (text) => text): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const folded = raw.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (folded.startsWith('<')) return undefined;
  const text = transform(folded).trim();
  if (text === '') return undefined;
  return text.length > MAX_VENDOR_MESSAGE_LENGTH ? `${text.slice(0, MAX_VENDOR_MESSAGE_LENGTH - 1)}…` : text;
}
