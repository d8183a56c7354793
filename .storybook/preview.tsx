import { definePreview } from '@storybook/react-vite';
import addonA11y from '@storybook/addon-a11y';
import addonDocs from '@storybook/addon-docs';
import addonMsw from 'msw-storybook-addon';
import type { CSSProperties } from 'react';
import 'react-roster/styles.css';
import 'react-roster/themes/compact.css';
import 'react-roster/themes/rounded.css';
import { arabicMessages, germanMessages, RosterProvider, type RosterAdapter, type RosterProviderProps, type RosterTheme } from 'react-roster';
import { createMemoryAdapter } from 'react-roster/memory';

export interface RosterStoryParameters {
  /**
   * Makes the adapter for this story; a fresh memory directory with a little latency by default.
   * May be async: stories on a server-side adapter load the remote adapter from its handler.
   */
  adapter?: () => RosterAdapter | Promise<RosterAdapter>;
  provider?: Omit<RosterProviderProps, 'adapter' | 'children'>;
}

/** What the toolbar's language switch gives the provider; a story's own `roster.provider` wins. */
const LOCALES: Record<string, Pick<RosterProviderProps, 'messages' | 'locale'>> = {
  en: {},
  de: { messages: germanMessages, locale: 'de' },
  ar: { messages: arabicMessages, locale: 'ar' },
};
const RIGHT_TO_LEFT = new Set(['ar']);

/** A phone, and a 1280 × 800 desktop at 200 % zoom: the widths Roster is checked at besides desktop. */
export const ROSTER_VIEWPORTS = {
  phone390: { name: 'Phone, 390 px', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  zoom640: { name: '1280 px at 200 % zoom (640 px)', styles: { width: '640px', height: '400px' }, type: 'desktop' },
} as const;

const toolbar = (title: string, icon: 'contrast' | 'paintbrush' | 'globe' | 'transfer', items: { value: string; title: string }[]) => ({ description: title, toolbar: { title, icon, items, dynamicTitle: true } });

export default definePreview({
  // msw serves the IdP emulators (and Roster's server handler) inside the browser, so stories on
  // SSOJet, Descope and the remote adapter run over real fetch: `beforeEach({ msw }) { msw.use(…) }`.
  addons: [addonDocs(), addonA11y(), addonMsw()],
  // A docs page with the props table for every component.
  tags: ['autodocs'],
  // Toolbar switches: every story in each theme, brand, language and direction without a story of its own.
  globalTypes: {
    rosterTheme: toolbar('Theme', 'contrast', [
      { value: 'light', title: 'Light' },
      { value: 'dark', title: 'Dark' },
      { value: 'auto', title: 'Follow the system' },
    ]),
    rosterBrand: toolbar('Brand', 'paintbrush', [
      { value: 'default', title: 'Default' },
      { value: 'compact', title: 'Compact enterprise' },
      { value: 'rounded', title: 'Rounded consumer' },
    ]),
    rosterLocale: toolbar('Language', 'globe', [
      { value: 'en', title: 'English' },
      { value: 'de', title: 'Deutsch' },
      { value: 'ar', title: 'العربية' },
    ]),
    rosterDirection: toolbar('Direction', 'transfer', [
      { value: 'auto', title: 'The language’s' },
      { value: 'ltr', title: 'Left to right' },
      { value: 'rtl', title: 'Right to left' },
    ]),
  },
  initialGlobals: { rosterTheme: 'light', rosterBrand: 'default', rosterLocale: 'en', rosterDirection: 'auto' },
  parameters: {
    // Every story runs axe in the Vitest browser project; a violation fails the story's test.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    },
    // The frame below pads every story and paints it in the theme's background.
    layout: 'fullscreen',
    viewport: { options: ROSTER_VIEWPORTS },
  },
  decorators: [
    (Story, context) => {
      const roster = (context.parameters.roster ?? {}) as RosterStoryParameters;
      const { rosterTheme, rosterBrand, rosterLocale, rosterDirection } = context.globals as Record<string, string | undefined>;
      const locale = LOCALES[rosterLocale ?? 'en'] ?? {};
      const dir = rosterDirection === 'ltr' || rosterDirection === 'rtl' ? rosterDirection : RIGHT_TO_LEFT.has(rosterLocale ?? '') ? 'rtl' : 'ltr';
      // One adapter per rendered story: stories never share a directory or a cache.
      const adapter = context.loaded.rosterAdapter as RosterAdapter;
      const frame: CSSProperties = {
        boxSizing: 'border-box',
        padding: '1rem',
        // A whole canvas in the story's own view; just the story's height on a docs page.
        minBlockSize: context.viewMode === 'story' ? '100vh' : undefined,
        // The frame carries data-roster-theme, so Roster's resolved colours (tokens.css) are set on it.
        background: 'var(--_roster-background)',
        color: 'var(--_roster-foreground)',
        fontFamily: 'var(--roster-font)',
      };
      return (
        <div data-roster-theme={(rosterTheme ?? 'light') as RosterTheme} data-roster-brand={rosterBrand && rosterBrand !== 'default' ? rosterBrand : undefined} dir={dir} style={frame}>
          <RosterProvider adapter={adapter} {...locale} {...roster.provider}>
            <Story />
          </RosterProvider>
        </div>
      );
    },
  ],
  loaders: [
    async (context) => {
      const roster = (context.parameters.roster ?? {}) as RosterStoryParameters;
      return { rosterAdapter: (await roster.adapter?.()) ?? createMemoryAdapter({ latencyMs: 120 }) };
    },
  ],
});
