import type { ReactNode } from 'react';

// Inline, not in the theme CSS: hiding text from sight but not from screen readers is behaviour,
// and must hold in `unstyled` mode too.
const HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

export function VisuallyHidden({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <span id={id} style={HIDDEN}>
      {children}
    </span>
  );
}
