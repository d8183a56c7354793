/**
 * A consumer brand made from tokens alone, shared by the component stories' "Brand theme" story
 * so all three components are checked (axe contrast included) in the same colours. Colours are
 * light-dark() pairs, as a host writes them for a brand that follows the light and dark themes.
 */
import type { CSSProperties, ReactNode } from 'react';

export const brandTokens = {
  '--roster-font': "'Georgia', serif",
  '--roster-radius': '1rem',
  '--roster-radius-small': '0.75rem',
  '--roster-accent': 'light-dark(#0f6b5c, #5fd3bd)',
  '--roster-accent-foreground': 'light-dark(#ffffff, #062a24)',
  '--roster-accent-subtle': 'light-dark(#e0f2ee, #12352f)',
  '--roster-accent-subtle-foreground': 'light-dark(#0b4f44, #b5ece0)',
  '--roster-surface': 'light-dark(#f3f8f7, #18211f)',
  '--roster-focus-ring': 'light-dark(#0f6b5c, #5fd3bd)',
} as CSSProperties;

/** Story decorator: renders the story inside the brand. */
export const withBrandTheme = (Story: () => ReactNode) => <div style={brandTokens}>{Story()}</div>;
