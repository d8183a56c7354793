/**
 * The profile form's state: the user as the form started from (`base`), the admin's edits on top,
 * and the save. A save sends only what changed, with `base`, so the hooks re-read the user first
 * and refuse with an EditConflictError when someone else changed a field being written; the form
 * then offers to write again without `base` (keep mine) or to start over from what is stored now
 * (take theirs). While nothing is edited, the form follows the user as it changes elsewhere.
 */
import { useMemo, useRef, useState } from 'react';
import { isEditConflictError, type EditConflictError } from '../../core/editConflict.js';
import { toRosterError } from '../../core/errors.js';
import type { AttributeDefinition, UpdateUserInput, User } from '../../core/model.js';
import type { UpdateUserOptions } from '../../react/useUser.js';
import { attributeSpecs, checkPatch, NO_EDITS, patchOf, refusedFields, type AttributeDraft, type AttributeSpec, type FieldId, type ProfileEdits, type ProfileField } from './profileDraft.js';
import { useUserDetailsScope } from './userDetailsScope.js';

export interface ProfileFormOptions {
  updateUser: ((patch: UpdateUserInput, options?: UpdateUserOptions) => Promise<User>) | undefined;
  /** Null where the backend defines no attributes: each is then typed by its value. */
  definitions: readonly AttributeDefinition[] | null;
  canEditAttributes: boolean;
  onSaved: (user: User) => void;
}

export interface ProfileForm {
  base: User;
  edits: ProfileEdits;
  specs: AttributeSpec[];
  isDirty: boolean;
  isPending: boolean;
  /** Per field, what is wrong with it, in Roster's words. */
  errors: ReadonlyMap<FieldId, string>;
  formError: string | null;
  conflict: EditConflictError | null;
  setField: (field: ProfileField, text: string) => void;
  setAttribute: (key: string, draft: AttributeDraft) => void;
  save: () => void;
  keepMine: () => void;
  takeTheirs: () => void;
  undo: () => void;
}

export function useProfileForm(user: User, { updateUser, definitions, canEditAttributes, onSaved }: ProfileFormOptions): ProfileForm {
  const { t, shared } = useUserDetailsScope().strings;
  const [state, setState] = useState<{ base: User; edits: ProfileEdits }>({ base: user, edits: NO_EDITS });
  const [errors, setErrors] = useState<ReadonlyMap<FieldId, string>>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<EditConflictError | null>(null);
  const [isPending, setPending] = useState(false);
  // One write at a time, however fast Save is pressed.
  const busy = useRef(false);

  const { base, edits } = state;
  const specs = useMemo(() => attributeSpecs(base.customAttributes, definitions, canEditAttributes), [base.customAttributes, definitions, canEditAttributes]);
  const patch = useMemo(() => patchOf(base, specs, edits), [base, specs, edits]);
  const isDirty = Object.keys(patch).length > 0;

  // Nothing typed: the form shows the user as stored now (a save elsewhere, a refresh).
  if (base !== user && !isDirty && !isPending && !conflict) setState({ base: user, edits: NO_EDITS });

  const startOver = (from: User) => {
    setState({ base: from, edits: NO_EDITS });
    setErrors(new Map());
    setFormError(null);
    setConflict(null);
  };

  const send = async (options: UpdateUserOptions) => {
    if (busy.current || !updateUser || !isDirty) return;
    busy.current = true;
    setPending(true);
    setErrors(new Map());
    setFormError(null);
    try {
      const saved = await updateUser(patch, options);
      startOver(saved);
      onSaved(saved);
    } catch (e) {
      if (isEditConflictError(e)) return setConflict(e);
      setConflict(null);
      const error = toRosterError(e);
      const refused = error.code === 'invalid_input' ? refusedFields(error.fieldErrors, patch) : [];
      if (refused.length) setErrors(new Map(refused.map((id) => [id, t.fieldRejected])));
      else setFormError(shared.errors[error.code]);
    } finally {
      busy.current = false;
      setPending(false);
    }
  };

  const edit = (next: ProfileEdits) => {
    setState({ base, edits: next });
    setFormError(null);
  };

  return {
    base,
    edits,
    specs,
    isDirty,
    isPending,
    errors,
    formError,
    conflict,
    setField: (field, text) => edit({ ...edits, fields: new Map(edits.fields).set(field, text) }),
    setAttribute: (key, draft) => edit({ ...edits, attributes: new Map(edits.attributes).set(key, draft) }),
    save: () => {
      if (busy.current) return;
      const problems = checkPatch(patch, specs);
      const words = { pictureHttps: t.pictureHttps, numberInvalid: t.numberInvalid, dateInvalid: t.dateInvalid };
      setErrors(new Map([...problems].map(([id, problem]) => [id, words[problem]])));
      if (!problems.size) void send({ base });
    },
    // Written again without `base`: what this admin changed overwrites, the other fields stay theirs.
    keepMine: () => void send({}),
    takeTheirs: () => conflict && startOver(conflict.current),
    undo: () => startOver(base),
  };
}
