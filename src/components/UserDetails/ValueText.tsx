import { useId, useMemo, useState } from 'react';
import { Button } from '../primitives/Button.js';
import { valueText } from './profileDraft.js';
import { useUserDetailsScope } from './userDetailsScope.js';

/** Characters shown before "Show all": enough to recognise a value, few enough to lay out at once. */
export const PREVIEW_LENGTH = 300;

export interface ValueTextProps {
  value: unknown;
  /** Names the full value's box once shown (the attribute's label). */
  label: string;
}

/**
 * A value that can only be read — an object, a list of numbers, a megabyte of text — as text:
 * JSON for data, never HTML. Long values show their start and a "Show all" that opens the whole
 * text in a read-only box, which scrolls instead of stretching the page.
 */
export function ValueText({ value, label }: ValueTextProps) {
  const { strings, part } = useUserDetailsScope();
  const { t } = strings;
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const text = useMemo(() => valueText(value), [value]);
  if (!text) return <span {...part('missing', 'roster-missing')}>{t.noValue}</span>;
  if (text.length <= PREVIEW_LENGTH) return <bdi {...part('value')}>{text}</bdi>;
  // Not cut inside a surrogate pair, which would draw a broken glyph.
  const cut = /[\uD800-\uDBFF]/.test(text[PREVIEW_LENGTH - 1]!) ? PREVIEW_LENGTH - 1 : PREVIEW_LENGTH;
  return (
    <span {...part('value')}>
      {isOpen ? (
        <textarea id={`${id}-full`} {...part('value-full', 'roster-input')} readOnly value={text} aria-label={label} rows={6} />
      ) : (
        <bdi>{text.slice(0, cut)}…</bdi>
      )}{' '}
      <Button variant="ghost" size="sm" rosterPart={part('show-all')} aria-expanded={isOpen} aria-controls={isOpen ? `${id}-full` : undefined} onClick={() => setOpen(!isOpen)}>
        {isOpen ? t.showLess : t.showAll}
      </Button>
    </span>
  );
}
