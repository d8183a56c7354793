import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A budget, not a speed claim: `findBy*` and `waitFor` give up after one second by default, which a
// dialog's data or a closing animation can outlast on CI's two shared cores. Checks still pass as
// soon as the state shows; only a state that never comes takes the whole budget. As in jsdom.
configure({ asyncUtilTimeout: 10_000 });

// Real browser events are not wrapped in act(); React need not warn about it here.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

// Browser mode does not clean up rendered trees between tests by itself.
afterEach(() => cleanup());
