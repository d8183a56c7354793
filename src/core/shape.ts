/**
 * Shape checks for data that comes off a wire: the adapter boundary (./validate.ts) and every
 * IdP mapping read with these. A value of the wrong type becomes a `bad_response` RosterError at
 * the place it is read, naming the path, instead of a TypeError somewhere above. The checks are
 * hand-written: they run on every response and must stay tiny.
 */
import { RosterError } from './errors.js';

export type ReadShape<T> = (value: unknown, path: string) => T;

/**
 * The path of a check that leaves paths out: readers given it build no paths for array items.
 * Building a path for every item of a large response costs more than checking it, so a caller
 * may check with this first and, only when that fails, again with a real path (see validate.ts).
 */
export const UNTRACKED = '';

/** The `got …` of a shape error: JSON's names for types, so `null` and arrays are told apart. */
function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** The failure of every check here; the path and types go to `cause` (logs), not to the message. */
export function badShape(path: string, expected: string, value: unknown): never {
  throw new RosterError('bad_response', { cause: new TypeError(`${path}: expected ${expected}, got ${typeName(value)}`) });
}

export function readObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) badShape(path, 'an object', value);
  return value as Record<string, unknown>;
}

export function readString(value: unknown, path: string): string {
  if (typeof value !== 'string') badShape(path, 'a string', value);
  return value;
}

export function readNonEmptyString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') badShape(path, 'a non-empty string', value);
  return value;
}

export function readBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') badShape(path, 'a boolean', value);
  return value;
}

export function readArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) badShape(path, 'an array', value);
  return value;
}

/** An array whose items are each read by `item`, with `path[i]` in any error. */
export function readArrayOf<T>(value: unknown, path: string, item: ReadShape<T>): T[] {
  return readArray(value, path).map((v, i) => item(v, path === UNTRACKED ? UNTRACKED : `${path}[${i}]`));
}

export function readStringArray(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) badShape(path, 'an array of strings', value);
  // The item's path is built only when it is wrong.
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') badShape(`${path}[${i}]`, 'a string', value[i]);
  return value as string[];
}

/**
 * `fallback` when the field is absent (undefined or null), else the value read by `read`. APIs
 * that leave empty fields out, or write `null` for them, read with this; a present value of the
 * wrong type is still refused.
 */
export function readOptional<T, F>(value: unknown, path: string, read: ReadShape<T>, fallback: F): T | F {
  return value === undefined || value === null ? fallback : read(value, path);
}
