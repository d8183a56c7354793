import { describe, it } from 'vitest';
import { defineAdapterContract } from '../../../src/testing/index.js';
import { emulate, useSsojetServer } from './harness.js';

useSsojetServer();

defineAdapterContract({ describe, it }, {
  name: 'SSOJet adapter against the SSOJet emulator',
  createAdapter: () => emulate().adapter,
});
