/**
 * Roster's colours as a host's own build leaves them. Vite (and Next.js's Turbopack) minify CSS
 * with Lightning CSS, which rewrites light-dark() for older browsers into variables that only an
 * element declaring color-scheme sets; a colour token declared where no scheme is set became an
 * invalid value, and hosts lost every surface, accent and focus ring. The same checks as
 * colorSchemes, on the shipped CSS built through Vite with its default targets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { expectBrandColours, expectDocumentedColours, expectHostOverridesWin } from './schemeChecks.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    lowerStyles: () => Promise<string>;
  }
}

beforeAll(async () => {
  const css = await commands.lowerStyles();
  // Proof that the build did lower light-dark(); without it this file would test the CSS as written again.
  expect(css).toMatch(/--lightningcss-light/);
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
});

describe('colour schemes, after a host’s Vite build lowers light-dark()', () => {
  it.each(['light', 'dark'] as const)('every token resolves as documented, on a %s system', (system) => expectDocumentedColours(system));

  it('gives each brand its own colours, light and dark', () => expectBrandColours());

  it('lets a host’s own token win, on :root or around a component', () => expectHostOverridesWin());
});
