import { cx, type PartProps } from '../styling.js';
import { useStyling } from '../StylingScope.js';

/** A decorative spinner; the busy state itself is announced by the container's aria-busy or text. */
export function Spinner({ rosterPart }: { rosterPart: PartProps }) {
  const { unstyled } = useStyling();
  return <span aria-hidden="true" {...rosterPart} className={cx(!unstyled && 'roster-spinner', rosterPart.className)} />;
}
