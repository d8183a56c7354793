/**
 * How every Roster component takes styling: `className` on its root, a typed `classNames` map per
 * part, `unstyled` to drop Roster's own classes (the `data-roster-part` attributes stay, so a host
 * can still target parts), and `theme`. Every part is named after its component
 * (`user-table-row`, `role-editor-button`) and gets its props from `createParts`; Roster's CSS
 * only ever matches its `roster-*` classes.
 */

/** Light, dark, or following the system; sets `data-roster-theme` on the component. */
export type RosterTheme = 'light' | 'dark' | 'auto';

export interface StylingProps<Part extends string> {
  className?: string;
  /** Extra classes per part, e.g. `{ row: 'hover:bg-slate-50' }`. */
  classNames?: Partial<Record<Part, string>>;
  /** Leave out Roster's classes entirely; bring your own CSS or none. */
  unstyled?: boolean;
  /** Light, dark, or following the system. Sets `data-roster-theme`; dialogs opened from the component follow it. */
  theme?: RosterTheme;
}

export function cx(...names: (string | false | null | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}

export type PartProps = { 'data-roster-part': string; className: string | undefined };

/** Props for a component's parts: `part('row')` → `data-roster-part="user-table-row"` and its classes. */
export type Parts<Part extends string> = (part: Part | 'root', extraClass?: string) => PartProps;

/** Parts drawn by the shared primitives; every component's union includes the ones it renders. */
export type ButtonPart = 'button';
export type DialogPart = 'dialog' | 'dialog-overlay' | 'dialog-title' | 'dialog-description' | 'dialog-footer' | 'close-button' | 'button';
export type ErrorPart = 'error' | 'button';
export type MenuPart = 'menu' | 'menu-button' | 'menu-list' | 'menu-item' | 'menu-separator';

/**
 * Props for one part: its `data-roster-part` name and its classes. `prefix` namespaces the part
 * (`user-table` + `row` → `user-table-row`) while `classNames` keys stay short. `extraClass` is a
 * shared primitive's own class (`roster-button`), left out when unstyled.
 */
export function createParts<Part extends string>(prefix: string, styling: StylingProps<Part>): Parts<Part> {
  return (part, extraClass) => {
    const name = part === 'root' ? prefix : `${prefix}-${part}`;
    return {
      'data-roster-part': name,
      className: cx(
        !styling.unstyled && extraClass,
        !styling.unstyled && `roster-${name}`,
        // Every component's root: where Roster's colours resolve and its scheme is set (tokens.css).
        !styling.unstyled && part === 'root' && 'roster-root',
        part === 'root' ? styling.className : styling.classNames?.[part as Part],
      ),
    };
  };
}
