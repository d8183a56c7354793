/**
 * Collects every problem in a request before answering, so an admin sees all bad fields at once
 * (as `fieldErrors`) instead of fixing them one round trip at a time.
 */
import { HandlerError } from './handlerError.js';

export class FieldErrors {
  // A plain object would already "hold" `constructor` or `__proto__` through its prototype, and
  // such a field name would then never be recorded as an error.
  private readonly errors = new Map<string, string>();

  add(field: string, message: string): void {
    if (!this.errors.has(field)) this.errors.set(field, message);
  }

  get isEmpty(): boolean {
    return this.errors.size === 0;
  }

  throwIfAny(message = 'Some fields are not valid.'): void {
    if (!this.isEmpty) throw new HandlerError('invalid_input', { status: 400, message, fieldErrors: toFieldErrorRecord(this.errors) });
  }
}

/** A record without a prototype, so every field name, `__proto__` included, is an own key. */
export function toFieldErrorRecord(entries: Iterable<[string, string]>): Record<string, string> {
  const record = Object.create(null) as Record<string, string>;
  for (const [field, message] of entries) record[field] = message;
  return record;
}

export function invalidInput(message: string, fieldErrors?: Record<string, string>, status = 400): HandlerError {
  return new HandlerError('invalid_input', { status, message, fieldErrors });
}
