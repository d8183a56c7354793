/**
 * What an id may look like before it reaches an adapter. Adapters that talk HTTP put ids into URL
 * paths, where `.` and `..` (also percent-encoded, which URL parsing treats the same) mean "this"
 * and "the parent" and would send the call to another endpoint of the identity provider; control
 * characters end or split a header or log line. Such ids are refused with 400 at the handler, for
 * path parameters and body fields alike. (The remote adapter holds its own side to the same rule.)
 */

// C0 controls, DEL and C1 controls.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
/** A `.` or `..` path segment, literal or percent-encoded, anywhere in the id. */
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;

export const UNSAFE_ID_MESSAGE = 'Ids cannot be “.” or “..”, hold such a path segment, or contain control characters.';

export function isUnsafeId(value: string): boolean {
  return CONTROL_CHARACTERS.test(value) || DOT_SEGMENT.test(value);
}
