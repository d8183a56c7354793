/**
 * How every Roster component takes styling: `className` on its root, a typed `classNames` map per
 * part, and `unstyled` to drop Roster's own classes (the `data-roster-part` attributes stay, so a
 * host can still target parts). Roster's CSS only ever matches its `roster-*` classes.
 */
export interface StylingProps<Part extends string> {
  className?: string;
  /** Extra classes per part, e.g. `{ row: 'hover:bg-slate-50' }`. */
  classNames?: Partial<Record<Part, string>>;
  /** Leave out Roster's classes entirely; bring your own CSS or none. */
  unstyled?: boolean;
}

export function cx(...names: (string | false | null | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}

export type PartProps = { 'data-roster-part': string; className: string | undefined };

/**
 * Props for one part: its `data-roster-part` name and its classes. `prefix` namespaces the part
 * (`user-table` + `row` → `user-table-row`) while `classNames` keys stay short.
 */
export function createParts<Part extends string>(prefix: string, styling: StylingProps<Part>) {
  return (part: Part | 'root', extraClass?: string): PartProps => {
    const name = part === 'root' ? prefix : `${prefix}-${part}`;
    return {
      'data-roster-part': name,
      className: cx(!styling.unstyled && `roster-${name}`, part === 'root' ? styling.className : styling.classNames?.[part as Part], extraClass),
    };
  };
}
