import { configure } from 'storybook/test';

// The stories' play functions wait with storybook/test's `waitFor` and `findBy*`, which give up after
// one second by default: less than a story's data, dialog or animation can take on CI's two shared
// cores. A budget, not a speed claim (as in test/setup/jsdom.ts and browser.ts): a state that shows
// sooner passes sooner. Only the Vitest run is configured; Storybook's own UI keeps its defaults.
configure({ asyncUtilTimeout: 10_000 });
