import type { Parts } from '../styling.js';

export interface SafeTextProps {
  value: string | null | undefined;
  /** Shown for a missing value; read to screen readers as `missingLabel`. */
  missing: string;
  missingLabel?: string;
  parts: Parts<'text' | 'missing'>;
}

/**
 * Text that came from an identity provider. Always rendered as a text node (never HTML), isolated
 * with <bdi> so right-to-left names cannot reorder the text around them, and ellipsized by CSS
 * with the whole value still in the DOM for screen readers and in `title` for hover.
 */
export function SafeText({ value, missing, missingLabel, parts }: SafeTextProps) {
  if (value === null || value === undefined || value === '') {
    return (
      <span {...parts('missing', 'roster-missing')} aria-label={missingLabel}>
        {missing}
      </span>
    );
  }
  const text = String(value);
  return (
    <bdi {...parts('text', 'roster-text')} title={text}>
      {text}
    </bdi>
  );
}
