/**
 * Reads a request body as JSON within a size and a nesting limit. Only `application/json` is
 * accepted: an HTML form can post `text/plain` across sites without a preflight, JSON cannot.
 */
import { invalidInput } from './fieldErrors.js';
import { MAX_BODY_DEPTH, nestsDeeperThan } from './jsonLimits.js';

export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

/** `undefined` when the request has no body. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readTextWithin(request, maxBytes);
  if (text.trim() === '') return undefined;

  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw invalidInput('Send the request body as JSON (Content-Type: application/json).', undefined, 415);
  }
  // Measured on the text: the parsed value would be too deep for the checks that follow.
  if (nestsDeeperThan(text, MAX_BODY_DEPTH)) throw invalidInput(`The request body nests deeper than ${MAX_BODY_DEPTH} levels.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidInput('The request body is not valid JSON.');
  }
}

/**
 * The body as text, stopping as soon as it passes `maxBytes`: without a Content-Length (a chunked
 * upload) `request.text()` would hold all of it in memory before any size could be checked.
 */
async function readTextWithin(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function tooLarge(maxBytes: number) {
  return invalidInput(`The request body is larger than ${maxBytes} bytes.`, undefined, 413);
}
