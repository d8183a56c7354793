// @vitest-environment node
/**
 * The matrix row's Node side (test/matrix/node/servers/auth0.ts) on a real HTTP server on
 * 127.0.0.1, reached through the remote adapter as the matrix page reaches it, judged by the
 * contract suite: the Auth0 adapter behind createRosterHandler, with the client-credentials grant.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadRemoteAdapter } from '../../../src/adapters/remote/index.js';
import { defineAdapterContract } from '../../../src/testing/index.js';
import { backendFor } from '../../matrix/node/servers/auth0.js';

/** This file's own backend: the scope a dev server would be (perServer.ts). */
const { middleware, reset, state } = backendFor({});

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

defineAdapterContract({ describe, it }, {
  name: 'remote adapter → createRosterHandler → Auth0 adapter → Auth0 emulator (matrix Node side)',
  createAdapter: () => {
    reset();
    return loadRemoteAdapter({ baseUrl: `${origin}/__roster-matrix/node/auth0`, id: 'remote:auth0-node-side' });
  },
});

describe('the matrix row’s backend state', () => {
  it('reads the emulator’s own records: role names, memberships by organization id, blocked as disabled', () => {
    reset();
    const { users, organizations } = state();
    expect(users).toHaveLength(100);
    expect(organizations.org_RosterEmu0000001).toBe('Acme Corporation');
    expect(users.some((u) => Object.keys(u.organizations).includes('org_RosterEmu0000001'))).toBe(true);
    expect(new Set(users.map((u) => u.status))).toEqual(new Set(['active', 'disabled']));
    expect(users.flatMap((u) => u.roles).every((name) => !name.startsWith('?'))).toBe(true);
  });
});
