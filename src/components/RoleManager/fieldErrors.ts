/**
 * A failed save of a role or permission, in the form's words: the field it concerns gets Roster's
 * own sentence (never the IdP's text, which may be English or leak detail), the rest gets the
 * shared error string.
 */
import { toRosterError } from '../../core/errors.js';
import type { SharedMessages } from '../../react/messages.js';
import type { RoleManagerMessages } from './messages.js';

export interface FormErrors {
  name?: string;
  description?: string;
  permissions?: string;
  form?: string;
  /** The item no longer exists (not_found): the list should ask again. */
  gone?: true;
}

/**
 * `said.gone` is the sentence for not_found (the item was deleted by someone else meanwhile),
 * `said.taken` the one for a name already in use.
 */
export function formErrorsOf(error: unknown, t: RoleManagerMessages, shared: SharedMessages, said: { gone: string; taken: string }): FormErrors {
  const e = toRosterError(error);
  const fields = e.fieldErrors ?? {};
  if (e.code === 'not_found') return { form: said.gone, gone: true };
  if (e.code === 'conflict' && (fields.name || !Object.keys(fields).length)) return { name: said.taken };
  if (e.code === 'invalid_input') {
    const found: FormErrors = {};
    if (fields.name) found.name = t.nameInvalid;
    if (fields.description) found.description = t.descriptionInvalid;
    if (fields.permissions) found.permissions = t.permissionsInvalid;
    if (Object.keys(found).length) return found;
  }
  return { form: shared.errors[e.code] };
}
