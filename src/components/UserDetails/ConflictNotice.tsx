import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { EditConflictError } from '../../core/editConflict.js';
import { Button } from '../primitives/Button.js';
import type { AttributeSpec, ProfileField } from './profileDraft.js';
import { useUserDetailsScope } from './userDetailsScope.js';
import { ValueText } from './ValueText.js';

export interface ConflictNoticeProps {
  conflict: EditConflictError;
  specs: readonly AttributeSpec[];
  isPending: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/**
 * Someone else changed a field this admin is saving: nothing was written. Each such field with
 * both values, and the two ways on — write mine over theirs, or start again from theirs. Focus
 * moves here when it appears, so a keyboard or screen reader user learns of it where they are.
 */
export function ConflictNotice({ conflict, specs, isPending, onKeepMine, onTakeTheirs }: ConflictNoticeProps) {
  const { strings, part } = useUserDetailsScope();
  const { t, format } = strings;
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.focus(), [conflict]);

  const fieldLabels: Record<ProfileField, string> = {
    givenName: t.givenNameLabel,
    familyName: t.familyNameLabel,
    name: t.nameLabel,
    phone: t.phoneLabel,
    picture: t.pictureLabel,
  };
  const labelOf = (field: string, key: string | undefined): ReactNode => {
    if (key === undefined) return fieldLabels[field as ProfileField] ?? field;
    return <bdi>{specs.find((s) => s.key === key)?.label ?? key}</bdi>;
  };
  const shown = (value: unknown, label: string): ReactNode => {
    if (value === null || value === undefined || value === '') return t.noValue;
    if (typeof value === 'boolean') return value ? t.yes : t.no;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return <bdi>{format.list(value)}</bdi>;
    return <ValueText value={value} label={label} />;
  };

  return (
    <div ref={root} tabIndex={-1} role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-description`} {...part('conflict')}>
      <p id={`${id}-title`}>
        <strong>{t.conflictTitle}</strong>
      </p>
      <p id={`${id}-description`}>{t.conflictDescription}</p>
      <ul {...part('conflict-list')}>
        {conflict.conflicts.map(({ field, key, mine, theirs }) => (
          <li key={key === undefined ? field : `${field}.${key}`} {...part('conflict-item')}>
            <span {...part('conflict-field')}>{labelOf(field, key)}</span>
            <dl {...part('conflict-values')}>
              <dt>{t.conflictMine}</dt>
              <dd>{shown(mine, t.conflictMine)}</dd>
              <dt>{t.conflictTheirs}</dt>
              <dd>{shown(theirs, t.conflictTheirs)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <div {...part('conflict-actions')}>
        <Button variant="primary" rosterPart={part('button')} isPending={isPending} onClick={onKeepMine}>
          {t.keepMine}
        </Button>
        <Button rosterPart={part('button')} disabled={isPending} onClick={onTakeTheirs}>
          {t.takeTheirs}
        </Button>
      </div>
    </div>
  );
}
