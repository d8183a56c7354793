/**
 * The adapter contract in a tenant admin's session, against the emulator's session endpoints.
 *
 * The contract skips by itself what the session's capabilities rule out (project-wide roles,
 * creating without an invitation). One check assumes a fixture a session cannot see: it is skipped
 * here by name, with its reason, and a renamed check fails the last test instead of slipping by.
 */
import { createDescopeAdapter } from '../../../src/adapters/descope/index.js';
import { defineAdapterContract } from '../../../src/testing/index.js';
import { PROJECT_ID, useDescopeEmulator } from './emulatorServer.js';
import { skippingRunner } from '../../helpers/skipChecks.js';

const TENANT = 'org_001';
const SESSION_TOKEN = 'refresh-jwt-of-an-acme-admin';

const NOT_APPLICABLE: Record<string, string> = {
  'lists roles and organizations in the neutral shape': 'a session sees its own tenant only; the check needs 2 organizations',
};

const { runner, expectAllSeen } = skippingRunner('a session', NOT_APPLICABLE);

// Two tenants, so the session's own holds enough members for every check.
const { emulator } = useDescopeEmulator({ organizationCount: 2, sessions: { [SESSION_TOKEN]: { tenantId: TENANT } } });

defineAdapterContract(runner, {
  name: 'Descope adapter (tenant admin session) against the Descope emulator',
  createAdapter: () => {
    emulator.reset();
    return createDescopeAdapter({ projectId: PROJECT_ID, auth: { getSessionToken: () => SESSION_TOKEN, tenantId: TENANT } });
  },
});

expectAllSeen();
