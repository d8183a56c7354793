/**
 * A consumer brand made from tokens alone, shared by the component stories' "Brand theme" story
 * so all three components are checked (axe contrast included) in the same colours.
 */
import type { CSSProperties, ReactNode } from 'react';

export const brandTokens = {
  '--roster-font': "'Georgia', serif",
  '--roster-radius': '1rem',
  '--roster-radius-small': '0.75rem',
  '--roster-accent': '#0f6b5c',
  '--roster-accent-foreground': '#ffffff',
  '--roster-accent-subtle': '#e0f2ee',
  '--roster-accent-subtle-foreground': '#0b4f44',
  '--roster-surface': '#f3f8f7',
  '--roster-focus-ring': '#0f6b5c',
} as CSSProperties;

/** Story decorator: renders the story inside the brand. */
export const withBrandTheme = (Story: () => ReactNode) => <div style={brandTokens}>{Story()}</div>;
