/**
 * Every token resolves, in real Chromium, to the value the Theming page documents: the light column
 * under data-roster-theme="light", the dark one under "dark", and under "auto" whichever the system
 * asks for (emulated through Playwright). Colours are written once, as light-dark() pairs driven by
 * color-scheme, so this is what keeps "auto" from drifting away from "dark". Roster never changes
 * the host page's own color-scheme, and without a theme stays light whatever the page declares.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import '../../src/theme/styles.css';
import { withMedia } from '../layout/media.js';

interface TokenRow {
  token: string;
  light: string;
  dark: string;
}

/** The tokens table of stories/Theming.mdx: `| \\`token\\` | \\`light\\` | \\`dark\\` or same | … |`. */
async function documentedTokens(): Promise<TokenRow[]> {
  const docs = await commands.readFile('stories/Theming.mdx');
  return [...docs.matchAll(/^\| `(--roster-[a-z0-9-]+)` \| `([^`]+)` \| (?:`([^`]+)`|same) \|/gm)].map(([, token, light, dark]) => ({ token: token!, light: light!, dark: dark ?? light! }));
}

/** The property that computes a documented value to a comparable form: colours and shadows resolve; anything else is compared as written. */
function probeProperty(documented: string): 'background-color' | 'box-shadow' | null {
  return /^(#|rgb)/.test(documented) ? 'background-color' : /^\d.*(#|rgb)/.test(documented) ? 'box-shadow' : null;
}

/** `value` as computed inside `scope`, through the property that suits `documented`. */
function resolve(scope: HTMLElement, value: string, documented: string): string {
  const property = probeProperty(documented);
  if (!property) return value.trim();
  const probe = document.createElement('span');
  probe.style.setProperty(property, value);
  scope.append(probe);
  const computed = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return computed;
}

/** What `token` resolves to inside `scope`. */
function resolveToken(scope: HTMLElement, token: string, documented: string): string {
  return resolve(scope, probeProperty(documented) ? `var(${token})` : getComputedStyle(scope).getPropertyValue(token), documented);
}

function renderScopes() {
  render(
    <>
      <div data-testid="light" data-roster-theme="light" />
      <div data-testid="dark" data-roster-theme="dark" />
      <div data-testid="auto" data-roster-theme="auto" />
      {/* A host page in dark mode with no Roster theme anywhere: Roster's own root stays light. */}
      <div style={{ colorScheme: 'dark' }}>
        <div data-testid="unthemed" className="roster-org-list" />
      </div>
    </>,
  );
  return (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
}

describe('colour schemes', () => {
  it.each(['light', 'dark'] as const)('every token resolves as documented, on a %s system', (system) =>
    withMedia({ colorScheme: system }, async () => {
      const rows = await documentedTokens();
      expect(rows.length).toBeGreaterThan(30);
      const scope = renderScopes();
      const expected = { light: 'light', dark: 'dark', auto: system, unthemed: 'light' } as const;
      const wrong: string[] = [];
      for (const { token, ...values } of rows) {
        for (const [id, column] of Object.entries(expected)) {
          const want = resolve(scope(id), values[column], values[column]);
          const got = resolveToken(scope(id), token, values[column]);
          if (got !== want) wrong.push(`${token} in ${id}: ${got}, documented ${want}`);
        }
      }
      expect(wrong).toEqual([]);
      // Light and dark really differ: every documented pair resolves to two colours.
      const pairs = rows.filter((r) => r.light !== r.dark);
      expect(pairs.length).toBeGreaterThan(20);
      for (const { token, light, dark } of pairs) expect(resolveToken(scope('dark'), token, dark), token).not.toBe(resolveToken(scope('light'), token, light));
    }),
  );

  it('leaves the host page’s color-scheme alone', () => {
    expect(getComputedStyle(document.documentElement).colorScheme).toBe('normal');
  });
});
