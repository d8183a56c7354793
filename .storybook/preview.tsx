import { definePreview } from '@storybook/react-vite';
import addonA11y from '@storybook/addon-a11y';
import addonDocs from '@storybook/addon-docs';
import addonMsw from 'msw-storybook-addon';
import 'react-roster/styles.css';
import 'react-roster/themes/compact.css';
import 'react-roster/themes/rounded.css';
import { RosterProvider, type RosterAdapter, type RosterProviderProps } from 'react-roster';
import { createMemoryAdapter } from 'react-roster/memory';

export interface RosterStoryParameters {
  /**
   * Makes the adapter for this story; a fresh memory directory with a little latency by default.
   * May be async: stories on a server-side adapter load the remote adapter from its handler.
   */
  adapter?: () => RosterAdapter | Promise<RosterAdapter>;
  provider?: Omit<RosterProviderProps, 'adapter' | 'children'>;
}

export default definePreview({
  // msw serves the IdP emulators (and Roster's server handler) inside the browser, so stories on
  // SSOJet, Descope and the remote adapter run over real fetch: `beforeEach({ msw }) { msw.use(…) }`.
  addons: [addonDocs(), addonA11y(), addonMsw()],
  // A docs page with the props table for every component.
  tags: ['autodocs'],
  parameters: {
    // Every story runs axe in the Vitest browser project; a violation fails the story's test.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    },
    layout: 'padded',
  },
  decorators: [
    (Story, context) => {
      const roster = (context.parameters.roster ?? {}) as RosterStoryParameters;
      // One adapter per rendered story: stories never share a directory or a cache.
      const adapter = context.loaded.rosterAdapter as RosterAdapter;
      return (
        <RosterProvider adapter={adapter} {...roster.provider}>
          <Story />
        </RosterProvider>
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
