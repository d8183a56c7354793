import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Real browser events are not wrapped in act(); React need not warn about it here.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

// Browser mode does not clean up rendered trees between tests by itself.
afterEach(() => cleanup());
