/**
 * The save of a RoleManager dialog: one at a time (the guard's `busy` also keeps the dialog open
 * meanwhile), pending while it runs, and on failure the form's errors in Roster's own words, with
 * the list asked again when the item turned out to be gone.
 */
import { useState } from 'react';
import { formErrorsOf, type FormErrors } from './fieldErrors.js';
import { useRoleManagerScope } from './roleManagerScope.js';

export interface FormSave {
  errors: FormErrors;
  setErrors: (errors: FormErrors) => void;
  isPending: boolean;
  /**
   * Runs `write`, then `landed` with its result; resolves to the errors shown when it failed,
   * null when it landed. `said` words a not_found and a name already taken.
   */
  save: <T>(write: () => Promise<T>, landed: (value: T) => void, said: { gone: string; taken: string }) => Promise<FormErrors | null>;
}

export function useFormSave(busy: { current: boolean }, onGone: () => void): FormSave {
  const { t, shared } = useRoleManagerScope().strings;
  const [errors, setErrors] = useState<FormErrors>({});
  const [isPending, setPending] = useState(false);
  const save: FormSave['save'] = async (write, landed, said) => {
    busy.current = true;
    setPending(true);
    setErrors({});
    try {
      const value = await write();
      busy.current = false;
      landed(value);
      return null;
    } catch (error) {
      const found = formErrorsOf(error, t, shared, said);
      if (found.gone) onGone();
      setErrors(found);
      return found;
    } finally {
      busy.current = false;
      setPending(false);
    }
  };
  return { errors, setErrors, isPending, save };
}
