/**
 * The shared adapter contract, against the emulator as each generation of SSOJet's docs describes
 * it, and against the other reading of every answer the legacy docs describe two ways. The check
 * that a change shows in the activity is skipped by the contract itself: SSOJet's login logs hold
 * sign-ins only, and its capabilities say so (`details.activityIncludesChanges: false`).
 */
import { describe, it } from 'vitest';
import { defineAdapterContract } from '../../../src/testing/index.js';
import { emulate, useSsojetServer } from './harness.js';

useSsojetServer();

const runner = { describe, it };

defineAdapterContract(runner, {
  name: 'SSOJet adapter against the strict legacy SSOJet emulator',
  createAdapter: () => emulate().adapter,
});

defineAdapterContract(runner, {
  name: 'SSOJet adapter against the SSOJet emulator in current-API mode',
  createAdapter: () => emulate({ emulator: { api: 'current' } }).adapter,
});

defineAdapterContract(runner, {
  name: 'SSOJet adapter against the legacy emulator’s other readings (user from role PUT, status from create)',
  createAdapter: () => emulate({ emulator: { rolesAnswer: 'user', createAnswer: 'status' } }).adapter,
});
