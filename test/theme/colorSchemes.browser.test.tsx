/**
 * Roster's colours in real Chromium, on the CSS as written (schemeChecks says what is checked).
 * Colours are written once, as light-dark() pairs driven by color-scheme, so this is what keeps
 * "auto" from drifting away from "dark". Roster never changes the host page's own color-scheme,
 * and without a theme stays light whatever the page declares.
 */
import { describe, expect, it } from 'vitest';
import '../../src/theme/styles.css';
import '../../src/theme/themes/compact.css';
import '../../src/theme/themes/rounded.css';
import { expectBrandColours, expectDocumentedColours, expectHostOverridesWin } from './schemeChecks.js';

describe('colour schemes', () => {
  it.each(['light', 'dark'] as const)('every token resolves as documented, on a %s system', (system) => expectDocumentedColours(system));

  it('gives each brand its own colours, light and dark', () => expectBrandColours());

  it('lets a host’s own token win, on :root or around a component', () => expectHostOverridesWin());

  it('leaves the host page’s color-scheme alone', () => {
    expect(getComputedStyle(document.documentElement).colorScheme).toBe('normal');
  });
});
