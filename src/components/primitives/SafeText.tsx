import { cx } from '../styling.js';

export interface SafeTextProps {
  value: string | null | undefined;
  /** Shown for a missing value; read to screen readers as `missingLabel`. */
  missing: string;
  missingLabel?: string;
  unstyled?: boolean;
  className?: string;
}

/**
 * Text that came from an identity provider. Always rendered as a text node (never HTML), isolated
 * with <bdi> so right-to-left names cannot reorder the text around them, and ellipsized by CSS
 * with the whole value still in the DOM for screen readers and in `title` for hover.
 */
export function SafeText({ value, missing, missingLabel, unstyled, className }: SafeTextProps) {
  if (value === null || value === undefined || value === '') {
    return (
      <span data-roster-part="missing" className={cx(!unstyled && 'roster-missing', className)} aria-label={missingLabel}>
        {missing}
      </span>
    );
  }
  const text = String(value);
  return (
    <bdi data-roster-part="text" className={cx(!unstyled && 'roster-text', className)} title={text}>
      {text}
    </bdi>
  );
}
