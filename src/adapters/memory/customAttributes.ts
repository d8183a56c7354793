/**
 * Custom attributes as the memory directory stores them. Keys come from whoever calls the adapter,
 * so `__proto__`, `constructor` or `prototype` must stay plain keys: each one is defined on the
 * copy (never assigned, which for `__proto__` would replace the copy's prototype, and in a deep
 * merge reach Object.prototype itself), and each value is a copy, so a caller changing its own
 * object later does not change the directory.
 */
import { RosterError } from '../../core/errors.js';

function invalid(message: string): never {
  throw new RosterError('invalid_input', { status: 400, message, fieldErrors: { customAttributes: message } });
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `base` with the keys `patch` names replaced; every other key of `base` stays. */
export function mergeAttributes(base: Readonly<Record<string, unknown>>, patch: unknown): Record<string, unknown> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) invalid('Custom attributes must be an object of keys and values.');
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) define(out, key, base[key]);
  for (const key of Object.keys(patch)) {
    let value: unknown;
    try {
      value = structuredClone((patch as Record<string, unknown>)[key]);
    } catch {
      // A function, a symbol or a DOM node: nothing a backend could store.
      invalid(`The custom attribute “${key}” is not plain data.`);
    }
    define(out, key, value);
  }
  return out;
}
