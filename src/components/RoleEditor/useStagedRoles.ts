/**
 * The staged edit of a user's roles, kept as the admin's intent — roles to add, roles to remove —
 * rather than as a full list. Shown and diffed against the server's state as it is now, so a
 * concurrent change by another admin to other roles stays visible and is never undone by Save.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { RoleDiff } from '../../core/changes.js';
import type { UseUserRolesResult } from '../../react/useUserRoles.js';

interface Intent {
  add: ReadonlySet<string>;
  remove: ReadonlySet<string>;
}

const NO_INTENT: Intent = { add: new Set(), remove: new Set() };

/** Why a save stopped: the backend's error, and what had already landed before it. */
export class RoleSaveError extends Error {
  override readonly name = 'RoleSaveError';
  constructor(
    override readonly cause: unknown,
    /** Roles whose addition was saved before the removal failed; empty when nothing changed. */
    readonly savedAdditions: string[],
  ) {
    super('Saving the roles failed.', { cause });
  }
}

export interface StagedRoles {
  /** Role ids the checkboxes show: the server's roles with the staged change on top. */
  shown: ReadonlySet<string>;
  /** What Save would send, against the server's roles as they are now. */
  diff: RoleDiff;
  isDirty: boolean;
  isSaving: boolean;
  toggle(roleId: string, checked: boolean): void;
  discard(): void;
  /**
   * Sends the additions, then — only if they landed — the removals, as deltas. Resolves with what
   * was saved, or null when there was nothing to save or a save is already running (so a double
   * click sends once). Rejects with a RoleSaveError; the staged change is dropped either way, so
   * the checkboxes show exactly what the server holds.
   */
  save(): Promise<RoleDiff | null>;
}

/** With `one` (one role per membership), a toggle picks: the role replaces the held one, and Save sends `setUserRoles([picked])`. */
export function useStagedRoles(held: Pick<UseUserRolesResult, 'data' | 'addUserRoles' | 'removeUserRoles' | 'setUserRoles'>, one = false): StagedRoles {
  const [intent, setIntent] = useState<Intent>(NO_INTENT);
  const [isSaving, setSaving] = useState(false);
  const saving = useRef(false);
  const server = held.data;

  const { shown, diff } = useMemo(() => {
    const current = new Set(server ?? []);
    const next = new Set(current);
    intent.add.forEach((id) => next.add(id));
    intent.remove.forEach((id) => next.delete(id));
    return {
      shown: next as ReadonlySet<string>,
      diff: { added: [...intent.add].filter((id) => !current.has(id)), removed: [...intent.remove].filter((id) => current.has(id)) },
    };
  }, [server, intent]);

  const toggle = useCallback(
    (roleId: string, checked: boolean) => {
      const isHeld = (server ?? []).includes(roleId);
      setIntent((old) => {
        const add = new Set(one ? [] : old.add);
        const remove = new Set(one ? server?.filter((id) => id !== roleId) : old.remove);
        add.delete(roleId);
        remove.delete(roleId);
        // Only a real difference from the server is staged; toggling back leaves no trace.
        if (checked && !isHeld) add.add(roleId);
        if (!checked && isHeld) remove.add(roleId);
        return { add, remove };
      });
    },
    [server, one],
  );

  const discard = useCallback(() => setIntent(NO_INTENT), []);

  const { addUserRoles: add, removeUserRoles: remove, setUserRoles: set } = held;
  const save = useCallback(async (): Promise<RoleDiff | null> => {
    if (saving.current || (one ? !set : !add || !remove)) return null;
    const sending = diff;
    if (!sending.added.length && !sending.removed.length) return null;
    saving.current = true;
    setSaving(true);
    let savedAdditions: string[] = [];
    try {
      if (one) {
        await set!([...shown]);
        return sending;
      }
      if (sending.added.length) {
        await add!(sending.added);
        savedAdditions = sending.added;
      }
      if (sending.removed.length) await remove!(sending.removed);
      return sending;
    } catch (error) {
      throw new RoleSaveError(error, savedAdditions);
    } finally {
      // The intent stays until the end so nothing flickers between the two requests.
      setIntent(NO_INTENT);
      saving.current = false;
      setSaving(false);
    }
  }, [add, remove, set, one, shown, diff]);

  return { shown, diff, isDirty: diff.added.length + diff.removed.length > 0, isSaving, toggle, discard, save };
}
