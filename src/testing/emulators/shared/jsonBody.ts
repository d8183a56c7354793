/**
 * Reading the JSON object a request carries, for every emulator. How a vendor words the refusal
 * of a body that is not JSON, or not an object, is its own (and documented per vendor), so the
 * emulator passes `refuse`; which way the body failed is the same everywhere.
 */

export type JsonBody = Record<string, unknown>;

export type JsonBodyProblem = 'not-json' | 'not-object';

export interface ReadJsonBodyOptions {
  /** An empty (or blank) body reads as `{}`, as APIs that accept a bodiless POST do. */
  emptyIsObject?: boolean;
}

export async function readJsonBody(request: Request, refuse: (problem: JsonBodyProblem) => never, options: ReadJsonBodyOptions = {}): Promise<JsonBody> {
  const text = await request.text();
  if (options.emptyIsObject && text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    refuse('not-json');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) refuse('not-object');
  return body as JsonBody;
}
