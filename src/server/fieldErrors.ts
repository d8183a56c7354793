/**
 * Collects every problem in a request before answering, so an admin sees all bad fields at once
 * (as `fieldErrors`) instead of fixing them one round trip at a time.
 */
import { RosterError } from '../core/errors.js';

export class FieldErrors {
  private readonly errors: Record<string, string> = {};

  add(field: string, message: string): void {
    this.errors[field] ??= message;
  }

  get isEmpty(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  throwIfAny(message = 'Some fields are not valid.'): void {
    if (!this.isEmpty) throw new RosterError('invalid_input', { status: 400, message, fieldErrors: { ...this.errors } });
  }
}

export function invalidInput(message: string, fieldErrors?: Record<string, string>, status = 400): RosterError {
  return new RosterError('invalid_input', { status, message, fieldErrors });
}
