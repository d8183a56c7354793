// @vitest-environment node
/**
 * What the Descope adapter refuses before it sends anything (issue 14): a project id whose
 * characters would change the API host it derives (and so where the session token or management
 * key is sent), and a management key inside a web worker, which is a browser too.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDescopeAdapter, descopeBaseUrl } from '../../../src/adapters/descope/index.js';

const MANAGEMENT_KEY = 'K2-test-management-key';
const session = { getSessionToken: () => 'refresh-jwt', tenantId: 'org_001' };

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('Descope project id', () => {
  // Long ids carry a region that becomes part of the host name: `https://api.<region>.descope.com`.
  const steering = `Xattacker.example/${'a'.repeat(27)}`;

  it('derives the host as the SDKs do from well-formed ids', () => {
    expect(descopeBaseUrl('P2RosterTest')).toBe('https://api.descope.com');
    expect(descopeBaseUrl(`Puse1${'A'.repeat(27)}`)).toBe('https://api.use1.descope.com');
  });

  it.each([steering, 'P2x@evil.example', 'P2 x', 'P2\nx', 'P2x:y', 'P2x/y', 'P2x?y', 'P2x#y', `P${'e.v'}${'a'.repeat(28)}`])(
    'refuses %j with a TypeError naming the fix, before deriving a host',
    (projectId) => {
      for (const run of [() => descopeBaseUrl(projectId), () => createDescopeAdapter({ projectId, auth: session })]) {
        const error = thrownBy(run);
        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toContain('projectId');
        expect((error as Error).message).toMatch(/letters and digits/);
      }
    },
  );
});

describe('the management key’s server-only guard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('accepts a management key on a server (Node: no window, no worker scope)', () => {
    expect(() => createDescopeAdapter({ projectId: 'P2RosterTest', auth: { managementKey: MANAGEMENT_KEY } })).not.toThrow();
  });

  it('refuses a management key inside a web worker (self and importScripts, no window)', () => {
    class WorkerGlobalScope {}
    vi.stubGlobal('WorkerGlobalScope', WorkerGlobalScope);
    vi.stubGlobal('self', globalThis);
    vi.stubGlobal('importScripts', () => undefined);
    expect(typeof window).toBe('undefined');
    const error = thrownBy(() => createDescopeAdapter({ projectId: 'P2RosterTest', auth: { managementKey: MANAGEMENT_KEY } }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/web worker/);
    expect((error as Error).message).toContain('react-roster/server');
  });

  it('still accepts a server runtime that has a worker-style global scope but no importScripts (Cloudflare Workers, Deno)', () => {
    vi.stubGlobal('WorkerGlobalScope', class {});
    vi.stubGlobal('self', globalThis);
    expect(() => createDescopeAdapter({ projectId: 'P2RosterTest', auth: { managementKey: MANAGEMENT_KEY } })).not.toThrow();
  });
});
