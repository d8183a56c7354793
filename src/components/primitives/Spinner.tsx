import { cx, type PartProps } from '../styling.js';

/** A decorative spinner; the busy state itself is announced by the container's aria-busy or text. */
export function Spinner({ rosterPart, unstyled }: { rosterPart: PartProps; unstyled?: boolean }) {
  return <span aria-hidden="true" {...rosterPart} className={cx(!unstyled && 'roster-spinner', rosterPart.className)} />;
}
