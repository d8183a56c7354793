/**
 * The shared adapter contract, against the emulator as each generation of SSOJet's docs describes
 * it, and against the other reading of every answer the legacy docs describe two ways.
 */
import { defineAdapterContract } from '../../../src/testing/index.js';
import { skippingRunner } from '../../helpers/skipChecks.js';
import { emulate, useSsojetServer } from './harness.js';

useSsojetServer();

const { runner, expectAllSeen } = skippingRunner('SSOJet', {
  'a change made with updateUser shows in the user’s activity, naming the field':
    'SSOJet records sign-ins only (GET User Login Logs); no documented route reports changes made to a user.',
});

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

expectAllSeen();
