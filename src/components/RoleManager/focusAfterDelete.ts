/**
 * Where focus goes once a list item is deleted: the same control in the next item, else in the
 * previous one, else the list itself — never <body>. Read before the delete, while the item is
 * still there; placed after, when the item (and the control that had focus) is gone.
 */
export function neighbourControls(control: HTMLElement | null): HTMLElement[] {
  const item = control?.closest('li');
  const part = control?.getAttribute('data-roster-part');
  if (!item || !part) return [];
  const found: HTMLElement[] = [];
  for (const step of ['nextElementSibling', 'previousElementSibling'] as const) {
    const sibling = item[step];
    const match = sibling?.querySelector<HTMLElement>(`[data-roster-part="${part}"]`) ?? sibling?.querySelector<HTMLElement>('button');
    if (match) found.push(match);
  }
  return found;
}

/** Focuses the first candidate still in the page, else `fallback`. */
export function focusFirstConnected(candidates: readonly (HTMLElement | null)[], fallback: HTMLElement | null): void {
  const target = candidates.find((el) => el?.isConnected) ?? fallback;
  target?.focus();
}
