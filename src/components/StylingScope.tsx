/**
 * What a component's buttons, checkboxes, menus and dialogs need to draw themselves: the
 * component's part tagger, whether Roster's classes are left out, its theme, and where its dialogs
 * portal. Each component provides it once, at its root, so the primitives inside read it here
 * instead of taking the same three props on every element. A component opened from another one
 * (the role editor in the organization list) inherits `unstyled` and `theme` unless given its own.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { createParts, type Parts, type RosterTheme, type StylingProps } from './styling.js';

export interface Styling<Part extends string = string> {
  part: Parts<Part>;
  unstyled: boolean;
  theme: RosterTheme | undefined;
  /** The element dialogs portal into; null until it has mounted, and dialogs wait for it. */
  portal: HTMLElement | null;
  setPortal: (element: HTMLElement | null) => void;
}

const StylingContext = createContext<Styling | null>(null);

/** A component's styling from its props and the component around it; provide it with `StylingProvider`. */
export function useStylingScope<Part extends string>(prefix: string, props: StylingProps<Part>): Styling<Part> {
  const outer = useContext(StylingContext);
  const unstyled = props.unstyled ?? outer?.unstyled ?? false;
  const theme = props.theme ?? outer?.theme;
  const [portal, setPortal] = useState<HTMLElement | null>(null);
  const { className, classNames } = props;
  return useMemo(
    () => ({ part: createParts<Part>(prefix, { className, classNames, unstyled }), unstyled, theme, portal, setPortal }),
    [prefix, className, classNames, unstyled, theme, portal],
  );
}

export function StylingProvider({ value, children }: { value: Styling<never>; children: ReactNode }) {
  return <StylingContext.Provider value={value as unknown as Styling}>{children}</StylingContext.Provider>;
}

/** The styling of the component this element belongs to. */
export function useStyling(): Styling {
  const styling = useContext(StylingContext);
  if (!styling) throw new Error('Roster: a primitive was rendered outside a component’s StylingProvider.');
  return styling;
}

/**
 * Where the component's dialogs portal: inside the host's tree, so tokens and a
 * `data-roster-theme` set around the component reach its dialogs too.
 */
export function PortalTarget() {
  const { part, theme, setPortal } = useStyling();
  return <div ref={setPortal} {...part('portal')} data-roster-theme={theme} style={{ display: 'contents' }} />;
}
