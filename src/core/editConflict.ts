/**
 * Another administrator changed the user while this one was editing. Most backends have no ETag
 * or version to send with an update, so the hooks re-read the user just before writing (inside the
 * user's write queue) and compare, field by field, what the form started from with what the backend
 * holds now. Only the fields being written are compared: a change elsewhere is no conflict.
 */
import { RosterError } from './errors.js';
import type { UpdateUserInput, User } from './model.js';

export interface EditConflict {
  field: keyof UpdateUserInput;
  /** For `customAttributes`: the attribute's key. */
  key?: string;
  /** What this editor is about to write. */
  mine: unknown;
  /** What the backend holds now. */
  theirs: unknown;
}

export class EditConflictError extends RosterError {
  constructor(
    readonly conflicts: readonly EditConflict[],
    /** The user as the backend holds it now. */
    readonly current: User,
  ) {
    super('conflict', { message: 'Someone else changed this user while you were editing.' });
  }
}

export function isEditConflictError(value: unknown): value is EditConflictError {
  return value instanceof EditConflictError;
}

/** Equal as stored values: null and absent are the same; objects and arrays compare by content. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || ((a === null || a === undefined) && (b === null || b === undefined))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The fields of `patch` whose stored value moved from `base` (what the form started from) to
 * something else in `current`. A field someone else set to exactly what this patch writes is no
 * conflict.
 */
export function findEditConflicts(base: User, current: User, patch: UpdateUserInput): EditConflict[] {
  const conflicts: EditConflict[] = [];
  for (const field of Object.keys(patch) as (keyof UpdateUserInput)[]) {
    if (field === 'customAttributes') {
      const attributes = patch.customAttributes ?? {};
      for (const key of Object.keys(attributes)) {
        const before = own(base.customAttributes, key);
        const now = own(current.customAttributes, key);
        if (!sameValue(before, now) && !sameValue(now, attributes[key])) conflicts.push({ field, key, mine: attributes[key], theirs: now });
      }
      continue;
    }
    const now = current[field];
    if (!sameValue(base[field], now) && !sameValue(now, patch[field])) conflicts.push({ field, mine: patch[field], theirs: now });
  }
  return conflicts;
}

/** An attribute's own value: `__proto__` or `constructor` as keys never read the prototype. */
function own(attributes: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(attributes, key) ? attributes[key] : undefined;
}
