/**
 * What an id may look like where it becomes part of a URL path, on either side of Roster's wire
 * protocol. `.` and `..` (also percent-encoded, which URL parsing treats the same) mean "this" and
 * "the parent" in a path and would send a call to another endpoint; control characters end or split
 * a header or log line. One rule in two strengths, because the two sides build different paths:
 *
 * - the remote adapter encodes each id into one segment of Roster's own path, so only an id that
 *   *is* a dot segment (or empty, or holds a control character) could leave it: `isSafePathId`;
 * - the server hands ids to adapters that put them into the identity provider's paths, and not all
 *   of them encode each id whole, so it also refuses an id that merely *holds* a dot segment
 *   (`a/..`, `%2e%2e`): `isUnsafeId`, answered with 400 for path parameters and body fields alike.
 */

// C0 controls, DEL and C1 controls: URL parsers strip or reject some of them, and a log line or a
// header built from such an id is not what it seems.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
/** A `.` or `..` path segment, literal or percent-encoded, anywhere in the id. */
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;

/** Whether `value` can be an id in one encoded path segment: not empty, `.`, `..`, nor control characters. */
export function isSafePathId(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value !== '.' && value !== '..' && !CONTROL_CHARACTERS.test(value);
}

export const UNSAFE_ID_MESSAGE = 'Ids cannot be “.” or “..”, hold such a path segment, or contain control characters.';

/** Whether an id is refused before any adapter sees it: control characters, or a dot segment anywhere. */
export function isUnsafeId(value: string): boolean {
  return CONTROL_CHARACTERS.test(value) || DOT_SEGMENT.test(value);
}
