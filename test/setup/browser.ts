import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Browser mode does not clean up rendered trees between tests by itself.
afterEach(() => cleanup());
