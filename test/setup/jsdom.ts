import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// A budget, not a speed claim (like testTimeout in vite.config.ts): waitFor and findBy* return as
// soon as their condition holds, but Testing Library's default of 1 s to get there is a bet on the
// machine being idle, and on CI's two shared cores it is not.
configure({ asyncUtilTimeout: 10_000 });
