import { cx } from '../styling.js';

/** A decorative spinner; the busy state itself is announced by the container's aria-busy or text. */
export function Spinner({ unstyled }: { unstyled?: boolean }) {
  return <span aria-hidden="true" data-roster-part="spinner" className={cx(!unstyled && 'roster-spinner')} />;
}
