/**
 * The staged edit of one role's permissions, kept as the admin's intent — names to grant, names
 * to revoke — and shown and diffed against the role as the list holds it now. A change another
 * admin made meanwhile to other permissions stays visible and is sent along rather than undone.
 */
import { useCallback, useMemo, useState } from 'react';

interface Intent {
  grant: ReadonlySet<string>;
  revoke: ReadonlySet<string>;
}

const NO_INTENT: Intent = { grant: new Set(), revoke: new Set() };

export interface StagedPermissions {
  /** What the checkboxes show: the role's permissions with the staged change on top. */
  shown: ReadonlySet<string>;
  granted: readonly string[];
  revoked: readonly string[];
  isDirty: boolean;
  changeOf: (name: string) => 'granted' | 'revoked' | null;
  toggle: (name: string, checked: boolean) => void;
  /** The whole set Save sends: the role's order kept, new grants after it. */
  next: () => string[];
}

export function useStagedPermissions(current: readonly string[]): StagedPermissions {
  const [intent, setIntent] = useState<Intent>(NO_INTENT);
  const held = useMemo(() => new Set(current), [current]);

  const { shown, granted, revoked } = useMemo(() => {
    const granted = [...intent.grant].filter((n) => !held.has(n));
    const revoked = [...intent.revoke].filter((n) => held.has(n));
    const shown = new Set(held);
    revoked.forEach((n) => shown.delete(n));
    granted.forEach((n) => shown.add(n));
    return { shown: shown as ReadonlySet<string>, granted, revoked };
  }, [held, intent]);

  const toggle = useCallback(
    (name: string, checked: boolean) =>
      setIntent((old) => {
        const grant = new Set(old.grant);
        const revoke = new Set(old.revoke);
        grant.delete(name);
        revoke.delete(name);
        if (checked && !held.has(name)) grant.add(name);
        if (!checked && held.has(name)) revoke.add(name);
        return { grant, revoke };
      }),
    [held],
  );

  const changeOf = useCallback((name: string) => (granted.includes(name) ? 'granted' : revoked.includes(name) ? 'revoked' : null), [granted, revoked]);
  const next = useCallback(() => [...current.filter((n) => !revoked.includes(n)), ...granted], [current, granted, revoked]);

  return { shown, granted, revoked, isDirty: granted.length + revoked.length > 0, changeOf, toggle, next };
}
