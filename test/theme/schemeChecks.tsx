/**
 * The colour checks shared by the theme tests: every token resolves, in real Chromium, to the value
 * the Theming page documents — the light column under data-roster-theme="light", the dark one under
 * "dark", and under "auto" whichever the system asks for (emulated through Playwright) — a brand's
 * colours to the brand's pair, and a host's own token to the host's value, wherever it is set.
 * Run once on the CSS as written (colorSchemes) and once as a host's Vite build rewrites it
 * (colorSchemesLowered), since bundlers lower light-dark() into something else.
 */
import { render } from '@testing-library/react';
import { expect } from 'vitest';
import { commands } from 'vitest/browser';
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

/** A brand's colours as its file writes them: `--_roster-x: var(--roster-x, light-dark(light, dark))`. */
async function brandColours(brand: string): Promise<TokenRow[]> {
  const css = await commands.readFile(`src/theme/themes/${brand}.css`);
  return [...css.matchAll(/--_roster-[a-z0-9-]+: var\((--roster-[a-z0-9-]+), (.*?)light-dark\(([^,]+(?:\([^)]*\))?), ([^)]+(?:\([^)]*\))?)\)\);/g)].map(([, token, prefix, light, dark]) => ({
    token: token!,
    light: `${prefix}${light}`,
    dark: `${prefix}${dark}`,
  }));
}

/** The property that computes a documented value to a comparable form: colours and shadows resolve; anything else is compared as written. */
function probeProperty(documented: string): 'background-color' | 'box-shadow' | null {
  return /^(#|rgb)/.test(documented) ? 'background-color' : /^\d.*(#|rgb)/.test(documented) ? 'box-shadow' : null;
}

/** `value` as computed inside `scope`, through the property that suits `documented`. */
function resolve(scope: HTMLElement, value: string, documented: string): string {
  const property = probeProperty(documented);
  // Anything else is compared as written, give or take a minifier's spelling: ".5rem", "Segoe UI" in double quotes.
  if (!property) return value.trim().replaceAll('"', "'").replace(/(^|[\s,(])\.(\d)/g, '$10.$2');
  const probe = document.createElement('span');
  probe.style.setProperty(property, value);
  scope.append(probe);
  const computed = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return computed;
}

/**
 * What `token` resolves to for Roster's rules inside `scope`. Colours are used through their
 * resolved private names (tokens.css says why); the other tokens as they are.
 */
function resolveToken(scope: HTMLElement, token: string, documented: string): string {
  const used = token.replace(/^--roster-/, '--_roster-');
  const name = getComputedStyle(scope).getPropertyValue(used) ? used : token;
  return resolve(scope, probeProperty(documented) ? `var(${name})` : getComputedStyle(scope).getPropertyValue(name), documented);
}

/** A host page's wrappers: one per theme, a dark page with no Roster theme around a component's root, and each theme inside a brand. */
function renderScopes() {
  render(
    <>
      <div data-testid="light" data-roster-theme="light" />
      <div data-testid="dark" data-roster-theme="dark" />
      <div data-testid="auto" data-roster-theme="auto" />
      {/* A host page in dark mode with no Roster theme anywhere: Roster's own root stays light. */}
      <div style={{ colorScheme: 'dark' }}>
        <div data-testid="unthemed" className="roster-org-list roster-root" />
      </div>
      {['compact', 'rounded'].map((brand) => (
        <div key={brand} data-roster-brand={brand}>
          <div data-testid={`${brand}-light`} data-roster-theme="light" />
          <div data-roster-theme="dark">
            <div data-testid={`${brand}-dark`} className="roster-user-table roster-root" />
          </div>
        </div>
      ))}
    </>,
  );
  return (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
}

/** Every documented token, in every scheme, on a system that is `system`. */
export function expectDocumentedColours(system: 'light' | 'dark') {
  return withMedia({ colorScheme: system }, async () => {
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
  });
}

/** Each shipped brand's colours, light and dark, inside a brand wrapper. */
export async function expectBrandColours() {
  const scope = renderScopes();
  for (const brand of ['compact', 'rounded']) {
    const rows = await brandColours(brand);
    expect(rows.length, brand).toBeGreaterThan(5);
    const wrong: string[] = [];
    for (const { token, light, dark } of rows) {
      for (const [column, value] of [['light', light], ['dark', dark]] as const) {
        const id = `${brand}-${column}`;
        const want = resolve(scope(id), value, value);
        const got = resolveToken(scope(id), token, value);
        if (got !== want) wrong.push(`${token} in ${id}: ${got}, brand says ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  }
}

/** A host's own colour wins over Roster's and a brand's, set on :root or on a wrapper. */
export function expectHostOverridesWin() {
  const scope = renderScopes();
  document.documentElement.style.setProperty('--roster-accent', 'rgb(1, 2, 3)');
  try {
    for (const id of ['light', 'dark', 'auto', 'unthemed', 'compact-light', 'compact-dark', 'rounded-dark']) {
      expect(resolveToken(scope(id), '--roster-accent', '#000'), id).toBe('rgb(1, 2, 3)');
    }
    scope('compact-dark').parentElement!.style.setProperty('--roster-focus-ring', 'rgb(4, 5, 6)');
    expect(resolveToken(scope('compact-dark'), '--roster-focus-ring', '#000')).toBe('rgb(4, 5, 6)');
  } finally {
    document.documentElement.style.removeProperty('--roster-accent');
  }
}
